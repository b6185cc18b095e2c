import { fieldsOf, stringField } from '../../core/document.js'
import { spanAt } from '../../parse/metadata.js'
import { kepRule } from '../rule.js'

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
  }
)
