import { basename, dirname, join, relative } from 'node:path'
import { BASELINE_FILE } from '../config/baselineFile.js'
import type { Settings } from '../config/settings.js'
import { plural } from '../core/plural.js'
import { Files } from '../files/files.js'
import { FileSystemTree } from '../tree/fileSystemTree.js'
import { repositoryAround } from '../tree/repositoryAround.js'
import { buildBaseline } from '../validate/baseline.js'
import { validate } from '../validate/validate.js'
import { EXIT_OK, readingLog, UsageError, type CliIo } from './io.js'
import type { CliCommand } from './command.js'

/**
 * `kep-validator baseline`: today's errors, counted by file and rule, for a repository that
 * adopts the check with problems it will fix over time. Printed, or with --write written where
 * audits read it; a full audit then fails only beyond it.
 */
export async function runBaseline(io: CliIo, settings: Settings, options: { write: boolean; file?: string; jobs?: number }): Promise<number> {
  const result = await validate(settings, { head: new FileSystemTree(settings.root), jobs: options.jobs, log: readingLog(io), surroundings: () => repositoryAround(settings.root) })
  const baseline = buildBaseline(result.diagnostics)
  const text = `${JSON.stringify(baseline, null, 2)}\n`
  if (!options.write) {
    io.stdout(text)
    return EXIT_OK
  }
  const file = options.file ?? join(settings.root, BASELINE_FILE)
  // Written only as a file of its own, never through a link (it could point outside the repository).
  if (options.file === undefined) new Files(settings.root, 'the KEP root').write(BASELINE_FILE, text)
  else new Files(dirname(file)).write(basename(file), text)
  const errors = Object.values(baseline).reduce((sum, rules) => sum + Object.values(rules).reduce((n, { count }) => n + count, 0), 0)
  io.stdout(`wrote ${relative(io.cwd, file) || file}: ${plural(errors, 'error')} in ${plural(Object.keys(baseline).length, 'file')} (${plural(result.checked.length, 'KEP')} checked)\n`)
  return EXIT_OK
}

export const baselineCommand: CliCommand = {
  name: 'baseline',
  help: `  baseline          today's errors counted by file and rule (JSON); --write writes ${BASELINE_FILE} at the root,
                    and full audits then fail only for problems beyond it
`,
  options: { write: { type: 'boolean' }, jobs: { type: 'string' } },
  run: ({ io, settings, options, paths, baselineFile, jobs }) => {
    if (paths.length > 0) throw new UsageError('baseline takes no paths: it records the whole repository')
    return runBaseline(io, settings, { write: options.flag('write'), file: baselineFile, jobs })
  }
}
