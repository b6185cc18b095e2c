import { plural } from '../core/plural.js'
import type { Preexisting } from '../core/diagnostic.js'
import type { BaselineFixed } from '../validate/baseline.js'
import { filesWithProblems, type CheckReport } from './checkReport.js'
import type { FormatContext } from './formatter.js'

/** What a problem that does not count says after its message. */
export const PREEXISTING_NOTE: Record<Preexisting, string> = {
  base: 'already on the base: not counted',
  baseline: 'in the baseline: not counted'
}

/** Characters that would break a line, drive a terminal or reorder text: C0 and C1 controls (tab aside), DEL, line and paragraph separators, bidirectional controls. */
// eslint-disable-next-line no-control-regex -- control characters are what this finds
const UNPRINTABLE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g
const SHORT_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\b': '\\b', '\f': '\\f' }

/**
 * A file name or message on one line, its control characters written out as escapes (\n,
 * \u001b, as JSON writes them): a newline in a file name would start a line of its own (a
 * workflow command, when the CLI runs in GitHub Actions), an escape character would drive the
 * terminal, a bidirectional control would show the text in another order than it has.
 */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, c => SHORT_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/**
 * Compiler-style lines that editors and terminals turn into links, then the count; the index's
 * diff and the command that fixes it, and the baseline entries that can go, when the run has them.
 */
export function formatText(report: CheckReport, { displayPath }: FormatContext): string {
  const lines = report.diagnostics.map(d => `${printable(displayPath(d.file))}:${d.line}:${d.column}  ${d.severity.padEnd(7)}  ${d.rule}  ${printable(d.message)}${d.preexisting ? ` (${PREEXISTING_NOTE[d.preexisting]})` : ''}`)
  const problems = [...lines, ...(lines.length > 0 ? [''] : []), summaryLine(report), ''].join('\n')
  const index = report.index?.diff ? `\n${report.index.diff}\nFix: ${report.index.fixCommand}\n` : ''
  const baselineFixed = report.baselineFixed && report.baselineFixed.length > 0 ? formatBaselineFixed(report.baselineFixed, displayPath) : ''
  return problems + index + baselineFixed
}

/** The report's last line, its verdict: the counts, the files, the KEPs checked. */
export function summaryLine(report: CheckReport): string {
  const { errors, warnings, preexisting } = report.counts
  const checked = report.checked.length
  const files = filesWithProblems(report)
  const before = preexisting === 0 ? '' : `; ${plural(preexisting, 'problem')} from before not counted`
  return errors + warnings === 0
    ? `✓ ${plural(checked, 'KEP')} checked, no problems${before ? ` of their own${before}` : ''}`
    : `✗ ${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(files, 'file')} (${plural(checked, 'KEP')} checked${before})`
}

/** Baseline entries that can go: the problems they recorded are fixed. */
function formatBaselineFixed(fixed: readonly BaselineFixed[], displayPath: (file: string) => string): string {
  const lines = fixed.map(f => `  ${displayPath(f.file)}  ${f.rule}  recorded ${f.recorded}, now ${f.now}`)
  return `\n${plural(fixed.length, 'baseline entry', 'baseline entries')} recorded more problems than there are now; run kep-validator baseline --write to drop them:\n${lines.join('\n')}\n`
}
