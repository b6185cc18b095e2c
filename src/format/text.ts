import { plural } from '../core/plural.js'
import { countBySeverity, type Diagnostic } from '../core/diagnostic.js'

export interface ReportInput {
  diagnostics: readonly Diagnostic[]
  checked: number
  /** Turns a root-relative path into the path to print. */
  displayPath: (file: string) => string
}

/**
 * A file name or message on one line, its control characters written out as escapes: a
 * newline in a file name would start a line of its own (a workflow command, when the CLI runs
 * in GitHub Actions), an escape character would drive the terminal.
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this writes out
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f\u2028\u2029]/g, c => JSON.stringify(c).slice(1, -1))
}

/** Compiler-style lines that editors and terminals turn into links. */
export function formatText({ diagnostics, checked, displayPath }: ReportInput): string {
  const lines = diagnostics.map(d => `${printable(displayPath(d.file))}:${d.line}:${d.column}  ${d.severity.padEnd(7)}  ${d.rule}  ${printable(d.message)}`)
  return [...lines, ...(lines.length > 0 ? [''] : []), summarize(diagnostics, checked), ''].join('\n')
}

export function summarize(diagnostics: readonly Diagnostic[], checked: number): string {
  const { errors, warnings } = countBySeverity(diagnostics)
  const files = new Set(diagnostics.map(d => d.file)).size
  return errors + warnings === 0 ? `✓ ${plural(checked, 'KEP')} checked, no problems` : `✗ ${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(files, 'file')} (${plural(checked, 'KEP')} checked)`
}
