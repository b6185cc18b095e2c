import { dirname, relative, resolve } from 'node:path'
import type { DataSource } from '../core/dataSource.js'
import { filesSource } from '../files/files.js'
import { parseArgs } from 'node:util'
import { LoadError } from '../core/loadError.js'
import { NotRegularFileError } from '../files/regularFile.js'
import { GitError } from '../git/git.js'
import { mergeBase } from '../git/gitChanges.js'
import { changeRepository, loadRules, proposedRulesNote, type RulesBase } from '../config/loadRules.js'
import { indexFixCommand } from '../config/indexFixCommand.js'
import { presetNote, presetsHelp } from '../presets/recognise.js'
import { builtinLifecycles } from '../presets/registry.js'
import { runCheck, type Format } from './check.js'
import { printable } from '../format/text.js'
import { runIndex } from './indexCommand.js'
import { runBaseline } from './baselineCommand.js'
import { BASELINE_FILE } from '../config/baselineFile.js'
import { runReport } from './reportCommand.js'
import { runNew } from './newCommand.js'
import { runPromote } from './promoteCommand.js'
import { AuthorError } from '../author/kepText.js'
import { MetadataEditError } from '../edit/metadataEditor.js'
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
  baseline          today's errors counted by file and rule (JSON); --write writes ${BASELINE_FILE} at the root,
                    and full audits then fail only for problems beyond it
  rules             every rule: what it checks and its severity under each preset (--format markdown or json)
  new --sig SIG --title TITLE [--author @HANDLE…] [--status S] [--stage S --milestone vX.Y]
                    create a KEP from the repository's template in the SIG's folder, with its number,
                    today's creation-date and the authors (default: git config github.user), and update the index
  promote KEP (--status S | --stage S) [--milestone vX.Y]
                    move a KEP (its file, or its folder) along the lifecycle: refuses moves it does not
                    allow; sets last-updated, the milestones, the number on approval, and updates the index

Options:
  --root DIR        the KEP root (default: the current folder)
  --preset NAME     ${presetsHelp()}
  --config FILE     the configuration (default: .kep-validator.yml in the current folder, if any)
  --sigs FILE       a sigs.yaml (kubernetes/community's format): SIG names must be in it
  --base REF        check the KEPs changed between the merge base of REF and HEAD and the working tree;
                    only problems the changes bring count (those the base had are shown, not counted)
  --all-problems    with --base: every problem of the changed KEPs counts
  --baseline FILE   the baseline file (default: ${BASELINE_FILE} at the root, when it exists)
  --no-baseline     ignore the baseline file
  --format FORMAT   text (default), json, or github (workflow annotations); for report: markdown or json
  --since REF       for report release-notes: the commit or tag to compare with
  --lifecycle NAME  the preset's (default), ${builtinLifecycles().join(', ')}, or a lifecycle JSON file
  --schema FILE     a metadata JSON Schema to use instead of the built-in one
  --index FILE      the index file, relative to the root (default: index.md)
  --no-index        the repository keeps no index: do not check one
  --index-template FILE  a mustache template, relative to the root, that renders the whole index
                    (tekton: teps/README.md.mustache); --index-template none: the built-in index
  --sig SIG         for new: the owning SIG (sig-node, wg-…), the folder the KEP goes in (openshift: the domain)
  --title TITLE     for new: the KEP's title (its file or folder is named from it)
  --author HANDLE   for new: an author's GitHub handle; repeat for more (default: git config github.user)
  --status STATE    for new: the first state (default: the lifecycle's first); for promote: the next one
  --stage STAGE     kubernetes: for new, the stage it targets (default: alpha); for promote, the next one
  --milestone vX.Y  kubernetes: the release: latest-milestone and milestone.<stage>
  --fix             for check: apply every safe fix (the index, a handle's @, a date's zero, a status
                    misspelt, last-updated, the other half of replaces/superseded-by), then report what remains
  --fix-dry-run     for check: print the diff --fix would make, and write nothing
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
        'index-template': { type: 'string' },
        write: { type: 'boolean' },
        since: { type: 'string' },
        check: { type: 'boolean' },
        'all-problems': { type: 'boolean' },
        baseline: { type: 'string' },
        'no-baseline': { type: 'boolean' },
        jobs: { type: 'string' },
        sig: { type: 'string' },
        title: { type: 'string' },
        author: { type: 'string', multiple: true },
        status: { type: 'string' },
        stage: { type: 'string' },
        milestone: { type: 'string' },
        fix: { type: 'boolean' },
        'fix-dry-run': { type: 'boolean' },
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
    if (command !== 'check' && command !== 'index' && command !== 'report' && command !== 'baseline' && command !== 'new' && command !== 'promote') {
      throw new UsageError(command === undefined ? 'no command given' : `unknown command "${command}"`)
    }
    const formats: readonly string[] = command === 'report' ? ['markdown', 'json'] : FORMATS
    const format = values.format ?? (command === 'report' ? 'markdown' : 'text')
    if (!formats.includes(format)) throw new UsageError(`--format must be one of ${formats.join(', ')}, not "${values.format}"`)
    const jobs = values.jobs === undefined ? undefined : Number(values.jobs)
    if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1 && jobs <= 64)) throw new UsageError(`--jobs must be a whole number from 1 to 64, not "${values.jobs}"`)
    if (values.index !== undefined && values['no-index']) throw new UsageError('--index and --no-index exclude each other')
    if (values.baseline !== undefined && values['no-baseline']) throw new UsageError('--baseline and --no-baseline exclude each other')
    const baselineFile = values.baseline === undefined ? undefined : resolveFrom(io.cwd, values.baseline)
    // check --base judges the changes by the rules of their base, as the action judges a pull request.
    let base: RulesBase | undefined
    if (command === 'check' && values.base !== undefined) {
      const top = changeRepository([values.root === undefined ? undefined : resolveFrom(io.cwd, values.root), values.config === undefined ? undefined : dirname(resolveFrom(io.cwd, values.config)), io.cwd])
      if (top === undefined) throw new GitError(`--base ${values.base}: ${io.cwd} is not in a git repository, whose base commit the changes are judged by`)
      base = { top, commit: mergeBase(top, values.base) }
    }
    const lifecycle = values.lifecycle === undefined ? undefined : /[/\\]|\.json$/.test(values.lifecycle) ? resolveFrom(io.cwd, values.lifecycle) : values.lifecycle
    const named = { config: values.config, sigs: values.sigs, schema: values.schema, lifecycle: lifecycle === values.lifecycle ? undefined : lifecycle, baseline: baselineFile }
    const rules = await loadRules({
      checkout: commandLineFiles(io.cwd, values.root, named),
      base,
      configDir: io.cwd,
      config: values.config,
      defaultRoot: io.cwd,
      options: {
        preset: values.preset,
        recognisePreset: true,
        sigs: values.sigs === undefined ? undefined : resolveFrom(io.cwd, values.sigs),
        root: values.root === undefined ? undefined : resolveFrom(io.cwd, values.root),
        lifecycle,
        schema: values.schema === undefined ? undefined : resolveFrom(io.cwd, values.schema),
        indexFile: values['no-index'] ? null : values.index,
        indexTemplate: values['index-template'] === undefined ? undefined : values['index-template'] === 'none' ? null : values['index-template']
      },
      baseline: values['no-baseline'] ? null : baselineFile
    })
    const { config, settings } = rules
    // check says which preset the layout told; new and promote name the files they write.
    if (command === 'check') for (const line of presetNote(settings)) io.stderr(`kep-validator: ${line}\n`)
    const fixCommand = indexFixCommand(settings, { from: io.cwd, config, lifecycle })
    const authoring = { sig: values.sig, title: values.title, author: values.author, status: values.status, stage: values.stage, milestone: values.milestone }
    const misplaced = Object.entries(authoring).find(([name, value]) => value !== undefined && !(command === 'new' || (command === 'promote' && ['status', 'stage', 'milestone'].includes(name))))
    if (misplaced) throw new UsageError(`--${misplaced[0]} belongs to the ${['status', 'stage', 'milestone'].includes(misplaced[0]) ? 'new and promote commands' : 'new command'}`)
    if (command === 'new') {
      if (paths.length > 0) throw new UsageError('new takes no paths: --sig and --title say where the KEP goes')
      return await runNew(io, settings, { sig: values.sig, title: values.title, authors: values.author ?? [], status: values.status, stage: values.stage, milestone: values.milestone })
    }
    if (command === 'promote') return await runPromote(io, settings, { paths, status: values.status, stage: values.stage, milestone: values.milestone })
    if (command === 'report') {
      if (paths.length > 1) throw new UsageError('report takes one report name')
      return await runReport(io, settings, paths[0], { since: values.since, format: format as 'markdown' | 'json' })
    }
    if (command !== 'check' && (values.fix || values['fix-dry-run'])) throw new UsageError('--fix and --fix-dry-run belong to the check command')
    if (command === 'index') {
      if (values.write && values.check) throw new UsageError('--write and --check exclude each other')
      if (paths.length > 0) throw new UsageError('index takes no paths')
      return await runIndex(io, settings, values.write ? 'write' : values.check ? 'check' : 'print', { jobs, fixCommand })
    }
    if (command === 'baseline') {
      if (values.check) throw new UsageError('--check belongs to the index command')
      if (paths.length > 0) throw new UsageError('baseline takes no paths: it records the whole repository')
      return await runBaseline(io, settings, { write: values.write === true, file: baselineFile, jobs })
    }
    if (values.write || values.check) throw new UsageError('--write and --check belong to the index and baseline commands')
    if (values['all-problems'] && values.base === undefined) throw new UsageError('--all-problems goes with --base: without it every problem counts already')
    if (values.fix && values['fix-dry-run']) throw new UsageError('--fix and --fix-dry-run exclude each other')
    const fix = values.fix ? 'write' : values['fix-dry-run'] ? 'dry-run' : undefined
    // File names are the author's: shown printable, as every line the CLI writes about the repository.
    if (rules.proposed.files.length > 0)
      io.stderr(
        `kep-validator: ${printable(
          proposedRulesNote(
            'the working tree',
            rules.proposed.files.map(path => relative(io.cwd, path) || path),
            rules.base!
          )
        )}\n`
      )
    return await runCheck(io, { settings, base: values.base, format: format as Format, paths, jobs, allProblems: values['all-problems'], baseline: rules.baseline, proposedRules: rules.proposed.problems, indexFixCommand: fixCommand, fix })
  } catch (error) {
    if (error instanceof UsageError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
      io.stderr(`kep-validator: ${error.message}\n\n${USAGE}`)
    } else if (error instanceof LoadError || error instanceof GitError || error instanceof AuthorError || error instanceof MetadataEditError || error instanceof NotRegularFileError) {
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

/**
 * Where the CLI reads the files that configure it: the current folder, the KEP root and the
 * folders of the files named on the command line, as regular files with no link below them.
 * A path a configuration names outside these (its text may come from a pull request) is refused.
 */
function commandLineFiles(cwd: string, root: string | undefined, files: Record<string, string | undefined>): DataSource {
  const named = Object.values(files).filter((file): file is string => file !== undefined)
  const roots = [cwd, ...(root === undefined ? [] : [resolveFrom(cwd, root)]), ...named.map(file => dirname(resolveFrom(cwd, file)))]
  return filesSource(
    roots,
    path => `${path} is outside the folders kep-validator reads: the current folder, the KEP root and the folders of the files named on the command line; name it with --config, --schema, --sigs or --lifecycle to read it`
  )
}
