import { basePath, headPath, type Change } from '../core/change.js'
import { fieldsOf, stringField, type KepDocument } from '../core/document.js'
import type { Settings } from '../config/settings.js'
import { isKepPath } from '../read/findKepFiles.js'
import { readKep } from '../read/readKep.js'
import type { KepChange } from '../rules/rule.js'
import type { Tree } from '../tree/tree.js'
import type { Repository } from './readRepository.js'
import { readmeOnlyChanges } from './readmeChanges.js'

/** What the pull request does to one KEP, for outputs and summaries. */
export interface KepChangeSummary {
  file: string
  kind: Change['kind']
  previousFile?: string
  from?: string
  to?: string
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
    result.push({ change: { kind: 'renamed', path: partner.change.path, previousPath: change.change.path }, before: change.before, after: partner.after, baseError: change.baseError })
  }
  return [...changes.filter(change => !paired.has(change)), ...result].sort((a, b) => (a.change.path < b.change.path ? -1 : 1))
}

/**
 * The KEPs among the changed files, each with its base version (read from the base tree)
 * and its head version (already read with the head repository).
 */
export async function readKepChanges(settings: Settings, head: Repository, changes: readonly Change[], base: Tree): Promise<KepChange[]> {
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
  const headDocuments = new Map(head.documents.map(doc => [doc.file, doc]))
  relevant.push(...readmeOnlyChanges(settings.format, changes, relevant, isKep, path => headDocuments.has(path)))
  const baseContents = base.readFiles(relevant.map(basePath).filter((path): path is string => path !== undefined))
  const kepChanges: KepChange[] = []
  for (const change of relevant) {
    const before = basePath(change)
    const after = headPath(change)
    const content = before === undefined ? undefined : baseContents.get(before)!
    const kepChange: KepChange = {
      change,
      before: before === undefined ? undefined : await readKep(before, content!, settings.format, { outline: settings.outline }),
      after: after === undefined ? undefined : headDocuments.get(after)
    }
    // Errors may come from another realm (a VM context): test for the buffer, not the Error class.
    if (before !== undefined && content !== undefined && !Buffer.isBuffer(content)) kepChange.baseError = { path: before, message: content.message }
    kepChanges.push(kepChange)
  }
  return pairMovedKeps(kepChanges)
}

export function summarizeChange({ change, before, after }: KepChange): KepChangeSummary {
  const summary: KepChangeSummary = { file: change.path, kind: change.kind }
  if (change.previousPath !== undefined) summary.previousFile = change.previousPath
  const from = before && stringField(before, 'status')
  const to = after && stringField(after, 'status')
  if (from !== undefined) summary.from = from
  if (to !== undefined) summary.to = to
  return summary
}
