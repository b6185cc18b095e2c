import type { LineChange } from '../fix/lineChanges.js'
import { code, codeBlock, joinMarkdown, gfm, type Markdown } from '../format/markdown.js'

/** The hidden mark of kep-validator's review and comments: how a later run finds them. */
export const REVIEW_MARKER = gfm`<!-- kep-validator -->`

/**
 * A review comment's body, for a fix as a change of whole lines (fix/lineChanges.ts, as
 * `--fix` chooses them): what is wrong, and the suggestion block GitHub applies with one
 * click. The messages, which quote what the KEP's author wrote, are code: they cannot ping a
 * team, show an image or a link. The suggested lines are a fenced block no line of them can close.
 */
export function reviewCommentBody(change: LineChange): Markdown {
  const problems = change.diagnostics.map(d => gfm`**${code(d.rule)}** (${d.severity === 'error' ? gfm`error` : gfm`warning`}): ${code(d.message)}`)
  return joinMarkdown([REVIEW_MARKER, ...problems, gfm``, codeBlock(change.replacement, 'suggestion')], gfm`\n`)
}
