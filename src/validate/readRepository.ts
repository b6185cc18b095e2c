import type { ErrorObject } from 'ajv'
import { fieldsIn, numberInPath, type KepDocument } from '../core/document.js'
import { RepositoryIndex } from '../core/repositoryIndex.js'
import type { Settings } from '../config/settings.js'
import { selectKepFiles } from '../read/findKepFiles.js'
import { readDocumentsInParallel, type ParallelOptions } from '../read/parallel/readInParallel.js'
import { readProdReadiness, type ProdReadiness } from '../read/prodReadiness.js'
import type { Tree } from '../tree/tree.js'
import { folderOf, type DataFileRead } from '../core/dataFile.js'
import type { RepositoryReading } from '../rules/rule.js'
import { positionsWanted, readRuleData } from './ruleData.js'

/** One version of a repository, read: its KEPs' metadata and what the rules look things up in. */
export interface Repository {
  tree: Tree
  documents: KepDocument[]
  /** Layout matches that are symbolic links: reported, never read. */
  symlinks: string[]
  /** Layout matches that are submodules (gitlinks, or folders with their own .git): reported, never read. */
  submodules: string[]
  index: RepositoryIndex
  /** Production readiness approvals, for presets that keep them. */
  prodReadiness?: ProdReadiness
  /** Metadata (the data objects) that passed the schema while it was read. */
  schemaValid?: WeakSet<object>
  /** What the schema found wrong in metadata (the data objects) that failed it while it was read. */
  schemaErrors?: WeakMap<object, ErrorObject[]>
  /** The files rules read as data (OWNERS beside a KEP, OWNERS_ALIASES), by path: a path without an entry does not exist. */
  dataFiles: Map<string, DataFileRead>
}

export interface ReadRepositoryOptions extends ParallelOptions {
  /**
   * Which KEPs the run may check, when it knows before they are read (or once git has said what
   * changed: the promise is awaited after the tree is listed); none by default, as for index,
   * report, new and promote, which report no problem of a KEP. A hint, never a decision: a KEP
   * it leaves out is read without its schema validation and without kept positions, and a rule
   * that then needs either validates or parses again (YamlMetadata's positions are derived on
   * demand). So it must hold every KEP the run reports on to save time, and a miss only costs time.
   */
  mayCheck?: KepHint | Promise<KepHint>
}

/** Whether a KEP, by its path, may be one the run checks. */
export type KepHint = (file: string) => boolean

/** A run on the whole repository may check every KEP. */
export const EVERY_KEP: KepHint = () => true

/** Reads the metadata of every KEP of a tree; bodies are never parsed. */
export async function readRepository(settings: Settings, tree: Tree, options: ReadRepositoryOptions = {}): Promise<Repository> {
  const { mayCheck: hint = () => false, ...parallel } = options
  const entries = tree.list()
  const found = selectKepFiles(entries, settings.layout)
  // Metadata that fails the schema will have diagnostics: it keeps its positions from the
  // parse, and a diagnostic costs no second one (on kubernetes/enhancements: a tenth of the
  // run's instructions). Metadata that passes is remembered, and not validated again.
  // Metadata a rule says it will look up positions in keeps them too (assigned-approvers' markers).
  const schemaValid = new WeakSet<object>()
  const schemaErrors = new WeakMap<object, ErrorObject[]>()
  // The approvals are read first: whether prod-readiness will have a finding on a KEP (and
  // look up where its status is written) depends on them.
  const prodReadiness = settings.prodReadiness ? readProdReadiness(tree, entries) : undefined
  const rulesWantPositions = positionsWanted(settings)
  const reading: RepositoryReading = {
    kepFolders: new Set(found.files.map(folderOf)),
    listedNumbers: new Set(found.files.flatMap(file => numberInPath(file) ?? [])),
    lifecycle: settings.lifecycle,
    prodReadiness: prodReadiness?.approvals
  }
  // In a pull request most KEPs are read only for what other KEPs are checked against: their
  // fields. Validating them, and keeping their positions, is work no diagnostic will use.
  const mayCheck = await hint
  const keepPositions = (data: unknown, text: string, file: string): boolean => {
    if (!mayCheck(file)) return false
    if (!settings.schema.validate(data)) {
      if (typeof data === 'object' && data !== null) schemaErrors.set(data, settings.schema.validate.errors ?? [])
      return true
    }
    if (typeof data === 'object' && data !== null) schemaValid.add(data)
    return rulesWantPositions({ file, text, fields: fieldsIn(data) }, reading)
  }
  const read = await readDocumentsInParallel(settings.format, tree, found.files, { keep: { keepPositions, outline: settings.outline }, ...parallel })
  const documents = found.files.map(file => read.get(file)!)
  const dataFiles = readRuleData(settings, tree, entries, documents)
  return { tree, documents, symlinks: found.symlinks, submodules: found.submodules, index: new RepositoryIndex(documents), prodReadiness, schemaValid, schemaErrors, dataFiles }
}
