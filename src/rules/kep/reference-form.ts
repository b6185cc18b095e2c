import { fixOf, type Finding } from '../../core/diagnostic.js'
import { fieldsOf } from '../../core/document.js'
import { folderOf } from '../../core/dataFile.js'
import { spanAt } from '../../parse/metadata.js'
import { replaceScalar } from '../../edit/metadataEditor.js'
import { kepRule } from '../rule.js'
import { REFERENCE_FIELDS, type ReferenceExistsOptions } from './reference-exists.js'
import { KEP_43 } from '../support/exampleFiles.js'

/**
 * `replaces: ["6090"]` names KEP 6090 as clearly as KEP-6090 does (reference-exists resolves it);
 * the template writes a KEP's path, so the bare number is a convention missed, not wrong data.
 */
export const referenceForm = kepRule<ReferenceExistsOptions>(
  {
    id: 'reference-form',
    description: 'A KEP named in see-also, replaces or superseded-by is written KEP-1539 (or as its path, /keps/sig-node/1539-hugepages, where the preset allows), not as a bare number.',
    severity: 'warning',
    fixable: ['safe'],
    examples: {
      ok: { kep: 'see-also:\n  - KEP-43', others: { 'sig-node/0043-pod-priority.md': KEP_43 } },
      notOk: { kep: 'see-also:\n  - 43', others: { 'sig-node/0043-pod-priority.md': KEP_43 } }
    }
  },
  (doc, { repository, options }) => {
    const metadata = doc.metadata
    const fields = fieldsOf(doc)
    if (!metadata || !fields) return []
    const reports: Finding[] = []
    for (const field of REFERENCE_FIELDS) {
      const list = fields[field]
      if (!Array.isArray(list)) continue
      list.forEach((item, index) => {
        // "6090" as kubernetes' kep.yaml files quote it, or 7 as YAML reads an unquoted number.
        const bare = typeof item === 'number' ? (Number.isInteger(item) && item > 0 ? String(item) : undefined) : typeof item === 'string' && /^[1-9]\d*$/.test(item) ? item : undefined
        if (bare === undefined) return
        const named = repository.withNumber(Number(bare))
        // Where references may be paths (kubernetes), the path of the KEP it names is what the template writes.
        const path = options.paths && named.length > 0 ? `/${folderOf(named[0].file)}` : undefined
        const expected = path ? [path, `KEP-${bare}`] : [`KEP-${bare}`]
        // The fix writes the first of them; with two KEPs of the number, which is meant is not known.
        const fix = named.length < 2 ? fixOf('safe', replaceScalar(metadata, [field, index], expected[0])) : undefined
        reports.push({
          span: spanAt(metadata, [field, index]),
          message: `${field}[${index}] is the bare number "${bare}"; name the KEP as the template does: ${expected.map(e => `"${e}"`).join(' or ')}`,
          expected,
          ...(fix ? { fix } : {})
        })
      })
    }
    return reports
  }
)
