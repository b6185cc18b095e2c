import { assignedNumber, draftNumber } from '../../core/document.js'
import { preApprovalStates } from '../../core/lifecycle.js'
import { changeRule } from '../rule.js'
import { fieldSpan, statusOf } from '../support/versions.js'
import { KEP_43 } from '../support/exampleFiles.js'

export const numberNext = changeRule(
  {
    id: 'number-next',
    description: 'A draft-YYYYMMDD number that becomes a number becomes the next free one: numbers are sequential and dense.',
    severity: 'warning',
    examples: {
      ok: { before: 'kep-number: draft-20240115\nstatus: Draft', after: 'kep-number: 44\nstatus: Approved', others: { 'sig-node/0043-pod-priority.md': KEP_43 } },
      notOk: { before: 'kep-number: draft-20240115\nstatus: Draft', after: 'kep-number: 99\nstatus: Approved', others: { 'sig-node/0043-pod-priority.md': KEP_43 } }
    }
  },
  ({ before, after }, { repository, lifecycle }) => {
    const number = after && assignedNumber(after)
    if (!before || !after || draftNumber(before) === undefined || number === undefined) return []
    // A KEP before approval should have no number at all (number-assigned): which one is no question then.
    const to = statusOf(after, lifecycle)
    if (to !== undefined && preApprovalStates(lifecycle).includes(to)) return []
    const next = repository.nextFree(after)
    // A number this KEP shares with another is taken (number-unique says so), never free.
    if (number === next || repository.withNumber(number).some(doc => doc !== after)) return []
    return [
      {
        span: fieldSpan(after, 'kep-number'),
        message: `kep-number ${number} is free but not the next one: numbers are sequential and dense, and the next free number is ${next}`,
        expected: [String(next)]
      }
    ]
  }
)
