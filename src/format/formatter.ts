import type { Severity } from '../core/diagnostic.js'
import type { CheckReport } from './checkReport.js'
import type { DiffContext, PreexistingShown } from './diffContext.js'

/**
 * Where a report is shown and to whom: what a formatter needs beyond the report, one type for
 * every formatter (as eslint's formatters take their results and one context). Each field says
 * which formatters read it; a formatter ignores the others.
 */
export interface FormatContext {
  /** A root-relative path as the reader names it: from the current folder (the CLI), from the repository's root (the action). */
  displayPath: (file: string) => string
  /** json: the KEP root. */
  root?: string
  /** json: what `check --fix` (or `--fix-dry-run`) did. */
  fixed?: { written: boolean; files: readonly string[]; problems: number }
  /** github, summary: where problems from before are shown (the action's `preexisting`); unset, every problem is annotated. */
  preexisting?: PreexistingShown
  /** github: the changes' diff, in a run on changes: an annotation outside it says why it is there. */
  diff?: DiffContext
  /** summary: what was checked ("pull request #7 against abc1234", "full audit on push"). */
  scope?: string
  /** summary: a link to a line of a file at the checked commit, when known. */
  lineUrl?: (path: string, line: number) => string
  /** summary: the absolute address of a rule's section in the rules page, when it has one. */
  ruleUrl?: (rule: string) => string | undefined
  /** summary: where the check run with every annotation is, when one was created. */
  checkRunUrl?: string
  /** summary: the lowest severity that fails the check (the action's fail-on): what fails comes first, and is never folded. */
  failOn?: Severity | 'never'
}

/** A formatter: a report, shown one way. Its output is what its sink writes (text, annotations, Markdown). */
export type Formatter<Output> = (report: CheckReport, context: FormatContext) => Output
