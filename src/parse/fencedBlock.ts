import type { LazyLines } from './lazyLines.js'

/** The fenced code block under a Metadata heading, as CommonMark reads it. */
export interface FencedBlock {
  /** 1-based line of the opening fence. */
  fenceLine: number
  /** Spaces before the opening fence: CommonMark strips up to as many from each content line. */
  indent: number
  /** The content, lines joined with LF, without the fences. */
  value: string
}

function leadingWhitespace(line: string): string {
  return /^[ \t]*/.exec(line)![0]
}

/**
 * The block between the fences that locateMetadata found, read by the line scan alone, or
 * undefined where only a markdown parser can tell: anything but blank lines between the
 * heading and the fence (a paragraph, an HTML block or a list may swallow the fence, an
 * indented block may come first), or tabs where the fence's indent is stripped. KEP-1's
 * template (heading, fence, YAML, fence) is settled here, so checking such a repository
 * never loads remark. A differential test keeps this in agreement with remark.
 */
export function fencedBlockByScan(lines: LazyLines, headingLine: number, startLine: number, endLine: number): FencedBlock | undefined {
  for (let line = headingLine + 1; line < startLine; line++) {
    if ((lines.at(line - 1) ?? '').trim() !== '') return undefined
  }
  // locateMetadata's fences are indented by spaces only.
  const indent = /^ */.exec(lines.at(startLine - 1)!)![0].length
  const content: string[] = []
  for (let line = startLine + 1; line < endLine; line++) {
    const text = lines.at(line - 1)!
    if (indent === 0) {
      content.push(text)
      continue
    }
    const leading = leadingWhitespace(text)
    if (leading.slice(0, indent).includes('\t')) return undefined
    content.push(text.slice(Math.min(indent, leading.length)))
  }
  return { fenceLine: startLine, indent, value: content.join('\n') }
}
