import type { Finding } from '../../../core/diagnostic.js'
import { fieldsOf } from '../../../core/document.js'
import { spanAt } from '../../../parse/metadata.js'
import { fieldsValid } from '../../../rules/invalidFields.js'
import { kepRule } from '../../../rules/rule.js'
import { parseGoUrl } from '../goUrl.js'
import { listedStrings, METADATA_LINT, notNew } from './upstream.js'

const EXAMPLE = 'https://issues.redhat.com/browse/OCPSTRAT-1234'

/**
 * tools/enhancements/metadata.go, Validate: "Must have one valid tracking link and no TBD" —
 * each entry that is TBD, empty, fails url.Parse or has no scheme is an error, and so is a list
 * with no entry that passes.
 */
export const trackingLink = kepRule(
  {
    id: 'tracking-link',
    description: "tracking-link lists at least one URL of the tracking ticket, and no entry that is TBD, empty or not a URL (OpenShift's metadata-lint; an error on an enhancement a change adds, a warning on any other).",
    examples: {
      ok: { kep: 'tracking-link:\n  - https://issues.redhat.com/browse/OCPSTRAT-1234' },
      notOk: { kep: 'tracking-link:\n  - TBD' }
    }
  },
  (doc, context) => {
    const metadata = doc.metadata
    const fields = fieldsOf(doc)
    // A single link not in a list is the schema's error: OpenShift's reader fails on it.
    if (!metadata || !fields || !fieldsValid(doc, context, 'tracking-link')) return []
    const relaxed = notNew(doc, context)
    const value = fields['tracking-link']
    const reports: Finding[] = []
    let valid = 0
    listedStrings(metadata, 'tracking-link', value).forEach(({ index, text: link }) => {
      const where = `tracking-link[${index}]`
      const report = (what: string): void => {
        reports.push({ span: spanAt(metadata, ['tracking-link', index]), message: `${where} ${what}; ${METADATA_LINT} requires the link to the tracking ticket (a Jira Feature or Epic), such as ${EXAMPLE}`, relaxed })
      }
      if (link === 'TBD') return report('is TBD')
      if (link === '') return report('is empty')
      const url = parseGoUrl(link)
      if ('error' in url) return report(`"${link}" is not a URL (${url.error})`)
      if (url.scheme === '') return report(`"${link}" is not a URL: it has no scheme such as https://`)
      valid++
    })
    if (valid === 0 && reports.length === 0) {
      const span = value === undefined ? metadata.block : spanAt(metadata, ['tracking-link'], 'key')
      reports.push({
        span,
        message: `${value === undefined ? 'the metadata has no tracking-link' : 'tracking-link is empty'}; ${METADATA_LINT} requires at least one link to the tracking ticket (a Jira Feature or Epic) — add one, such as ${EXAMPLE}`,
        relaxed
      })
    }
    return reports
  }
)
