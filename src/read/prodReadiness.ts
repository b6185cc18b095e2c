import { FILE_START, problem, type Problem } from '../core/diagnostic.js'
import type { MetadataBlock } from '../parse/metadata.js'
import { readYamlFile } from '../parse/readYaml.js'
import { GITHUB_HANDLE } from '../core/values.js'
import type { Tree, TreeEntry } from '../tree/tree.js'

const PRR_FILE = /^keps\/prod-readiness\/[^/]+\/[^/]+\.ya?ml$/

/** keps/prod-readiness/<sig>/<file>.yaml: a production readiness approval. */
export function isProdReadinessPath(path: string): boolean {
  return PRR_FILE.test(path)
}

export interface ProdReadiness {
  /** Parsed approvals by path. */
  approvals: Map<string, unknown>
  /** The approval files that could be read, for their own schema. */
  files: Array<{ path: string; metadata: MetadataBlock }>
  /** What reading them found. */
  problems: Problem[]
}

/** The stages of an approval whose approver is a GitHub handle written without @ (handle-at's finding), with that handle. */
export function approversWithoutAt(data: unknown): Array<{ stage: string; approver: string }> {
  const found: Array<{ stage: string; approver: string }> = []
  if (typeof data !== 'object' || data === null) return found
  for (const [stage, approval] of Object.entries(data)) {
    const approver = (approval as { approver?: unknown } | null)?.approver
    if (typeof approver === 'string' && GITHUB_HANDLE.test(approver)) found.push({ stage, approver })
  }
  return found
}

/** keps/prod-readiness/<sig>/<number>.yaml: read and kept for the prod-readiness rule. */
export function readProdReadiness(tree: Tree, entries: readonly TreeEntry[]): ProdReadiness {
  const paths = entries.filter(entry => entry.kind === 'file' && PRR_FILE.test(entry.path)).map(entry => entry.path)
  const approvals = new Map<string, unknown>()
  const files: ProdReadiness['files'] = []
  const problems: Problem[] = []
  for (const [path, content] of tree.readFiles(paths)) {
    if (!Buffer.isBuffer(content)) {
      problems.push(problem(path, FILE_START, 'file-unreadable', `cannot read this production readiness approval: ${content.message}`))
      continue
    }
    // An approval whose approver lacks @ will have handle-at's finding and fix: it keeps its positions from this read.
    const read = readYamlFile(path, content.toString('utf8'), { keepPositions: data => approversWithoutAt(data).length > 0 })
    problems.push(...read.problems)
    if (!read.metadata) continue
    approvals.set(path, read.metadata.data)
    files.push({ path, metadata: read.metadata })
  }
  return { approvals, files, problems }
}
