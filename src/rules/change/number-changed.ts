import { assignedNumber, fieldsOf } from '../../core/document.js'
import { sameValue } from '../../core/values.js'
import { changeRule } from '../rule.js'
import { fieldSpan } from '../support/versions.js'

export const numberChanged = changeRule(
  {
    id: 'number-changed',
    description: 'An assigned kep-number never changes or disappears.',
    examples: {
      ok: { before: 'kep-number: 42', after: 'kep-number: 42\nlast-updated: 2024-03-01' },
      notOk: { before: 'kep-number: 42', after: 'kep-number: 43' }
    }
  },
  ({ before, after }) => {
    const was = before && assignedNumber(before)
    if (!after || was === undefined) return []
    const now = fieldsOf(after)?.['kep-number']
    // `4960` and `"4960"` are one number: only the value counts, not how it is quoted.
    if (sameValue(now, was)) return []
    const found = now === undefined ? 'is gone' : `changed to ${JSON.stringify(now)}`
    return [
      {
        span: fieldSpan(after, 'kep-number'),
        message: `kep-number was ${was} and ${found}; an assigned number never changes: set it back to ${was}`,
        expected: [String(was)]
      }
    ]
  }
)
