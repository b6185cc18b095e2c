import type { SuggestedChange } from '../fix/suggestedChanges.js'
import { code, codeBlock, joinMarkdown, gfm, type Markdown } from '../format/markdown.js'

// Which fixes become suggested changes, and their lines, is worked out with --fix's applier (fix/suggestedChanges.ts).
export { suggestedChanges, type SuggestedChange } from '../fix/suggestedChanges.js'

/** The hidden mark of kep-validator's review and comments: how a later run finds them. */
export const REVIEW_MARKER = gfm`<!-- kep-validator -->`

/**
 * A review comment's body: what is wrong, and the suggestion block GitHub applies with one
 * click. The messages, which quote what the KEP's author wrote, are code: they cannot ping a
 * team, show an image or a link. The suggested lines are a fenced block no line of them can close.
 */
export function suggestionBody(change: SuggestedChange): Markdown {
  const problems = change.diagnostics.map(d => gfm`**${code(d.rule)}** (${d.severity === 'error' ? gfm`error` : gfm`warning`}): ${code(d.message)}`)
  return joinMarkdown([REVIEW_MARKER, ...problems, gfm``, codeBlock(change.replacement, 'suggestion')], gfm`\n`)
}
