import type { Diagnostic } from '../core/diagnostic.js'
import type { ValidationResult } from '../validate/validate.js'

/** How many problems count as errors and as warnings, and how many are from before (not counted). */
export interface SeverityCounts {
  errors: number
  warnings: number
  preexisting: number
}

/** What a formatter is given of a run: validate()'s result, or the part of it a command reports (`new`'s one KEP). */
export type ReportedResult = Pick<ValidationResult, 'diagnostics'> & { checked: readonly string[] } & Partial<Pick<ValidationResult, 'keps' | 'index' | 'baselineFixed' | 'checkedWith'>>

/**
 * A run's result as every formatter reads it, counted once: the exit code and the step's
 * verdict, the text and JSON reports, the log, the check run and the job summary all say the
 * same numbers, and no formatter counts again.
 */
export interface CheckReport extends Omit<ReportedResult, 'diagnostics'> {
  diagnostics: readonly Diagnostic[]
  counts: SeverityCounts
  /** The counts of each file that has problems (from before included): the rows of the summary. */
  countsByFile: ReadonlyMap<string, SeverityCounts>
}

/** The one place problems are counted. */
export function checkReport(result: ReportedResult): CheckReport {
  const counts: SeverityCounts = { errors: 0, warnings: 0, preexisting: 0 }
  const countsByFile = new Map<string, SeverityCounts>()
  for (const d of result.diagnostics) {
    let file = countsByFile.get(d.file)
    if (!file) countsByFile.set(d.file, (file = { errors: 0, warnings: 0, preexisting: 0 }))
    const kind = d.preexisting ? 'preexisting' : d.severity === 'error' ? 'errors' : 'warnings'
    counts[kind]++
    file[kind]++
  }
  const { diagnostics, checked, keps, index, baselineFixed, checkedWith } = result
  return { diagnostics, checked, keps, index, baselineFixed, checkedWith, counts, countsByFile }
}

/** The counts of several files together (a KEP's row: its own file and the files it is checked with). */
export function sumCounts(counts: readonly SeverityCounts[]): SeverityCounts {
  const sum: SeverityCounts = { errors: 0, warnings: 0, preexisting: 0 }
  for (const c of counts) {
    sum.errors += c.errors
    sum.warnings += c.warnings
    sum.preexisting += c.preexisting
  }
  return sum
}

/** How many files have problems that count (errors and warnings), as the report's last line says. */
export function filesWithProblems(report: CheckReport): number {
  let files = 0
  for (const c of report.countsByFile.values()) if (c.errors + c.warnings > 0) files++
  return files
}
