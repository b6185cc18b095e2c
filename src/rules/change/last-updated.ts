import { fixOf } from '../../core/diagnostic.js'
import { fieldsOf, stringField } from '../../core/document.js'
import { canonicalData } from '../../core/values.js'
import { spanAt } from '../../parse/metadata.js'
import { replaceScalar } from '../../edit/metadataEditor.js'
import { changeRule } from '../rule.js'

/** The UTC date of the run, as yyyy-mm-dd. */
export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10)
}

/**
 * KEP-1: last-updated is "the date the KEP last changed significantly", and a change of its
 * metadata (a status, a milestone, an approver) is one. A KEP without last-updated is left to
 * the fields' own rules; a change of the body alone is not judged: what is significant there
 * is for reviewers to say. Values are compared as they are meant (core/values.ts): a value
 * re-quoted (`4960` → `"4960"`) or re-spelled (`2024-1-5` → `2024-01-05`) is no edit.
 */
export const lastUpdated = changeRule(
  {
    id: 'last-updated',
    description: "When a change edits a KEP's metadata, it updates last-updated to the day of the change, as KEP-1 asks of a significant change.",
    severity: 'warning',
    fixable: ['safe'],
    examples: {
      ok: { before: 'last-updated: 2024-02-01\nstatus: Approved', after: 'last-updated: 2024-03-01\nstatus: Final' },
      notOk: { before: 'last-updated: 2024-02-01\nstatus: Approved', after: 'last-updated: 2024-02-01\nstatus: Final' }
    }
  },
  ({ before, after }, { today }) => {
    const was = before && fieldsOf(before)
    const now = after && fieldsOf(after)
    if (!was || !now || !after?.metadata) return []
    const updated = stringField(after, 'last-updated')
    if (updated === undefined || updated !== was['last-updated']) return []
    const changed = [...new Set([...Object.keys(was), ...Object.keys(now)])].filter(key => key !== 'last-updated' && canonicalData(was[key]) !== canonicalData(now[key]))
    const date = today ?? todayUtc()
    if (changed.length === 0 || updated >= date) return []
    const fix = fixOf('safe', replaceScalar(after.metadata, ['last-updated'], date))
    return [
      {
        span: spanAt(after.metadata, ['last-updated']),
        message: `this change edits ${changed.join(', ')} but last-updated is still ${updated}; set it to ${date}, the day of the change`,
        expected: [date],
        ...(fix ? { fix } : {})
      }
    ]
  }
)
