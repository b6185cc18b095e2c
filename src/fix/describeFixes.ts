import { plural } from '../core/plural.js'
import { lineDiff } from '../indexFile/checkIndex.js'
import type { FixOutcome } from './fixInMemory.js'

/**
 * What remains with a fix `--fix` does not apply — a suggestion, which may change what was
 * meant (`implementing` → `implemented`) — each with the lines it would change, and the files
 * left alone with the reason. Lines start with spaces, so that `git apply` skips them in a dry run.
 */
function notApplied(outcome: FixOutcome, displayPath: (file: string) => string): string[] {
  const lines: string[] = []
  for (const { file, reason } of outcome.leftAlone) lines.push(`left alone ${displayPath(file)}: ${reason}`)
  if (outcome.suggestions.length > 0) {
    lines.push(`${plural(outcome.suggestions.length, 'suggested fix', 'suggested fixes')} not applied: each may change what the author meant; make it by hand where it is what was meant:`)
    for (const change of outcome.suggestions) {
      for (const d of change.diagnostics) lines.push(`${displayPath(d.file)}:${d.line}:${d.column}  suggestion  ${d.rule}  ${d.message}`)
      lines.push(...change.current.split('\n').map(line => `  - ${line}`), ...change.replacement.split('\n').map(line => `  + ${line}`))
    }
  }
  return lines.length > 0 ? [...lines, ''] : []
}

/** What `check --fix` changed: one line per problem fixed, as the report prints problems. */
export function describeFixes(outcome: FixOutcome, displayPath: (file: string) => string): string {
  const rest = notApplied(outcome, displayPath)
  if (outcome.fixed.length === 0) return `Nothing to fix: no problem has a safe fix.\n${rest.length > 0 ? `\n${rest.join('\n')}\n` : ''}`
  const lines = outcome.fixed.map(d => `${displayPath(d.file)}:${d.line}:${d.column}  fixed  ${d.rule}  ${d.message}`)
  const files = outcome.files.map(file => `${file.before === undefined ? 'created' : 'wrote'} ${displayPath(file.file)}`)
  return `${[...lines, '', ...files, ...(rest.length > 0 ? ['', ...rest] : []), `Fixed ${plural(outcome.fixed.length, 'problem')} in ${plural(outcome.files.length, 'file')}; what remains:`].join('\n')}\n\n`
}

/** What `check --fix-dry-run` would change: the diff of every file as `git diff` shows it, paths from the KEP root (`git apply` there applies it). */
export function diffOfFixes(outcome: FixOutcome): string {
  const rest = notApplied(outcome, file => file)
  if (outcome.fixed.length === 0) return `Nothing to fix: no problem has a safe fix.\n${rest.length > 0 ? `\n${rest.join('\n')}\n` : ''}`
  const diffs = outcome.files.map(file => lineDiff(file.file, file.before?.toString('utf8') ?? '', file.after.toString('utf8')).diff)
  return `${diffs.join('')}\n${rest.length > 0 ? `${rest.join('\n')}\n` : ''}${plural(outcome.fixed.length, 'problem')} would be fixed in ${plural(outcome.files.length, 'file')} (nothing was written; --fix writes it); what would remain:\n\n`
}
