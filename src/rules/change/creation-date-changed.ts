import { fixOf } from '../../core/diagnostic.js'
import { fieldsOf, stringField } from '../../core/document.js'
import { realDate, sameValue } from '../../core/values.js'
import { replaceScalar } from '../../edit/metadataEditor.js'
import { changeRule } from '../rule.js'
import { fieldSpan } from '../support/versions.js'

export const creationDateChanged = changeRule(
  {
    id: 'creation-date-changed',
    description: 'creation-date never changes — unless the base had no real date there (2023-14-05): changing that is its correction.',
    fixable: ['safe'],
    examples: {
      ok: { before: 'creation-date: 2024-01-15', after: 'creation-date: 2024-01-15\nlast-updated: 2024-03-01' },
      notOk: { before: 'creation-date: 2024-01-15', after: 'creation-date: 2024-02-01' }
    }
  },
  ({ before, after }) => {
    const written = before && stringField(before, 'creation-date')
    // The date the base meant, written as a valid one (2023-5-14 is 2023-05-14); none when it is no date: asking for it back, or writing it back, would make things worse.
    const was = written === undefined ? undefined : realDate(written.trim())
    if (!after || written === undefined || was === undefined) return []
    const now = fieldsOf(after)?.['creation-date']
    if (sameValue(now, written)) return []
    // Set back where it is written; a creation-date that is gone is not put back (where it went is the author's to say).
    const fix = after.metadata && now !== undefined ? fixOf('safe', replaceScalar(after.metadata, ['creation-date'], was)) : undefined
    return [
      {
        span: fieldSpan(after, 'creation-date'),
        message: `creation-date was ${was} and ${now === undefined ? 'is gone' : `changed to ${JSON.stringify(now)}`}; it records when the KEP was first proposed and never changes: set it back to ${was} (use last-updated for later changes)`,
        expected: [was],
        ...(fix ? { fix } : {})
      }
    ]
  }
)
