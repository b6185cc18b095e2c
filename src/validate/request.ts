import type { Change } from '../core/change.js'
import type { Diagnostic, Problem } from '../core/diagnostic.js'
import type { Baseline } from '../config/baselineFile.js'
import type { IndexCheck } from '../indexFile/checkIndex.js'
import type { ParallelOptions } from '../read/parallel/readInParallel.js'
import type { Tree } from '../tree/tree.js'
import type { BaselineFixed } from './baseline.js'
import type { KepChangeSummary } from './changes.js'
import type { Surroundings } from './nothingSelected.js'
import type { Repository } from './readRepository.js'

/** A path the caller names, relative to the KEP root: a file, or a folder ('' for the root). */
export interface PathSelection {
  path: string
  directory: boolean
}

/** One run: which version to check, and against what. */
export interface ValidationRequest extends ParallelOptions {
  /** The version that is checked: the working tree, or the head of a pull request. */
  head: Tree
  /**
   * Pull-request mode (or a push with its before): the base and the files that changed, or git
   * still working them out (gitChanges): they are first needed once the head is read.
   */
  changes?: { base: Tree; files: readonly Change[] | Promise<readonly Change[]> }
  /**
   * Only these paths. Without changes, the KEPs under them are checked, and a file named
   * is read as a KEP even outside the layout; with changes, only the changes under them.
   */
  paths?: readonly PathSelection[]
  /**
   * With changes: a problem fails only if the changes brought it (the base version of the
   * KEP did not have it); those it had are marked preexisting. Default true.
   */
  onlyNew?: boolean
  /** Problems recorded as known (the baseline file): within their counts they are marked preexisting. */
  baseline?: Baseline
  /** The command the index's problem and summary tell the reader to run; `kep-validator index --write` unless given. */
  indexFixCommand?: string
  /** The day of the run (yyyy-mm-dd, UTC) for fixes that date a change; the clock's when unset. */
  today?: string
  /** The repository's other open pull requests, for presets that number by their titles (the action lists them). */
  openPullRequests?: ReadonlyArray<{ number: number; title: string }>
  /**
   * With changes: what is wrong with the rules files they add or edit, loaded as they will be
   * once merged (config/loadRules.ts). They count as the change's own problems.
   */
  proposedRules?: readonly Problem[]
  /** The repository around the KEP root, asked for only when the run finds no KEP: where it looks for those it missed, to say which root and preset find them. */
  surroundings?: () => Surroundings | undefined
}

export interface ValidationResult {
  /** The KEPs that were validated (all of them, the selected ones, or the changed ones). */
  checked: string[]
  diagnostics: Diagnostic[]
  /** The index.md comparison, when the repository keeps an index and the run is about the repository. */
  index?: IndexCheck
  /** What the changes do to each KEP, in pull-request mode. */
  keps?: KepChangeSummary[]
  /** Baseline entries the checked files no longer need, when a baseline was given. */
  baselineFixed?: BaselineFixed[]
  /**
   * In a run on changes: the other changed files each KEP is checked with, by KEP file — its
   * production readiness approval, its folder's OWNERS. Why a KEP the changes did not edit is
   * checked, and which problems belong to a KEP's row in the summary.
   */
  checkedWith?: Map<string, CheckedWith[]>
  repository: Repository
}

/** A changed file a KEP is checked with: its production readiness approval, or a data file a rule reads for it (OWNERS). */
export interface CheckedWith {
  file: string
  as: 'approval' | 'data'
}
