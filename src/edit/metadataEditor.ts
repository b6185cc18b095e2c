import { isCollection as isYamlCollection, isMap, isPair, isScalar, parseDocument, Scalar, stringify, type Pair, type YAMLMap } from 'yaml'
import type { MetadataBlock } from '../parse/metadata.js'
import { PARSE_OPTIONS } from '../parse/yamlMetadata.js'

export type MetadataValue = string | number | boolean | null | readonly MetadataValue[] | { readonly [key: string]: MetadataValue }

export interface SetOptions {
  /** Where a key the mapping lacks goes: after the first of these keys it has (else after its last key). */
  after?: readonly string[]
  /** How new strings are quoted; a replaced string keeps the quoting it had. */
  quote?: 'plain' | 'double'
}

export class MetadataEditError extends Error {}

interface TextEdit {
  start: number
  end: number
  text: string
}

const STRINGIFY = { lineWidth: 0, version: '1.2', defaultKeyType: 'PLAIN' } as const

/**
 * Edits metadata values in a KEP's text by rewriting exactly their source ranges: every other
 * byte (comments, quoting, order, blank lines, line endings, the markdown around the block) is
 * kept. The yaml library's own serializer keeps comments and order but writes LF line endings
 * and its own layout, so it is used only to render the new values. Offsets of the YAML text are
 * mapped to the file through the metadata's positions, so front matter, KEP-1's fenced block
 * (indent included) and kep.yaml files are edited alike.
 */
export class MetadataEditor {
  private readonly root: YAMLMap
  private readonly lineStarts: number[] = [0]
  private readonly newline: string
  private readonly edits: TextEdit[] = []
  /** The data the edited text must read as. */
  readonly expected: Record<string, unknown>

  constructor(
    private readonly text: string,
    private readonly metadata: MetadataBlock
  ) {
    const document = parseDocument(metadata.source, PARSE_OPTIONS)
    if (document.errors.length > 0 || !isMap(document.contents) || document.contents.flow) {
      throw new MetadataEditError('the metadata is not a YAML mapping written in block style; fix it first (kep-validator check names the problem)')
    }
    this.root = document.contents
    for (const match of text.matchAll(/\r\n|\r|\n/g)) this.lineStarts.push(match.index + match[0].length)
    this.newline = /\r\n/.exec(text)?.[0] ?? '\n'
    this.expected = structuredClone(metadata.data) as Record<string, unknown>
  }

  /** Sets the value at a path of keys, adding the keys that are missing. */
  set(path: readonly string[], value: MetadataValue, options: SetOptions = {}): void {
    let map = this.root
    for (let depth = 0; depth < path.length; depth++) {
      const pair = map.items.find(item => isScalar(item.key) && String(item.key.value) === path[depth])
      const rest = nest(path.slice(depth + 1), value)
      if (!pair) {
        this.insert(map, path[depth], rest, options)
        break
      }
      const child = pair.value
      // An empty value or an empty {} becomes the mapping the rest of the path needs.
      if (depth === path.length - 1 || child === null || (isScalar(child) && child.value === null) || (isMap(child) && child.flow && child.items.length === 0)) {
        this.replace(pair, rest, options)
        break
      }
      if (!isMap(child) || child.flow) throw new MetadataEditError(`${path.slice(0, depth + 1).join('.')} is not a mapping in block style; edit it by hand`)
      map = child
    }
    setIn(this.expected, path, value)
  }

  /** The edited file text. */
  apply(): string {
    const edits = this.edits.map((edit, order) => ({ ...edit, order })).sort((a, b) => a.start - b.start || a.order - b.order)
    let result = ''
    let at = 0
    for (const edit of edits) {
      if (edit.start < at) throw new MetadataEditError('two edits of the metadata overlap')
      result += this.text.slice(at, edit.start) + edit.text
      at = edit.end
    }
    return result + this.text.slice(at)
  }

  /** Throws unless the edited text reads as the data asked for: no other value changed. */
  verify(edited: unknown): void {
    if (!sameData(edited, this.expected)) throw new MetadataEditError('the edited metadata does not read as intended; nothing was written: edit it by hand')
  }

  private replace(pair: Pair, value: MetadataValue, options: SetOptions): void {
    const node = pair.value
    const scalar = isScalar(node) ? node : undefined
    const range = (node as { range?: [number, number, number] } | null)?.range
    const empty = !range || range[0] === range[1]
    if (!isCollection(value) && scalar && !empty) {
      if (scalar.type === Scalar.BLOCK_LITERAL || scalar.type === Scalar.BLOCK_FOLDED) throw new MetadataEditError(`${String((pair.key as Scalar).value)} is a block scalar; edit it by hand`)
      const quote = scalar.type === Scalar.QUOTE_DOUBLE ? 'QUOTE_DOUBLE' : scalar.type === Scalar.QUOTE_SINGLE ? 'QUOTE_SINGLE' : 'PLAIN'
      this.edit(range[0], range[1], renderScalar(value, quote))
      return
    }
    // Anything else is rewritten from the colon: a collection, an empty value, a change of kind.
    const colon = this.colonAfter(pair)
    const end = empty ? colon : this.lastNonSpace(contentEnd(node))
    if (value === null) {
      this.edit(colon, end, '')
    } else if (!isCollection(value) || isEmptyCollection(value)) {
      this.edit(colon, end, ` ${renderScalar(value, options.quote === 'double' ? 'QUOTE_DOUBLE' : 'PLAIN')}`)
    } else if (range && isYamlCollection(node) && !node.flow) {
      // A block collection becomes another one where it stood, at its indentation.
      const start = this.fileOffset(range[0])
      this.editFile(start, this.fileOffset(end), renderBlock(value, options).join(this.newline + this.indentBefore(start)))
    } else {
      const indent = `${this.indentBefore(this.fileOffset((pair.key as Scalar).range![0]))}  `
      this.edit(colon, end, this.newline + indent + renderBlock(value, options).join(this.newline + indent))
    }
  }

  private insert(map: YAMLMap, key: string, value: MetadataValue, options: SetOptions): void {
    const pairs = map.items as Pair[]
    if (map.flow || pairs.length === 0) throw new MetadataEditError(`cannot add ${key} to a mapping in flow style or an empty one; edit it by hand`)
    const byName = (name: string) => pairs.find(item => isScalar(item.key) && String(item.key.value) === name)
    const anchor = (options.after ?? []).map(byName).find(pair => pair !== undefined) ?? pairs.at(-1)!
    const keyStart = this.fileOffset((anchor.key as Scalar).range![0])
    const indent = this.indentBefore(keyStart)
    const anchorEnd = anchor.value ? contentEnd(anchor.value) : (anchor.key as Scalar).range![1]
    const lines = isCollection(value) && !isEmptyCollection(value) ? [`${key}:`, ...renderBlock(value, options).map(line => `  ${line}`)] : [`${key}: ${renderScalar(value, options.quote === 'double' ? 'QUOTE_DOUBLE' : 'PLAIN')}`]
    const text = lines.map(line => indent + line).join(this.newline)
    // After the line the anchor's value ends on: its comment stays with it.
    const line = this.lineOf(this.fileOffset(this.lastNonSpace(anchorEnd)))
    const next = this.lineStarts[line + 1]
    if (next === undefined) this.editFile(this.text.length, this.text.length, this.newline + text)
    else this.editFile(next, next, text + this.newline)
  }

  private edit(start: number, end: number, text: string): void {
    this.editFile(this.fileOffset(start), this.fileOffset(end), text)
  }

  private editFile(start: number, end: number, text: string): void {
    this.edits.push({ start, end, text })
  }

  /** The offset in the file of an offset in the YAML text. */
  private fileOffset(yamlOffset: number): number {
    const { line, column } = this.metadata.spanOf(yamlOffset, yamlOffset)
    return this.lineStarts[line - 1] + column - 1
  }

  private lineOf(fileOffset: number): number {
    let line = 0
    while (line + 1 < this.lineStarts.length && this.lineStarts[line + 1] <= fileOffset) line++
    return line
  }

  /** The text before an offset on its line, as indentation (a list item's "- " becomes spaces). */
  private indentBefore(fileOffset: number): string {
    return this.text.slice(this.lineStarts[this.lineOf(fileOffset)], fileOffset).replace(/[^\t]/g, ' ')
  }

  /** Just after the colon that ends a pair's key. */
  private colonAfter(pair: Pair): number {
    const source = this.metadata.source
    let at = (pair.key as Scalar).range![1]
    while (at < source.length && source[at] !== ':') at++
    return at + 1
  }

  /** Just after the last character of a value that is not white space. */
  private lastNonSpace(end: number): number {
    const source = this.metadata.source
    let at = end
    while (at > 0 && /\s/.test(source[at - 1])) at--
    return at
  }
}

/** Where a value's own text ends: a collection's range also takes in the comments that follow its last item. */
function contentEnd(node: unknown): number {
  if (isYamlCollection(node) && !node.flow && node.items.length > 0) {
    const last = node.items.at(-1)
    return contentEnd(isPair(last) ? (last.value ?? last.key) : last)
  }
  return (node as { range?: [number, number, number] }).range?.[1] ?? 0
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

function renderScalar(value: MetadataValue, quote: 'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE'): string {
  // A number stays a number whatever the old value's quoting: kep-0001 reads "42" as text, not a number.
  const rendered = typeof value === 'string' ? stringify(value, { ...STRINGIFY, defaultStringType: quote }) : stringify(value, STRINGIFY)
  return rendered.replace(/\n$/, '')
}

function renderBlock(value: MetadataValue, options: SetOptions): string[] {
  return stringify(value, { ...STRINGIFY, defaultStringType: options.quote === 'double' ? 'QUOTE_DOUBLE' : 'PLAIN' })
    .replace(/\n$/, '')
    .split('\n')
}
