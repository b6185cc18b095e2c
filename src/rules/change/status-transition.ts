import { allowedNext } from '../../core/lifecycle.js'
import { changeRule } from '../rule.js'
import { fieldSpan, statusOf } from '../support/versions.js'

export const statusTransition = changeRule(
  {
    id: 'status-transition',
    description: 'A status change follows an edge of the lifecycle.',
    rejects: 'status',
    examples: {
      ok: { before: 'status: Approved', after: 'status: Final' },
      notOk: { before: 'status: Approved', after: 'status: Draft' }
    }
  },
  ({ before, after }, { lifecycle }) => {
    const from = statusOf(before, lifecycle)
    const to = statusOf(after, lifecycle)
    if (!after || from === undefined || to === undefined || from === to) return []
    if ((lifecycle.transitions[from] ?? []).includes(to)) return []
    return [
      {
        span: fieldSpan(after, 'status'),
        message: `status changed from ${from} to ${to}, which the ${lifecycle.name} lifecycle does not allow: ${allowedNext(from, lifecycle.transitions[from] ?? [])}`,
        expected: lifecycle.transitions[from]
      }
    ]
  }
)
