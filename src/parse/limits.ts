import { isAlias, isCollection, isPair, isScalar, isSeq } from 'yaml'
import type { Node } from 'yaml'

/** Bounds that keep hostile metadata to bounded time, memory and stack. */

// Aliases expand on conversion: a bound keeps "billion laughs" documents from exhausting memory.
export const MAX_ALIAS_COUNT = 100
// Metadata is a few dozen lines; these bounds keep hostile input to bounded time and stack.
export const MAX_METADATA_BYTES = 256 * 1024
export const MAX_NESTING = 64
/** How deeply keys that are lists or mappings nest inside each other: never in KEP metadata, and each level multiplies the work of the ones inside it. */
export const MAX_KEY_NESTING = 8
/**
 * The work of converting lists and mappings used as keys (see yamlCost): KEP metadata has
 * none, and this much converts in a fraction of a second.
 */
export const MAX_KEY_WORK = 500_000
/** What a node inside a key costs to convert and write out again, besides its characters. */
const KEY_NODE_WORK = 16

/**
 * How deeply flow collections nest ([[[…]]]), or block ones by indentation, told from the
 * characters before parsing: a cheap first bound, so that 256 KB of brackets never reaches
 * the parser. The parsed document is measured again by yamlCost.
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
      // Bounded by the length: a read past the end would deoptimize the loop.
      for (let at = i + 1; at < text.length && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 45); at++) indent++
      indentDeepest = Math.max(indentDeepest, indent)
    }
  }
  // Two columns a level is the tightest block nesting YAML allows.
  return Math.max(deepest, Math.floor(indentDeepest / 2))
}

const FLOW_OPENER = /[[{]/g
/** A line that starts deeper than MAX_NESTING levels of two columns (spaces and list dashes). */
const DEEP_INDENT = new RegExp(`\\n[ -]{${2 * (MAX_NESTING + 1)}}`)

/**
 * Whether the text nests deeper than MAX_NESTING (nestingDepth). Metadata with at most
 * MAX_NESTING brackets that open and no line indented that deep cannot: two scans of the
 * regular expression engine settle that, and the count by character runs only otherwise.
 */
export function nestsTooDeeply(text: string): boolean {
  if (DEEP_INDENT.test(text)) return nestingDepth(text) > MAX_NESTING
  FLOW_OPENER.lastIndex = 0
  let openers = 0
  while (FLOW_OPENER.test(text)) if (++openers > MAX_NESTING) return nestingDepth(text) > MAX_NESTING
  return false
}

export interface YamlCost {
  /** How deeply lists and mappings nest below the top mapping, keys included (`? ? ? a` nests three levels). */
  depth: number
  /** How deeply keys that are lists or mappings nest inside each other. */
  keyNesting: number
  /**
   * The work of converting collections used as keys: the YAML library converts such a key and
   * writes it out again as text, and a key inside a key is written out once more for each key
   * around it. Each node inside keys counts its characters and KEY_NODE_WORK once per key
   * around it.
   */
  keyWork: number
  /**
   * Where a key repeats one before it in the same mapping (the offset it starts at). Found
   * here rather than by the library (uniqueKeys), whose check compares every key with every
   * other: 256 KB of distinct keys took 9 s to parse, 30 s in a flow mapping.
   */
  duplicateKeys: number[]
  /** Integers written out that a JavaScript number cannot hold exactly (9007199254740993 reads as …992): where, and what they read as. */
  unsafeIntegers: Array<{ offset: number; written: string; read: number }>
  /**
   * The data is the nodes' values as they stand (yamlData.ts): no alias, no tag, no list or
   * mapping used as a key, no pair directly in a list. Otherwise the library converts it.
   */
  plain: boolean
}

/**
 * The cost of a parsed document's conversion to data, measured on its nodes before it is
 * converted, iteratively (the measure itself must not recurse on hostile depth), and
 * stopping at the first bound it passes. A bound on characters cannot see it: 1 KB of
 * `? ? ? … a` took minutes to convert.
 */
export function yamlCost(contents: unknown): YamlCost {
  const cost: YamlCost = { depth: 0, keyNesting: 0, keyWork: 0, duplicateKeys: [], unsafeIntegers: [], plain: true }
  // Three parallel stacks rather than an object a node: every KEP's metadata is measured.
  const nodes: unknown[] = [contents]
  const depths: number[] = [0]
  const keyDepths: number[] = [0]
  while (nodes.length > 0) {
    const node = nodes.pop()
    const depth = depths.pop()!
    const keys = keyDepths.pop()!
    if (isScalar(node) || isAlias(node)) {
      const range = (node as Node).range
      if (isAlias(node) || node.tag !== undefined) cost.plain = false
      if (keys > 0) cost.keyWork += keys * (KEY_NODE_WORK + (range ? range[1] - range[0] : 0))
      if (isScalar(node) && typeof node.value === 'number' && range && isUnsafeInteger(node.value, node.source)) cost.unsafeIntegers.push({ offset: range[0], written: node.source!, read: node.value })
      continue
    }
    if (!isCollection(node)) continue
    if (node.tag !== undefined || keys > 0) cost.plain = false
    if (depth > cost.depth) cost.depth = depth
    if (keys > cost.keyNesting) cost.keyNesting = keys
    cost.keyWork += keys * KEY_NODE_WORK
    if (cost.depth > MAX_NESTING || cost.keyNesting > MAX_KEY_NESTING || cost.keyWork > MAX_KEY_WORK) break
    let seen: Set<unknown> | undefined
    for (const item of node.items) {
      if (!isPair(item)) {
        nodes.push(item)
        depths.push(depth + 1)
        keyDepths.push(keys)
        continue
      }
      // A pair in a list ([a: 1]) converts to a mapping of its own.
      if (isSeq(node)) cost.plain = false
      const key = item.key
      if (isScalar(key) && key.range) {
        seen ??= new Set<unknown>()
        // The library's own test: keys are equal when their values are (NaN never is).
        if (seen.has(key.value) && !Number.isNaN(key.value)) cost.duplicateKeys.push(key.range[0])
        seen.add(key.value)
      }
      nodes.push(key, item.value)
      depths.push(depth + 1, depth + 1)
      keyDepths.push(isCollection(key) ? keys + 1 : keys, keys)
    }
  }
  return cost
}

/** An integer literal (not 1e20, whose reader expects a float) whose value is past Number.MAX_SAFE_INTEGER. */
function isUnsafeInteger(value: number, source: string | undefined): boolean {
  return Number.isInteger(value) && !Number.isSafeInteger(value) && source !== undefined && /^[-+]?(?:0x[0-9a-fA-F]+|0o[0-7]+|[0-9]+)$/.test(source)
}
