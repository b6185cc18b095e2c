import { readRepository } from '../validate/readRepository.js'
import { git } from '../git/git.js'
import { computeMetrics } from '../reports/metrics/computeMetrics.js'
import { readHistory } from '../reports/metrics/history.js'
import { renderMetrics } from '../reports/metrics/renderMetrics.js'
import { releaseNotes, renderReleaseNotes, renderRoadmap, roadmap } from '../reports/releaseNotes.js'
import type { Settings } from '../config/settings.js'
import { FileSystemTree } from '../tree/fileSystemTree.js'
import { GitTree, repositoryPrefix } from '../tree/gitTree.js'
import { EXIT_OK, UsageError, type CliIo } from './io.js'
import type { CliCommand } from './command.js'

export const REPORTS = ['metrics', 'release-notes', 'roadmap'] as const

/** `kep-validator report`: what KEP-1's metrics and graduation criteria ask of KEPs. */
export async function runReport(io: CliIo, settings: Settings, report: string | undefined, options: { since?: string; format: 'markdown' | 'json' }): Promise<number> {
  if (!(REPORTS as readonly string[]).includes(report ?? '')) {
    throw new UsageError(`report needs one of ${REPORTS.join(', ')}${report ? `, not "${report}"` : ''}`)
  }
  const current = await readRepository(settings, new FileSystemTree(settings.root))
  const output = (data: unknown, markdown: string): number => {
    io.stdout(options.format === 'json' ? `${JSON.stringify(data, null, 2)}\n` : markdown)
    return EXIT_OK
  }
  if (report === 'roadmap') {
    const entries = roadmap(current.documents, settings.lifecycle)
    return output({ roadmap: entries }, renderRoadmap(entries))
  }
  if (report === 'metrics') {
    const metrics = computeMetrics(current.documents, await readHistory(settings), settings.lifecycle)
    return output(metrics, renderMetrics(metrics))
  }
  if (options.since === undefined) throw new UsageError('report release-notes needs --since REF')
  const commit = git(settings.root, ['rev-parse', '--verify', '--end-of-options', `${options.since}^{commit}`]).trim()
  const before = await readRepository(settings, new GitTree(settings.root, commit, repositoryPrefix(settings.root)))
  const notes = await releaseNotes(before.documents, current.documents, current.tree, settings.format)
  return output({ since: options.since, notes }, renderReleaseNotes(notes, options.since))
}

export const reportCommand: CliCommand = {
  name: 'report',
  help: `  report metrics    KEPs per status and SIG, time in each state, outcomes, first-time authors
  report release-notes --since REF
                    a release-note draft: the KEPs whose status changed since REF, by SIG
  report roadmap    the KEPs in flight, by SIG and state
`,
  options: { since: { type: 'string' }, format: { type: 'string' } },
  formats: ['markdown', 'json'],
  run: ({ io, settings, options, paths, format }) => {
    if (paths.length > 1) throw new UsageError('report takes one report name')
    return runReport(io, settings, paths[0], { since: options.string('since'), format: format as 'markdown' | 'json' })
  }
}
