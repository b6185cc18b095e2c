import { cachedSchemaReports } from '../invalidFields.js'
import { kepRule } from '../rule.js'

/** The metadata JSON Schema: each failure is named by its field (schema/status, schema/authors…). */
export const schema = kepRule(
  {
    id: 'schema',
    description: "The metadata matches the preset's JSON Schema (or the repository's own): required fields, types, allowed values.",
    topics: true,
    fixable: ['safe', 'suggestion'],
    examples: {
      ok: { kep: 'status: Approved' },
      notOk: { kep: 'status: draft' }
    }
  },
  (doc, { schema, schemaValid, schemaErrors }) => {
    const metadata = doc.metadata
    if (!metadata) return []
    // Metadata found valid while it was read is not validated twice.
    const data = metadata.data
    if (typeof data === 'object' && data !== null && schemaValid?.has(data)) return []
    return cachedSchemaReports(metadata, schema, schemaErrors)
  }
)
