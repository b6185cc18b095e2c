import { draftNumber, stringField } from '../../core/document.js'
import { spanAt } from '../../parse/metadata.js'
import { kepRule } from '../rule.js'

export const numberAssigned = kepRule({ id: 'number-assigned', description: 'A KEP in an approved state (Approved, Final, Replaced) has an assigned number, not draft-YYYYMMDD.' }, (doc, { lifecycle, repository }) => {
  const status = stringField(doc, 'status')
  const draft = draftNumber(doc)
  if (!doc.metadata || status === undefined || draft === undefined || !lifecycle.numbered.includes(status)) return []
  const next = (repository.numbers().at(-1) ?? 0) + 1
  return [
    {
      span: spanAt(doc.metadata, ['kep-number']),
      message: `kep-number is still "${draft}" but status ${status} needs an assigned number (states that do: ${lifecycle.numbered.join(', ')}); the next free number is ${next}`,
      expected: [String(next)]
    }
  ]
})
