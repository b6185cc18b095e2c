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
  /** The fix, when the rule knows the one meant: edits whose files are all named, and how far it may be trusted. */
  fix?: Fix<FileEdit>
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

/**
 * How far a fix may be trusted, as ruff's fix applicability says it: a safe fix cannot change
 * what the author meant (a date's missing zero, a handle's @, a status's case or transposed
 * letters) and `check --fix` applies it; a suggestion may (`implementing` → `implemented`
 * changes a state), so it is only shown, and offered as a suggested change in a pull request.
 */
export type Applicability = 'safe' | 'suggestion'

/** One fix: edits applied together or not at all (edit/applyEdits.ts is the one applier). */
export interface Fix<E extends Edit = Edit> {
  applicability: Applicability
  edits: readonly E[]
}

/** A fix of one edit or more, safe or a suggestion; none when no edit could be built. */
export function fixOf(applicability: Applicability, ...edits: ReadonlyArray<Edit | undefined>): Fix | undefined {
  return edits.length > 0 && edits.every(edit => edit !== undefined) ? { applicability, edits: edits as Edit[] } : undefined
}

/** Why a problem does not count: it was already on the base of the change, or it is in the baseline file. */
export type Preexisting = 'base' | 'baseline'

export const FILE_START: Span = { line: 1, column: 1, endLine: 1, endColumn: 1 }

/**
 * What a rule finds: where, what, and what would be accepted. A rule never names itself nor
 * decides a severity: the runner stamps both (rules/runRules.ts), as eslint and unified do.
 */
export interface Finding {
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
  /**
   * The fields whose values the finding follows from (number-assigned: status). When a change
   * rule rejects the change of one of them for this KEP (status-transition: an illegal
   * `Approved → Draft`), the finding is a consequence of that one problem, and its advice (a
   * draft number) would be a second wrong edit on top of the first: the runner drops it.
   */
  dependsOn?: readonly string[]
  /**
   * The fix the finding has, when the value meant is known: edits that make it go away. A safe
   * one is applied by `check --fix`; either kind is suggested in a pull request. Its
   * applicability must be one the rule's meta declares (`fixable`).
   */
  fix?: Fix
}

/** A report found by a stage rather than a rule's check (reading a file, comparing the index): it names its rule. */
export interface Problem extends Finding {
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
