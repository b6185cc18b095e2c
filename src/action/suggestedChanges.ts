import type { Diagnostic, FileEdit } from '../core/diagnostic.js'
import { applyLocated, offsetsOf, type Located } from '../fix/applyEdits.js'
import { code, codeBlock, joinMarkdown, gfm, type Markdown } from '../format/markdown.js'

/** The hidden mark of kep-validator's review and comments: how a later run finds them. */
export const REVIEW_MARKER = gfm`<!-- kep-validator -->`

/** One suggested change: lines of a file of the head, what they become, and the problems it fixes. */
export interface SuggestedChange {
  file: string
  startLine: number
  endLine: number
  /** The lines' new text, without a final line break. */
  replacement: string
  diagnostics: Diagnostic[]
}

/** The lines an edit touches: an edit that ends at the start of a line does not touch that line. */
function linesOf(edit: FileEdit): { start: number; end: number } {
  const end = edit.span.endLine > edit.span.line && edit.span.endColumn === 1 ? edit.span.endLine - 1 : edit.span.endLine
  return { start: edit.span.line, end }
}

/** The offset of the start of each line and where its text ends (before its line break). */
function lineBounds(text: string): Array<{ start: number; end: number }> {
  const bounds: Array<{ start: number; end: number }> = []
  const pattern = /\r\n|\r|\n/g
  let start = 0
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    bounds.push({ start, end: match.index })
    start = match.index + match[0].length
  }
  bounds.push({ start, end: text.length })
  return bounds
}

/**
 * The suggested changes of the problems whose fix is in one file: each covers the whole lines
 * the fix touches (a suggestion replaces lines), and fixes on the same lines are one
 * suggestion. Fixes in several files, or that overlap on their lines, are left to `--fix`.
 */
export function suggestedChanges(diagnostics: readonly Diagnostic[], readText: (file: string) => string | undefined): SuggestedChange[] {
  const byFile = new Map<string, Array<{ diagnostic: Diagnostic; edits: FileEdit[]; start: number; end: number }>>()
  for (const diagnostic of diagnostics) {
    const edits = diagnostic.fix
    if (!edits || edits.length === 0 || edits.some(edit => edit.file !== edits[0].file)) continue
    const ranges = edits.map(linesOf)
    const entry = { diagnostic, edits, start: Math.min(...ranges.map(r => r.start)), end: Math.max(...ranges.map(r => r.end)) }
    byFile.set(edits[0].file, [...(byFile.get(edits[0].file) ?? []), entry])
  }
  const changes: SuggestedChange[] = []
  for (const [file, entries] of byFile) {
    const text = readText(file)
    if (text === undefined) continue
    const bounds = lineBounds(text)
    entries.sort((a, b) => a.start - b.start || a.end - b.end)
    // Fixes on overlapping lines are one suggestion.
    const groups: Array<typeof entries> = []
    for (const entry of entries) {
      const last = groups.at(-1)
      if (last && entry.start <= Math.max(...last.map(e => e.end))) last.push(entry)
      else groups.push([entry])
    }
    for (const group of groups) {
      const startLine = group[0].start
      const endLine = Math.max(...group.map(e => e.end))
      if (endLine > bounds.length) continue
      const from = bounds[startLine - 1].start
      const to = bounds[endLine - 1].end
      const located: Located[] = []
      for (const edit of group.flatMap(e => e.edits)) {
        const { start, end } = offsetsOf(text, edit.span)
        // An edit through the line break of the last line: the suggestion keeps that break.
        const at = end > to ? { start: start - from, end: to - from, text: edit.text.replace(/\n$/, '') } : { start: start - from, end: end - from, text: edit.text }
        if (located.some(other => other.start === at.start && other.end === at.end && other.text === at.text)) continue
        located.push(at)
      }
      const sorted = [...located].sort((a, b) => a.start - b.start)
      if (sorted.some((edit, i) => i > 0 && (edit.start < sorted[i - 1].end || edit.start === sorted[i - 1].start))) continue
      const before = text.slice(from, to)
      const replacement = applyLocated(before, located).replace(/\r\n?/g, '\n')
      if (replacement === before.replace(/\r\n?/g, '\n')) continue
      changes.push({ file, startLine, endLine, replacement, diagnostics: group.map(e => e.diagnostic) })
    }
  }
  return changes
}

/**
 * A review comment's body: what is wrong, and the suggestion block GitHub applies with one
 * click. The messages, which quote what the KEP's author wrote, are code: they cannot ping a
 * team, show an image or a link. The suggested lines are a fenced block no line of them can close.
 */
export function suggestionBody(change: SuggestedChange): Markdown {
  const problems = change.diagnostics.map(d => gfm`**${code(d.rule)}** (${d.severity === 'error' ? gfm`error` : gfm`warning`}): ${code(d.message)}`)
  return joinMarkdown([REVIEW_MARKER, ...problems, gfm``, codeBlock(change.replacement, 'suggestion')], gfm`\n`)
}
