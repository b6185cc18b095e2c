import { fixOf, type Finding } from '../../core/diagnostic.js'
import { fieldsOf } from '../../core/document.js'
import { GITHUB_HANDLE } from '../../core/values.js'
import { spanAt } from '../../parse/metadata.js'
import { replaceScalar } from '../../edit/metadataEditor.js'
import { kepRule } from '../rule.js'

/** The message for a handle without @, wherever it is written (kep.yaml, an approval file). */
export function handleAtMessage(where: string, handle: string): string {
  return `${where} is "${handle}" without @; kubernetes/enhancements' tooling reads it as the same person, but the template writes handles "@${handle}" — write "@${handle}"`
}

const HANDLE_FIELDS = ['authors', 'reviewers', 'approvers', 'prr-approvers'] as const

/** A handle written without @: a string that is a GitHub handle (TBD is the template's placeholder, not a handle). */
function lacksAt(item: unknown): item is string {
  return typeof item === 'string' && item !== 'TBD' && GITHUB_HANDLE.test(item)
}

/** Whether metadata's fields (as read) have a handle without @: where the rule will have findings. */
function hasHandleWithoutAt(fields: Record<string, unknown>): boolean {
  return HANDLE_FIELDS.some(field => {
    const list = fields[field]
    return Array.isArray(list) && list.some(lacksAt)
  })
}

/**
 * kubernetes/enhancements' own tooling strips the @ (pkg/nodeapprovers), so a handle without
 * it names the same person: a convention of the template, not an error in the data.
 */
export const handleAt = kepRule(
  {
    id: 'handle-at',
    description: 'GitHub handles in authors, reviewers, approvers and prr-approvers (and production readiness approvals) are written with @, as the template writes them.',
    severity: 'warning',
    fixable: ['safe'],
    examples: {
      ok: { kep: 'authors:\n  - "@janedoe"' },
      notOk: { kep: 'authors:\n  - janedoe' }
    }
  },
  doc => {
    const metadata = doc.metadata
    const fields = fieldsOf(doc)
    if (!metadata || !fields) return []
    const reports: Finding[] = []
    for (const field of HANDLE_FIELDS) {
      const list = fields[field]
      if (!Array.isArray(list)) continue
      list.forEach((item, index) => {
        if (!lacksAt(item)) return
        // "@alice", quoted: @ cannot start a plain YAML scalar.
        const fix = fixOf('safe', replaceScalar(metadata, [field, index], `@${item}`))
        reports.push({ span: spanAt(metadata, [field, index]), message: handleAtMessage(`${field}[${index}]`, item), expected: [`@${item}`], ...(fix ? { fix } : {}) })
      })
    }
    return reports
  },
  // Its findings and fixes look up where each such handle is written: the first read keeps the positions.
  () => ({ keepsPositions: ({ fields }) => fields !== undefined && hasHandleWithoutAt(fields) })
)
