import { FILE_START, problem, type Problem } from '../core/diagnostic.js'
import type { MetadataBlock } from '../parse/metadata.js'
import { readYamlFile } from '../parse/readYaml.js'
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
    // An approval is a few lines: its positions are kept from this read, for the diagnostics and fixes
    // (handle-at, prod-readiness-schema) that would otherwise parse it again.
    const read = readYamlFile(path, content.toString('utf8'), { keepPositions: () => true })
    problems.push(...read.problems)
    if (!read.metadata) continue
    approvals.set(path, read.metadata.data)
    files.push({ path, metadata: read.metadata })
  }
  return { approvals, files, problems }
}
