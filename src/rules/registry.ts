import { READING_RULES, configuration, indexStale, prodReadinessSchema } from './stageRules.js'
import { baseUnreadable } from './change/base-unreadable.js'
import { creationDateChanged } from './change/creation-date-changed.js'
import { fileDeleted } from './change/file-deleted.js'
import { initialStatus } from './change/initial-status.js'
import { lastUpdated } from './change/last-updated.js'
import { milestoneMovedBack } from './change/milestone-moved-back.js'
import { numberAssignment } from './change/number-assignment.js'
import { numberChanged } from './change/number-changed.js'
import { numberNext } from './change/number-next.js'
import { stageTransition } from './change/stage-transition.js'
import { templateSections } from './change/template-sections.js'
import { statusTransition } from './change/status-transition.js'
import { assignedApprovers } from './kep/assigned-approvers.js'
import { dateOrder } from './kep/date-order.js'
import { draftDate } from './kep/draft-date.js'
import { fileName } from './kep/file-name.js'
import { folderNumber } from './kep/folder-number.js'
import { folderSig } from './kep/folder-sig.js'
import { folderStatus } from './kep/folder-status.js'
import { handleAt } from './kep/handle-at.js'
import { implementedStage } from './kep/implemented-stage.js'
import { milestoneOrder } from './kep/milestone-order.js'
import { milestoneRequired } from './kep/milestone-required.js'
import { numberAssigned } from './kep/number-assigned.js'
import { numberUnique } from './kep/number-unique.js'
import { prodReadiness } from './kep/prod-readiness.js'
import { recommendedFields } from './kep/recommended-fields.js'
import { referenceExists } from './kep/reference-exists.js'
import { referenceForm } from './kep/reference-form.js'
import { replacedStatus } from './kep/replaced-status.js'
import { replacesReciprocal } from './kep/replaces-reciprocal.js'
import { schema } from './kep/schema.js'
import { sigKnown } from './kep/sig-known.js'
import { stageRequired } from './kep/stage-required.js'
import { supersededByRequired } from './kep/superseded-by-required.js'
import { toc } from './kep/toc.js'
import type { Rule } from './rule.js'

/** The rules kep-validator brings, in the order the rules page lists them: reading, the KEP, the change. */
const FIRST: readonly Rule[] = [
  ...READING_RULES,
  schema,
  recommendedFields,
  handleAt,
  numberAssigned,
  draftDate,
  dateOrder,
  supersededByRequired,
  replacedStatus,
  numberUnique,
  referenceExists,
  referenceForm,
  replacesReciprocal,
  folderSig,
  folderStatus,
  fileName,
  sigKnown,
  folderNumber,
  stageRequired,
  milestoneRequired,
  milestoneOrder,
  implementedStage,
  prodReadiness,
  prodReadinessSchema,
  assignedApprovers,
  toc,
  statusTransition,
  stageTransition,
  milestoneMovedBack,
  initialStatus,
  numberChanged,
  numberAssignment,
  numberNext,
  creationDateChanged,
  lastUpdated,
  fileDeleted,
  templateSections,
  baseUnreadable
]

/** The rules of the repository's files, listed after every other, the presets' own included. */
const LAST: readonly Rule[] = [indexStale, configuration]

/**
 * The one registry: every rule by its id, in the order the rules page lists them — kep-validator's
 * own, then each preset's own rules (kept in its folder, src/presets/<name>/) in the order the
 * presets are registered, then the rules of the repository's files. Rules know no preset: the
 * preset registry (src/presets/registry.ts) adds each preset's rules with addRules, the built-in
 * presets' as it loads, a preset registered at run time's when it is registered.
 */
export const RULES: ReadonlyMap<string, Rule> = new Map()

const registry = RULES as Map<string, Rule>

/** Adds rules brought by a preset (`from` names it in an error): an id that another rule has is refused, and nothing is added. */
export function addRules(rules: readonly Rule[], from: string): void {
  const ids = new Set<string>()
  for (const rule of rules) {
    if (registry.has(rule.meta.id) || ids.has(rule.meta.id)) throw new Error(`the rule ${rule.meta.id} of ${from} is another rule's id`)
    ids.add(rule.meta.id)
  }
  // The last rules stay last: a Map lists its entries in the order they were set.
  for (const rule of LAST) registry.delete(rule.meta.id)
  for (const rule of [...rules, ...LAST]) registry.set(rule.meta.id, rule)
}

addRules(FIRST, 'kep-validator')
