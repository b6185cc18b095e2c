import { changeRule } from '../rule.js'
import { fieldSpan, statusOf } from '../support/versions.js'
import { DRAFT_FILE } from '../support/exampleFiles.js'

export const initialStatus = changeRule(
  {
    id: 'initial-status',
    description: 'A new KEP starts in an initial state of the lifecycle.',
    rejects: 'status',
    examples: {
      ok: { file: DRAFT_FILE, after: 'kep-number: draft-20240115\nstatus: Draft' },
      notOk: { after: 'status: Final' }
    }
  },
  ({ change, after }, { lifecycle }) => {
    const to = statusOf(after, lifecycle)
    if (change.kind !== 'added' && change.kind !== 'copied') return []
    if (!after || to === undefined || lifecycle.initial.includes(to)) return []
    return [
      {
        span: fieldSpan(after, 'status'),
        message: `a new KEP starts as ${lifecycle.initial.join(' or ')}, not ${to}; set status to ${lifecycle.initial[0]} and change it in later pull requests`,
        expected: lifecycle.initial
      }
    ]
  }
)
