import type { RuleSelection } from './preset.js'

/** What a pull request (or a push) may do to a KEP: the same under every KEP-1 preset, by its lifecycle. */
export const CHANGE_RULES: RuleSelection = {
  'status-transition': true,
  // Checks only where the lifecycle has stages (kubernetes).
  'stage-transition': true,
  'initial-status': true,
  'number-changed': true,
  'number-assignment': true,
  'number-next': true,
  'creation-date-changed': true,
  'last-updated': true,
  'file-deleted': true,
  'base-unreadable': true
}
