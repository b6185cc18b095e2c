import { countBySeverity, type Diagnostic } from '../core/diagnostic.js'

/** The stable machine contract: other tools parse this. */
export function formatJson(diagnostics: readonly Diagnostic[], checked: readonly string[], extra: Record<string, unknown> = {}): string {
  const problems = diagnostics.map(d => ({
    file: d.file,
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    severity: d.severity,
    rule: d.rule,
    message: d.message,
    ...(d.expected ? { expected: d.expected } : {}),
    ...(d.preexisting ? { preexisting: d.preexisting } : {})
  }))
  const { errors, warnings, preexisting } = countBySeverity(diagnostics)
  return JSON.stringify({ problems, summary: { errors, warnings, preexisting, checked: checked.length }, checked, ...extra }, null, 2) + '\n'
}
