import { fixOf, type Finding } from '../../core/diagnostic.js'
import { assignedNumber, kepReferences, type KepDocument } from '../../core/document.js'
import { spanAt } from '../../parse/metadata.js'
import { appendListItem } from '../../edit/metadataEditor.js'
import { kepRule } from '../rule.js'
import { KEP_43 } from '../support/exampleFiles.js'

function lists(target: KepDocument, field: string, number: number): boolean {
  return kepReferences(target, field).some(reference => reference.number === number)
}

const RECIPROCAL: Record<'replaces' | 'superseded-by', 'replaces' | 'superseded-by'> = {
  replaces: 'superseded-by',
  'superseded-by': 'replaces'
}

/**
 * Each claim is reported where it is written, so the pull request that makes a one-sided
 * claim is the one that fails, and the message says which file needs the other half.
 */
export const replacesReciprocal = kepRule(
  {
    id: 'replaces-reciprocal',
    description: 'replaces and superseded-by agree: if KEP-A replaces KEP-B, KEP-B is superseded by KEP-A, and the other way round.',
    fixable: ['safe'],
    examples: {
      ok: { kep: 'replaces:\n  - KEP-43', others: { 'sig-node/0043-pod-priority.md': '---\nkep-number: 43\ntitle: Pod Priority\nstatus: Replaced\nsuperseded-by:\n  - KEP-42\n…\n---\n' } },
      notOk: { kep: 'replaces:\n  - KEP-43', others: { 'sig-node/0043-pod-priority.md': KEP_43 } }
    }
  },
  (doc, { repository }) => {
    const own = assignedNumber(doc)
    if (!doc.metadata || own === undefined) return []
    const reports: Finding[] = []
    for (const field of ['replaces', 'superseded-by'] as const) {
      const other = RECIPROCAL[field]
      for (const { index, number } of kepReferences(doc, field)) {
        if (number === own) continue
        const targets = repository.withNumber(number)
        for (const target of targets) {
          if (lists(target, other, own)) continue
          // The fix is the other half, in the other file; with two KEPs of that number, which one is meant is not known.
          const edit = targets.length === 1 && target.metadata ? appendListItem(target.metadata, other, `KEP-${own}`) : undefined
          const fix = edit && fixOf('safe', { ...edit, file: target.file })
          reports.push({
            ...(fix ? { fix } : {}),
            span: spanAt(doc.metadata, [field, index]),
            message: `this KEP lists KEP-${number} in ${field}, but ${target.file} does not list KEP-${own} in ${other}; add "KEP-${own}" to ${other} there, or remove this entry`
          })
        }
      }
    }
    return reports
  }
)
