import { READ_PROBLEMS } from '../parse/readProblems.js'
import { foundRule, type FoundRule } from './rule.js'

/** Problems found while reading a file: the reader reports them, with these ids. */
export const READING_RULES: readonly FoundRule[] = Object.entries(READ_PROBLEMS).map(([id, read]) => foundRule({ id, severity: read.severity, description: read.description, ...('fixable' in read ? { fixable: read.fixable } : {}) }))

/** Found by comparing index.md with the index the KEPs make. */
export const indexStale = foundRule({ id: 'index-stale', description: 'index.md is what `kep-validator index` generates from the KEPs: present, readable, and up to date.', fixable: true })

/** Found while reading keps/prod-readiness/<sig>/<number>.yaml; each failure is named by its field. */
export const prodReadinessSchema = foundRule({
  id: 'prod-readiness-schema',
  description: 'A production readiness approval file matches its schema, and its kep-number is its file name.',
  topics: true,
  fixable: true
})
