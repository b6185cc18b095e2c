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
import { onPresetRegistered, presets } from '../presets/registry.js'

/** Every rule, in the order the rules page lists them: reading, the KEP, the change, the repository. */
const ALL: readonly Rule[] = [
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
  baseUnreadable,
  // The presets' own rules, kept in their folders (src/presets/<name>/), in the registry's order.
  ...presets().flatMap(preset => preset.ownRules ?? []),
  indexStale,
  configuration
]

/** The one registry: every rule by its id. */
export const RULES: ReadonlyMap<string, Rule> = new Map(ALL.map(rule => [rule.meta.id, rule]))

if (RULES.size !== ALL.length) throw new Error('internal error: two rules share an id')

// A preset registered at run time (src/presets/registry.ts: registerPreset) brings its rules here.
onPresetRegistered(preset => {
  for (const rule of preset.ownRules ?? []) {
    if (RULES.has(rule.meta.id)) throw new Error(`the rule ${rule.meta.id} of preset ${preset.name} is another rule's id`)
    ;(RULES as Map<string, Rule>).set(rule.meta.id, rule)
  }
})
