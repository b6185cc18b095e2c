import { asWritten, excerpt, EXCERPT_CHARACTERS } from '../core/suggest.js'

/** The YAML library's errors, told as an author can act on them. */
export function explainYamlError(
  code: string,
  message: string,
  source: string,
  offset: number
): {
  rule: string
  message: string
  expected?: string[]
  /** How much of the source the error covers, when the parser marks less. */
  length?: number
} {
  if (code === 'UNSAFE_INTEGER') return { rule: 'yaml-unsafe-integer', message, length: /^\S*/.exec(source.slice(offset))![0].length }
  if (code === 'DUPLICATE_KEY') {
    const key = /^[^\s:]+/.exec(source.slice(offset))?.[0] ?? ''
    return {
      rule: 'yaml-duplicate-key',
      message: `key ${key ? `${excerpt(key)} ` : ''}appears twice in the same mapping; keep one of them`,
      // The whole second key is marked, not its first character.
      ...(key ? { length: key.length } : {})
    }
  }
  if (code === 'BAD_SCALAR_START') {
    const rest = /^[^\n]*/.exec(source.slice(offset))?.[0].trimEnd() ?? ''
    const unwrapped = /^`([^`]*)`$/.exec(rest)?.[1]
    const suggestion = unwrapped ?? JSON.stringify(rest)
    return {
      rule: 'yaml-syntax',
      message: `YAML syntax error: the value ${asWritten(rest)} starts with "${rest[0]}", which YAML reserves (a plain value may not start with \` @ % ! & * | > ' " [ ] { } , #); ${unwrapped !== undefined ? 'did you mean' : 'quote it:'} ${asWritten(suggestion)}${unwrapped !== undefined ? '?' : ''}`,
      expected: [suggestion],
      length: rest.length
    }
  }
  // The library's message names at most a token of the source (an alias, a tag): cut like any excerpt.
  return { rule: 'yaml-syntax', message: `YAML syntax error: ${[...message].length <= 3 * EXCERPT_CHARACTERS ? message : excerpt(message, 3 * EXCERPT_CHARACTERS)}` }
}
