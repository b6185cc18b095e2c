import { assignedNumber, assignedNumberIn, draftNumber, draftNumberIn, stringField } from '../../core/document.js'
import { preApprovalStates, type Lifecycle } from '../../core/lifecycle.js'
import { spanAt } from '../../parse/metadata.js'
import { fieldsValid } from '../invalidFields.js'
import { kepRule } from '../rule.js'

/** Whether metadata's number and status disagree (the rule's finding), told from the data as read. */
function numberDisagrees(data: unknown, lifecycle: Lifecycle): boolean {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false
  const fields = data as Record<string, unknown>
  const status = fields.status
  if (typeof status !== 'string') return false
  if (draftNumberIn(fields) !== undefined && lifecycle.numbered.includes(status)) return true
  return assignedNumberIn(fields) !== undefined && preApprovalStates(lifecycle).includes(status)
}

export const numberAssigned = kepRule(
  {
    id: 'number-assigned',
    description:
      'A KEP in an approved state (Approved, Final, Replaced) has an assigned number, not draft-YYYYMMDD; a KEP in a state reached only before approval (Draft, Deferred, Rejected) has a draft-YYYYMMDD one, whether it is new or changed.',
    examples: {
      ok: { kep: 'kep-number: 42\nstatus: Approved' },
      notOk: { kep: 'kep-number: draft-20240115\nstatus: Approved' }
    }
  },
  (doc, context) => {
    const { lifecycle, repository } = context
    const status = stringField(doc, 'status')
    if (!doc.metadata || status === undefined) return []
    const draft = draftNumber(doc)
    if (draft !== undefined && lifecycle.numbered.includes(status)) {
      const next = (repository.numbers().at(-1) ?? 0) + 1
      return [
        {
          span: spanAt(doc.metadata, ['kep-number']),
          message: `kep-number is still "${draft}" but status ${status} needs an assigned number (states that do: ${lifecycle.numbered.join(', ')}); the next free number is ${next}`,
          expected: [String(next)],
          dependsOn: ['status']
        }
      ]
    }
    const number = assignedNumber(doc)
    const before = preApprovalStates(lifecycle)
    if (number === undefined || !before.includes(status)) return []
    // The draft number carries creation-date, when creation-date is a valid date to carry.
    const created = fieldsValid(doc, context, 'creation-date') ? stringField(doc, 'creation-date') : undefined
    const suggestion = created !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(created) ? `draft-${created.replaceAll('-', '')}` : undefined
    return [
      {
        span: spanAt(doc.metadata, ['kep-number']),
        message: `kep-number is ${number} but status ${status} comes before approval (${before.join(', ')}), when the number is draft-YYYYMMDD until the change to ${lifecycle.numberAssignedOn ?? lifecycle.numbered[0]} assigns one; ${suggestion ? `write "${suggestion}"` : 'write draft- and the creation date as YYYYMMDD'}`,
        expected: suggestion ? [suggestion] : undefined,
        dependsOn: ['status']
      }
    ]
  },
  // Its finding is written at kep-number: a KEP whose number and status disagree keeps its positions from the first read.
  () => ({ keepsPositions: ({ data }, { lifecycle }) => numberDisagrees(data, lifecycle) })
)
