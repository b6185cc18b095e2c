import { parse, stringify } from 'yaml'
import { pathKey, type MetadataBlock, type NodePosition, type Path } from '../parse/metadata.js'
import { PARSE_OPTIONS } from '../parse/yamlMetadata.js'

/**
 * What building an edit needs to know of the YAML text, from the reader's positions alone (no
 * second parse): where a value is written, of what kind, where its own text ends, how a line
 * is indented in the file; and the one way a new value is written. The yaml library's
 * serializer renders values; the text around them is never written out again.
 */

export type MetadataValue = string | number | boolean | null | readonly MetadataValue[] | { readonly [key: string]: MetadataValue }

export type QuoteStyle = 'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE'

const STRINGIFY = { lineWidth: 0, version: '1.2', defaultKeyType: 'PLAIN' } as const

export function positionOf(metadata: MetadataBlock, path: Path): NodePosition | undefined {
  return metadata.positions.get(pathKey(path))
}

/** The value's own source text ('' for an empty value). */
export function writtenAt(metadata: MetadataBlock, position: NodePosition | undefined): string {
  return position?.value ? metadata.source.slice(...position.value) : ''
}

export function isFlow(metadata: MetadataBlock, position: NodePosition | undefined): boolean {
  return position !== undefined && !position.scalar && /^[[{]/.test(writtenAt(metadata, position))
}

/** A value inside a flow collection (`[a, b]`), where a plain scalar may not hold `,[]{}`. */
export function inFlow(metadata: MetadataBlock, path: Path): boolean {
  return path.length > 0 && isFlow(metadata, positionOf(metadata, path.slice(0, -1)))
}

export function quoteStyleOf(written: string): QuoteStyle {
  return written.startsWith('"') ? 'QUOTE_DOUBLE' : written.startsWith("'") ? 'QUOTE_SINGLE' : 'PLAIN'
}

/**
 * A value written as a scalar in the style asked, by the yaml library: plain only where plain
 * reads back as the same string ("true", "12", "@alice" are quoted), and never plain with a
 * flow indicator inside a flow collection. A number stays a number whatever the old quoting:
 * kep-0001 reads "42" as text. An empty collection is written `[]` or `{}`.
 */
export function renderScalar(value: MetadataValue, style: QuoteStyle, flow = false): string {
  if (typeof value !== 'string') return stringify(value, STRINGIFY).replace(/\n$/, '')
  // The same fix recurs across KEPs (a handle with @ in every KEP its owner wrote): yaml's stringify builds a document each time.
  const key = `${style}\0${flow ? 1 : 0}\0${value}`
  let rendered = renderedStrings.get(key)
  if (rendered === undefined) {
    if (renderedStrings.size >= RENDERED_STRINGS_KEPT) renderedStrings.clear()
    rendered = renderString(value, style, flow)
    renderedStrings.set(key, rendered)
  }
  return rendered
}

/** How many rendered strings are remembered (a run renders one a fix; a few hundred on kubernetes/enhancements). */
const RENDERED_STRINGS_KEPT = 10_000
const renderedStrings = new Map<string, string>()

function renderString(value: string, style: QuoteStyle, flow: boolean): string {
  return renderedAsIs(value, style) ?? renderedByYaml(value, style, flow)
}

// Letters, digits and . _ / - after a letter or digit, perhaps behind a handle's @: nothing in
// it is escaped or folded.
const WRITTEN_AS_IS = /^@?[A-Za-z0-9][A-Za-z0-9._/-]*$/

/**
 * What the library writes for such a string, known without asking it: the string between the
 * quotes asked for; where plain is asked for, in double quotes when it starts with @ (which
 * cannot begin a plain scalar), and plain when it surely reads back as text. Undefined
 * for anything else. Asking the library builds a document each time: handle-at's fixes
 * ("janedoe" to "@janedoe") cost ~1% of a full audit of kubernetes/enhancements that way.
 */
function renderedAsIs(value: string, style: QuoteStyle): string | undefined {
  if (!WRITTEN_AS_IS.test(value)) return undefined
  if (style === 'QUOTE_DOUBLE') return `"${value}"`
  if (style === 'QUOTE_SINGLE') return `'${value}'`
  if (value.startsWith('@')) return `"${value}"`
  return readsAsText(value) ? value : undefined
}

/**
 * Whether a plain scalar of letters, digits and . _ / - surely reads as text in YAML 1.2's core
 * schema, which reads null, booleans and numbers otherwise: one that starts with a letter and
 * is not null, true or false; or one with a / or _, or a - without an e (an exponent's sign),
 * which no number has (2023-09-18). Otherwise the library decides.
 */
function readsAsText(value: string): boolean {
  if (/^[A-Za-z]/.test(value)) return !/^(?:null|true|false)$/i.test(value)
  return /[/_]/.test(value) || (value.includes('-') && !/[eE]/.test(value))
}

/** The library's own rendering of a string in a style (exported for the test that the shortcut above agrees with it). */
export function renderedByYaml(value: string, style: QuoteStyle, flow: boolean): string {
  const text = stringify(value, { ...STRINGIFY, defaultStringType: style }).replace(/\n$/, '')
  const plain = !/^["']/.test(text)
  if (text.includes('\n') || (plain && flow && /[,[\]{}]/.test(text)) || (plain && !readsAs(text, value))) return stringify(value, { ...STRINGIFY, defaultStringType: 'QUOTE_DOUBLE' }).replace(/\n$/, '')
  return text
}

function readsAs(text: string, value: string): boolean {
  try {
    return parse(text, PARSE_OPTIONS) === value
  } catch {
    return false
  }
}

/** A collection written in block style, one line per item, without indentation of its own. */
export function renderBlock(value: MetadataValue, quote: 'plain' | 'double' | undefined): string[] {
  return stringify(value, { ...STRINGIFY, defaultStringType: quote === 'double' ? 'QUOTE_DOUBLE' : 'PLAIN' })
    .replace(/\n$/, '')
    .split('\n')
}

export function lineStartAt(source: string, offset: number): number {
  return source.lastIndexOf('\n', offset - 1) + 1
}

/** The offset where a line of the YAML text ends, before its line break (LF or CRLF). */
export function lineEndAt(source: string, offset: number): number {
  const newline = source.indexOf('\n', offset)
  if (newline === -1) return source.length
  return source[newline - 1] === '\r' ? newline - 1 : newline
}

/** The text before an offset on its line in the file, as indentation: what a fence stripped (KEP-1's block in a list item), then the YAML line's own, a list item's "- " as spaces. */
export function indentBefore(metadata: MetadataBlock, offset: number): string {
  const start = lineStartAt(metadata.source, offset)
  const stripped = metadata.spanOf(offset, offset).column - 1 - (offset - start)
  return ' '.repeat(Math.max(0, stripped)) + metadata.source.slice(start, offset).replace(/[^\t]/g, ' ')
}

/** Just after the colon that ends a key. */
export function colonAfter(source: string, keyEnd: number): number {
  let at = keyEnd
  while (at < source.length && source[at] !== ':') at++
  return at + 1
}

/** Just after the last character before an offset that is not white space. */
export function lastNonSpace(source: string, end: number): number {
  let at = end
  while (at > 0 && /\s/.test(source[at - 1])) at--
  return at
}

/**
 * Where a value's own text ends: a scalar's or a flow collection's range; for a block
 * collection, the end of what its items write (its range would also take in the comments after
 * its last item, which belong to the next key).
 */
export function contentEnd(metadata: MetadataBlock, path: Path): number {
  const position = positionOf(metadata, path)
  if (!position) return 0
  const own = Math.max(position.key?.[1] ?? 0, position.value?.[1] ?? 0)
  if (position.scalar || isFlow(metadata, position)) return own
  const prefix = path.length === 0 ? '' : `${pathKey(path)}\u0000`
  let end = position.key?.[1] ?? 0
  let items = 0
  for (const [key, child] of metadata.positions) {
    if (!key.startsWith(prefix) || key === pathKey(path)) continue
    items++
    if (child.value && (child.scalar || isFlow(metadata, child))) end = Math.max(end, child.value[1])
    if (child.key) end = Math.max(end, child.key[1])
  }
  return items === 0 ? own : end
}
