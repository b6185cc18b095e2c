import { isMap, isSeq, parseDocument, visit } from 'yaml'
import type { Node } from 'yaml'
import { problem, type Problem, type Span } from '../core/diagnostic.js'
import { MAX_ALIAS_COUNT, MAX_KEY_NESTING, MAX_KEY_WORK, MAX_METADATA_BYTES, MAX_NESTING, nestsTooDeeply, yamlCost } from './limits.js'
import type { MetadataBlock, MetadataForm, Placement } from './metadata.js'
import { explainYamlError } from './yamlErrors.js'
import { plainData } from './yamlData.js'
import { excerpt } from '../core/suggest.js'
import { indexPositions, NO_ERROR_LINES, PARSE_OPTIONS, YamlMetadata } from './yamlMetadata.js'

/** How much of a parse to keep. */
export interface KeepOptions {
  /**
   * Which metadata keeps the positions of every key and value from its parse: metadata that
   * will have diagnostics (it fails the schema), so that they cost no second parse. The rest
   * keeps only its text and is parsed again if a diagnostic comes after all: the memory of a
   * repository of tens of thousands of KEPs stays bounded.
   */
  keepPositions?: (data: unknown, text: string, file: string) => boolean
}

export function readYamlBlock(file: string, yamlText: string, form: MetadataForm, block: Span, placement: Placement, options: KeepOptions = {}): { metadata?: MetadataBlock; problems: Problem[] } {
  if (yamlText.length > MAX_METADATA_BYTES) {
    return {
      problems: [
        problem(
          file,
          block,
          'metadata-too-large',
          `the metadata is ${Math.round(yamlText.length / 1024)} KB; KEP metadata is a few dozen lines, and more than ${MAX_METADATA_BYTES / 1024} KB is not read — move long text into the KEP's body`
        )
      ]
    }
  }
  const tooDeep = (): Problem[] => [problem(file, block, 'metadata-too-deep', `the metadata nests more than ${MAX_NESTING} levels of lists, mappings and keys (? or { } used as a key); KEP metadata needs a handful — it is not read`)]
  if (nestsTooDeeply(yamlText)) return { problems: tooDeep() }
  const document = parseDocument(yamlText, PARSE_OPTIONS)
  // Converting to data is where hostile YAML costs time: measured on the nodes, before it.
  const cost = yamlCost(document.contents)
  if (cost.depth > MAX_NESTING) return { problems: tooDeep() }
  if (cost.keyNesting > MAX_KEY_NESTING || cost.keyWork > MAX_KEY_WORK) {
    return {
      problems: [problem(file, block, 'metadata-too-complex', 'the metadata uses large or nested lists and mappings as keys (? or { } before a colon), which take too long to convert; KEP metadata uses plain names as keys — it is not read')]
    }
  }
  const problems: Problem[] = []
  let errorLines = NO_ERROR_LINES
  // Positions of the text, for metadata that has something to report (most has not): made when first asked.
  let locator: YamlMetadata | undefined
  const spanOf = (start: number, end: number): Span => (locator ??= new YamlMetadata(form, undefined, block, yamlText, placement, NO_ERROR_LINES)).spanOf(start, end)
  if (document.errors.length > 0 || cost.duplicateKeys.length > 0 || cost.unsafeIntegers.length > 0) {
    const duplicates = cost.duplicateKeys.map(offset => ({ code: 'DUPLICATE_KEY', message: 'Map keys must be unique', pos: [offset, offset + 1] }))
    const unsafe = cost.unsafeIntegers.map(({ offset, written, read }) => ({
      code: 'UNSAFE_INTEGER',
      message: `the number ${written} is larger than a number can hold exactly (${Number.MAX_SAFE_INTEGER}), and would be read as ${read}; write it as text in quotes if it is not a count`,
      pos: [offset, offset + written.length]
    }))
    const errors = [...document.errors, ...duplicates, ...unsafe].sort((a, b) => a.pos[0] - b.pos[0])
    const lines = new Set<number>()
    for (const error of errors) {
      const [start, end] = error.pos
      const explained = explainYamlError(error.code, error.message, yamlText, start)
      const span = spanOf(start, Math.max(end, start + (explained.length ?? 0)))
      if (lines.has(span.line)) continue
      lines.add(span.line)
      problems.push(problem(file, span, explained.rule, explained.message, explained.expected))
    }
    errorLines = lines
  }

  let data: unknown
  try {
    data = cost.plain ? plainData(document.contents) : document.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
  } catch (error) {
    // A value written as **bold** or *draft* is read by YAML as an alias to an anchor that is not there: say that, on the value.
    const unresolved = error instanceof ReferenceError && /unresolved alias/i.test(error.message) ? unresolvedAlias(document) : undefined
    if (unresolved) {
      const text = yamlText.slice(unresolved.range[0], unresolved.range[1])
      problems.push(
        problem(
          file,
          spanOf(unresolved.range[0], unresolved.range[1]),
          'yaml-syntax',
          `YAML syntax error: the value ${excerpt(text)} starts with "*", which YAML reads as an alias, and no anchor ${excerpt(`&${unresolved.source}`)} is defined before it; if it is text, quote it: ${JSON.stringify(text)}`,
          [JSON.stringify(text)]
        )
      )
      return { problems }
    }
    const aliasBomb = error instanceof ReferenceError && /alias/i.test(error.message)
    problems.push(
      problem(
        file,
        block,
        aliasBomb ? 'yaml-aliases' : 'yaml-syntax',
        aliasBomb ? `metadata expands YAML aliases more than ${MAX_ALIAS_COUNT} times; write the values out instead of using anchors and aliases` : `metadata cannot be read as data: ${(error as Error).message}`
      )
    )
    return { problems }
  }

  if (data === null || data === undefined) {
    problems.push(problem(file, block, 'metadata-not-mapping', 'the metadata block is empty; it must be a YAML mapping of fields such as kep-number, title and status'))
    return { problems }
  }
  if (!isMap(document.contents)) {
    const kind = isSeq(document.contents) ? 'a list' : `a single value (${typeof data === 'string' ? excerpt(data) : excerpt(String(data))})`
    const contents = document.contents as Node
    const span = contents.range ? spanOf(contents.range[0], contents.range[1]) : block
    problems.push(problem(file, span, 'metadata-not-mapping', `the metadata is ${kind}; it must be a YAML mapping of fields such as "kep-number: 1" and "title: …"`))
    return { problems }
  }
  const positions = options.keepPositions?.(data, yamlText, file) ? indexPositions(document.contents) : undefined
  return { metadata: new YamlMetadata(form, data, block, yamlText, placement, errorLines, positions), problems }
}

/** A file that is YAML from its first line to its last: kep.yaml, approvals, the configuration. */
export function readYamlFile(file: string, text: string, options: KeepOptions = {}): { metadata?: MetadataBlock; problems: Problem[] } {
  const lines = text.split('\n')
  const block = { line: 1, column: 1, endLine: lines.length, endColumn: (lines.at(-1) ?? '').length + 1 }
  return readYamlBlock(file, text, 'sidecar', block, { firstLine: 1 }, options)
}

/** The first alias whose anchor is not defined before it, with where it is in the text. */
function unresolvedAlias(document: ReturnType<typeof parseDocument>): { source: string; range: [number, number] } | undefined {
  let found: { source: string; range: [number, number] } | undefined
  visit(document, {
    Alias(_, node) {
      if (node.range && node.resolve(document) === undefined) {
        found = { source: node.source, range: [node.range[0], node.range[1]] }
        return visit.BREAK
      }
      return undefined
    }
  })
  return found
}
