import { changePaths, headPath, type Change } from '../core/change.js'
import { folderOf } from '../core/dataFile.js'
import { numberInPath } from '../core/document.js'
import { RepositoryIndex } from '../core/repositoryIndex.js'
import type { Settings } from '../config/settings.js'
import { isProdReadinessPath } from '../read/prodReadiness.js'
import { readKep } from '../read/readKep.js'
import type { ReadmeSource } from '../readme/readmes.js'
import type { KepChange } from '../rules/rule.js'
import type { Tree } from '../tree/tree.js'
import { approvalNumberOf, readApprovalChanges, type ApprovalChanges } from './approvalChanges.js'
import { readKepChanges } from './changes.js'
import { assertSelected } from './nothingSelected.js'
import { readmesFor } from './readmes.js'
import { EVERY_KEP, readRepository, type KepHint, type ReadRepositoryOptions, type Repository } from './readRepository.js'
import type { PathSelection, ValidationRequest } from './request.js'
import { isDataFileBesideKep, readDataFileChanges, readRuleData, type DataFileChanges } from './ruleData.js'

/** What the read step hands the chain: the head, and with changes, what they do and the base. */
export interface Run {
  settings: Settings
  request: ValidationRequest
  repository: Repository
  /** Whether a file is checked: every file, the selected ones, or those the changes touch. */
  inScope: (file: string) => boolean
  /** In a change: the changed KEPs, approvals and data files, with their base versions. */
  change?: {
    base: Tree
    keps: KepChange[]
    approvals?: ApprovalChanges
    dataFiles?: DataFileChanges
  }
  /** The READMEs, when a rule reads them: the head's, and the base's in a change. */
  readmes?: { head: ReadmeSource; base?: ReadmeSource }
  /** In a change judged by what it brings (not --all-problems). */
  onlyNew: boolean
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
        for (const [file, read] of readRuleData(settings, repository.tree, repository.tree.list(), [doc])) repository.dataFiles.set(file, read)
      }
      targets.add(path)
    }
  }
  return targets
}

/**
 * The KEPs a run on changes may check, from the changed paths alone (before any KEP is read),
 * as readRun picks them once they are read: a changed KEP file, the KEP of a changed README
 * (the format's metadataFileOf), the KEPs beside a changed data file (OWNERS), and those whose
 * path carries the number of a changed approval. A superset of them, but for a KEP numbered
 * apart from its path whose approval changed: that one only costs a second parse.
 */
function changedKepsHint(settings: Settings, changed: readonly Change[]): KepHint {
  const files = new Set<string>()
  const dataFolders = new Set<string>()
  const approved = new Set<number>()
  const besideKep = isDataFileBesideKep(settings)
  for (const path of changed.flatMap(changePaths)) {
    files.add(path)
    const kep = settings.format.metadataFileOf?.(path)
    if (kep !== undefined) files.add(kep)
    if (besideKep(path)) dataFolders.add(folderOf(path))
    const number = settings.prodReadiness && isProdReadinessPath(path) ? approvalNumberOf(path) : undefined
    if (number !== undefined) approved.add(number)
  }
  return file => files.has(file) || (dataFolders.size > 0 && dataFolders.has(folderOf(file))) || (approved.size > 0 && approved.has(numberInPath(file) ?? 0))
}

/** Which KEPs the run may check, for readRepository: those the paths select, those the changes may touch, or every one. */
function kepHint(settings: Settings, { changes, paths = [] }: ValidationRequest): NonNullable<ReadRepositoryOptions['mayCheck']> {
  if (changes) {
    // A failing git fails the run where the changes are awaited (readRun), not here.
    return Promise.resolve(changes.files).then(
      changed => changedKepsHint(settings, changed),
      () => EVERY_KEP
    )
  }
  return paths.length > 0 ? file => inSelection(file, paths) : EVERY_KEP
}

/**
 * The chain's first step: reads the head and, with changes, the changed KEPs, approvals and data
 * files at both versions; decides what is in scope (a run that selects nothing fails here).
 */
export async function readRun(settings: Settings, request: ValidationRequest): Promise<Run> {
  const { head, changes, paths = [] } = request
  const repository = await readRepository(settings, head, { jobs: request.jobs, log: request.log, workerScript: request.workerScript, mayCheck: kepHint(settings, request) })
  let targets: Set<string> | undefined
  let change: Run['change']
  if (changes) {
    const changed = await changes.files
    const files = paths.length === 0 ? changed : changed.filter(change => inSelection(change.path, paths) || (change.previousPath !== undefined && inSelection(change.previousPath, paths)))
    const keps = await readKepChanges(settings, repository, files, changes.base)
    const approvals = await readApprovalChanges(repository, files, changes.base)
    targets = new Set(keps.map(change => headPath(change.change)).filter((path): path is string => path !== undefined))
    for (const file of approvals?.keps ?? []) targets.add(file)
    const dataFiles = readDataFileChanges(settings, repository, files, changes.base)
    for (const file of dataFiles?.keps ?? []) targets.add(file)
    change = { base: changes.base, keps, approvals, dataFiles }
  } else if (paths.length > 0) {
    targets = await selectTargets(settings, repository, paths)
  }
  assertSelected(settings, repository, paths, change?.keps, request.surroundings)
  return {
    settings,
    request,
    repository,
    inScope: file => targets === undefined || targets.has(file),
    change,
    readmes: await readmesFor(settings, repository.tree, changes?.base, change?.keps),
    onlyNew: changes !== undefined && request.onlyNew !== false
  }
}
