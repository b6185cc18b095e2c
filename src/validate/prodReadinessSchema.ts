import { FILE_START, fixOf, type Problem } from '../core/diagnostic.js'
import { approversWithoutAt, type ProdReadiness } from '../read/prodReadiness.js'
import { schemaFromPrecompiled } from '../schema/metadataSchema.js'
import { loadPrecompiledProdReadiness } from '../schema/precompiled.js'
import { schemaReports } from '../schema/schemaReports.js'
import { spanAt } from '../parse/metadata.js'
import { replaceScalar } from '../edit/metadataEditor.js'
import { handleAtMessage } from '../rules/kep/handle-at.js'

const RULE = 'prod-readiness-schema'

/** Approval files against their schema, and each file's name against the number it says; the schema loads only for files to check. */
export async function prodReadinessSchemaProblems(files: ProdReadiness['files']): Promise<Problem[]> {
  if (files.length === 0) return []
  const schema = schemaFromPrecompiled(await loadPrecompiledProdReadiness())
  const problems: Problem[] = []
  for (const { path, metadata } of files) {
    for (const report of schemaReports(metadata, schema)) problems.push({ ...report, file: path, rule: RULE })
    const data = metadata.data as Record<string, unknown>
    // An approver without @ is the same person to kubernetes/enhancements' tooling: handle-at's warning, not a schema error.
    for (const { stage, approver } of approversWithoutAt(data)) {
      const fix = fixOf('safe', replaceScalar(metadata, [stage, 'approver'], `@${approver}`))
      problems.push({ file: path, rule: 'handle-at', span: spanAt(metadata, [stage, 'approver']), message: handleAtMessage(`${stage}.approver`, approver), expected: [`@${approver}`], ...(fix ? { fix } : {}) })
    }
    const number = data['kep-number']
    const fileNumber = /\/(\d+)\.ya?ml$/.exec(path)?.[1]
    if (fileNumber !== undefined && (typeof number === 'number' || typeof number === 'string') && String(number) !== fileNumber) {
      problems.push({
        file: path,
        rule: RULE,
        topic: 'kep-number',
        span: FILE_START,
        message: `this approval is ${fileNumber}.yaml but says kep-number ${String(number)}; the file name is the KEP's number — make them agree`,
        expected: [fileNumber]
      })
    }
  }
  return problems
}
