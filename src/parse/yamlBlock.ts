import { Document, isMap, isPair, isScalar, isSeq, Pair, parseDocument, YAMLMap } from 'yaml'
import type { Node } from 'yaml'
import { diagnostic, type Diagnostic, type Span } from '../core/diagnostic.js'

export type MetadataForm = 'frontmatter' | 'fenced' | 'sidecar'
export type Path = ReadonlyArray<string | number>

/** Parsed metadata with everything needed to point back at lines of the file. */
export interface MetadataBlock {
  form: MetadataForm
  /** Offsets of every key and value, by data path. */
  positions: ReadonlyMap<string, NodePosition>
  /** Plain data for the schema; dates stay strings (YAML 1.2 core schema has no timestamps). */
  data: unknown
  /** The whole block in the file, fences included. */
  block: Span
  /** Maps an offset range of the YAML text to a span in the file. */
  spanOf(start: number, end: number): Span
  /** The YAML text itself. */
  source: string
  /** Lines of the file that already carry a YAML error; other reports there are noise. */
  errorLines: ReadonlySet<number>
}

/** How YAML text sits inside the file: its first line, and the indentation a fence stripped. */
export interface Placement {
  firstLine: number
  /** Columns a fence stripped from each YAML line (index 0 is line 1); none when absent. */
  strippedIndents?: readonly number[]
}

// logLevel 'error': the library must not print its warnings to the action's log; a
// collection used as a key, its one warning here, is reported as an unknown field.
const PARSE_OPTIONS = { prettyErrors: false, uniqueKeys: true, version: '1.2', schema: 'core', keepSourceTokens: false, logLevel: 'error' } as const
const NO_ERROR_LINES: ReadonlySet<number> = new Set()

/**
 * Metadata that keeps only its YAML text and data. Positions are worked out again from
 * the text when a diagnostic needs one: a whole-repository run holds thousands of these,
 * and keeping every parse tree would make the garbage collector the largest cost.
 */
class YamlMetadata implements MetadataBlock {
  private lineStarts?: number[]

  constructor(
    readonly form: MetadataForm,
    readonly data: unknown,
    readonly block: Span,
    readonly source: string,
    private readonly placement: Placement,
    readonly errorLines: ReadonlySet<number>,
    private positionsCache?: Map<string, NodePosition>
  ) {}

  get positions(): ReadonlyMap<string, NodePosition> {
    this.positionsCache ??= indexPositions(parseDocument(this.source, PARSE_OPTIONS).contents)
    return this.positionsCache
  }

  private position(offset: number): { line: number; column: number } {
    if (!this.lineStarts) {
      this.lineStarts = [0]
      for (let i = this.source.indexOf('\n'); i !== -1; i = this.source.indexOf('\n', i + 1)) this.lineStarts.push(i + 1)
    }
    const at = Math.min(Math.max(offset, 0), this.source.length)
    let low = 0
    let high = this.lineStarts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (this.lineStarts[middle] <= at) low = middle
      else high = middle - 1
    }
    const yamlLine = low + 1
    return {
      line: this.placement.firstLine + low,
      column: at - this.lineStarts[low] + 1 + (this.placement.strippedIndents?.[yamlLine - 1] ?? 0)
    }
  }

  spanOf(start: number, end: number): Span {
    const from = this.position(start)
    const to = this.position(Math.max(start, end))
    return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column }
  }

  /** What another thread needs to rebuild this metadata: plain data that structured clone copies. */
  toTransfer(): MetadataTransfer {
    return { form: this.form, data: this.data, block: this.block, source: this.source, placement: this.placement, errorLines: [...this.errorLines] }
  }
}

/** Metadata read on a worker thread, as it crosses to the main thread. */
export interface MetadataTransfer {
  form: MetadataForm
  data: unknown
  block: Span
  source: string
  placement: Placement
  errorLines: number[]
}

export function metadataToTransfer(metadata: MetadataBlock): MetadataTransfer {
  if (!(metadata instanceof YamlMetadata)) throw new Error('internal error: only metadata read from YAML crosses threads')
  return metadata.toTransfer()
}

export function metadataFromTransfer(transfer: MetadataTransfer): MetadataBlock {
  const errorLines = transfer.errorLines.length > 0 ? new Set(transfer.errorLines) : NO_ERROR_LINES
  return new YamlMetadata(transfer.form, transfer.data, transfer.block, transfer.source, transfer.placement, errorLines)
}

// Aliases expand on conversion: a bound keeps "billion laughs" documents from exhausting memory.
const MAX_ALIAS_COUNT = 100
// Metadata is a few dozen lines; these bounds keep hostile input to bounded time and stack.
const MAX_METADATA_BYTES = 256 * 1024
const MAX_NESTING = 64

/**
 * How deeply flow collections nest ([[[…]]]), or block ones by indentation: the YAML parser
 * recurses per level, and a pull request must not be able to overflow its stack.
 */
function nestingDepth(text: string): number {
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

function explainYamlError(code: string, message: string, source: string, offset: number): {
  rule: string
  message: string
  expected?: string[]
  /** How much of the source the error covers, when the parser marks less. */
  length?: number
} {
  if (code === 'DUPLICATE_KEY') {
    const key = /^[^\s:]+/.exec(source.slice(offset))?.[0] ?? ''
    return {
      rule: 'yaml-duplicate-key',
      message: `key ${key ? `"${key}" ` : ''}appears twice in the same mapping; keep one of them`
    }
  }
  if (code === 'BAD_SCALAR_START') {
    const rest = /^[^\n]*/.exec(source.slice(offset))?.[0].trimEnd() ?? ''
    const unwrapped = /^`([^`]*)`$/.exec(rest)?.[1]
    const suggestion = unwrapped ?? JSON.stringify(rest)
    return {
      rule: 'yaml-syntax',
      message: `YAML syntax error: the value ${rest} starts with "${rest[0]}", which YAML reserves (a plain value may not start with \` @ % ! & * | > ' " [ ] { } , #); ${unwrapped !== undefined ? 'did you mean' : 'quote it:'} ${suggestion}${unwrapped !== undefined ? '?' : ''}`,
      expected: [suggestion],
      length: rest.length
    }
  }
  return { rule: 'yaml-syntax', message: `YAML syntax error: ${message}` }
}

/** How much of a parse to keep. */
export interface KeepOptions {
  /**
   * Which metadata keeps the positions of every key and value from its parse: metadata that
   * will have diagnostics (it fails the schema), so that they cost no second parse. The rest
   * keeps only its text and is parsed again if a diagnostic comes after all: the memory of a
   * repository of tens of thousands of KEPs stays bounded.
   */
  keepPositions?: (data: unknown) => boolean
}

export function readYamlBlock(
  file: string,
  yamlText: string,
  form: MetadataForm,
  block: Span,
  placement: Placement,
  options: KeepOptions = {}
): { metadata?: MetadataBlock; diagnostics: Diagnostic[] } {
  if (yamlText.length > MAX_METADATA_BYTES) {
    return {
      diagnostics: [
        diagnostic(file, block, 'metadata-too-large', `the metadata is ${Math.round(yamlText.length / 1024)} KB; KEP metadata is a few dozen lines, and more than ${MAX_METADATA_BYTES / 1024} KB is not read — move long text into the KEP's body`)
      ]
    }
  }
  if (nestingDepth(yamlText) > MAX_NESTING) {
    return {
      diagnostics: [
        diagnostic(file, block, 'metadata-too-deep', `the metadata nests more than ${MAX_NESTING} levels of [ and { ; KEP metadata needs a handful — it is not read`)
      ]
    }
  }
  const document = parseDocument(yamlText, PARSE_OPTIONS)
  const diagnostics: Diagnostic[] = []
  let errorLines = NO_ERROR_LINES
  // Positions come from a metadata object built up front only for the errors' sake.
  const locator = new YamlMetadata(form, undefined, block, yamlText, placement, NO_ERROR_LINES)
  if (document.errors.length > 0) {
    const lines = new Set<number>()
    for (const error of document.errors) {
      const [start, end] = error.pos
      const explained = explainYamlError(error.code, error.message, yamlText, start)
      const span = locator.spanOf(start, Math.max(end, start + (explained.length ?? 0)))
      if (lines.has(span.line)) continue
      lines.add(span.line)
      diagnostics.push(diagnostic(file, span, explained.rule, explained.message, { expected: explained.expected }))
    }
    errorLines = lines
  }

  let data: unknown
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
  } catch (error) {
    const aliasBomb = error instanceof ReferenceError && /alias/i.test(error.message)
    diagnostics.push(
      diagnostic(
        file,
        block,
        aliasBomb ? 'yaml-aliases' : 'yaml-syntax',
        aliasBomb
          ? `metadata expands YAML aliases more than ${MAX_ALIAS_COUNT} times; write the values out instead of using anchors and aliases`
          : `metadata cannot be read as data: ${(error as Error).message}`
      )
    )
    return { diagnostics }
  }

  if (data === null || data === undefined) {
    diagnostics.push(
      diagnostic(file, block, 'metadata-not-mapping', 'the metadata block is empty; it must be a YAML mapping of fields such as kep-number, title and status')
    )
    return { diagnostics }
  }
  if (!isMap(document.contents)) {
    const kind = isSeq(document.contents) ? 'a list' : `a single value (${JSON.stringify(data)})`
    const contents = document.contents as Node
    const span = contents.range ? locator.spanOf(contents.range[0], contents.range[1]) : block
    diagnostics.push(
      diagnostic(file, span, 'metadata-not-mapping', `the metadata is ${kind}; it must be a YAML mapping of fields such as "kep-number: 1" and "title: …"`)
    )
    return { diagnostics }
  }
  const positions = options.keepPositions?.(data) ? indexPositions(document.contents) : undefined
  return { metadata: new YamlMetadata(form, data, block, yamlText, placement, errorLines, positions), diagnostics }
}

/** A file that is YAML from its first line to its last: kep.yaml, approvals, the configuration. */
export function readYamlFile(file: string, text: string, options: KeepOptions = {}): { metadata?: MetadataBlock; diagnostics: Diagnostic[] } {
  const lines = text.split('\n')
  const block = { line: 1, column: 1, endLine: lines.length, endColumn: (lines.at(-1) ?? '').length + 1 }
  return readYamlBlock(file, text, 'sidecar', block, { firstLine: 1 }, options)
}

/** Where one value of the metadata sits: offsets in the YAML text. */
interface NodePosition {
  /** The key that holds the value, for values of a mapping. */
  key?: [number, number]
  value?: [number, number]
  scalar: boolean
}

const SEPARATOR = '\u0000'

function pathKey(path: Path): string {
  return path.map(String).join(SEPARATOR)
}

/**
 * The name the data gives a key that is itself a list or mapping ("[ a, b ]"): YAML's own
 * conversion of a one-pair mapping, so that a diagnostic about that key finds its line.
 */
function collectionKeyName(key: unknown): string | undefined {
  try {
    const probe = new Document(null, PARSE_OPTIONS)
    const map = new YAMLMap()
    map.items.push(new Pair(key, null))
    probe.contents = map
    return Object.keys(probe.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as object)[0]
  } catch {
    return undefined
  }
}

/**
 * The position of every key and value, keyed by data path. Kept instead of the YAML
 * document itself: a whole-repository run holds thousands of these, and the document
 * trees would cost more memory (and garbage collection) than the files' metadata.
 */
function indexPositions(contents: unknown): Map<string, NodePosition> {
  const positions = new Map<string, NodePosition>()
  const visit = (node: unknown, path: Array<string | number>, key?: [number, number]): void => {
    const range = (node as Node | null)?.range
    positions.set(pathKey(path), {
      key,
      value: range ? [range[0], range[1]] : undefined,
      scalar: isScalar(node)
    })
    if (isMap(node)) {
      for (const item of node.items) {
        if (!isPair(item)) continue
        const name = isScalar(item.key) ? String(item.key.value) : collectionKeyName(item.key)
        if (name === undefined) continue
        const keyRange = (item.key as Node).range
        visit(item.value, [...path, name], keyRange ? [keyRange[0], keyRange[1]] : undefined)
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => visit(item, [...path, index]))
    }
  }
  visit(contents, [])
  return positions
}

function firstLineOf(metadata: MetadataBlock, start: number, end: number): Span {
  const newline = metadata.source.indexOf('\n', start)
  return metadata.spanOf(start, newline === -1 || newline > end ? end : newline)
}

/**
 * The span to report for a path: a scalar's own text; for a collection, the key that holds
 * it (one line, not the whole block); for a path that does not exist, the nearest parent.
 */
export function spanAt(metadata: MetadataBlock, path: Path, part: 'key' | 'value' = 'value'): Span {
  for (let depth = path.length; depth >= 0; depth--) {
    const position = metadata.positions.get(pathKey(path.slice(0, depth)))
    if (!position) continue
    if (depth === path.length && part === 'key' && position.key) return metadata.spanOf(...position.key)
    if (position.scalar && position.value) return metadata.spanOf(...position.value)
    if (position.key) return metadata.spanOf(...position.key)
    if (position.value) return firstLineOf(metadata, ...position.value)
  }
  return metadata.block
}
