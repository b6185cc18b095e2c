import type { Finding } from '../core/diagnostic.js'
import type { KepDocument } from '../core/document.js'
import type { MetadataBlock } from '../parse/metadata.js'
import type { MetadataSchema } from '../schema/metadataSchema.js'
import { schemaReports } from '../schema/schemaReports.js'
import type { RuleContext } from './rule.js'

interface SchemaFindings {
  schema: MetadataSchema
  reports: Finding[]
  fields: ReadonlySet<string>
}

const findingsCache = new WeakMap<MetadataBlock, SchemaFindings>()

function findingsOf(metadata: MetadataBlock, schema: MetadataSchema, schemaErrors: RuleContext['schemaErrors']): SchemaFindings {
  let findings = findingsCache.get(metadata)
  if (findings?.schema !== schema) {
    const data = metadata.data
    const reports = schemaReports(metadata, schema, undefined, typeof data === 'object' && data !== null ? schemaErrors?.get(data) : undefined)
    findings = { schema, reports, fields: new Set(reports.map(report => report.topic ?? 'metadata')) }
    findingsCache.set(metadata, findings)
  }
  return findings
}

/** The schema's reports on one KEP's metadata, worked out once however many rules ask (from the errors its read found, if it kept them). */
export function cachedSchemaReports(metadata: MetadataBlock, schema: MetadataSchema, schemaErrors?: RuleContext['schemaErrors']): Finding[] {
  return findingsOf(metadata, schema, schemaErrors).reports
}

/**
 * The top-level fields the schema rejects in a KEP (schema/<field>). A rule that reads a
 * field another rule rejected skips: it would build on a value known to be wrong (a draft
 * number compared with the creation-date 2026-13-45).
 */
export function invalidFields(doc: KepDocument, { schema, schemaValid, schemaErrors }: Pick<RuleContext, 'schema' | 'schemaValid' | 'schemaErrors'>): ReadonlySet<string> {
  const metadata = doc.metadata
  const data = metadata?.data
  if (!metadata || (typeof data === 'object' && data !== null && schemaValid?.has(data))) return NONE
  return findingsOf(metadata, schema, schemaErrors).fields
}

const NONE: ReadonlySet<string> = new Set()

/** Whether the schema rejects none of these fields (a missing optional field is not rejected). */
export function fieldsValid(doc: KepDocument, context: Pick<RuleContext, 'schema' | 'schemaValid' | 'schemaErrors'>, ...fields: string[]): boolean {
  const invalid = invalidFields(doc, context)
  return fields.every(field => !invalid.has(field))
}
