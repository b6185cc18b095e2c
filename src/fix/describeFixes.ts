import { plural } from '../core/plural.js'
import { lineDiff } from '../indexFile/checkIndex.js'
import type { FixOutcome } from './fixRepository.js'

/** What `check --fix` changed: one line per problem fixed, as the report prints problems. */
export function describeFixes(outcome: FixOutcome, displayPath: (file: string) => string): string {
  if (outcome.fixed.length === 0) return 'Nothing to fix: no problem has a safe fix.\n'
  const lines = outcome.fixed.map(d => `${displayPath(d.file)}:${d.line}:${d.column}  fixed  ${d.rule}  ${d.message}`)
  const files = outcome.files.map(file => `${file.before === undefined ? 'created' : 'wrote'} ${displayPath(file.file)}`)
  return `${[...lines, '', ...files, `Fixed ${plural(outcome.fixed.length, 'problem')} in ${plural(outcome.files.length, 'file')}; what remains:`].join('\n')}\n\n`
}

/** What `check --fix-dry-run` would change: the diff of every file as `git diff` shows it, paths from the KEP root (`git apply` there applies it). */
export function diffOfFixes(outcome: FixOutcome): string {
  if (outcome.fixed.length === 0) return 'Nothing to fix: no problem has a safe fix.\n'
  const diffs = outcome.files.map(file => lineDiff(file.file, file.before ?? '', file.after).diff)
  return `${diffs.join('')}\n${plural(outcome.fixed.length, 'problem')} would be fixed in ${plural(outcome.files.length, 'file')} (nothing was written; --fix writes it); what would remain:\n\n`
}
