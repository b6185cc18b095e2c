import type { Rule } from '../../rules/rule.js'
import { tepFileName } from './rules/tep-file-name.js'
import { tepNumberHeading } from './rules/tep-number-heading.js'
import { tepNumberNext } from './rules/tep-number-next.js'
import { tepNumberUnique } from './rules/tep-number-unique.js'
import { tepRequiredFields } from './rules/tep-required-fields.js'
import { tepYamlDate } from './rules/tep-yaml-date.js'

/** The tekton preset's own rules, in the order the rules page lists them: what a TEP says, then what a change does. */
export const TEKTON_RULES: readonly Rule[] = [tepFileName, tepNumberHeading, tepRequiredFields, tepYamlDate, tepNumberUnique, tepNumberNext]
