import { assignedNumber } from '../../core/document.js'
import { spanAt } from '../../parse/metadata.js'
import { kepRule } from '../rule.js'
import { KEP_43 } from '../support/exampleFiles.js'

export const numberUnique = kepRule(
  {
    id: 'number-unique',
    description: 'No two KEPs of the repository share an assigned kep-number.',
    examples: {
      ok: { kep: 'kep-number: 42', others: { 'sig-node/0043-pod-priority.md': KEP_43 } },
      notOk: { kep: 'kep-number: 42', others: { 'sig-node/0043-pod-priority.md': '---\nkep-number: 42\ntitle: Pod Priority\n…\n---\n' } }
    }
  },
  (doc, { repository }) => {
    const number = assignedNumber(doc)
    if (!doc.metadata || number === undefined) return []
    const others = repository.withNumber(number).filter(other => other !== doc)
    if (others.length === 0) return []
    const next = (repository.numbers().at(-1) ?? 0) + 1
    return [
      {
        span: spanAt(doc.metadata, ['kep-number']),
        message: `kep-number ${number} is also used by ${others.map(other => other.file).join(', ')}; every KEP needs its own number (the next free one is ${next})`,
        expected: [String(next)]
      }
    ]
  }
)
