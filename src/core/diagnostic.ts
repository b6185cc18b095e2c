export type Severity = 'error' | 'warning'

/** A span in a file: 1-based lines and columns, end column exclusive. */
export interface Span {
  line: number
  column: number
  endLine: number
  endColumn: number
}

/** The one type every check produces and every reporter consumes. */
export interface Diagnostic extends Span {
  /** Path relative to the KEP root, POSIX separators. */
  file: string
  severity: Severity
  rule: string
  message: string
  /** Values that would have been accepted here, best first (unified's `expected`). */
  expected?: string[]
}

export const FILE_START: Span = { line: 1, column: 1, endLine: 1, endColumn: 1 }

export function diagnostic(
  file: string,
  span: Span,
  rule: string,
  message: string,
  extra: { severity?: Severity; expected?: string[] } = {}
): Diagnostic {
  const d: Diagnostic = {
    file,
    line: span.line,
    column: span.column,
    endLine: span.endLine,
    endColumn: span.endColumn,
    severity: extra.severity ?? 'error',
    rule,
    message
  }
  if (extra.expected && extra.expected.length > 0) d.expected = extra.expected
  return d
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1
  return (
    a.line - b.line ||
    a.column - b.column ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  )
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0
  let warnings = 0
  for (const d of diagnostics) {
    if (d.severity === 'error') errors++
    else warnings++
  }
  return { errors, warnings }
}
