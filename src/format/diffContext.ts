import type { Diagnostic } from '../core/diagnostic.js'
import { onChangedLine, type ChangedLines } from '../core/diffLines.js'
import type { CheckedWith } from '../validate/validate.js'

/*
 * Where a problem is shown, as reviewdog's `diff_context` filter places its comments: a problem
 * the change did not bring is annotated only on a line its diff shows (added, or within three
 * lines of an addition); every other annotation that lands outside the diff says why it is there.
 */

/** Where problems from before (on the base, in the baseline) are shown: the action's `preexisting` input. */
export type PreexistingShown = 'annotations' | 'summary' | 'none'

/** What a run on changes knows of them to place its annotations. */
export interface DiffContext {
  /** "this pull request", "this push", "this merge group": who changes the files. */
  subject: string
  /** The lines the diff shows of the files with problems. */
  lines: ChangedLines
  /** Whether only the problems the changes bring count (only-new), or every problem of a changed KEP. */
  onlyNew: boolean
  /** The other changed files each KEP is checked with (its approval, its folder's OWNERS), by KEP file. */
  checkedWith?: ReadonlyMap<string, readonly CheckedWith[]>
  /** The index file, root-relative, when the run compares one. */
  indexFile?: string
  /** Moved KEPs: head path → the path at the base. */
  moved?: ReadonlyMap<string, string>
}

/**
 * The problems to annotate: every one that counts; one from before only where `preexisting`
 * asks for annotations and the change's diff shows its line. A full audit has no diff: there,
 * problems from before are in the job summary alone.
 */
export function problemsToAnnotate(diagnostics: readonly Diagnostic[], diff: DiffContext | undefined, preexisting: PreexistingShown): Diagnostic[] {
  return diagnostics.filter(d => !d.preexisting || (preexisting === 'annotations' && diff !== undefined && onChangedLine(diff.lines, d.file, d)))
}

function listed(paths: readonly string[]): string {
  return paths.length <= 3 ? paths.join(', ') : `${paths.slice(0, 3).join(', ')} and ${paths.length - 3} more`
}

/**
 * Why a problem that counts is annotated where the change's diff does not show it — on a line
 * it did not touch, or in a file it did not change; undefined on a changed line, for a problem
 * from before, and in a full audit (no diff). Paths are as the reader sees them (displayPath).
 */
export function whyOutsideDiff(d: Diagnostic, diff: DiffContext | undefined, displayPath: (file: string) => string): string | undefined {
  if (!diff || d.preexisting || onChangedLine(diff.lines, d.file, d)) return undefined
  const { subject } = diff
  const reasons = diff.checkedWith?.get(d.file) ?? []
  const approvals = reasons.filter(reason => reason.as === 'approval').map(reason => displayPath(reason.file))
  const data = reasons.filter(reason => reason.as === 'data').map(reason => displayPath(reason.file))
  if (approvals.length > 0) return `${subject} changes ${listed(approvals)}, which this KEP's stage needs`
  if (data.length > 0) return `${subject} changes ${listed(data)}, which this KEP is checked with`
  if (d.file === diff.indexFile) return `${displayPath(d.file)} lists the KEPs ${subject} changes`
  const changed = diff.lines.get(d.file)
  if (changed === undefined) return `${displayPath(d.file)} is not in ${subject}: the problem follows from what ${subject} changes`
  const moved = diff.moved?.get(d.file)
  if (moved !== undefined && changed !== 'all' && changed.size === 0) return `${subject} moves this file from ${displayPath(moved)}`
  return diff.onlyNew ? `not on a line ${subject} changes: the base version of this file did not have this problem` : `not on a line ${subject} changes: with only-new: false, every problem of a file it changes counts`
}
