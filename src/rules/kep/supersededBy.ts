import { diagnostic } from '../../core/diagnostic.js'
import { fieldsOf, stringField } from '../../core/document.js'
import { spanAt } from '../../parse/yamlBlock.js'
import type { Check } from '../context.js'

export const supersededByRequired: Check = {
  rule: 'superseded-by-required',
  description: 'A Replaced KEP names the KEPs that supersede it in superseded-by.',
  run(doc, { lifecycle }) {
    const status = stringField(doc, 'status')
    if (!doc.metadata || status === undefined || !lifecycle.superseded.includes(status)) return []
    const supersededBy = fieldsOf(doc)?.['superseded-by']
    if (Array.isArray(supersededBy) && supersededBy.length > 0) return []
    return [
      diagnostic(doc.file, spanAt(doc.metadata, ['status']), 'superseded-by-required', `status is ${status} but superseded-by ${supersededBy === undefined ? 'is missing' : 'is empty'}; list the KEPs that replace this one in superseded-by`)
    ]
  }
}
