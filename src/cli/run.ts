import { dirname, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { DataSource } from '../core/dataSource.js'
import { filesSource } from '../files/files.js'
import { LoadError } from '../core/loadError.js'
import { NotRegularFileError } from '../files/regularFile.js'
import { GitError } from '../git/git.js'
import { loadRules, type Rules } from '../config/loadRules.js'
import { indexFixCommand } from '../config/indexFixCommand.js'
import { resolveLifecycleOption } from '../config/lifecycleOption.js'
import { presetNote, presetsHelp } from '../presets/recognise.js'
import { builtinLifecycles } from '../presets/registry.js'
import { BASELINE_FILE } from '../config/baselineFile.js'
import { AuthorError } from '../core/authorError.js'
import { MetadataEditError } from '../edit/metadataEditor.js'
import { PARALLEL_THRESHOLD } from '../read/parallel/readInParallel.js'
import { EXIT_FAILURE, UsageError, type CliIo } from './io.js'
import { GivenOptions, type CliCommand, type OptionTable } from './command.js'
import { checkCommand } from './check.js'
import { indexCommand } from './indexCommand.js'
import { reportCommand } from './reportCommand.js'
import { baselineCommand } from './baselineCommand.js'
import { rulesCommand } from './rulesCommand.js'
import { newCommand } from './newCommand.js'
import { promoteCommand } from './promoteCommand.js'

/** The commands, in the order the help lists them. */
const COMMANDS: readonly CliCommand[] = [checkCommand, indexCommand, reportCommand, baselineCommand, rulesCommand, newCommand, promoteCommand]

/** What says where the rules are and how to read the repository: every command that reads one takes these. */
const RULE_OPTIONS: OptionTable = {
  root: { type: 'string' },
  preset: { type: 'string' },
  config: { type: 'string' },
  sigs: { type: 'string' },
  lifecycle: { type: 'string' },
  schema: { type: 'string' },
  index: { type: 'string' },
  'no-index': { type: 'boolean' },
  'index-template': { type: 'string' },
  baseline: { type: 'string' },
  'no-baseline': { type: 'boolean' }
}

const HELP_OPTION: OptionTable = { help: { type: 'boolean', short: 'h' } }

export const USAGE = `Usage: kep-validator <command> [options]

Commands:
${COMMANDS.map(command => command.help).join('')}
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

/** Every option of every command: what parseArgs reads; which command takes which is each command's table. */
const ALL_OPTIONS: OptionTable = Object.assign({}, HELP_OPTION, RULE_OPTIONS, ...COMMANDS.map(command => command.options))

function optionsOf(command: CliCommand): ReadonlySet<string> {
  return new Set([...Object.keys(HELP_OPTION), ...(command.standalone ? [] : Object.keys(RULE_OPTIONS)), ...Object.keys(command.options)])
}

/** An option the command does not take is an error that names the commands that do. */
function rejectMisplaced(command: CliCommand, given: GivenOptions): void {
  const own = optionsOf(command)
  const misplaced = given.names().find(name => !own.has(name))
  if (misplaced === undefined) return
  const owners = COMMANDS.filter(other => optionsOf(other).has(misplaced))
  const choice = owners.flatMap(owner => owner.together ?? []).find(group => group.includes(misplaced)) ?? [misplaced]
  const names = (words: readonly string[]): string => (words.length === 1 ? words[0] : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`)
  const verb = choice.length === 1 ? 'belongs' : 'belong'
  throw new UsageError(`${names(choice.map(option => `--${option}`))} ${verb} to the ${names(owners.map(owner => owner.name))} command${owners.length === 1 ? '' : 's'}`)
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const { values, positionals } = parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: ALL_OPTIONS })
    const given = new GivenOptions(values)
    const [name, ...paths] = positionals
    if (given.flag('help') || name === 'help') {
      io.stdout(USAGE)
      return 0
    }
    const command = COMMANDS.find(candidate => candidate.name === name)
    if (command === undefined) throw new UsageError(name === undefined ? 'no command given' : `unknown command "${name}"`)
    rejectMisplaced(command, given)
    const formats = command.formats ?? []
    const format = given.string('format') ?? formats[0] ?? ''
    if (given.string('format') !== undefined && !formats.includes(format)) throw new UsageError(`--format must be one of ${formats.join(', ')}, not "${format}"`)
    if (command.standalone) return await command.standalone(io, given, paths, format)
    const jobsOption = given.string('jobs')
    const jobs = jobsOption === undefined ? undefined : Number(jobsOption)
    if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1 && jobs <= 64)) throw new UsageError(`--jobs must be a whole number from 1 to 64, not "${jobsOption}"`)
    if (given.string('index') !== undefined && given.flag('no-index')) throw new UsageError('--index and --no-index exclude each other')
    if (given.string('baseline') !== undefined && given.flag('no-baseline')) throw new UsageError('--baseline and --no-baseline exclude each other')
    const { rules, baselineFile, indexFixCommand } = await loadCommandRules(io, command, given)
    return await command.run!({ io, options: given, paths, rules, settings: rules.settings, indexFixCommand, baselineFile, format, jobs })
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

/**
 * The rules a command runs by, from the options that say where they are: the files they name
 * are read from the folders commandLineFiles allows, and check --base's from its base commit.
 */
async function loadCommandRules(io: CliIo, command: CliCommand, given: GivenOptions): Promise<{ rules: Rules; baselineFile?: string; indexFixCommand: string }> {
  const baselineOption = given.string('baseline')
  const baselineFile = baselineOption === undefined ? undefined : resolve(io.cwd, baselineOption)
  const base = command.rulesBase?.(io, given)
  const root = given.string('root')
  const config = given.string('config')
  const sigs = given.string('sigs')
  const schema = given.string('schema')
  const lifecycle = resolveLifecycleOption(given.string('lifecycle'), io.cwd)
  const indexTemplate = given.string('index-template')
  const named = { config, sigs, schema, lifecycle: lifecycle === given.string('lifecycle') ? undefined : lifecycle, baseline: baselineFile }
  const rules = await loadRules({
    checkout: commandLineFiles(io.cwd, root, named),
    base,
    configDir: io.cwd,
    config,
    defaultRoot: io.cwd,
    options: {
      preset: given.string('preset'),
      recognisePreset: true,
      sigs: sigs === undefined ? undefined : resolve(io.cwd, sigs),
      root: root === undefined ? undefined : resolve(io.cwd, root),
      lifecycle,
      schema: schema === undefined ? undefined : resolve(io.cwd, schema),
      indexFile: given.flag('no-index') ? null : given.string('index'),
      indexTemplate: indexTemplate === undefined ? undefined : indexTemplate === 'none' ? null : indexTemplate
    },
    baseline: given.flag('no-baseline') ? null : baselineFile
  })
  if (command.tellsPreset) for (const line of presetNote(rules.settings)) io.stderr(`kep-validator: ${line}\n`)
  return { rules, baselineFile, indexFixCommand: indexFixCommand(rules.settings, { from: io.cwd, config: rules.config, lifecycle }) }
}

/**
 * Where the CLI reads the files that configure it: the current folder, the KEP root and the
 * folders of the files named on the command line, as regular files with no link below them.
 * A path a configuration names outside these (its text may come from a pull request) is refused.
 */
function commandLineFiles(cwd: string, root: string | undefined, files: Record<string, string | undefined>): DataSource {
  const named = Object.values(files).filter((file): file is string => file !== undefined)
  const roots = [cwd, ...(root === undefined ? [] : [resolve(cwd, root)]), ...named.map(file => dirname(resolve(cwd, file)))]
  return filesSource(
    roots,
    path => `${path} is outside the folders kep-validator reads: the current folder, the KEP root and the folders of the files named on the command line; name it with --config, --schema, --sigs or --lifecycle to read it`
  )
}
