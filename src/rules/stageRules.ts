import { READ_PROBLEMS } from '../parse/readProblems.js'
import { stageRule, type StageRule } from './rule.js'

/** Problems found while reading a file: the reader reports them, with these ids. */
export const READING_RULES: readonly StageRule[] = Object.entries(READ_PROBLEMS).map(([id, read]) => stageRule({ id, severity: read.severity, description: read.description, ...('fixable' in read ? { fixable: read.fixable } : {}) }))

/** Found by comparing index.md with the index the KEPs make. */
/**
 * A stale index is one problem however stale it is: recorded once in a baseline, it would hide
 * every later staleness (a KEP added without updating the index), and `kep-validator index
 * --write` fixes it at once, so there is nothing to carry over time.
 */
export const indexStale = stageRule({ id: 'index-stale', description: 'index.md is what `kep-validator index` generates from the KEPs: present, readable, and up to date.', fixable: ['safe'], neverBaselined: true })

/** Found by loading the rules files a change adds or edits as they will load once it is merged (config/loadRules.ts). */
export const configuration = stageRule({
  id: 'configuration',
  description: "The rules files a change adds or edits — .kep-validator.yml, the baseline, a schema, lifecycle or SIG list they name — load as they will once it is merged (the change itself is judged by its base's).",
  topics: true,
  neverBaselined: true
})

/** Found while reading keps/prod-readiness/<sig>/<number>.yaml; each failure is named by its field. */
export const prodReadinessSchema = stageRule({
  id: 'prod-readiness-schema',
  description: 'A production readiness approval file matches its schema, and its kep-number is its file name.',
  topics: true,
  // Its schema has no allowed-value lists, where a did-you-mean could be only a suggestion.
  fixable: ['safe']
})
