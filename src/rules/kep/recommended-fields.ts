import { fieldsOf } from '../../core/document.js'
import { spanAt } from '../../parse/metadata.js'
import { fieldsValid } from '../invalidFields.js'
import { kepRule } from '../rule.js'

export interface RecommendedFieldsOptions {
  /** Fields the template asks for that the project's own validator does not require. */
  fields: readonly string[]
}

/**
 * kubernetes/enhancements' validator requires only title, kep-number, authors, owning-sig,
 * approvers and status (api/proposal.go); its template also asks for these. A KEP without them
 * is incomplete, not wrong.
 */
/** Written but empty (null or []): the finding is at the key. A field not written at all is reported on the whole block. */
function writtenEmpty(value: unknown): boolean {
  return value === null || (Array.isArray(value) && value.length === 0)
}

export const recommendedFields = kepRule<RecommendedFieldsOptions>(
  {
    id: 'recommended-fields',
    description: "The metadata has the fields the template asks for beyond what the project's validator requires (kubernetes: reviewers, creation-date, and approvers not empty).",
    severity: 'warning',
    examples: {
      ok: { kep: 'approvers:\n  - "@approver"' },
      notOk: { kep: 'approvers: []' }
    }
  },
  (doc, context) => {
    const { options } = context
    const metadata = doc.metadata
    const fields = fieldsOf(doc)
    if (!metadata || !fields) return []
    return (
      options.fields
        // A field the schema requires (approvers) and finds missing is the schema's error; only its empty list is a convention missed.
        .filter(field => (fields[field] === undefined || writtenEmpty(fields[field])) && fieldsValid(doc, context, field))
        .map(field =>
          fields[field] === undefined
            ? { span: metadata.block, message: `the metadata has no "${field}"; kubernetes/enhancements' validator does not require it, but the template asks for it — add it` }
            : { span: spanAt(metadata, [field], 'key'), message: `${field} is empty; kubernetes/enhancements' validator accepts that, but the template asks for ${field} — fill it in` }
        )
    )
  },
  // A field written empty is reported at its key: such metadata keeps its positions from the first read.
  options => ({
    keepsPositions: ({ fields }) => fields !== undefined && options.fields.some(field => writtenEmpty(fields[field]))
  })
)
