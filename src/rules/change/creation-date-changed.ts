import { fieldsOf, stringField } from '../../core/document.js'
import { sameValue } from '../../core/values.js'
import { replaceScalar } from '../../parse/yamlEdits.js'
import { changeRule } from '../rule.js'
import { fieldSpan } from './versions.js'

export const creationDateChanged = changeRule({ id: 'creation-date-changed', description: 'creation-date never changes.', fixable: true }, ({ before, after }) => {
  const was = before && stringField(before, 'creation-date')
  if (!after || was === undefined) return []
  const now = fieldsOf(after)?.['creation-date']
  if (sameValue(now, was)) return []
  // Set back where it is written; a creation-date that is gone is not put back (where it went is the author's to say).
  const fix = after.metadata && now !== undefined ? replaceScalar(after.metadata, ['creation-date'], was) : undefined
  return [
    {
      span: fieldSpan(after, 'creation-date'),
      message: `creation-date was ${was} and ${now === undefined ? 'is gone' : `changed to ${JSON.stringify(now)}`}; it records when the KEP was first proposed and never changes: set it back to ${was} (use last-updated for later changes)`,
      expected: [was],
      ...(fix ? { fix: [fix] } : {})
    }
  ]
})
