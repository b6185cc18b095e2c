import { fieldsOf } from '../../core/document.js'
import { spanAt } from '../../parse/metadata.js'
import { kepRule } from '../rule.js'

/**
 * The superseded status of a KEP that lists none of the KEPs that replace it (the rule's
 * finding), told from metadata's fields: by the rule itself, and before it runs, by its
 * forecast of positions.
 */
function statusWithoutSuccessors(fields: Record<string, unknown> | undefined, superseded: readonly string[]): string | undefined {
  const status = fields?.status
  const supersededBy = fields?.['superseded-by']
  return typeof status === 'string' && superseded.includes(status) && !(Array.isArray(supersededBy) && supersededBy.length > 0) ? status : undefined
}

export const supersededByRequired = kepRule(
  {
    id: 'superseded-by-required',
    description: 'A Replaced KEP names the KEPs that supersede it in superseded-by.',
    examples: {
      ok: { kep: 'status: Replaced\nsuperseded-by:\n  - KEP-43', others: { 'sig-node/0043-pod-priority.md': '---\nkep-number: 43\ntitle: Pod Priority\nreplaces:\n  - KEP-42\n…\n---\n' } },
      notOk: { kep: 'status: Replaced' }
    }
  },
  (doc, { lifecycle }) => {
    const fields = fieldsOf(doc)
    const status = statusWithoutSuccessors(fields, lifecycle.superseded)
    if (!doc.metadata || status === undefined) return []
    const supersededBy = fields?.['superseded-by']
    return [
      {
        span: spanAt(doc.metadata, ['status']),
        message: `status is ${status} but superseded-by ${supersededBy === undefined ? 'is missing' : supersededBy === null || Array.isArray(supersededBy) ? 'is empty' : `is not a list (it is ${JSON.stringify(supersededBy)})`}; list the KEPs that replace this one in superseded-by`,
        dependsOn: ['status']
      }
    ]
  },
  // Its finding is written at status: such a KEP keeps its positions from the first read.
  () => ({ keepsPositions: ({ fields }, { lifecycle }) => statusWithoutSuccessors(fields, lifecycle.superseded) !== undefined })
)
