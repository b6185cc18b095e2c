import type { Diagnostic, FileEdit } from '../core/diagnostic.js'
import { applyTextEdits, chooseFixes, lineBreakOf } from '../edit/applyEdits.js'

/** A fix as a change of whole lines (what a pull request's suggestion replaces): lines of a file, what they become, and the problems it fixes. */
export interface LineChange {
  file: string
  startLine: number
  endLine: number
  /** The lines' new text, without a final line break. */
  replacement: string
  /** The lines' text now, line breaks as "\n". */
  current: string
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
 * Fixes as changes of whole lines (a pull request's suggestion replaces lines; the text output
 * shows a suggestion-only fix so): the fixes of one file are chosen as `--fix` chooses them (in
 * order; one that overlaps a fix taken before waits), and the fixes taken on the same lines make
 * one change. Fixes in several files are left to `--fix`.
 */
export function fixesAsLineChanges(diagnostics: readonly Diagnostic[], readText: (file: string) => string | undefined): LineChange[] {
  const byFile = new Map<string, Diagnostic[]>()
  for (const diagnostic of diagnostics) {
    const edits = diagnostic.fix?.edits
    if (!edits || edits.length === 0 || edits.some(edit => edit.file !== edits[0].file)) continue
    byFile.set(edits[0].file, [...(byFile.get(edits[0].file) ?? []), diagnostic])
  }
  const changes: LineChange[] = []
  for (const [file, fixed] of byFile) {
    const text = readText(file)
    if (text === undefined) continue
    const bounds = lineBounds(text)
    const { taken } = chooseFixes(
      fixed.map(d => d.fix!),
      () => text
    )
    const entries = taken.map(index => {
      const ranges = fixed[index].fix!.edits.map(linesOf)
      return { diagnostic: fixed[index], start: Math.min(...ranges.map(r => r.start)), end: Math.max(...ranges.map(r => r.end)) }
    })
    entries.sort((a, b) => a.start - b.start || a.end - b.end)
    // Fixes on overlapping lines are one change.
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
      const { edits } = chooseFixes(
        group.map(e => e.diagnostic.fix!),
        () => text
      )
      const lineBreak = lineBreakOf(text)
      // An edit through the line break of the last line: the change keeps that break.
      const located = (edits.get(file) ?? []).map(edit =>
        edit.end > to ? { start: edit.start - from, end: to - from, text: edit.text.endsWith(lineBreak) ? edit.text.slice(0, -lineBreak.length) : edit.text } : { ...edit, start: edit.start - from, end: edit.end - from }
      )
      const before = text.slice(from, to)
      const replacement = applyTextEdits(before, located).replace(/\r\n?/g, '\n')
      if (replacement === before.replace(/\r\n?/g, '\n')) continue
      changes.push({ file, startLine, endLine, replacement, current: before.replace(/\r\n?/g, '\n'), diagnostics: group.map(e => e.diagnostic) })
    }
  }
  return changes
}
