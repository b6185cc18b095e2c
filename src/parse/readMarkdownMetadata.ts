import type { Code } from 'mdast'
import { FILE_START, problem, type Problem, type Span } from '../core/diagnostic.js'
import { LazyLines } from './lazyLines.js'
import { fencedBlockByScan, type FencedBlock } from './fencedBlock.js'
import { locateMetadata } from './locateMetadata.js'
import { markdownParser, markdownParserLoaded } from './markdownParser.js'
import type { MetadataBlock } from './metadata.js'
import { readYamlBlock, type KeepOptions } from './readYaml.js'

/** What remark (with remark-frontmatter) reads as front matter: the reference the line scan must match. */
export function frontMatterByRemark(text: string): string | undefined {
  const first = markdownParser().parse(text).children[0]
  return first?.type === 'yaml' ? first.value : undefined
}

const FRONT_MATTER_START = /^\ufeff?---[ \t]*(\r?\n|\r|$)/

/** Where reading this text's metadata needs remark: a fenced block the line scan cannot settle. */
export function needsMarkdownParser(content: Buffer | string): boolean {
  // Front matter never does, and is told by its first bytes: most heads are not decoded here.
  if (FRONT_MATTER_START.test(typeof content === 'string' ? content.slice(0, 8) : content.subarray(0, 8).toString('utf8'))) return false
  const text = typeof content === 'string' ? content : content.toString('utf8')
  const lines = new LazyLines(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  const location = locateMetadata(lines)
  return location.kind === 'fenced' && fencedBlockByScan(lines, location.headingLine, location.startLine, location.endLine) === undefined
}

/** What remark reads as the code block of the lines from the Metadata heading to the closing fence. */
export function fencedBlockByRemark(lines: LazyLines, headingLine: number, endLine: number): FencedBlock | undefined {
  const code = markdownParser()
    .parse(lines.join(headingLine - 1, endLine))
    .children.find((node): node is Code => node.type === 'code')
  if (!code?.position) return undefined
  return { fenceLine: headingLine + code.position.start.line - 1, indent: code.position.start.column - 1, value: code.value }
}

function blockSpan(lines: LazyLines, startLine: number, endLine: number): Span {
  return { line: startLine, column: 1, endLine, endColumn: (lines.at(endLine - 1) ?? '').length + 1 }
}

function leadingSpaces(line: string): number {
  return /^ */.exec(line)![0].length
}

/**
 * Reads the metadata of a KEP written in markdown: YAML front matter, or KEP-1's own form,
 * a fenced block under a "Metadata" heading. Only a block the line scan cannot settle goes
 * through remark, and then only its lines.
 */
export function readMarkdownMetadata(
  file: string,
  text: string,
  options: {
    /** The text is the head of a file: undefined unless the metadata closes before its last line. */
    partial?: boolean
    /** Undefined, rather than loading remark, for a block only remark can read: the caller loads it and asks again. */
    withoutRemark?: boolean
  } & KeepOptions = {}
): { metadata?: MetadataBlock; problems: Problem[] } | undefined {
  const lines = new LazyLines(text)
  const location = locateMetadata(lines)
  // From the head of a file, only a block that closes before its last, perhaps cut, line counts.
  if (options.partial && (location.kind === 'none' || location.kind === 'problem' || lines.at(location.endLine) === undefined)) {
    return undefined
  }
  if (location.kind === 'problem') {
    return { problems: [problem(file, location.span, location.rule, location.message)] }
  }
  if (location.kind === 'none') {
    return {
      problems: [problem(file, FILE_START, 'metadata-missing', 'this KEP has no metadata; start the file with YAML front matter between two "---" lines, or add a "## Metadata" section with a ``` block that starts with "---"')]
    }
  }

  if (location.kind === 'frontmatter') {
    // remark-frontmatter's rule, applied by the line scan itself: a whole-repository run
    // reads thousands of front matters and remark would cost as much as the YAML parse.
    // A differential test keeps the two in agreement.
    const { startLine } = location
    const read = readYamlBlock(file, lines.join(startLine, location.endLine - 1), 'frontmatter', blockSpan(lines, startLine, location.endLine), { firstLine: startLine + 1 }, options)
    if (startLine > 1) {
      const blank = startLine === 2 ? 'a blank line' : `${startLine - 1} blank lines`
      read.problems.unshift({
        ...problem(
          file,
          { line: 1, column: 1, endLine: startLine - 1, endColumn: (lines.at(startLine - 2) ?? '').length + 1 },
          'frontmatter-not-first',
          `the front matter starts on line ${startLine}, after ${blank}; GitHub and other markdown readers take only a first line "---" for front matter, and show this as text — remove the ${startLine === 2 ? 'blank line' : 'blank lines'} above it`
        ),
        fix: { applicability: 'safe', edits: [{ span: { line: 1, column: 1, endLine: startLine, endColumn: 1 }, text: '' }] }
      })
    }
    let next = location.endLine
    while (lines.at(next)?.trim() === '') next++
    // The line that tells a second block must be whole: from a head, the last line may be cut.
    if (options.partial && lines.at(next + 1) === undefined) return undefined
    if (lines.at(next) !== undefined && /^---[ \t]*$/.test(lines.at(next)!)) {
      // A second block reads as a horizontal rule to markdown and as nothing to KEP tooling.
      read.problems.push(
        problem(
          file,
          blockSpan(lines, next + 1, next + 1),
          'frontmatter-duplicate',
          `a second "---" block starts on line ${next + 1}, after the front matter closed on line ${location.endLine}; only the first block is metadata — merge the two`
        )
      )
    }
    return read
  }

  const scanned = fencedBlockByScan(lines, location.headingLine, location.startLine, location.endLine)
  if (!scanned && options.withoutRemark && !markdownParserLoaded()) return undefined
  const code = scanned ?? fencedBlockByRemark(lines, location.headingLine, location.endLine)
  if (!code) {
    return {
      problems: [problem(file, blockSpan(lines, location.startLine, location.startLine), 'metadata-missing', `the block on line ${location.startLine} under the Metadata heading is not a fenced code block; fence it with \`\`\``)]
    }
  }
  const { fenceLine, indent } = code
  const problems: Problem[] = []
  const block = blockSpan(lines, fenceLine, location.endLine)
  if (!/^---[ \t]*(\n|$)/.test(code.value)) {
    problems.push(problem(file, blockSpan(lines, fenceLine + 1, fenceLine + 1), 'metadata-fence-marker', 'the metadata block should start with a line "---", as KEP-1\'s template does', ['---']))
  }
  const strippedIndents: number[] = []
  for (let line = fenceLine + 1; line < location.endLine; line++) strippedIndents.push(Math.min(indent, leadingSpaces(lines.at(line - 1) ?? '')))
  const read = readYamlBlock(file, code.value, 'fenced', block, { firstLine: fenceLine + 1, strippedIndents }, options)
  return { metadata: read.metadata, problems: [...problems, ...read.problems] }
}
