import { FILE_START, type Span } from '../../core/diagnostic.js'
import { stringField, type KepDocument } from '../../core/document.js'
import type { Lifecycle } from '../../core/lifecycle.js'
import { spanAt } from '../../parse/metadata.js'

/** What the change rules share: a version's status as the lifecycle knows it, and where a field sits. */
export function statusOf(doc: KepDocument | undefined, lifecycle: Lifecycle): string | undefined {
  const status = doc && stringField(doc, 'status')
  return status !== undefined && lifecycle.states.includes(status) ? status : undefined
}

export function fieldSpan(doc: KepDocument, field: string): Span {
  return doc.metadata ? spanAt(doc.metadata, [field]) : FILE_START
}
