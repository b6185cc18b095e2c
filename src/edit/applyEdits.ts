import type { Edit, FileEdit, Fix, Span } from '../core/diagnostic.js'

/**
 * The one applier of edits, as eslint's source-code-fixer serves both its linter and its
 * RuleTester: `check --fix`, the suggested changes of a pull request, `new` and `promote`,
 * and the rule tester all choose and apply edits here, so that they agree on what a fix does.
 *
 * Decided once, here:
 * - a fix is applied whole or not at all (its edits may be in several files);
 * - an edit identical to one already taken (same place, same text) is applied once: two
 *   problems with one fix, or one fix listed twice, write it once;
 * - a fix with an edit that overlaps an edit taken before, or inserts where one starts (which
 *   goes first is not known), waits: `--fix` takes it on its next pass, when the check has run
 *   again on the changed text; a suggestion is offered after the next push;
 * - within one fix, edits apply in the order of their place, insertions at one place in the
 *   order given; edits of one fix that overlap are refused.
 */

/** An edit located in a text: offsets, and its text with the file's own line breaks. */
export interface TextEdit {
  start: number
  end: number
  text: string
}

export class EditOverlapError extends Error {}

/** The offset of each line's first character; lines end with LF, CRLF or CR, as the reader reads them. */
export function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1)
  }
  return starts
}

/** The line break the file uses: its first one, or LF in a file of one line. */
export function lineBreakOf(text: string): string {
  const match = /\r\n|\r|\n/.exec(text)
  return match ? match[0] : '\n'
}

/** Turns a span (1-based lines and columns) into offsets of the text. */
export function offsetsOf(text: string, span: Span, starts = lineStarts(text)): { start: number; end: number } {
  const offset = (line: number, column: number): number => {
    if (line > starts.length) return text.length
    return Math.min(starts[line - 1] + column - 1, text.length)
  }
  return { start: offset(span.line, span.column), end: offset(span.endLine, span.endColumn) }
}

/** Where edits of a text go: their offsets, and their "\n" written as the file's line break (CRLF stays CRLF). */
export function locateEdits(text: string, edits: readonly Edit[]): TextEdit[] {
  const starts = lineStarts(text)
  const lineBreak = lineBreakOf(text)
  return edits.map(edit => ({ ...offsetsOf(text, edit.span, starts), text: edit.text.replace(/\r?\n/g, lineBreak) }))
}

function sameEdit(a: TextEdit, b: TextEdit): boolean {
  return a.start === b.start && a.end === b.end && a.text === b.text
}

/** Edits of two fixes overlap, or insert at one place (where neither order is known to be meant). */
function conflict(a: TextEdit, b: TextEdit): boolean {
  return (a.start < b.end && b.start < a.end) || a.start === b.start
}

/**
 * Applies edits that may go together (one fix's, or the fixes chooseFixes took): in the order of
 * their place, an insertion before a replacement that starts where it is, insertions at one
 * place in the order given. Edits that overlap throw.
 */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const ordered = edits.map((edit, order) => ({ ...edit, order })).sort((a, b) => a.start - b.start || a.end - b.end || a.order - b.order)
  let result = ''
  let at = 0
  for (const edit of ordered) {
    if (edit.start < at) throw new EditOverlapError('two edits of one fix overlap')
    result += text.slice(at, edit.start) + edit.text
    at = edit.end
  }
  return result + text.slice(at)
}

/** The fixes of one pass: which were taken, which wait, and the edits taken by file. */
export interface ChosenFixes {
  /** Indexes of the fixes taken, in the order given. */
  taken: number[]
  /** Indexes of the fixes that overlap one taken before: they wait for the text they were computed on to be checked again. */
  waiting: number[]
  /** The edits taken, located in each file's text, duplicates once. */
  edits: Map<string, TextEdit[]>
}

/**
 * Chooses the fixes that can be applied together, in the order given (the diagnostics' order:
 * by file, line and column): each is taken whole unless one of its edits overlaps an edit
 * taken before. `textOf` gives the text the edits' spans point into ('' for a file a fix creates).
 */
export function chooseFixes(fixes: ReadonlyArray<Fix<FileEdit>>, textOf: (file: string) => string): ChosenFixes {
  const texts = new Map<string, { text: string; starts: number[]; lineBreak: string }>()
  const located = (edit: FileEdit): TextEdit => {
    let entry = texts.get(edit.file)
    if (!entry) {
      const text = textOf(edit.file)
      entry = { text, starts: lineStarts(text), lineBreak: lineBreakOf(text) }
      texts.set(edit.file, entry)
    }
    return { ...offsetsOf(entry.text, edit.span, entry.starts), text: edit.text.replace(/\r?\n/g, entry.lineBreak) }
  }
  const edits = new Map<string, TextEdit[]>()
  const taken: number[] = []
  const waiting: number[] = []
  fixes.forEach((fix, index) => {
    const own: Array<{ file: string; edit: TextEdit }> = []
    let blocked = false
    for (const edit of fix.edits) {
      const at = located(edit)
      const before = edits.get(edit.file) ?? []
      const mine = own.filter(other => other.file === edit.file).map(other => other.edit)
      if (before.some(other => sameEdit(other, at)) || mine.some(other => sameEdit(other, at))) continue
      // Within one fix, insertions at one place keep their order; across fixes, they wait.
      if (before.some(other => conflict(other, at)) || mine.some(other => other.start < at.end && at.start < other.end)) blocked = true
      own.push({ file: edit.file, edit: at })
    }
    if (blocked) {
      waiting.push(index)
      return
    }
    for (const { file, edit } of own) edits.set(file, [...(edits.get(file) ?? []), edit])
    taken.push(index)
  })
  return { taken, waiting, edits }
}

/**
 * Applies fixes to texts as one pass does: the fixes chooseFixes takes, each file's edits
 * applied together. The rule tester's `output` is this, so it is what `check --fix` writes.
 */
export function applyFixes(fixes: ReadonlyArray<Fix<FileEdit>>, textOf: (file: string) => string): { texts: Map<string, string>; taken: number[]; waiting: number[] } {
  const { taken, waiting, edits } = chooseFixes(fixes, textOf)
  const texts = new Map([...edits].map(([file, fileEdits]) => [file, applyTextEdits(textOf(file), fileEdits)]))
  return { texts, taken, waiting }
}
