import { dirname, relative, resolve, sep } from 'node:path'
import type { Baseline } from '../config/baselineFile.js'
import { pathInside } from '../core/paths.js'
import { Files } from '../files/files.js'
import type { Problem } from '../core/diagnostic.js'
import { gitChanges, mergeBase } from '../git/gitChanges.js'
import { checkReport } from '../format/checkReport.js'
import { CHECK_FORMATS, FORMATTERS, type CheckFormat } from '../format/formatters.js'
import { printable, summaryLine } from '../format/text.js'
import type { Settings } from '../config/settings.js'
import { FileSystemTree } from '../tree/fileSystemTree.js'
import { GitTree, repositoryPrefix } from '../tree/gitTree.js'
import { repositoryAround } from '../tree/repositoryAround.js'
import type { Tree } from '../tree/tree.js'
import { fixInMemory, type FixOutcome } from '../fix/fixInMemory.js'
import { describeFixes, diffOfFixes } from '../fix/describeFixes.js'
import { validate, type PathSelection, type ValidationRequest, type ValidationResult } from '../validate/validate.js'
import { EXIT_OK, EXIT_PROBLEMS, readingLog, UsageError, type CliIo } from './io.js'
import type { CliCommand } from './command.js'
import { changeRepository, proposedRulesNote } from '../config/loadRules.js'
import { GitError } from '../git/git.js'

export interface CheckCommand {
  settings: Settings
  /**
   * With --base: the commit the changes are judged against, the merge base of --base and HEAD,
   * as the rules were loaded from it (Rules.base): worked out once for the run, so the rules
   * and the changes can never come from two commits.
   */
  baseCommit?: string
  format: CheckFormat
  paths: string[]
  /** Threads that read KEPs; unset: chosen by the repository's size. */
  jobs?: number
  /** With --base: judge every problem of the changed KEPs, not only those the changes brought. */
  allProblems?: boolean
  /** The baseline, read from where the rules are (config/loadRules.ts); used by audits and with --all-problems. */
  baseline?: () => Baseline | undefined
  /** With --base: what is wrong with the rules files the changes add or edit (config/loadRules.ts). */
  proposedRules?: readonly Problem[]
  /** The command that rewrites the index, as the reader runs it from the current folder. */
  indexFixCommand?: string
  /** --fix writes the fixes, --fix-dry-run shows their diff. */
  fixMode?: 'write' | 'dry-run'
}

function toPosix(path: string): string {
  return path.split(sep).join('/')
}

/** Resolves command-line paths to root-relative prefixes; a path outside the root is a usage error. */
export function rootRelative(io: CliIo, settings: Settings, paths: readonly string[]): PathSelection[] {
  return paths.map(path => {
    const absolute = resolve(io.cwd, path)
    const rel = pathInside(settings.root, absolute)
    if (rel === undefined) throw new UsageError(`${path} is outside the KEP root ${settings.root}`)
    // A link is named as it is: checked as a file (and reported as a link), never followed into a folder.
    const entry = new Files(settings.root, 'the KEP root').entry(rel)
    if (entry === undefined) throw new UsageError(`${path} does not exist`)
    return { path: rel, directory: entry.kind === 'folder' }
  })
}

/** What CI runs: the whole repository, or with --base the changes against the merge base. */
export async function check(io: CliIo, command: CheckCommand): Promise<ValidationResult> {
  return checker(io, command)(new FileSystemTree(command.settings.root))
}

/** The check of a head tree: the working tree, or the working tree with fixes applied in memory. */
function checker(io: CliIo, command: CheckCommand): (head: Tree) => Promise<ValidationResult> {
  const { settings } = command
  const paths = rootRelative(io, settings, command.paths)
  // The changes are the working tree's against the merge base, worked out once for every pass.
  const base = command.baseCommit
  let changes: ValidationRequest['changes']
  if (base !== undefined) {
    // git lists them in the background while the working tree is read. They are awaited once it
    // is: a failure before then is the run's failure then, never an unhandled rejection.
    const files = gitChanges(settings.root, base)
    files.catch(() => undefined)
    changes = { base: new GitTree(settings.root, base, repositoryPrefix(settings.root)), files }
  }
  // A change judged by what it brings needs no baseline: its base is a finer one.
  const baseline = changes && !command.allProblems ? undefined : command.baseline?.()
  return head =>
    validate(settings, {
      head,
      paths,
      jobs: command.jobs,
      log: readingLog(io),
      onlyNew: !command.allProblems,
      baseline,
      indexFixCommand: command.indexFixCommand,
      surroundings: () => repositoryAround(settings.root),
      ...(changes ? { changes, proposedRules: command.proposedRules } : {})
    })
}

/** --fix: applies the fixes pass by pass in memory, then writes the files (or, for a dry run, prints their diff). */
async function checkAndFix(io: CliIo, command: CheckCommand, displayPath: (file: string) => string): Promise<FixOutcome> {
  const outcome = await fixInMemory(new FileSystemTree(command.settings.root), checker(io, command))
  if (command.fixMode === 'dry-run') {
    if (command.format === 'text') io.stdout(diffOfFixes(outcome))
    return outcome
  }
  const files = new Files(command.settings.root, 'the KEP root')
  for (const file of outcome.files) files.write(file.file, file.after)
  if (command.format === 'text') io.stdout(describeFixes(outcome, displayPath))
  return outcome
}

export async function runCheck(io: CliIo, command: CheckCommand): Promise<number> {
  const { settings } = command
  const displayPath = (file: string): string => toPosix(relative(io.cwd, resolve(settings.root, file))) || file
  const outcome = command.fixMode ? await checkAndFix(io, command, displayPath) : undefined
  const result = outcome ? outcome.result : await check(io, command)
  // Counted once: the report, the annotations' summary line and the exit code say the same numbers.
  const report = checkReport(result)
  const fixed = outcome ? { written: command.fixMode === 'write', files: outcome.files.map(file => file.file), problems: outcome.fixed.length } : undefined
  const context = { displayPath, root: toPosix(settings.root), fixed }
  if (command.format === 'github') {
    // Loaded only here: @actions/core costs start-up time the other formats need not pay.
    const { writeAnnotations } = await import('../format/workflowCommands.js')
    if (outcome) io.stdout(command.fixMode === 'dry-run' ? diffOfFixes(outcome) : describeFixes(outcome, displayPath))
    writeAnnotations(FORMATTERS.github(report, context))
    io.stdout(`${summaryLine(report)}\n`)
  } else io.stdout(FORMATTERS[command.format](report, context))
  return report.counts.errors > 0 ? EXIT_PROBLEMS : EXIT_OK
}

export const checkCommand: CliCommand = {
  name: 'check',
  tellsPreset: true,
  help: `  check [PATH…]     validate KEP metadata (every KEP, the PATHs given, or with --base the changed ones)
                    and compare index.md with the KEPs
`,
  options: {
    base: { type: 'string' },
    'all-problems': { type: 'boolean' },
    format: { type: 'string' },
    jobs: { type: 'string' },
    fix: { type: 'boolean' },
    'fix-dry-run': { type: 'boolean' }
  },
  together: [['fix', 'fix-dry-run']],
  formats: CHECK_FORMATS,
  // check --base judges the changes by the rules of their base, as the action judges a pull request.
  rulesBase: (io, options) => {
    const base = options.string('base')
    if (base === undefined) return undefined
    const root = options.string('root')
    const config = options.string('config')
    const top = changeRepository([root === undefined ? undefined : resolve(io.cwd, root), config === undefined ? undefined : dirname(resolve(io.cwd, config)), io.cwd])
    if (top === undefined) throw new GitError(`--base ${base}: ${io.cwd} is not in a git repository, whose base commit the changes are judged by`)
    return { top, commit: mergeBase(top, base) }
  },
  run: ({ io, options, paths, rules, settings, format, jobs, indexFixCommand }) => {
    if (options.flag('all-problems') && options.string('base') === undefined) throw new UsageError('--all-problems goes with --base: without it every problem counts already')
    if (options.flag('fix') && options.flag('fix-dry-run')) throw new UsageError('--fix and --fix-dry-run exclude each other')
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
    return runCheck(io, {
      settings,
      baseCommit: rules.base,
      format: format as CheckFormat,
      paths,
      jobs,
      allProblems: options.flag('all-problems') || undefined,
      baseline: rules.baseline,
      proposedRules: rules.proposed.problems,
      indexFixCommand,
      fixMode: options.flag('fix') ? 'write' : options.flag('fix-dry-run') ? 'dry-run' : undefined
    })
  }
}
