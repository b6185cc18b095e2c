import { plural } from '../core/plural.js'
import { countBySeverity, type Diagnostic } from '../core/diagnostic.js'

export interface ReportInput {
  diagnostics: readonly Diagnostic[]
  checked: number
  /** Turns a root-relative path into the path to print. */
  displayPath: (file: string) => string
}

/** Compiler-style lines that editors and terminals turn into links. */
export function formatText({ diagnostics, checked, displayPath }: ReportInput): string {
  const lines = diagnostics.map(d => `${displayPath(d.file)}:${d.line}:${d.column}  ${d.severity.padEnd(7)}  ${d.rule}  ${d.message}`)
  return [...lines, ...(lines.length > 0 ? [''] : []), summarize(diagnostics, checked), ''].join('\n')
}

export function summarize(diagnostics: readonly Diagnostic[], checked: number): string {
  const { errors, warnings } = countBySeverity(diagnostics)
  const files = new Set(diagnostics.map(d => d.file)).size
  return errors + warnings === 0 ? `✓ ${plural(checked, 'KEP')} checked, no problems` : `✗ ${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(files, 'file')} (${plural(checked, 'KEP')} checked)`
}
