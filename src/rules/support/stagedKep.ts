import { fieldsOf, stringField, type KepDocument } from '../../core/document.js'
import type { MetadataBlock } from '../../parse/metadata.js'

/** The statuses of KEPs whose stages the process follows. */
export const STAGED_STATUSES: readonly string[] = ['implementable', 'implemented']

/**
 * An implementable or implemented KEP's status, metadata and fields; undefined for any other
 * KEP. kubernetes/enhancements' rules about stages, milestones and production readiness
 * apply to these only.
 */
export function stagedKep(doc: KepDocument): { status: string; metadata: MetadataBlock; fields: Record<string, unknown> } | undefined {
  const status = stringField(doc, 'status')
  const fields = fieldsOf(doc)
  if (!doc.metadata || !fields || status === undefined || !STAGED_STATUSES.includes(status)) return undefined
  return { status, metadata: doc.metadata, fields }
}
