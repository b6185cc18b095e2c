import { FILE_START } from '../../core/diagnostic.js'
import { changeRule } from '../rule.js'

/** A transition that cannot be checked is not a transition that passed. */
export const baseUnreadable = changeRule(
  {
    id: 'base-unreadable',
    description: "The base version of a changed KEP can be read, so that the change's transition is checked.",
    examples: {
      ok: { before: 'status: Approved', after: 'status: Final' },
      notOk: { unreadableBase: 'git cat-file could not read the object', after: 'status: Final' }
    }
  },
  ({ baseError }) => {
    if (!baseError) return []
    return [{ span: FILE_START, message: `the base version of this KEP (${baseError.path}) could not be read, so its transition cannot be checked: ${baseError.message}` }]
  }
)
