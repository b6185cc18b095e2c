import { join, relative, sep } from 'node:path'
import { FILE_START, problem, type Problem } from '../core/diagnostic.js'
import type { DataSource } from '../core/dataSource.js'
import { LoadError } from '../core/loadError.js'
import { CommitDataSource } from '../git/commitDataSource.js'
import { workTreeRoot } from '../git/git.js'
import { GitTree, repositoryPrefix } from '../tree/gitTree.js'
import { BASELINE_FILE, readBaseline, type Baseline } from './baselineFile.js'
import { findConfig, type KepConfig } from './configFile.js'
import { rulesAsTheyAre, rulesOfBase, type RuleSource } from './ruleSource.js'
import { loadSettings, type Settings, type SettingsInput } from './settings.js'

/**
 * The one place that decides where a run's rules come from, for both front ends: a change (a
 * pull request, a merge group, a push with its `before`, `check --base`) is judged by its base
 * commit — configuration, schema, lifecycle, SIG list and baseline alike — and an audit by the
 * files as they are. The rules files a change adds or edits are loaded as they will be once
 * it is merged, and what is wrong with them is reported on them (rule `configuration`).
 */

/** A change's base: the repository that holds it, and the commit. */
export interface RulesBase {
  top: string
  commit: string
}

export interface RulesRequest {
  /** The files as they are: what an audit is judged by, and what a change proposes. */
  checkout: DataSource
  /** For a change: its base, whose rules judge it. Unset: an audit. */
  base?: RulesBase
  /** The folder whose .kep-validator.yml applies, and a configuration file the caller names (relative to it). */
  configDir: string
  config?: string
  /** The KEP root when neither the caller nor the configuration names one. */
  defaultRoot: string
  /** The caller's options; each overrides the configuration's. */
  options: Omit<SettingsInput, 'config' | 'source'>
  /** The baseline file the caller names (absolute); null: none; unset: BASELINE_FILE at the KEP root, when there is one. */
  baseline?: string | null
}

/** The rules files a change adds or edits, and what is wrong with them as they will load once it is merged. */
export interface ProposedRules {
  /** Absolute paths. */
  files: string[]
  /** Rule `configuration`, paths relative to the KEP root of the base's settings. */
  problems: Problem[]
}

export interface Rules {
  config?: KepConfig
  settings: Settings
  /** The commit whose rules judge a change. */
  base?: string
  /** The baseline, read from the same source as the rules, when the run uses one. */
  baseline(): Baseline | undefined
  proposed: ProposedRules
}

async function load(request: RulesRequest, source: RuleSource, base?: RulesBase): Promise<{ config?: KepConfig; settings: Settings }> {
  const config = await findConfig(request.configDir, request.config, source)
  // The layout that tells the preset is the base's too: a change cannot choose what judges it by adding files of another layout.
  const recognitionTree = base && ((root: string) => new GitTree(root, base.commit, repositoryPrefix(root)))
  const settings = await loadSettings({ ...request.options, root: request.options.root ?? config?.root ?? request.defaultRoot, config, source, ...(recognitionTree ? { recognitionTree } : {}) })
  return { config, settings }
}

function baselinePath(request: RulesRequest, settings: Settings): string | undefined {
  return request.baseline === null ? undefined : (request.baseline ?? join(settings.root, BASELINE_FILE))
}

export async function loadRules(request: RulesRequest): Promise<Rules> {
  const commit = request.base === undefined ? undefined : new CommitDataSource(request.base.top, request.base.commit, request.checkout)
  const source = commit ? rulesOfBase(commit) : rulesAsTheyAre(request.checkout)
  const { config, settings } = await load(request, source, request.base)
  const baseline = baselinePath(request, settings)
  // Asked whether or not this run applies it: a change that adds or edits the baseline is told, and the file is checked.
  if (commit && baseline !== undefined) source.exists(baseline)
  return {
    config,
    settings,
    base: commit?.commit,
    baseline: () => (baseline === undefined ? undefined : readBaseline(baseline, request.baseline !== undefined, source)),
    proposed: commit ? await proposedRules(request, commit, settings.root) : { files: [], problems: [] }
  }
}

/** The rules files the change edits, loaded from the files as they are: as every run will load them once it is merged. */
async function proposedRules(request: RulesRequest, commit: CommitDataSource, root: string): Promise<ProposedRules> {
  const files = commit.changedInCheckout()
  const problems: Problem[] = []
  if (files.length === 0) return { files, problems }
  const proposed = rulesAsTheyAre(request.checkout)
  const where = (error: unknown, candidates: readonly string[]): Problem[] => proposedRulesProblems(error, candidates, root, request.base!.top)
  let settings: Settings | undefined
  try {
    ;({ settings } = await load(request, proposed))
  } catch (error) {
    problems.push(...where(error, files))
  }
  const baseline = settings && baselinePath(request, settings)
  // The baseline the change brings: a file it edits, or the one a configuration it edits moves to.
  if (baseline !== undefined && (files.includes(baseline) || !commit.asked.has(baseline))) {
    try {
      readBaseline(baseline, request.baseline !== undefined, proposed)
    } catch (error) {
      problems.push(...where(error, [baseline]))
    }
  }
  return { files, problems }
}

const MERGED = 'the rules this change proposes do not load: once it is merged, every run fails on this'

/**
 * A proposed rules file's load failure as problems of the files it is about (rule
 * `configuration`, paths relative to the KEP root, the repository's folder left out of
 * messages): at their lines when it has them, else at the start of the file it names.
 */
export function proposedRulesProblems(error: unknown, candidates: readonly string[], root: string, top: string): Problem[] {
  if (!(error instanceof LoadError)) throw error
  const inRoot = (path: string): string => relative(root, path).split(sep).join('/')
  const shown = (message: string): string => message.split(`${top}${sep}`).join('')
  if (error.problems.length > 0) return error.problems.map(found => ({ ...found, file: inRoot(found.file), rule: 'configuration', message: `${shown(found.message)} (${MERGED})` }))
  const file = candidates.find(path => error.message.includes(path)) ?? candidates[0]
  return [problem(inRoot(file), FILE_START, 'configuration', `${shown(error.message)} (${MERGED})`)]
}

/** What a front end tells the author when a change edits its own rules. */
export function proposedRulesNote(subject: string, files: readonly string[], commit: string): string {
  return `${subject} changes ${files.join(', ')}: it is judged by the rules of its base (${commit.slice(0, 7)}); the rules it proposes apply once it is merged`
}

/** The repository whose base commit judges a change: the first of the folders (the KEP root, the configuration's, the current one) inside a git work tree. */
export function changeRepository(folders: ReadonlyArray<string | undefined>): string | undefined {
  for (const folder of folders) {
    if (folder === undefined) continue
    const top = workTreeRoot(folder)
    if (top !== undefined) return top
  }
  return undefined
}
