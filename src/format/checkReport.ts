import { countBySeverity, type Diagnostic, type SeverityCounts } from '../core/diagnostic.js'
import type { ValidationResult } from '../validate/validate.js'

/** What a formatter is given of a run: validate()'s result, or the part of it a command reports (`new`'s one KEP). */
export type ReportedResult = Pick<ValidationResult, 'diagnostics'> & { checked: readonly string[] } & Partial<Pick<ValidationResult, 'keps' | 'index' | 'baselineFixed' | 'checkedWith'>>

/**
 * A run's result as every formatter reads it, counted once: the verdict, the text and JSON
 * reports, the log, the check run and the job summary all say the same numbers, and no
 * formatter counts again.
 */
export interface CheckReport extends Omit<ReportedResult, 'diagnostics'> {
  diagnostics: readonly Diagnostic[]
  counts: SeverityCounts
  /** The counts of each file with problems (those from before included), for the rows of the summary. */
  countsByFile: ReadonlyMap<string, SeverityCounts>
}

export function checkReport(result: ReportedResult): CheckReport {
  const byFile = new Map<string, Diagnostic[]>()
  for (const d of result.diagnostics) {
    const list = byFile.get(d.file)
    if (list) list.push(d)
    else byFile.set(d.file, [d])
  }
  const countsByFile = new Map([...byFile].map(([file, list]) => [file, countBySeverity(list)] as const))
  const { diagnostics, checked, keps, index, baselineFixed, checkedWith } = result
  return { diagnostics, checked, keps, index, baselineFixed, checkedWith, counts: countBySeverity(diagnostics), countsByFile }
}

/** The files with problems that count (errors and warnings), as the report's last line names them. */
export function filesWithProblems(report: CheckReport): number {
  let files = 0
  for (const c of report.countsByFile.values()) if (c.errors + c.warnings > 0) files++
  return files
}
