import { headPath, type Change } from '../core/change.js'
import { compareDiagnostics, FILE_START, problem, type Diagnostic, type Problem } from '../core/diagnostic.js'
import { RepositoryIndex } from '../core/repositoryIndex.js'
import type { Settings } from '../config/settings.js'
import type { IndexCheck } from '../indexFile/checkIndex.js'
import { indexOfRepository } from '../indexFile/indexOfRepository.js'
import type { ParallelOptions } from '../read/parallel/readInParallel.js'
import { readKep } from '../read/readKep.js'
import { RuleRunner } from '../rules/runRules.js'
import { SeverityPolicy } from '../rules/severity.js'
import type { Tree } from '../tree/tree.js'
import { readKepChanges, summarizeChange, type KepChangeSummary } from './changes.js'
import { prodReadinessSchemaProblems } from './prodReadinessSchema.js'
import { readRepository, type Repository } from './readRepository.js'

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
}

export interface ValidationResult {
  /** The KEPs that were validated (all of them, the selected ones, or the changed ones). */
  checked: string[]
  diagnostics: Diagnostic[]
  /** The index.md comparison, when the repository keeps an index and the run is about the repository. */
  index?: IndexCheck
  /** What the changes do to each KEP, in pull-request mode. */
  keps?: KepChangeSummary[]
  repository: Repository
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
      if (!known.includes(path)) {
        const content = repository.tree.readFiles([path]).get(path)!
        repository.documents.push(await readKep(path, content, settings.format))
        repository.index = new RepositoryIndex(repository.documents)
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
  if (changes) {
    const files = paths.length === 0 ? changes.files : changes.files.filter(change => inSelection(change.path, paths) || (change.previousPath !== undefined && inSelection(change.previousPath, paths)))
    kepChanges = await readKepChanges(settings, repository, files, changes.base)
    targets = new Set(kepChanges.map(change => headPath(change.change)).filter((path): path is string => path !== undefined))
  } else if (paths.length > 0) {
    targets = await selectTargets(settings, repository, paths)
  }
  const inScope = (file: string): boolean => targets === undefined || targets.has(file)

  const runner = new RuleRunner(settings.rules, new SeverityPolicy(settings.severity), {
    lifecycle: settings.lifecycle,
    repository: repository.index,
    schema: settings.schema,
    schemaValid: repository.schemaValid,
    prodReadiness: repository.prodReadiness?.approvals,
    knownSigs: settings.knownSigs
  })
  const diagnostics: Diagnostic[] = []
  const checked: string[] = []
  for (const doc of repository.documents) {
    if (!inScope(doc.file)) continue
    checked.push(doc.file)
    diagnostics.push(...runner.checkKep(doc))
  }
  const found: Problem[] = []
  for (const link of repository.symlinks) {
    if (!inScope(link)) continue
    checked.push(link)
    found.push(problem(link, FILE_START, 'file-symlink', 'this KEP is a symbolic link; links are never followed (they could point outside the repository): replace it with the file itself'))
  }
  // A KEP replaced by a submodule is gone as surely as a deleted one: it fails, never passes unread.
  for (const submodule of repository.submodules) {
    if (!inScope(submodule)) continue
    checked.push(submodule)
    found.push(problem(submodule, FILE_START, 'file-submodule', 'this KEP is a git submodule (a gitlink, mode 160000), not a file: it has no metadata to read; replace it with the file itself'))
  }
  if (repository.prodReadiness) {
    const { files, problems } = repository.prodReadiness
    found.push(...problems.filter(p => inScope(p.file)), ...(await prodReadinessSchemaProblems(files.filter(({ path }) => inScope(path)))))
  }

  let keps: KepChangeSummary[] | undefined
  if (kepChanges) {
    for (const change of kepChanges) diagnostics.push(...runner.checkChange(change))
    for (const change of kepChanges) if (change.change.kind === 'deleted') checked.push(change.change.path)
    keps = kepChanges.map(summarizeChange)
  }

  // Checking some files by name is about those files; the index is about the repository.
  let index: IndexCheck | undefined
  if (settings.indexFile !== null && (changes || paths.length === 0)) {
    index = indexOfRepository(settings.indexFile, repository.tree, repository.documents, settings.lifecycle)
    if (index.problem) found.push(index.problem)
  }
  diagnostics.push(...runner.stampProblems(found))
  return {
    checked: kepChanges ? [...new Set(checked)].sort() : checked,
    diagnostics: diagnostics.sort(compareDiagnostics),
    index,
    keps,
    repository
  }
}
