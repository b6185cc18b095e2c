import { stringField } from '../../core/document.js'
import { spanAt } from '../../parse/metadata.js'
import { fieldsValid } from '../invalidFields.js'
import { kepRule } from '../rule.js'

const DATE = /^\d{4}-\d{2}-\d{2}$/

export const dateOrder = kepRule(
  {
    id: 'date-order',
    description: 'last-updated is not before creation-date (when both are valid dates).',
    examples: {
      ok: { kep: 'creation-date: 2024-01-15\nlast-updated: 2024-03-01' },
      notOk: { kep: 'creation-date: 2024-01-15\nlast-updated: 2023-12-01' }
    }
  },
  (doc, context) => {
    const created = stringField(doc, 'creation-date')
    const updated = stringField(doc, 'last-updated')
    if (!doc.metadata || !created || !updated || !DATE.test(created) || !DATE.test(updated) || !fieldsValid(doc, context, 'creation-date', 'last-updated')) return []
    // yyyy-mm-dd strings order as the dates do.
    if (updated >= created) return []
    return [
      {
        span: spanAt(doc.metadata, ['last-updated']),
        message: `last-updated ${updated} is before creation-date ${created}; a KEP cannot change before it exists — use a date on or after ${created}`,
        expected: [created]
      }
    ]
  }
)
