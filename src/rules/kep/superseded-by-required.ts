import { fieldsOf, stringField } from '../../core/document.js'
import { spanAt } from '../../parse/metadata.js'
import { kepRule } from '../rule.js'

/** Whether a KEP's status is a superseded one without a list of the KEPs that replace it (the rule's finding), told from the data as read. */
function lacksSuccessors(data: unknown, superseded: readonly string[]): boolean {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false
  const { status, 'superseded-by': supersededBy } = data as Record<string, unknown>
  return typeof status === 'string' && superseded.includes(status) && !(Array.isArray(supersededBy) && supersededBy.length > 0)
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
    const status = stringField(doc, 'status')
    if (!doc.metadata || status === undefined || !lifecycle.superseded.includes(status)) return []
    const supersededBy = fieldsOf(doc)?.['superseded-by']
    if (Array.isArray(supersededBy) && supersededBy.length > 0) return []
    return [
      {
        span: spanAt(doc.metadata, ['status']),
        message: `status is ${status} but superseded-by ${supersededBy === undefined ? 'is missing' : supersededBy === null || Array.isArray(supersededBy) ? 'is empty' : `is not a list (it is ${JSON.stringify(supersededBy)})`}; list the KEPs that replace this one in superseded-by`,
        dependsOn: ['status']
      }
    ]
  },
  // Its finding is written at status: such a KEP keeps its positions from the first read.
  () => ({ keepsPositions: ({ data }, { lifecycle }) => lacksSuccessors(data, lifecycle.superseded) })
)
