/** Bounds that keep hostile metadata to bounded time, memory and stack. */

// Aliases expand on conversion: a bound keeps "billion laughs" documents from exhausting memory.
export const MAX_ALIAS_COUNT = 100
// Metadata is a few dozen lines; these bounds keep hostile input to bounded time and stack.
export const MAX_METADATA_BYTES = 256 * 1024
export const MAX_NESTING = 64

/**
 * How deeply flow collections nest ([[[…]]]), or block ones by indentation: the YAML parser
 * recurses per level, and a pull request must not be able to overflow its stack.
 */
export function nestingDepth(text: string): number {
  let depth = 0
  let deepest = 0
  let indentDeepest = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 91 || c === 123) deepest = Math.max(deepest, ++depth)
    else if ((c === 93 || c === 125) && depth > 0) depth--
    else if (c === 10) {
      let indent = 0
      while (text.charCodeAt(i + 1 + indent) === 32 || text.charCodeAt(i + 1 + indent) === 45) indent++
      indentDeepest = Math.max(indentDeepest, indent)
    }
  }
  // Two columns a level is the tightest block nesting YAML allows.
  return Math.max(deepest, Math.floor(indentDeepest / 2))
}
