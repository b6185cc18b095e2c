import { READ_PROBLEMS } from '../parse/readProblems.js'
import { foundRule, type FoundRule } from './rule.js'

/** Problems found while reading a file: the reader reports them, with these ids. */
export const READING_RULES: readonly FoundRule[] = Object.entries(READ_PROBLEMS).map(([id, { severity, description }]) => foundRule({ id, severity, description }))

/** Found by comparing index.md with the index the KEPs make. */
export const indexStale = foundRule({ id: 'index-stale', description: 'index.md is what `kep-validator index` generates from the KEPs: present, readable, and up to date.', fixable: ['safe'] })

/** Found while reading keps/prod-readiness/<sig>/<number>.yaml; each failure is named by its field. */
export const prodReadinessSchema = foundRule({
  id: 'prod-readiness-schema',
  description: 'A production readiness approval file matches its schema, and its kep-number is its file name.',
  topics: true,
  // Its schema has no allowed-value lists, where a did-you-mean could be only a suggestion.
  fixable: ['safe']
})
