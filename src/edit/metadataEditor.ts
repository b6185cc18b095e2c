import type { Edit, Span } from '../core/diagnostic.js'
import type { MetadataBlock, Path } from '../parse/metadata.js'
import { colonAfter, contentEnd, indentBefore, inFlow, isFlow, lastNonSpace, lineEndAt, lineStartAt, positionOf, quoteStyleOf, renderBlock, renderScalar, writtenAt, type MetadataValue } from './yamlSource.js'

export type { MetadataValue } from './yamlSource.js'

/**
 * The one way edits of metadata are built — by a rule's fix and by `new` and `promote` alike:
 * a value's exact source range rewritten, a line inserted, and nothing else of the file moves
 * (comments, quoting, order, blank lines, line endings, the markdown around the block). Spans
 * come from the metadata's own positions, so front matter, KEP-1's fenced block (indent
 * included) and kep.yaml files are edited alike. Edits write "\n"; the applier writes the
 * file's own line break.
 */

export class MetadataEditError extends Error {}

export interface SetOptions {
  /** Where a key the mapping lacks goes: after the first of these keys it has (else after its last key). */
  after?: readonly string[]
  /** How new strings are quoted; a replaced string keeps the quoting it had. */
  quote?: 'plain' | 'double'
}

function edit(metadata: MetadataBlock, start: number, end: number, text: string): Edit {
  return { span: metadata.spanOf(start, end), text }
}

/** Replaces the scalar at a path with another string where it is written, keeping its quoting; none for a value that is not one line of text (a block scalar, an empty value). */
export function replaceScalar(metadata: MetadataBlock, path: Path, value: string): Edit | undefined {
  const position = positionOf(metadata, path)
  if (!position?.scalar || !position.value) return undefined
  const written = writtenAt(metadata, position)
  if (written === '' || written.includes('\n') || /^[|>]/.test(written)) return undefined
  return edit(metadata, ...position.value, renderScalar(value, quoteStyleOf(written), inFlow(metadata, path)))
}

/**
 * Adds a string to the list at a top-level field: after the last item of a block list (on
 * a line of its own, indented as that item), inside a flow list, or as a new field at the
 * end of the metadata when there is none. Undefined when the field holds something else.
 */
export function appendListItem(metadata: MetadataBlock, field: string, item: string): Edit | undefined {
  const { source } = metadata
  const data = (metadata.data as Record<string, unknown> | undefined)?.[field]
  const position = positionOf(metadata, [field])
  const blockItem = renderScalar(item, 'PLAIN')
  if (data === undefined || !position) {
    const end = lastNonSpace(source, source.length)
    const indent = indentBefore(metadata, lineStartAt(source, end))
    return edit(metadata, lineEndAt(source, end), lineEndAt(source, end), `\n${indent}${field}:\n${indent}  - ${blockItem}`)
  }
  const [start, end] = position.value ?? [0, 0]
  const written = source.slice(start, end)
  if (data === null) {
    if (written === '' && position.key) {
      const at = lineEndAt(source, position.key[1])
      return edit(metadata, at, at, `\n${indentBefore(metadata, lineStartAt(source, at))}  - ${blockItem}`)
    }
    return edit(metadata, start, end, `[${renderScalar(item, 'PLAIN', true)}]`)
  }
  if (!Array.isArray(data)) return undefined
  if (isFlow(metadata, position) && written.endsWith(']')) {
    const flowItem = renderScalar(item, 'PLAIN', true)
    return data.length === 0 ? edit(metadata, start, end, `[${flowItem}]`) : edit(metadata, end - 1, end - 1, `, ${flowItem}`)
  }
  const last = positionOf(metadata, [field, data.length - 1])?.value
  if (!last) return undefined
  const from = lineStartAt(source, last[0])
  const prefix = source.slice(from, last[0])
  if (!/^\s*-\s+$/.test(prefix) || source.slice(last[0], last[1]).includes('\n')) return undefined
  return edit(metadata, lineEndAt(source, last[1]), lineEndAt(source, last[1]), `\n${indentBefore(metadata, from)}${prefix}${blockItem}`)
}

/**
 * Edits of one KEP's metadata by paths of keys, for `new` and `promote`: each `set` adds the
 * edits that write a value (a scalar replaced in its quoting, a collection rewritten where it
 * stood, a missing key inserted after the line of the key named), and records the data the
 * edited text must read as. Metadata it cannot edit exactly is refused, never approximated.
 */
export class MetadataEditor {
  readonly edits: Edit[] = []
  /** The data the edited text must read as. */
  readonly expected: Record<string, unknown>

  constructor(private readonly metadata: MetadataBlock) {
    const root = positionOf(metadata, [])
    if (metadata.errorLines.size > 0 || !isMapping(metadata.data) || isFlow(metadata, root)) {
      throw new MetadataEditError('the metadata is not a YAML mapping written in block style; fix it first (kep-validator check names the problem)')
    }
    this.expected = structuredClone(metadata.data) as Record<string, unknown>
  }

  /** Sets the value at a path of keys, adding the keys that are missing. */
  set(path: readonly string[], value: MetadataValue, options: SetOptions = {}): void {
    for (let depth = 0; depth < path.length; depth++) {
      const here = path.slice(0, depth + 1)
      const rest = nest(path.slice(depth + 1), value)
      const position = positionOf(this.metadata, here)
      if (!position?.key) {
        this.insert(path.slice(0, depth), path[depth], rest, options)
        break
      }
      const data = dataAt(this.metadata.data, here)
      // An empty value or an empty {} becomes the mapping the rest of the path needs.
      if (depth === path.length - 1 || data === null || (isFlow(this.metadata, position) && isMapping(data) && Object.keys(data).length === 0)) {
        this.replace(here, rest, options)
        break
      }
      if (!isMapping(data) || isFlow(this.metadata, position)) throw new MetadataEditError(`${here.join('.')} is not a mapping in block style; edit it by hand`)
    }
    setIn(this.expected, path, value)
  }

  /** Throws unless the edited text reads as the data asked for: no other value changed. */
  verify(edited: unknown): void {
    if (!sameData(edited, this.expected)) throw new MetadataEditError('the edited metadata does not read as intended; nothing was written: edit it by hand')
  }

  private replace(path: readonly string[], value: MetadataValue, options: SetOptions): void {
    const { metadata } = this
    const { source } = metadata
    const position = positionOf(metadata, path)!
    const range = position.value
    const empty = !range || range[0] === range[1]
    const written = writtenAt(metadata, position)
    if (!isCollection(value) && position.scalar && !empty) {
      if (/^[|>]/.test(written)) throw new MetadataEditError(`${path.join('.')} is a block scalar; edit it by hand`)
      this.edits.push(edit(metadata, ...range!, renderScalar(value, quoteStyleOf(written), inFlow(metadata, path))))
      return
    }
    // Anything else is rewritten from the colon: a collection, an empty value, a change of kind.
    const colon = colonAfter(source, position.key![1])
    const end = empty ? colon : lastNonSpace(source, contentEnd(metadata, path))
    if (value === null) {
      this.edits.push(edit(metadata, colon, end, ''))
    } else if (!isCollection(value) || isEmptyCollection(value)) {
      this.edits.push(edit(metadata, colon, end, ` ${renderScalar(value, options.quote === 'double' ? 'QUOTE_DOUBLE' : 'PLAIN')}`))
    } else if (range && !position.scalar && !isFlow(metadata, position) && !empty) {
      // A block collection becomes another one where it stood, at its indentation.
      this.edits.push(edit(metadata, range[0], end, renderBlock(value, options.quote).join(`\n${indentBefore(metadata, range[0])}`)))
    } else {
      const indent = `${indentBefore(metadata, position.key![0])}  `
      this.edits.push(edit(metadata, colon, end, `\n${indent}${renderBlock(value, options.quote).join(`\n${indent}`)}`))
    }
  }

  private insert(parent: readonly string[], key: string, value: MetadataValue, options: SetOptions): void {
    const { metadata } = this
    const { source } = metadata
    const map = dataAt(metadata.data, parent)
    const keys = isMapping(map) ? Object.keys(map).filter(name => positionOf(metadata, [...parent, name])?.key) : []
    if (keys.length === 0 || isFlow(metadata, positionOf(metadata, parent))) throw new MetadataEditError(`cannot add ${key} to a mapping in flow style or an empty one; edit it by hand`)
    const keyStart = (name: string): number => positionOf(metadata, [...parent, name])!.key![0]
    // The last key written, whatever order the data lists its keys in.
    const last = keys.reduce((a, b) => (keyStart(b) > keyStart(a) ? b : a))
    const anchor = (options.after ?? []).find(name => keys.includes(name)) ?? last
    const indent = indentBefore(metadata, keyStart(anchor))
    const lines = isCollection(value) && !isEmptyCollection(value) ? [`${key}:`, ...renderBlock(value, options.quote).map(line => `  ${line}`)] : [`${key}: ${renderScalar(value, options.quote === 'double' ? 'QUOTE_DOUBLE' : 'PLAIN')}`]
    const text = lines.map(line => indent + line).join('\n')
    // After the line the anchor's value ends on: its comment stays with it.
    const lineEnd = lineEndAt(source, lastNonSpace(source, contentEnd(metadata, [...parent, anchor])))
    const next = source.indexOf('\n', lineEnd)
    if (next === -1) {
      this.edits.push(edit(metadata, source.length, source.length, `\n${text}`))
      return
    }
    // At the first column of the next line of the file, before what a fence strips from it.
    const { line } = metadata.spanOf(next + 1, next + 1)
    const span: Span = { line, column: 1, endLine: line, endColumn: 1 }
    this.edits.push({ span, text: `${text}\n` })
  }
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function dataAt(data: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>((value, key) => (isMapping(value) ? value[key] : undefined), data)
}

/** Equal as YAML data (key order aside); compared by shape, not prototype, since data may come from another realm. */
function sameData(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return Object.is(a, b)
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const keys = Object.keys(a)
  return keys.length === Object.keys(b).length && keys.every(key => Object.hasOwn(b, key) && sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
}

function isCollection(value: MetadataValue): value is readonly MetadataValue[] | { readonly [key: string]: MetadataValue } {
  return typeof value === 'object' && value !== null
}

function isEmptyCollection(value: MetadataValue): boolean {
  return isCollection(value) && Object.keys(value).length === 0
}

function nest(path: readonly string[], value: MetadataValue): MetadataValue {
  return path.reduceRight<MetadataValue>((inner, key) => ({ [key]: inner }), value)
}

function setIn(target: Record<string, unknown>, path: readonly string[], value: MetadataValue): void {
  let at = target
  for (const key of path.slice(0, -1)) {
    const child = at[key]
    at = (at[key] = typeof child === 'object' && child !== null && !Array.isArray(child) ? child : {}) as Record<string, unknown>
  }
  at[path.at(-1)!] = structuredClone(value)
}
