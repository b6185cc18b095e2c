import { RepositoryIndex, type CheckContext } from '../rules/context.js'
import { compareDiagnostics, diagnostic, FILE_START, type Diagnostic } from '../core/diagnostic.js'
import type { KepDocument } from '../core/document.js'
import { selectKepFiles } from '../read/findKepFiles.js'
import { readDocumentsInParallel, type ParallelOptions } from '../read/parallel/readInParallel.js'
import type { Tree } from '../tree/tree.js'
import type { IndexCheck } from '../indexFile/checkIndex.js'
import { schemaDiagnostics } from '../schema/schemaDiagnostics.js'
import type { Settings } from '../config/settings.js'
import { applySeverity } from '../rules/severity.js'
import { readProdReadiness, type ProdReadiness } from '../read/prodReadiness.js'

/**
 * Every diagnostic of one KEP: reading, schema, then the rules beyond the schema. `schemaValid`
 * holds the metadata already found valid while reading: it is not validated twice.
 */
export function validateDocument(doc: KepDocument, settings: Settings, context: CheckContext, schemaValid?: WeakSet<object>): Diagnostic[] {
  if (!doc.metadata) return [...doc.readDiagnostics]
  const known = typeof doc.metadata.data === 'object' && doc.metadata.data !== null && schemaValid?.has(doc.metadata.data)
  const diagnostics = [...doc.readDiagnostics, ...(known ? [] : schemaDiagnostics(doc.file, doc.metadata, settings.schema))]
  for (const check of settings.checks) diagnostics.push(...check.run(doc, context))
  return diagnostics
}

export interface Repository {
  tree: Tree
  documents: KepDocument[]
  /** Layout matches that are symbolic links: reported, never read. */
  symlinks: string[]
  index: RepositoryIndex
  /** Production readiness approvals, for presets that keep them. */
  prodReadiness?: ProdReadiness
  /** Metadata (the data objects) that passed the schema while it was read. */
  schemaValid?: WeakSet<object>
}

/** Reads the metadata of every KEP of a tree; bodies are never parsed. */
export async function readRepository(settings: Settings, tree: Tree, options: ParallelOptions = {}): Promise<Repository> {
  const entries = tree.list()
  const found = selectKepFiles(entries, settings.layout)
  // Metadata that fails the schema will have diagnostics: it keeps its positions from the
  // parse, and a diagnostic costs no second one (on kubernetes/enhancements: a tenth of the
  // run's instructions). Metadata that passes is remembered, and not validated again.
  const schemaValid = new WeakSet<object>()
  const keepPositions = (data: unknown): boolean => {
    if (!settings.schema.validate(data)) return true
    if (typeof data === 'object' && data !== null) schemaValid.add(data)
    return false
  }
  const read = await readDocumentsInParallel(settings.format, tree, found.files, { keep: { keepPositions }, ...options })
  const documents = found.files.map(file => read.get(file)!)
  const prodReadiness = settings.prodReadiness ? await readProdReadiness(tree, entries) : undefined
  return { tree, documents, symlinks: found.symlinks, index: new RepositoryIndex(documents), prodReadiness, schemaValid }
}

export interface CheckResult {
  /** The index.md comparison, when the repository keeps an index. */
  index?: IndexCheck
  /** The KEPs that were validated (all of them, or the targets). */
  checked: string[]
  diagnostics: Diagnostic[]
  repository: Repository
}

/**
 * Validates the targets (every KEP when none are given) against the whole repository:
 * cross-KEP rules look at all KEPs even when only a few are reported on.
 */
export function checkRepository(settings: Settings, repository: Repository, targets?: ReadonlySet<string>): CheckResult {
  const context = checkContext(settings, repository)
  const inScope = (file: string): boolean => targets === undefined || targets.has(file)
  const diagnostics: Diagnostic[] = []
  const checked: string[] = []
  for (const doc of repository.documents) {
    if (!inScope(doc.file)) continue
    checked.push(doc.file)
    diagnostics.push(...validateDocument(doc, settings, context, repository.schemaValid))
  }
  for (const link of repository.symlinks) {
    if (!inScope(link)) continue
    checked.push(link)
    diagnostics.push(
      diagnostic(link, FILE_START, 'file-symlink', 'this KEP is a symbolic link; links are never followed (they could point outside the repository): replace it with the file itself')
    )
  }
  for (const d of repository.prodReadiness?.diagnostics ?? []) if (inScope(d.file)) diagnostics.push(d)
  return { checked, diagnostics: applySeverity(diagnostics, settings.severity).sort(compareDiagnostics), repository }
}

export function checkContext(settings: Settings, repository: Repository): CheckContext {
  return {
    lifecycle: settings.lifecycle,
    repository: repository.index,
    prodReadiness: repository.prodReadiness?.approvals,
    knownSigs: settings.knownSigs
  }
}
