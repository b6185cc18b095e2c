import { diagnostic, FILE_START, type Diagnostic } from '../core/diagnostic.js'
import { readYamlFile } from '../parse/yamlBlock.js'
import { loadPrecompiledProdReadiness } from '../schema/precompiled.js'
import { schemaFromPrecompiled } from '../schema/metadataSchema.js'
import { schemaDiagnostics } from '../schema/schemaDiagnostics.js'
import type { Tree, TreeEntry } from '../tree/tree.js'

const PRR_FILE = /^keps\/prod-readiness\/[^/]+\/[^/]+\.ya?ml$/

export interface ProdReadiness {
  /** Parsed approvals by path. */
  approvals: Map<string, unknown>
  /** Problems in the approval files themselves, at their lines. */
  diagnostics: Diagnostic[]
}


/** keps/prod-readiness/<sig>/<number>.yaml: read, validated, and kept for the prod-readiness rule. */
export async function readProdReadiness(tree: Tree, entries: readonly TreeEntry[]): Promise<ProdReadiness> {
  const schema = schemaFromPrecompiled(await loadPrecompiledProdReadiness())
  const paths = entries.filter(entry => entry.kind === 'file' && PRR_FILE.test(entry.path)).map(entry => entry.path)
  const approvals = new Map<string, unknown>()
  const diagnostics: Diagnostic[] = []
  for (const [path, content] of tree.readFiles(paths)) {
    if (!Buffer.isBuffer(content)) {
      diagnostics.push(diagnostic(path, FILE_START, 'file-unreadable', `cannot read this production readiness approval: ${content.message}`))
      continue
    }
    const text = content.toString('utf8')
    const read = readYamlFile(path, text)
    diagnostics.push(...read.diagnostics)
    if (!read.metadata) continue
    approvals.set(path, read.metadata.data)
    diagnostics.push(...schemaDiagnostics(path, read.metadata, schema).map(d => ({ ...d, rule: d.rule.replace(/^schema\//, 'prod-readiness-schema/') })))
    const number = (read.metadata.data as Record<string, unknown>)['kep-number']
    const fileNumber = /\/(\d+)\.ya?ml$/.exec(path)?.[1]
    if (fileNumber !== undefined && (typeof number === 'number' || typeof number === 'string') && String(number) !== fileNumber) {
      diagnostics.push(diagnostic(path, FILE_START, 'prod-readiness-schema/kep-number', `this approval is ${fileNumber}.yaml but says kep-number ${String(number)}; the file name is the KEP's number — make them agree`, { expected: [fileNumber] }))
    }
  }
  return { approvals, diagnostics }
}
