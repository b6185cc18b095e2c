import type { SuggestedChange } from '../fix/suggestedChanges.js'

// Which fixes become suggested changes, and their lines, is worked out with --fix's applier (fix/suggestedChanges.ts).
export { suggestedChanges, type SuggestedChange } from '../fix/suggestedChanges.js'

/** The hidden mark of kep-validator's review and comments: how a later run finds them. */
export const REVIEW_MARKER = '<!-- kep-validator -->'

/** A review comment's body: what is wrong, and the suggestion block GitHub applies with one click. */
export function suggestionBody(change: SuggestedChange): string {
  const fence = change.replacement.includes('```') ? '~~~~' : '```'
  const problems = change.diagnostics.map(d => `**${d.rule}** (${d.severity}): ${d.message}`)
  return [REVIEW_MARKER, ...problems, '', `${fence}suggestion`, change.replacement, fence].join('\n')
}
