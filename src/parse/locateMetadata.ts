import type { Problem, Span } from '../core/diagnostic.js'
import type { LazyLines } from './lazyLines.js'

/**
 * Where a markdown file keeps its metadata, found by a line scan that never builds a
 * syntax tree: whole-repository runs read thousands of 20–60 KB files, and only the few
 * lines of metadata need remark. The scan only decides which lines to hand to remark.
 */
export type MetadataLocation = { kind: 'frontmatter'; startLine: number; endLine: number } | { kind: 'fenced'; headingLine: number; startLine: number; endLine: number } | { kind: 'none' } | ({ kind: 'problem' } & Omit<Problem, 'file'>)

const FRONTMATTER_FENCE = /^---[ \t]*$/
const METADATA_HEADING = /^ {0,3}#{1,6}[ \t]+metadata[ \t]*#*[ \t]*$/i
const ANY_HEADING = /^ {0,3}#{1,6}([ \t]|$)/
const CODE_FENCE = /^( {0,3})(`{3,}|~{3,})(.*)$/

interface Fence {
  char: string
  length: number
}

function openingFence(line: string): Fence | undefined {
  const match = CODE_FENCE.exec(line)
  if (!match) return undefined
  // A backtick fence's info string may not contain a backtick (CommonMark 4.5).
  if (match[2][0] === '`' && match[3].includes('`')) return undefined
  return { char: match[2][0], length: match[2].length }
}

function closesFence(line: string, fence: Fence): boolean {
  const match = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line)
  return match !== null && match[1][0] === fence.char && match[1].length >= fence.length
}

function lineSpan(line: number, text: string): Span {
  return { line, column: 1, endLine: line, endColumn: text.length + 1 }
}

/** Splits on LF, CRLF or CR, as CommonMark does; the strings keep no line ending. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/)
}

export function locateMetadata(lines: LazyLines): MetadataLocation {
  const first = lines.at(0)
  if (first !== undefined && FRONTMATTER_FENCE.test(first)) {
    for (let i = 1, line = lines.at(1); line !== undefined; line = lines.at(++i)) {
      if (FRONTMATTER_FENCE.test(line)) return { kind: 'frontmatter', startLine: 1, endLine: i + 1 }
    }
    return {
      kind: 'problem',
      rule: 'frontmatter-unclosed',
      message: 'front matter opened with "---" on line 1 is never closed; add a line "---" after the last metadata line',
      span: lineSpan(1, first)
    }
  }

  let fence: Fence | undefined
  let heading: number | undefined
  for (let i = 0, line = lines.at(0); line !== undefined; line = lines.at(++i)) {
    if (fence) {
      if (closesFence(line, fence)) fence = undefined
      continue
    }
    const opened = openingFence(line)
    if (opened && heading !== undefined) {
      for (let j = i + 1, next = lines.at(j); next !== undefined; next = lines.at(++j)) {
        if (closesFence(next, opened)) {
          return { kind: 'fenced', headingLine: heading + 1, startLine: i + 1, endLine: j + 1 }
        }
      }
      return {
        kind: 'problem',
        rule: 'metadata-fence-unclosed',
        message: `the metadata code block opened on line ${i + 1} with ${opened.char.repeat(opened.length)} is never closed; close it with a line ${opened.char.repeat(opened.length)} after the last metadata line`,
        span: lineSpan(i + 1, line)
      }
    }
    if (opened) {
      fence = opened
      continue
    }
    if (METADATA_HEADING.test(line)) {
      heading = i
    } else if (heading !== undefined && ANY_HEADING.test(line)) {
      return {
        kind: 'problem',
        rule: 'metadata-missing',
        message: `the "${lines.at(heading)!.trim()}" section on line ${heading + 1} has no fenced YAML block; put the metadata in a \`\`\` block that starts with "---" right under the heading`,
        span: lineSpan(heading + 1, lines.at(heading)!)
      }
    }
  }
  if (heading !== undefined) {
    return {
      kind: 'problem',
      rule: 'metadata-missing',
      message: `the "${lines.at(heading)!.trim()}" section on line ${heading + 1} has no fenced YAML block; put the metadata in a \`\`\` block that starts with "---" right under the heading`,
      span: lineSpan(heading + 1, lines.at(heading)!)
    }
  }
  return frontMatterAfterBlankLines(lines) ?? { kind: 'none' }
}

/**
 * Front matter below blank lines: no markdown reader takes it for front matter (GitHub shows it
 * as text), but some communities' tools do (openshift/enhancements splits the file on "---"),
 * so it is read, and the reader reports where it starts (frontmatter-not-first). Only a file
 * with no other metadata gets here.
 */
function frontMatterAfterBlankLines(lines: LazyLines): MetadataLocation | undefined {
  let start = 0
  while (lines.at(start)?.trim() === '') start++
  const first = lines.at(start)
  if (start === 0 || first === undefined || !FRONTMATTER_FENCE.test(first)) return undefined
  for (let i = start + 1, line = lines.at(i); line !== undefined; line = lines.at(++i)) {
    if (FRONTMATTER_FENCE.test(line)) return { kind: 'frontmatter', startLine: start + 1, endLine: i + 1 }
  }
  return undefined
}
