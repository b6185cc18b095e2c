import { assignedNumber, draftNumber } from '../../core/document.js'
import { preApprovalStates } from '../../core/lifecycle.js'
import { changeRule } from '../rule.js'
import { fieldSpan, statusOf } from '../support/versions.js'

export const numberAssignment = changeRule(
  {
    id: 'number-assignment',
    description: 'A draft-YYYYMMDD number becomes a number only on the transition to the state that assigns numbers (Approved).',
    examples: {
      ok: { before: 'kep-number: draft-20240115\nstatus: Draft', after: 'kep-number: 42\nstatus: Approved' },
      notOk: { before: 'kep-number: draft-20240115\nstatus: Draft', after: 'kep-number: 42\nstatus: Withdrawn' }
    }
  },
  ({ before, after }, { lifecycle }) => {
    const draft = before && draftNumber(before)
    const number = after && assignedNumber(after)
    const on = lifecycle.numberAssignedOn
    if (!after || draft === undefined || number === undefined || on === undefined) return []
    const from = statusOf(before, lifecycle)
    const to = statusOf(after, lifecycle)
    // A status the lifecycle does not know is the schema's to report; here it is only named.
    const named = (status: string | undefined): string => status ?? 'a status the lifecycle does not know'
    if (to === on && from !== on) return []
    // A KEP left in a state before approval with a number is number-assigned's to report, new or changed alike.
    if (to !== undefined && preApprovalStates(lifecycle).includes(to)) return []
    return [
      {
        span: fieldSpan(after, 'kep-number'),
        message: `kep-number ${number} replaces ${draft} while status ${from === to ? `stays ${named(to)}` : `changes from ${named(from)} to ${named(to)}`}; a number is assigned only on the change to ${on} — keep ${draft} until then`,
        expected: [draft],
        dependsOn: ['status']
      }
    ]
  }
)
