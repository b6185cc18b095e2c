import type { Check } from './context.js'
import { dateOrder } from './kep/dateOrder.js'
import { draftDate } from './kep/draftDate.js'
import { fileName } from './kep/fileName.js'
import { folderSig, folderSigAt, folderStatus } from './kep/folder.js'
import { folderNumber, implementedStage, kubernetesReferenceExists, milestoneRequired, prodReadiness, stageRequired } from './kep/kubernetes.js'
import { numberAssigned } from './kep/numberAssigned.js'
import { numberUnique, referenceExists, replacesReciprocal } from './kep/references.js'
import { sigKnown } from './kep/sigKnown.js'
import { supersededByRequired } from './kep/supersededBy.js'

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
