import { draftNumber, stringField } from '../../core/document.js'
import { spanAt } from '../../parse/metadata.js'
import { fieldsValid } from '../invalidFields.js'
import { kepRule } from '../rule.js'
import { DRAFT_FILE } from '../support/exampleFiles.js'

function isRealDate(yyyy: number, mm: number, dd: number): boolean {
  // setUTCFullYear, not Date.UTC: Date.UTC reads the years 0-99 as 1900-1999.
  const date = new Date(0)
  date.setUTCFullYear(yyyy, mm - 1, dd)
  return date.getUTCFullYear() === yyyy && date.getUTCMonth() === mm - 1 && date.getUTCDate() === dd
}

export const draftDate = kepRule(
  {
    id: 'draft-date',
    description: 'The date in draft-YYYYMMDD is a real date and equals creation-date (when creation-date is itself valid).',
    examples: {
      ok: { file: DRAFT_FILE, kep: 'kep-number: draft-20240115\ncreation-date: 2024-01-15\nstatus: Draft' },
      notOk: { file: DRAFT_FILE, kep: 'kep-number: draft-20240116\ncreation-date: 2024-01-15\nstatus: Draft' }
    }
  },
  (doc, context) => {
    const draft = draftNumber(doc)
    if (!doc.metadata || draft === undefined) return []
    const digits = draft.slice('draft-'.length)
    const [yyyy, mm, dd] = [digits.slice(0, 4), digits.slice(4, 6), digits.slice(6, 8)].map(Number)
    // A creation-date the schema rejects (2026-13-45) is no date to compare with, nor to suggest.
    const created = fieldsValid(doc, context, 'creation-date') ? stringField(doc, 'creation-date') : undefined
    const createdDigits = created && /^\d{4}-\d{2}-\d{2}$/.test(created) ? created.replaceAll('-', '') : undefined
    // Positions cost a second parse: work one out only for a report.
    const metadata = doc.metadata
    const span = () => spanAt(metadata, ['kep-number'])
    if (!isRealDate(yyyy, mm, dd)) {
      return [
        {
          span: span(),
          message: `kep-number "${draft}" does not hold a real date (YYYYMMDD)${createdDigits ? `; with creation-date ${created} it is draft-${createdDigits}` : ''}`,
          expected: createdDigits ? [`draft-${createdDigits}`] : undefined
        }
      ]
    }
    if (createdDigits && createdDigits !== digits) {
      return [
        {
          span: span(),
          message: `kep-number "${draft}" does not match creation-date ${created}: the draft number carries the date the KEP was created; did you mean "draft-${createdDigits}"?`,
          expected: [`draft-${createdDigits}`]
        }
      ]
    }
    return []
  }
)
