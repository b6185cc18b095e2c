import { compareDiagnostics, diagnostic, FILE_START, type Diagnostic } from '../core/diagnostic.js'
import { isKepPath } from '../read/findKepFiles.js'
import { fieldsOf, stringField, type KepDocument } from '../core/document.js'
import { checkContext, checkRepository, type CheckResult, type Repository } from './repository.js'
import { applySeverity } from '../rules/severity.js'
import { loadParsersFor, readKep } from '../read/readKep.js'
import type { Settings } from '../config/settings.js'
import { checkTransition } from '../rules/change/transitions.js'
import type { KepChange } from '../rules/changeContext.js'
import type { Tree } from '../tree/tree.js'
import { basePath, headPath, type Change } from '../core/change.js'

/** What the pull request does to one KEP, for outputs and summaries. */
export interface KepChangeSummary {
  file: string
  kind: Change['kind']
  previousFile?: string
  from?: string
  to?: string
}

export interface ChangesResult extends CheckResult {
  keps: KepChangeSummary[]
}

function numberKey(doc: KepDocument | undefined): string | undefined {
  const number = doc && fieldsOf(doc)?.['kep-number']
  return typeof number === 'number' || typeof number === 'string' ? String(number) : undefined
}

/**
 * A KEP moved and edited enough that git sees a deletion and an addition is still one KEP:
 * the deleted and the added file that carry the same kep-number are paired as a rename.
 */
function pairMovedKeps(changes: KepChange[]): KepChange[] {
  const added = new Map<string, KepChange>()
  for (const change of changes) {
    const key = numberKey(change.after)
    if (change.change.kind === 'added' && key !== undefined) {
      if (added.has(key)) added.delete(key)
      else added.set(key, change)
    }
  }
  const paired = new Set<KepChange>()
  const result: KepChange[] = []
  for (const change of changes) {
    if (change.change.kind !== 'deleted') continue
    const partner = added.get(numberKey(change.before) ?? '')
    if (!partner || paired.has(partner)) continue
    paired.add(partner)
    paired.add(change)
    result.push({ change: { kind: 'renamed', path: partner.change.path, previousPath: change.change.path }, before: change.before, after: partner.after })
  }
  return [...changes.filter(change => !paired.has(change)), ...result].sort((a, b) => (a.change.path < b.change.path ? -1 : 1))
}

/**
 * Pull-request mode: the changed KEPs are validated against the whole head repository,
 * and each is compared with its base version. Unchanged KEPs are not validated again.
 */
export async function checkChanges(settings: Settings, head: Repository, changes: readonly Change[], base: Tree): Promise<ChangesResult> {
  const isKep = isKepPath(settings.layout)
  // A move out of the layout ends a KEP like a deletion; a move into it starts one.
  const relevant = changes
    .filter(change => isKep(change.path) || (change.previousPath !== undefined && isKep(change.previousPath)))
    .map((change): Change => {
      if (change.previousPath === undefined) return change
      if (!isKep(change.path)) return { kind: 'deleted', path: change.previousPath }
      if (!isKep(change.previousPath)) return { kind: 'added', path: change.path }
      return change
    })
  const baseContents = base.readFiles(relevant.map(basePath).filter((path): path is string => path !== undefined))
  // A base version may be in a form only remark reads, though no KEP of the head needed it.
  await loadParsersFor(baseContents.values())
  const headDocuments = new Map(head.documents.map(doc => [doc.file, doc]))
  const kepChanges = pairMovedKeps(
    relevant.map(change => {
      const before = basePath(change)
      const after = headPath(change)
      return {
        change,
        before: before === undefined ? undefined : readKep(before, baseContents.get(before)!, settings.format),
        after: after === undefined ? undefined : headDocuments.get(after)
      }
    })
  )

  const targets = new Set(kepChanges.map(change => headPath(change.change)).filter((path): path is string => path !== undefined))
  const result = checkRepository(settings, head, targets)
  const context = checkContext(settings, head)
  const diagnostics: Diagnostic[] = [...result.diagnostics]
  for (const change of kepChanges) diagnostics.push(...checkTransition(change, context))
  for (const change of kepChanges) {
    const path = basePath(change.change)
    const content = path === undefined ? undefined : baseContents.get(path)
    // Errors may come from another realm (a VM context): test for the buffer, not the Error class.
    if (content !== undefined && !Buffer.isBuffer(content)) {
      diagnostics.push(
        diagnostic(change.change.path, FILE_START, 'base-unreadable', `the base version of this KEP (${path}) could not be read, so its transition cannot be checked: ${content.message}`)
      )
    }
  }
  const keps = kepChanges.map(({ change, before, after }) => {
    const summary: KepChangeSummary = { file: change.path, kind: change.kind }
    if (change.previousPath !== undefined) summary.previousFile = change.previousPath
    const from = before && stringField(before, 'status')
    const to = after && stringField(after, 'status')
    if (from !== undefined) summary.from = from
    if (to !== undefined) summary.to = to
    return summary
  })
  return {
    ...result,
    checked: [...new Set([...result.checked, ...kepChanges.filter(c => c.change.kind === 'deleted').map(c => c.change.path)])].sort(),
    diagnostics: applySeverity(diagnostics, settings.severity).sort(compareDiagnostics),
    keps
  }
}
