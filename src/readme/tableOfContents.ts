import type { Edit } from '../core/diagnostic.js'
import type { MarkdownHeading } from './headings.js'

/**
 * The table of contents as mdtoc (kubernetes-sigs/mdtoc, run by kubernetes/enhancements'
 * hack/update-toc.sh) writes it between `<!-- toc -->` and `<!-- /toc -->`: one line per heading
 * after the end marker, `- [content](#anchor)`, indented two spaces per level below the
 * shallowest heading, headings deeper than the maximum depth left out.
 */

export const TOC_START = '<!-- toc -->'
export const TOC_END = '<!-- /toc -->'

/** The markers where mdtoc finds them: the first of each in the file, in any case (even in a code block). */
export function findMarkers(text: string): { start: number; end: number } {
  return { start: text.search(/<!-- toc -->/i), end: text.search(/<!-- \/toc -->/i) }
}

/**
 * mdtoc's anchors: lower case, every character but ASCII letters, digits, `_`, `-` and spaces
 * dropped, spaces made dashes; a repeated anchor gets -1, -2… (counted on the text before
 * numbering, so this is not always GitHub's anchor).
 */
export function anchorMaker(): (text: string) => string {
  const seen = new Map<string, number>()
  return text => {
    const anchor = text
      .toLowerCase()
      .replace(/[^\w\- ]/g, '')
      .replace(/ /g, '-')
    const count = seen.get(anchor) ?? 0
    seen.set(anchor, count + 1)
    return count > 0 ? `${anchor}-${count}` : anchor
  }
}

/** The lines mdtoc generates from the headings after the end marker (each with its "\n"). */
export function generateToc(headings: readonly MarkdownHeading[], maxDepth: number): string {
  if (headings.length === 0) return ''
  const base = Math.min(...headings.map(heading => heading.depth))
  const anchor = anchorMaker()
  let toc = ''
  for (const heading of headings) {
    if (maxDepth > 0 && heading.depth > maxDepth) continue
    toc += `${'  '.repeat(heading.depth - base)}- [${heading.html}](#${anchor(heading.text)})\n`
  }
  return toc
}

/** Go's strings.TrimSpace, as mdtoc compares the old table with the new one. */
function trimSpace(text: string): string {
  return text.replace(/^[\s\u0085]+|[\s\u0085]+$/g, '')
}

export type TocState =
  | { state: 'fresh' }
  | { state: 'no-markers'; missing: 'start' | 'end' | 'order' }
  | {
      state: 'stale'
      /** The first line of the table that is not what mdtoc generates: where it is, what it says, what mdtoc writes there. */
      first: { line: number; found?: string; expected?: string }
      /** Lines that differ, as a diff counts them (removed and added). */
      differing: number
      /** The edit that writes the table mdtoc generates. */
      fix: Edit
    }

function lineOf(text: string, offset: number): number {
  let line = 1
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++
  return line
}

function positionOf(text: string, offset: number): { line: number; column: number } {
  return { line: lineOf(text, offset), column: offset - (text.lastIndexOf('\n', offset - 1) + 1) + 1 }
}

/** Lines of `a` and `b` that a diff would mark: those outside their longest common subsequence. */
function differingLines(a: readonly string[], b: readonly string[]): number {
  const width = b.length + 1
  const lcs = new Uint32Array((a.length + 1) * width)
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * width + j] = a[i] === b[j] ? lcs[(i + 1) * width + j + 1] + 1 : Math.max(lcs[(i + 1) * width + j], lcs[i * width + j + 1])
    }
  }
  return a.length + b.length - 2 * lcs[0]
}

function linesOf(table: string): string[] {
  const trimmed = trimSpace(table)
  return trimmed === '' ? [] : trimmed.split('\n')
}

/**
 * Compares the table between the markers with what mdtoc generates from `headings` (those of
 * the text after the end marker), as `mdtoc --dryrun` does: equal but for the white space
 * around it. `text` has its line breaks as "\n"; positions are its lines and columns. `markers`:
 * findMarkers(text), when the caller has them (searching a 60 KB README twice is not free).
 */
export function checkToc(text: string, headings: readonly MarkdownHeading[], maxDepth: number, markers = findMarkers(text)): TocState {
  const { start, end } = markers
  if (start === -1) return { state: 'no-markers', missing: 'start' }
  if (end === -1) return { state: 'no-markers', missing: 'end' }
  if (end < start) return { state: 'no-markers', missing: 'order' }
  const tableStart = start + TOC_START.length
  const toc = generateToc(headings, maxDepth)
  const old = text.slice(tableStart, end)
  if (trimSpace(old) === trimSpace(toc)) return { state: 'fresh' }
  const found = linesOf(old)
  const wanted = linesOf(toc)
  const differing = differingLines(found, wanted)
  const body = old.split('\n')
  if (body.length >= 2 && body[0] === '' && body.at(-1) === '') {
    // The markers on lines of their own, as mdtoc writes them: the fix rewrites only the lines
    // between the first and the last that differ, so that a suggestion stays on few lines; the
    // file it leaves is the one mdtoc writes.
    const lines = body.slice(1, -1)
    const target = toc === '' ? [] : toc.slice(0, -1).split('\n')
    let prefix = 0
    while (prefix < lines.length && prefix < target.length && lines[prefix] === target[prefix]) prefix++
    let suffix = 0
    while (suffix < lines.length - prefix && suffix < target.length - prefix && lines[lines.length - 1 - suffix] === target[target.length - 1 - suffix]) suffix++
    const first = lineOf(text, tableStart) + 1 + prefix
    const replaced = target.slice(prefix, target.length - suffix)
    return {
      state: 'stale',
      first: { line: first, ...(prefix < lines.length - suffix ? { found: lines[prefix] } : {}), ...(replaced.length > 0 ? { expected: replaced[0] } : {}) },
      differing,
      fix: { span: { line: first, column: 1, endLine: first + lines.length - suffix - prefix, endColumn: 1 }, text: replaced.map(line => `${line}\n`).join('') }
    }
  }
  // Any other layout is written again whole, as mdtoc writes it.
  let index = 0
  while (index < found.length && index < wanted.length && found[index] === wanted[index]) index++
  const firstLine = found.length === 0 ? lineOf(text, end) : lineOf(text, tableStart + (old.length - old.replace(/^[\s\u0085]+/, '').length)) + index
  const from = positionOf(text, tableStart)
  const to = positionOf(text, end)
  return {
    state: 'stale',
    first: { line: Math.min(firstLine, lineOf(text, end)), ...(index < found.length ? { found: found[index] } : {}), ...(index < wanted.length ? { expected: wanted[index] } : {}) },
    differing,
    fix: { span: { line: from.line, column: from.column, endLine: to.line, endColumn: to.column }, text: `\n${toc}` }
  }
}
