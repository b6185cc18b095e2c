import { headPath, type Change } from '../core/change.js'
import { compareDiagnostics, FILE_START, problem, type Diagnostic, type Problem } from '../core/diagnostic.js'
import { RepositoryIndex } from '../core/repositoryIndex.js'
import type { Settings } from '../config/settings.js'
import type { IndexCheck } from '../indexFile/checkIndex.js'
import { indexOfRepository } from '../indexFile/indexOfRepository.js'
import type { ParallelOptions } from '../read/parallel/readInParallel.js'
import { readKep } from '../read/readKep.js'
import { isProdReadinessPath } from '../read/prodReadiness.js'
import { RuleRunner } from '../rules/runRules.js'
import { SeverityPolicy } from '../rules/severity.js'
import type { Tree } from '../tree/tree.js'
import type { KepDocument } from '../core/document.js'
import type { KepChange } from '../rules/rule.js'
import { readKepChanges, summarizeChange, type KepChangeSummary } from './changes.js'
import { prodReadinessSchemaProblems } from './prodReadinessSchema.js'
import { readApprovalChanges, type ApprovalChanges } from './approvalChanges.js'
import { readRepository, type Repository } from './readRepository.js'
import { applyBaseline, type BaselineFixed } from './baseline.js'
import type { Baseline } from '../config/baselineFile.js'
import { indexStaleOnBase, markProblemsOnBase } from './introduced.js'
import { readDataFileChanges, readRuleData, type DataFileChanges } from './ruleData.js'
import { assertSelected, type Surroundings } from './nothingSelected.js'
import { readmePathOf } from '../readme/readmes.js'
import { readmesFor } from './readmes.js'

/** A path the caller names, relative to the KEP root: a file, or a folder ('' for the root). */
export interface PathSelection {
  path: string
  directory: boolean
}

/** One run: which version to check, and against what. */
export interface ValidationRequest extends ParallelOptions {
  /** The version that is checked: the working tree, or the head of a pull request. */
  head: Tree
  /** Pull-request mode (or a push with its before): the base and the files that changed. */
  changes?: { base: Tree; files: readonly Change[] }
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

function inSelection(file: string, selected: readonly PathSelection[]): boolean {
  return selected.some(({ path, directory }) => (directory ? path === '' || file.startsWith(`${path}/`) : file === path))
}

/** The files a selection names; a file named by path is read as a KEP even outside the layout's globs. */
async function selectTargets(settings: Settings, repository: Repository, selected: readonly PathSelection[]): Promise<Set<string>> {
  const known = [...repository.documents.map(doc => doc.file), ...repository.symlinks, ...repository.submodules]
  const targets = new Set<string>()
  for (const { path, directory } of selected) {
    if (directory) {
      const prefix = path === '' ? '' : `${path}/`
      for (const file of known) if (file.startsWith(prefix)) targets.add(file)
    } else {
      // An approval file named is checked as the approval it is (its schema), never read as a KEP.
      if (!known.includes(path) && !(settings.prodReadiness && isProdReadinessPath(path))) {
        const content = repository.tree.readFiles([path]).get(path)!
        const doc = await readKep(path, content, settings.format, { outline: settings.outline })
        repository.documents.push(doc)
        repository.index = new RepositoryIndex(repository.documents)
        // Its data files (its folder's OWNERS) too: the tree is listed again only for a file outside the layout.
        for (const [file, read] of readRuleData(settings.rules, repository.tree, repository.tree.list(), [doc])) repository.dataFiles.set(file, read)
      }
      targets.add(path)
    }
  }
  return targets
}

/**
 * The one run both front ends call: reads the head, validates its KEPs (every one, the
 * selected ones, or the changed ones, always against the whole repository, since rules look
 * across KEPs), checks what the changes do, compares the index, and stamps every finding
 * with its rule and severity once.
 */
export async function validate(settings: Settings, request: ValidationRequest): Promise<ValidationResult> {
  const { head, changes, paths = [] } = request
  const repository = await readRepository(settings, head, { jobs: request.jobs, log: request.log, workerScript: request.workerScript })
  let targets: Set<string> | undefined
  let kepChanges
  let approvalChanges: ApprovalChanges | undefined
  let dataChanges: DataFileChanges | undefined
  if (changes) {
    const files = paths.length === 0 ? changes.files : changes.files.filter(change => inSelection(change.path, paths) || (change.previousPath !== undefined && inSelection(change.previousPath, paths)))
    kepChanges = await readKepChanges(settings, repository, files, changes.base)
    approvalChanges = await readApprovalChanges(repository, files, changes.base)
    targets = new Set(kepChanges.map(change => headPath(change.change)).filter((path): path is string => path !== undefined))
    for (const file of approvalChanges?.keps ?? []) targets.add(file)
    dataChanges = readDataFileChanges(settings.rules, repository, files, changes.base)
    for (const file of dataChanges?.keps ?? []) targets.add(file)
  } else if (paths.length > 0) {
    targets = await selectTargets(settings, repository, paths)
  }
  assertSelected(settings, repository, paths, kepChanges, request.surroundings)
  const inScope = (file: string): boolean => targets === undefined || targets.has(file)

  // In a change, a KEP's rules may judge a relaxation by its base version's values too.
  const bases = new Map((kepChanges ?? []).flatMap(({ before, after }) => (before && after ? [[after, before] as const] : [])))
  const readmes = await readmesFor(settings, repository.tree, changes?.base)
  const shared = {
    readmes: readmes?.head,
    newFiles: kepChanges && new Set(kepChanges.filter(({ change }) => change.kind === 'added' || change.kind === 'copied' || change.kind === 'renamed').map(({ change }) => change.path)),
    lifecycle: settings.lifecycle,
    repository: repository.index,
    openPullRequests: request.openPullRequests,
    schema: settings.schema,
    schemaValid: repository.schemaValid,
    prodReadiness: repository.prodReadiness?.approvals,
    knownSigs: settings.knownSigs,
    release: settings.release,
    today: request.today,
    dataFiles: dataChanges?.head ?? repository.dataFiles
  }
  const policy = new SeverityPolicy(settings.severity)
  const runner = new RuleRunner(settings.rules, policy, { ...shared, baseOf: bases.size > 0 ? (doc: KepDocument) => bases.get(doc) : undefined })
  const diagnostics: Diagnostic[] = []
  const checked: string[] = []
  const byFile = new Map<string, Diagnostic[]>()
  // What a change does first: a KEP's findings that follow from a change a change rule rejects are dropped (rules/runRules.ts).
  const changeDiagnostics = kepChanges?.flatMap(change => runner.checkChange(change)) ?? []
  for (const doc of repository.documents) {
    if (!inScope(doc.file)) continue
    checked.push(doc.file)
    const found = runner.checkKep(doc)
    byFile.set(doc.file, found)
    diagnostics.push(...found)
  }
  const onlyNew = changes !== undefined && request.onlyNew !== false
  let baseRepository: RepositoryIndex | undefined
  const base = (): RepositoryIndex => (baseRepository ??= baseIndex(repository, kepChanges!))
  if (onlyNew && kepChanges) {
    // The base versions are checked against the base repository: the head's KEPs with the changed ones as they were.
    const baseRunner = new RuleRunner(settings.rules, policy, {
      ...shared,
      readmes: readmes?.base,
      repository: base(),
      prodReadiness: approvalChanges?.baseApprovals ?? shared.prodReadiness,
      dataFiles: dataChanges?.base ?? shared.dataFiles
    })
    const changedKeps = new Map(kepChanges.flatMap(change => (change.after ? [[change.after.file, change] as const] : [])))
    for (const doc of repository.documents) {
      if (!byFile.has(doc.file)) continue
      // A KEP checked again because its approval changed is, unchanged, its own base version.
      const before = changedKeps.has(doc.file) ? changedKeps.get(doc.file)!.before : doc
      // A base that did not read vouches for nothing but its own bytes: rewritten, every problem is new.
      if (before && before !== doc && !before.metadata && !sameBytes(changes!.base, before.file, repository.tree, doc.file)) continue
      if (before) markProblemsOnBase(byFile.get(doc.file)!, doc, baseRunner.checkKep(before), before, { after: readmePathOf(settings.format, doc.file), before: readmePathOf(settings.format, before.file) })
    }
  }
  const found: Problem[] = []
  // A KEP path that is not a file fails, never passes unread: a link is never followed, and a KEP
  // replaced by a submodule is gone as surely as a deleted one.
  const notFiles = [
    { paths: repository.symlinks, rule: 'file-symlink', message: 'this KEP is a symbolic link; links are never followed (they could point outside the repository): replace it with the file itself' },
    { paths: repository.submodules, rule: 'file-submodule', message: 'this KEP is a git submodule (a gitlink, mode 160000), not a file: it has no metadata to read; replace it with the file itself' }
  ]
  for (const { paths: entries, rule, message } of notFiles) {
    for (const path of entries) {
      if (!inScope(path)) continue
      checked.push(path)
      found.push(problem(path, FILE_START, rule, message))
    }
  }
  if (repository.prodReadiness) {
    const { files, problems } = repository.prodReadiness
    const approvalInScope = (file: string): boolean => inScope(file) || approvalChanges?.files.has(file) === true
    const approvalProblems = runner.stampProblems([...problems.filter(p => approvalInScope(p.file)), ...(await prodReadinessSchemaProblems(files.filter(({ path }) => approvalInScope(path))))])
    if (onlyNew && approvalChanges) {
      const onBase = runner.stampProblems(approvalChanges.baseProblems)
      for (const file of approvalChanges.files) {
        const doc = { file, readProblems: [] }
        markProblemsOnBase(approvalProblems, doc, onBase, doc)
      }
    }
    diagnostics.push(...approvalProblems)
  }

  let keps: KepChangeSummary[] | undefined
  if (kepChanges) {
    diagnostics.push(...changeDiagnostics)
    for (const change of kepChanges) if (change.change.kind === 'deleted') checked.push(change.change.path)
    keps = kepChanges.map(summarizeChange)
  }

  // Checking some files by name is about those files; the index is about the repository.
  let index: IndexCheck | undefined
  if (settings.indexFile !== null && (changes || paths.length === 0)) {
    const indexSettings = { ...settings, indexFile: settings.indexFile }
    index = indexOfRepository(indexSettings, repository.tree, repository.documents, request.indexFixCommand)
    if (index.problem) {
      const stamped = runner.stampProblems([index.problem])
      if (onlyNew && kepChanges && indexStaleOnBase(index, indexOfRepository(indexSettings, changes.base, base().documents, request.indexFixCommand))) {
        for (const d of stamped) d.preexisting = 'base'
      }
      diagnostics.push(...stamped)
    }
  }
  diagnostics.push(...runner.stampProblems(found))
  if (changes) diagnostics.push(...runner.stampProblems(request.proposedRules ?? []))
  const result: ValidationResult = {
    checked: kepChanges ? [...new Set(checked)].sort() : checked,
    diagnostics: diagnostics.sort(compareDiagnostics),
    index,
    keps,
    repository
  }
  if (changes) result.checkedWith = checkedWith(approvalChanges, dataChanges)
  // A pull request judged by what it brings needs no baseline: the base is a finer one.
  if (request.baseline && !onlyNew) {
    const scope = new Set(result.checked)
    // A full audit is about every file, the index too; a selection only about what it names.
    const audit = !changes && paths.length === 0
    result.baselineFixed = applyBaseline(result.diagnostics, request.baseline, file => audit || scope.has(file))
  }
  return result
}

/** Whether a file has the same bytes in two versions (never, when either cannot be read). */
function sameBytes(base: Tree, basePath: string, head: Tree, headPath: string): boolean {
  const before = base.readFiles([basePath]).get(basePath)
  const after = head.readFiles([headPath]).get(headPath)
  return Buffer.isBuffer(before) && Buffer.isBuffer(after) && before.equals(after)
}

/** The base repository as the rules see it: the head's KEPs, with the changed ones as the base had them. */
function baseIndex(head: Repository, kepChanges: readonly KepChange[]): RepositoryIndex {
  const replaced = new Map<string, KepDocument | undefined>()
  for (const { change } of kepChanges) {
    const headFile = headPath(change)
    if (headFile !== undefined) replaced.set(headFile, undefined)
  }
  for (const { before } of kepChanges) if (before) replaced.set(before.file, before)
  const documents = head.documents.filter(doc => !replaced.has(doc.file))
  for (const doc of replaced.values()) if (doc) documents.push(doc)
  documents.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
  return new RepositoryIndex(documents)
}

function checkedWith(approvals: ApprovalChanges | undefined, data: DataFileChanges | undefined): Map<string, CheckedWith[]> {
  const byKep = new Map<string, CheckedWith[]>()
  const add = (kep: string, file: string, as: CheckedWith['as']) => byKep.set(kep, [...(byKep.get(kep) ?? []), { file, as }])
  for (const [kep, files] of approvals?.approvalsOf ?? []) for (const file of files) add(kep, file, 'approval')
  for (const [kep, files] of data?.dataFilesOf ?? []) for (const file of files) add(kep, file, 'data')
  return byKep
}
