import { fieldsOf, stringField } from '../../core/document.js'
import { spanAt } from '../../parse/metadata.js'
import { fieldsValid } from '../invalidFields.js'
import { kepRule } from '../rule.js'

/**
 * KEP-1: superseded-by "should be paired with this KEP moving into the Replaced status". The
 * other direction (Replaced needs superseded-by) is superseded-by-required's; "should" makes
 * this one a warning.
 */
export const replacedStatus = kepRule(
  {
    id: 'replaced-status',
    description: 'A KEP that names superseded-by is in a superseded state (Replaced), as KEP-1 pairs them.',
    severity: 'warning',
    examples: {
      ok: { kep: 'status: Replaced\nsuperseded-by:\n  - KEP-43', others: { 'sig-node/0043-pod-priority.md': '---\nkep-number: 43\ntitle: Pod Priority\nreplaces:\n  - KEP-42\n…\n---\n' } },
      notOk: { kep: 'status: Approved\nsuperseded-by:\n  - KEP-43', others: { 'sig-node/0043-pod-priority.md': '---\nkep-number: 43\ntitle: Pod Priority\nreplaces:\n  - KEP-42\n…\n---\n' } }
    }
  },
  (doc, context) => {
    const { lifecycle } = context
    const status = stringField(doc, 'status')
    const supersededBy = fieldsOf(doc)?.['superseded-by']
    if (!doc.metadata || status === undefined || lifecycle.superseded.length === 0 || !lifecycle.states.includes(status) || lifecycle.superseded.includes(status)) return []
    // superseded-by: ["n/a"] names no KEP: the schema reports it, and it pairs with no status.
    if (!Array.isArray(supersededBy) || supersededBy.length === 0 || !fieldsValid(doc, context, 'superseded-by')) return []
    return [
      {
        span: spanAt(doc.metadata, ['superseded-by'], 'key'),
        message: `superseded-by names ${supersededBy.length === 1 ? 'a KEP' : `${supersededBy.length} KEPs`} but status is ${status}; KEP-1 pairs superseded-by with the move to ${lifecycle.superseded.join(' or ')} — change status, or remove superseded-by`,
        expected: lifecycle.superseded,
        dependsOn: ['status']
      }
    ]
  }
)
