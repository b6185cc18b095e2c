import { diagnostic } from '../../core/diagnostic.js'
import { stringField } from '../../core/document.js'
import { spanAt } from '../../parse/yamlBlock.js'
import type { Check } from '../context.js'

const DATE = /^\d{4}-\d{2}-\d{2}$/

export const dateOrder: Check = {
  rule: 'date-order',
  description: 'last-updated is not before creation-date.',
  run(doc) {
    const created = stringField(doc, 'creation-date')
    const updated = stringField(doc, 'last-updated')
    if (!doc.metadata || !created || !updated || !DATE.test(created) || !DATE.test(updated)) return []
    // yyyy-mm-dd strings order as the dates do.
    if (updated >= created) return []
    return [
      diagnostic(doc.file, spanAt(doc.metadata, ['last-updated']), 'date-order', `last-updated ${updated} is before creation-date ${created}; a KEP cannot change before it exists — use a date on or after ${created}`, {
        expected: [created]
      })
    ]
  }
}
