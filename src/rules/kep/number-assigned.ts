import { assignedNumberIn, draftNumberIn, fieldsOf, stringField } from '../../core/document.js'
import { preApprovalStates, type Lifecycle } from '../../core/lifecycle.js'
import { spanAt } from '../../parse/metadata.js'
import { fieldsValid } from '../invalidFields.js'
import { kepRule } from '../rule.js'

/** How a KEP's number and status disagree: a draft number in a state that needs an assigned one, or an assigned number in a state before approval. */
type Disagreement = { status: string; draft: string } | { status: string; number: number; before: string[] }

/** The rule's finding, told from metadata's fields: by the rule itself, and before it runs, by its forecast of positions. */
function disagreement(fields: Record<string, unknown> | undefined, lifecycle: Lifecycle): Disagreement | undefined {
  const status = fields?.status
  if (typeof status !== 'string') return undefined
  const draft = draftNumberIn(fields)
  if (draft !== undefined && lifecycle.numbered.includes(status)) return { status, draft }
  const number = assignedNumberIn(fields)
  if (number === undefined) return undefined
  const before = preApprovalStates(lifecycle)
  return before.includes(status) ? { status, number, before } : undefined
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
    const found = disagreement(fieldsOf(doc), lifecycle)
    if (!doc.metadata || !found) return []
    const { status } = found
    if ('draft' in found) {
      const next = (repository.numbers().at(-1) ?? 0) + 1
      return [
        {
          span: spanAt(doc.metadata, ['kep-number']),
          message: `kep-number is still "${found.draft}" but status ${status} needs an assigned number (states that do: ${lifecycle.numbered.join(', ')}); the next free number is ${next}`,
          expected: [String(next)],
          dependsOn: ['status']
        }
      ]
    }
    const { number, before } = found
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
  () => ({ keepsPositions: ({ fields }, { lifecycle }) => disagreement(fields, lifecycle) !== undefined })
)
