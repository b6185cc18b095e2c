export type Severity = 'error' | 'warning'
/** What a preset, the configuration or the command line may set a rule to. */
export type SeverityOverride = Severity | 'off'
/** Severity by rule id or glob ("schema/*"): the preset's, the configuration's, the command line's; a later layer wins. */
export type SeverityLayers = ReadonlyArray<Readonly<Record<string, SeverityOverride>>>

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
  /**
   * A problem the checked change did not bring: the base already had it, or the baseline
   * file records it. It is shown, and never fails the check.
   */
  preexisting?: Preexisting
  /** The fix, when the rule knows the one safe fix: edits whose files are all named. */
  fix?: FileEdit[]
}

/**
 * One replacement of source text: the span is replaced by the text. An empty span inserts.
 * The text's line breaks are written as "\n" and become the file's own (CRLF stays CRLF).
 */
export interface Edit {
  span: Span
  text: string
  /** Another file than the report's (the other half of replaces / superseded-by, index.md). */
  file?: string
}

export interface FileEdit extends Edit {
  file: string
}

/** Why a problem does not count: it was already on the base of the change, or it is in the baseline file. */
export type Preexisting = 'base' | 'baseline'

export const FILE_START: Span = { line: 1, column: 1, endLine: 1, endColumn: 1 }

/**
 * What a rule finds: where, what, and what would be accepted. A rule never names itself nor
 * decides a severity: the runner stamps both (rules/runRules.ts), as eslint and unified do.
 */
export interface Report {
  span: Span
  message: string
  /** Values that would have been accepted here, best first. */
  expected?: readonly string[]
  /** Another file than the one checked (a KEP change reported on its deleted path, an approval file). */
  file?: string
  /** For rules that name their findings by field (schema/status): the field. */
  topic?: string
  /**
   * The finding is mitigated (a KEP implemented before the production readiness review
   * existed): it is a warning where the rule's severity would make it an error.
   */
  relaxed?: boolean
  /** The one safe fix: edits that make the finding go away, applied by `check --fix` and suggested in the pull request. */
  fix?: readonly Edit[]
}

/** A report found by a stage rather than a rule's check (reading a file, comparing the index): it names its rule. */
export interface Problem extends Report {
  file: string
  rule: string
}

export function problem(file: string, span: Span, rule: string, message: string, expected?: readonly string[]): Problem {
  return expected && expected.length > 0 ? { file, rule, span, message, expected } : { file, rule, span, message }
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1
  return a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
}

/** Problems that count (errors and warnings), and those shown but not counted because they were there before. */
export function countBySeverity(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number; preexisting: number } {
  let errors = 0
  let warnings = 0
  let preexisting = 0
  for (const d of diagnostics) {
    if (d.preexisting) preexisting++
    else if (d.severity === 'error') errors++
    else warnings++
  }
  return { errors, warnings, preexisting }
}
