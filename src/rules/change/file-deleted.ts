import { FILE_START } from '../../core/diagnostic.js'
import { stringField } from '../../core/document.js'
import { changeRule } from '../rule.js'

export const fileDeleted = changeRule(
  {
    id: 'file-deleted',
    description: 'A KEP file is never deleted: its life ends in a state, not in removal.',
    examples: {
      ok: { before: 'status: Approved', after: 'status: Final' },
      notOk: { before: 'status: Approved' }
    }
  },
  ({ change, before }, { lifecycle }) => {
    if (change.kind !== 'deleted') return []
    const ends = Object.entries(lifecycle.transitions)
      .filter(([, next]) => next.length === 0)
      .map(([state]) => state)
    const status = before && stringField(before, 'status')
    // A KEP already in a final state has nothing to change to: it is only to be restored.
    const fix = status && ends.includes(status) ? `restore the file: ${status} is already a final state, where a KEP stays` : `restore the file and set its status to one of ${ends.join(', ')} instead`
    return [{ span: FILE_START, message: `this KEP${status ? ` (status ${status})` : ''} is deleted; a KEP is never removed — ${fix}` }]
  }
)
