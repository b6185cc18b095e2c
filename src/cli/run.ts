import { resolve } from 'node:path'
import { findConfig } from '../config/configFile.js'
import { parseArgs } from 'node:util'
import { LoadError } from '../core/loadError.js'
import { NotRegularFileError } from '../tree/regularFile.js'
import { GitError } from '../git/git.js'
import { loadSettings } from '../config/settings.js'
import { runCheck, type Format } from './check.js'
import { runIndex } from './indexCommand.js'
import { runReport } from './reportCommand.js'
import { EXIT_FAILURE, UsageError, type CliIo } from './io.js'
import { PARALLEL_THRESHOLD } from '../read/parallel/readInParallel.js'

export const USAGE = `Usage: kep-validator <command> [options]

Commands:
  check [PATH…]     validate KEP metadata (every KEP, the PATHs given, or with --base the changed ones)
                    and compare index.md with the KEPs
  index             print the generated index.md; --write writes it, --check fails when it is stale
  report metrics    KEPs per status and SIG, time in each state, outcomes, first-time authors
  report release-notes --since REF
                    a release-note draft: the KEPs whose status changed since REF, by SIG
  report roadmap    the KEPs in flight, by SIG and state
  rules             every rule: what it checks and its severity under each preset (--format markdown or json)

Options:
  --root DIR        the KEP root (default: the current folder)
  --preset NAME     kep-0001 (default: KEP-1's markdown KEPs) or kubernetes (kep.yaml files)
  --config FILE     the configuration (default: .kep-validator.yml in the current folder, if any)
  --sigs FILE       a sigs.yaml (kubernetes/community's format): SIG names must be in it
  --base REF        check the KEPs changed between the merge base of REF and HEAD and the working tree
  --format FORMAT   text (default), json, or github (workflow annotations); for report: markdown or json
  --since REF       for report release-notes: the commit or tag to compare with
  --lifecycle NAME  kep-0001 (default), kep-0001-workflow, or a lifecycle JSON file
  --schema FILE     a metadata JSON Schema to use instead of the built-in one
  --index FILE      the index file, relative to the root (default: index.md)
  --no-index        the repository keeps no index: do not check one
  --jobs N          threads that read KEPs (default: 2 from ${PARALLEL_THRESHOLD} KEPs on, else 1)
  -h, --help        show this help

Exit status: 0 no errors (warnings allowed), 1 errors found, 2 usage error or internal failure.
`

const FORMATS: readonly Format[] = ['text', 'json', 'github']

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        root: { type: 'string' },
        preset: { type: 'string' },
        config: { type: 'string' },
        sigs: { type: 'string' },
        base: { type: 'string' },
        format: { type: 'string' },
        lifecycle: { type: 'string' },
        schema: { type: 'string' },
        index: { type: 'string' },
        'no-index': { type: 'boolean' },
        write: { type: 'boolean' },
        since: { type: 'string' },
        check: { type: 'boolean' },
        jobs: { type: 'string' },
        help: { type: 'boolean', short: 'h' }
      }
    })
    const [command, ...paths] = positionals
    if (values.help || command === 'help') {
      io.stdout(USAGE)
      return 0
    }
    if (command === 'rules') {
      if (paths.length > 0) throw new UsageError('rules takes no paths')
      const format = values.format ?? 'markdown'
      if (format !== 'markdown' && format !== 'json') throw new UsageError(`--format must be one of markdown, json, not "${format}"`)
      // Loaded only here: the registry's table is not what a check needs at start-up.
      const { renderRulesPage, ruleRows } = await import('../format/rulesTable.js')
      io.stdout(format === 'json' ? `${JSON.stringify(ruleRows(), null, 2)}\n` : renderRulesPage())
      return 0
    }
    if (command !== 'check' && command !== 'index' && command !== 'report') {
      throw new UsageError(command === undefined ? 'no command given' : `unknown command "${command}"`)
    }
    const formats: readonly string[] = command === 'report' ? ['markdown', 'json'] : FORMATS
    const format = values.format ?? (command === 'report' ? 'markdown' : 'text')
    if (!formats.includes(format)) throw new UsageError(`--format must be one of ${formats.join(', ')}, not "${values.format}"`)
    const jobs = values.jobs === undefined ? undefined : Number(values.jobs)
    if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1 && jobs <= 64)) throw new UsageError(`--jobs must be a whole number from 1 to 64, not "${values.jobs}"`)
    if (values.index !== undefined && values['no-index']) throw new UsageError('--index and --no-index exclude each other')
    const config = await findConfig(io.cwd, values.config)
    const settings = await loadSettings({
      config,
      preset: values.preset,
      sigs: values.sigs === undefined ? undefined : resolveFrom(io.cwd, values.sigs),
      root: values.root === undefined ? (config?.root === undefined ? io.cwd : undefined) : resolveFrom(io.cwd, values.root),
      lifecycle: values.lifecycle,
      schema: values.schema === undefined ? undefined : resolveFrom(io.cwd, values.schema),
      indexFile: values['no-index'] ? null : values.index
    })
    if (command === 'report') {
      if (paths.length > 1) throw new UsageError('report takes one report name')
      return await runReport(io, settings, paths[0], { since: values.since, format: format as 'markdown' | 'json' })
    }
    if (command === 'index') {
      if (values.write && values.check) throw new UsageError('--write and --check exclude each other')
      if (paths.length > 0) throw new UsageError('index takes no paths')
      return await runIndex(io, settings, values.write ? 'write' : values.check ? 'check' : 'print', { jobs })
    }
    if (values.write || values.check) throw new UsageError('--write and --check belong to the index command')
    return await runCheck(io, { settings, base: values.base, format: format as Format, paths, jobs })
  } catch (error) {
    if (error instanceof UsageError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
      io.stderr(`kep-validator: ${error.message}\n\n${USAGE}`)
    } else if (error instanceof LoadError || error instanceof GitError || error instanceof NotRegularFileError) {
      io.stderr(`kep-validator: ${error.message}\n`)
    } else {
      io.stderr(`kep-validator: internal error: ${(error as Error).stack ?? String(error)}\n`)
    }
    return EXIT_FAILURE
  }
}

function resolveFrom(cwd: string, path: string): string {
  return resolve(cwd, path)
}
