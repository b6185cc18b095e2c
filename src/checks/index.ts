import type { Check } from './context.js'
import { dateOrder } from './dateOrder.js'
import { draftDate } from './draftDate.js'
import { fileName } from './fileName.js'
import { folderSig, folderSigAt, folderStatus } from './folder.js'
import { folderNumber, implementedStage, kubernetesReferenceExists, milestoneRequired, prodReadiness, stageRequired } from './kubernetes.js'
import { numberAssigned } from './numberAssigned.js'
import { numberUnique, referenceExists, replacesReciprocal } from './references.js'
import { sigKnown } from './sigKnown.js'
import { supersededByRequired } from './supersededBy.js'

/** KEP-1's rules beyond the schema, in the order their reports read best. */
export const KEP_0001_CHECKS: readonly Check[] = [
  numberAssigned,
  draftDate,
  dateOrder,
  supersededByRequired,
  numberUnique,
  referenceExists,
  replacesReciprocal,
  folderSig,
  folderStatus,
  fileName,
  sigKnown
]

/** kubernetes/enhancements' rules beyond the schema. */
export const KUBERNETES_CHECKS: readonly Check[] = [
  folderNumber,
  numberUnique,
  stageRequired,
  milestoneRequired,
  implementedStage,
  prodReadiness,
  dateOrder,
  supersededByRequired,
  kubernetesReferenceExists,
  folderSigAt(1),
  sigKnown
]
