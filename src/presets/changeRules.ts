import type { RuleSelection } from './preset.js'

/**
 * What a pull request (or a push) may do to any proposal, by its lifecycle: its status moves
 * along the lifecycle's edges, it starts where the lifecycle starts, its creation date stays,
 * its last-updated follows an edit, it is never deleted, and its base can be read.
 */
export const LIFECYCLE_CHANGE_RULES: RuleSelection = {
  'status-transition': true,
  'initial-status': true,
  'creation-date-changed': true,
  'last-updated': true,
  'file-deleted': true,
  'base-unreadable': true
}

/** What a change may do to a KEP under a numbered KEP-1 process: the lifecycle's rules, its stages, and its numbers. */
export const CHANGE_RULES: RuleSelection = {
  ...LIFECYCLE_CHANGE_RULES,
  // Checks only where the lifecycle has stages (kubernetes).
  'stage-transition': true,
  'number-changed': true,
  'number-assignment': true,
  'number-next': true
}
