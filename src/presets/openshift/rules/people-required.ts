import type { Finding } from '../../../core/diagnostic.js'
import { fieldsOf } from '../../../core/document.js'
import { spanAt } from '../../../parse/metadata.js'
import { fieldsValid } from '../../../rules/invalidFields.js'
import { kepRule } from '../../../rules/rule.js'
import { listedStrings, METADATA_LINT, notNew } from './upstream.js'

/** tools/enhancements/metadata.go, Validate: "No TBD in required people fields", in its order. */
const PEOPLE = ['authors', 'reviewers', 'approvers', 'api-approvers'] as const

function hint(field: string): string {
  return field === 'api-approvers' ? 'a GitHub handle such as "@janedoe", or None when the enhancement changes no API' : 'a GitHub handle such as "@janedoe"'
}

/**
 * Each of authors, reviewers, approvers and api-approvers has at least one entry that is
 * neither TBD nor empty, and none that is: `valid < 1` and each TBD or "" is an error there.
 */
export const peopleRequired = kepRule(
  {
    id: 'people-required',
    description:
      "authors, reviewers, approvers and api-approvers each name at least one person (api-approvers may say None), and no entry is TBD or empty (OpenShift's metadata-lint; an error on an enhancement a change adds, a warning on any other).",
    topics: true,
    examples: {
      ok: { kep: 'api-approvers:\n  - None   # the enhancement changes no API' },
      notOk: { kep: 'api-approvers:\n  - TBD' }
    }
  },
  (doc, context) => {
    const metadata = doc.metadata
    const fields = fieldsOf(doc)
    if (!metadata || !fields) return []
    const relaxed = notNew(doc, context)
    const reports: Finding[] = []
    for (const field of PEOPLE) {
      // A single name not in a list is the schema's error: OpenShift's reader fails on it.
      if (!fieldsValid(doc, context, field)) continue
      const value = fields[field]
      const before = reports.length
      let valid = 0
      listedStrings(metadata, field, value).forEach(({ index, text: person }) => {
        if (person !== 'TBD' && person !== '') {
          valid++
          return
        }
        const what = person === 'TBD' ? 'is TBD' : 'is empty'
        reports.push({ span: spanAt(metadata, [field, index]), message: `${field}[${index}] ${what}; ${METADATA_LINT} requires ${hint(field)} — name the person`, topic: field, relaxed })
      })
      if (valid > 0 || reports.length > before) continue
      const span = value === undefined ? metadata.block : spanAt(metadata, [field], 'key')
      reports.push({ span, message: `${value === undefined ? `the metadata has no ${field}` : `${field} is empty`}; ${METADATA_LINT} requires at least one: ${hint(field)}`, topic: field, relaxed })
    }
    return reports
  }
)
