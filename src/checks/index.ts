import type { Check } from './context.js'
import { dateOrder } from './dateOrder.js'
import { draftDate } from './draftDate.js'
import { fileName } from './fileName.js'
import { folderSig, folderStatus } from './folder.js'
import { numberAssigned } from './numberAssigned.js'
import { numberUnique, referenceExists, replacesReciprocal } from './references.js'
import { supersededByRequired } from './supersededBy.js'

/** Rules beyond the schema, in the order their reports read best. */
export const CHECKS: readonly Check[] = [
  numberAssigned,
  draftDate,
  dateOrder,
  supersededByRequired,
  numberUnique,
  referenceExists,
  replacesReciprocal,
  folderSig,
  folderStatus,
  fileName
]
