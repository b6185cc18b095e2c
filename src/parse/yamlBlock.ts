import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml'
import type { Document, Node, Pair } from 'yaml'
import { diagnostic, type Diagnostic, type Span } from '../diagnostic.js'

export type MetadataForm = 'frontmatter' | 'fenced' | 'sidecar'
export type Path = ReadonlyArray<string | number>

/** Parsed metadata with everything needed to point back at lines of the file. */
export interface MetadataBlock {
  form: MetadataForm
  document: Document.Parsed
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
  strippedIndent(yamlLine: number): number
}

// Aliases expand on conversion: a bound keeps "billion laughs" documents from exhausting memory.
const MAX_ALIAS_COUNT = 100

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

export function readYamlBlock(
  file: string,
  yamlText: string,
  form: MetadataForm,
  block: Span,
  placement: Placement
): { metadata?: MetadataBlock; diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter()
  const document = parseDocument(yamlText, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    version: '1.2',
    schema: 'core',
    keepSourceTokens: false
  })
  const position = (offset: number): { line: number; column: number } => {
    const { line, col } = lineCounter.linePos(Math.min(offset, yamlText.length))
    return { line: placement.firstLine + line - 1, column: col + placement.strippedIndent(line) }
  }
  const spanOf = (start: number, end: number): Span => {
    const from = position(start)
    const to = position(Math.max(start, end))
    return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column }
  }

  const diagnostics: Diagnostic[] = []
  const errorLines = new Set<number>()
  for (const error of document.errors) {
    const [start, end] = error.pos
    const explained = explainYamlError(error.code, error.message, yamlText, start)
    const span = spanOf(start, Math.max(end, start + (explained.length ?? 0)))
    if (errorLines.has(span.line)) continue
    errorLines.add(span.line)
    diagnostics.push(diagnostic(file, span, explained.rule, explained.message, { expected: explained.expected }))
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
    const span = contents.range ? spanOf(contents.range[0], contents.range[1]) : block
    diagnostics.push(
      diagnostic(file, span, 'metadata-not-mapping', `the metadata is ${kind}; it must be a YAML mapping of fields such as "kep-number: 1" and "title: …"`)
    )
    return { diagnostics }
  }
  return { metadata: { form, document, data, block, source: yamlText, spanOf, errorLines }, diagnostics }
}

interface Located {
  node?: Node
  pair?: Pair
}

/** Finds the node at a data path (keys and list indexes) in the parsed YAML. */
export function locate(metadata: MetadataBlock, path: Path): Located {
  let node: unknown = metadata.document.contents
  let pair: Pair | undefined
  for (const segment of path) {
    if (isMap(node)) {
      pair = node.items.find(item => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment))
      if (!pair) return {}
      node = pair.value
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment]
      pair = undefined
    } else {
      return {}
    }
  }
  return { node: node as Node | undefined, pair }
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
    const { node, pair } = locate(metadata, path.slice(0, depth))
    const keyNode = pair && (pair.key as Node | null)
    if (depth === path.length && part === 'key' && keyNode?.range) {
      return metadata.spanOf(keyNode.range[0], keyNode.range[1])
    }
    if (node && isScalar(node) && node.range) return metadata.spanOf(node.range[0], node.range[1])
    if (keyNode?.range) return metadata.spanOf(keyNode.range[0], keyNode.range[1])
    if (node?.range) return firstLineOf(metadata, node.range[0], node.range[1])
  }
  return metadata.block
}
