import { assignedNumber, draftNumber } from '../../core/document.js'
import { changeRule } from '../rule.js'
import { fieldSpan } from './versions.js'

export const numberNext = changeRule(
  {
    id: 'number-next',
    description: 'A draft-YYYYMMDD number that becomes a number becomes the next free one: numbers are sequential and dense.',
    severity: 'warning'
  },
  ({ before, after }, { repository }) => {
    const number = after && assignedNumber(after)
    if (!before || !after || draftNumber(before) === undefined || number === undefined) return []
    const others = repository.numbers().filter(n => !repository.withNumber(n).includes(after))
    const next = (others.at(-1) ?? 0) + 1
    if (number === next || others.includes(number)) return []
    return [
      {
        span: fieldSpan(after, 'kep-number'),
        message: `kep-number ${number} is free but not the next one: numbers are sequential and dense, and the next free number is ${next}`,
        expected: [String(next)]
      }
    ]
  }
)
