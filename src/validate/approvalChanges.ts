import { basePath, headPath, type Change } from '../core/change.js'
import type { Problem } from '../core/diagnostic.js'
import { isProdReadinessPath, readProdReadiness } from '../read/prodReadiness.js'
import type { Tree } from '../tree/tree.js'
import { prodReadinessSchemaProblems } from './prodReadinessSchema.js'
import type { Repository } from './readRepository.js'

/** What a pull request does to production readiness approvals (keps/prod-readiness/<sig>/<number>.yaml). */
export interface ApprovalChanges {
  /** Approval files the changes leave at the head: their own problems are the pull request's to judge. */
  files: Set<string>
  /** The KEPs the changed approvals are about: checked again, since their approval changed under them. */
  keps: Set<string>
  /** The changed approval files of each of those KEPs. */
  approvalsOf: Map<string, string[]>
  /** Every approval as the base had it. */
  baseApprovals: Map<string, unknown>
  /** What the changed files' base versions had wrong, to tell the problems the pull request brought. */
  baseProblems: Problem[]
}

/** The KEP number an approval's file is named with (keps/prod-readiness/<sig>/<number>.yaml). */
export function approvalNumberOf(path: string): number | undefined {
  const match = /\/([1-9]\d*)\.ya?ml$/.exec(path)
  return match ? Number(match[1]) : undefined
}

/**
 * A pull request that deletes or breaks an approval passes today and turns main red at the next
 * audit: the approvals it changes are read at both versions, and the KEPs they approve are
 * checked again, as the base approvals had them and as the head's do.
 */
export async function readApprovalChanges(head: Repository, changes: readonly Change[], base: Tree): Promise<ApprovalChanges | undefined> {
  if (!head.prodReadiness) return undefined
  const changed = changes.filter(change => isProdReadinessPath(change.path) || (change.previousPath !== undefined && isProdReadinessPath(change.previousPath)))
  if (changed.length === 0) return undefined
  const files = new Set(changed.map(headPath).filter((path): path is string => path !== undefined && isProdReadinessPath(path)))
  const basePaths = changed.map(basePath).filter((path): path is string => path !== undefined && isProdReadinessPath(path))
  const atBase = readProdReadiness(
    base,
    basePaths.map(path => ({ path, kind: 'file' }))
  )
  const baseApprovals = new Map(head.prodReadiness.approvals)
  for (const path of files) baseApprovals.delete(path)
  for (const [path, approval] of atBase.approvals) baseApprovals.set(path, approval)
  const keps = new Set<string>()
  const approvalsOf = new Map<string, string[]>()
  for (const path of new Set([...files, ...basePaths])) {
    const number = approvalNumberOf(path)
    if (number === undefined) continue
    for (const doc of head.index.withNumber(number)) {
      keps.add(doc.file)
      approvalsOf.set(doc.file, [...(approvalsOf.get(doc.file) ?? []), path])
    }
  }
  return { files, keps, approvalsOf, baseApprovals, baseProblems: [...atBase.problems, ...(await prodReadinessSchemaProblems(atBase.files))] }
}
