import { diagnostic } from '../../core/diagnostic.js'
import { draftNumber, stringField } from '../../core/document.js'
import { spanAt } from '../../parse/yamlBlock.js'
import type { Check } from '../context.js'

export const numberAssigned: Check = {
  rule: 'number-assigned',
  description: 'A KEP in an approved state (Approved, Final, Replaced) has an assigned number, not draft-YYYYMMDD.',
  run(doc, { lifecycle, repository }) {
    const status = stringField(doc, 'status')
    const draft = draftNumber(doc)
    if (!doc.metadata || status === undefined || draft === undefined || !lifecycle.numbered.includes(status)) return []
    const numbers = repository.numbers()
    const next = (numbers.at(-1) ?? 0) + 1
    return [
      diagnostic(
        doc.file,
        spanAt(doc.metadata, ['kep-number']),
        'number-assigned',
        `kep-number is still "${draft}" but status ${status} needs an assigned number (states that do: ${lifecycle.numbered.join(', ')}); the next free number is ${next}`,
        { expected: [String(next)] }
      )
    ]
  }
}
