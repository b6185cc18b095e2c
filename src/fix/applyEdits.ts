import type { Edit, Span } from '../core/diagnostic.js'

/** The offset of each line's first character; lines end with LF, CRLF or CR, as the reader reads them. */
function lineStarts(text: string): number[] {
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

export interface Located {
  start: number
  end: number
  text: string
}

/** Turns a span (1-based lines and columns) into offsets of the text. */
export function offsetsOf(text: string, span: Span, starts = lineStarts(text)): { start: number; end: number } {
  const offset = (line: number, column: number): number => {
    if (line > starts.length) return text.length
    return Math.min(starts[line - 1] + column - 1, text.length)
  }
  return { start: offset(span.line, span.column), end: offset(span.endLine, span.endColumn) }
}

/**
 * Chooses the edits that can be applied together: identical edits once, and of edits that
 * overlap (or insert at the same place) the first only; the others wait for the next pass,
 * when the text they were computed on has changed and the check has run again (as eslint).
 */
export function locateEdits(text: string, edits: readonly Edit[]): { chosen: Located[]; deferred: number } {
  const starts = lineStarts(text)
  const lineBreak = lineBreakOf(text)
  const located = edits.map(edit => ({ ...offsetsOf(text, edit.span, starts), text: edit.text.replace(/\r?\n/g, lineBreak) }))
  located.sort((a, b) => a.start - b.start || a.end - b.end)
  const chosen: Located[] = []
  let deferred = 0
  for (const edit of located) {
    const last = chosen.at(-1)
    if (last && last.start === edit.start && last.end === edit.end && last.text === edit.text) continue
    if (last && (edit.start < last.end || edit.start === last.start)) {
      deferred++
      continue
    }
    chosen.push(edit)
  }
  return { chosen, deferred }
}

/** Applies located edits, from the end of the text so that earlier offsets stay valid. */
export function applyLocated(text: string, edits: readonly Located[]): string {
  let result = text
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end)
  return result
}

/** Applies the edits of one text that do not overlap; returns the new text and how many had to wait. */
export function applyEdits(text: string, edits: readonly Edit[]): { text: string; applied: number; deferred: number } {
  const { chosen, deferred } = locateEdits(text, edits)
  return { text: applyLocated(text, chosen), applied: chosen.length, deferred }
}
