import type { Diagnostic } from '../core/diagnostic.js'
import { plural } from '../core/plural.js'
import { createClient } from '../github/client.js'
import { createReview, type ReviewCommentRequest } from '../github/createReview.js'
import { deleteReviewComment } from '../github/deleteReviewComment.js'
import { listDiffLines } from '../github/listDiffLines.js'
import { listReviewComments, type ReviewComment } from '../github/listReviewComments.js'
import { listReviews } from '../github/listReviews.js'
import { updateReview } from '../github/updateReview.js'
import { fixesAsLineChanges } from '../fix/lineChanges.js'
import { REVIEW_MARKER, reviewCommentBody } from './reviewComment.js'
import { gfm, text } from '../format/markdown.js'
import { info, warning } from '../format/workflowCommands.js'
import type { ValidationResult } from '../validate/validate.js'
import type { WorkflowEvent } from './event.js'
import type { ActionInputs } from './inputs.js'

export interface SuggestionsContext {
  token?: string
  owner?: string
  repo?: string
  pullNumber: number
  /** The commit the suggestions' lines belong to. */
  headSha: string
  /** Root-relative path → repository path, as the pull request names files. */
  displayPath: (file: string) => string
  /** A file of the head, root-relative; undefined when it has none. */
  readText: (file: string) => string | undefined
}

const OUTDATED = gfm`Outdated: kep-validator checked a later commit.`

function sameComment(existing: ReviewComment, wanted: ReviewCommentRequest): boolean {
  return existing.path === wanted.path && existing.line === wanted.line && (existing.startLine ?? existing.line) === (wanted.startLine ?? wanted.line) && existing.body === wanted.body
}

/** The comments to post: suggestions on lines the pull request's diff shows (GitHub takes comments nowhere else). */
async function wantedComments(context: SuggestionsContext, diagnostics: readonly Diagnostic[], diffLines: Map<string, Set<number>>): Promise<{ wanted: ReviewCommentRequest[]; elsewhere: number }> {
  const wanted: ReviewCommentRequest[] = []
  let elsewhere = 0
  for (const change of fixesAsLineChanges(diagnostics, context.readText)) {
    const path = context.displayPath(change.file)
    const lines = diffLines.get(path)
    let inDiff = lines !== undefined
    for (let line = change.startLine; inDiff && line <= change.endLine; line++) inDiff = lines!.has(line)
    if (!inDiff) {
      elsewhere++
      continue
    }
    wanted.push({ path, line: change.endLine, ...(change.startLine !== change.endLine ? { startLine: change.startLine } : {}), body: reviewCommentBody(change) })
  }
  return { wanted, elsewhere }
}

/**
 * Suggested changes in the pull request: one review whose comments carry each fix as a
 * suggestion on its lines. On the next push the review is replaced, not repeated: when the
 * suggestions are the same nothing is posted; otherwise the earlier comments (found by the
 * hidden marker) are deleted, a new review carries the current ones, and the earlier reviews
 * say they are outdated. A read-only token (a fork's pull request) skips it, said in the log.
 */
export async function publishSuggestions(context: SuggestionsContext, diagnostics: readonly Diagnostic[]): Promise<void> {
  const { token, owner, repo, pullNumber } = context
  if (!token || !owner || !repo) {
    info('kep-validator posts no suggested changes: there is no token or no repository in the environment')
    return
  }
  try {
    const client = await createClient(token, undefined, info)
    const { wanted, elsewhere } = await wantedComments(context, diagnostics, await listDiffLines(client, owner, repo, pullNumber))
    if (elsewhere > 0) info(`${plural(elsewhere, 'suggested change')} left out: on lines this pull request does not change, where GitHub takes no review comment (kep-validator check --fix applies them)`)
    const earlier = (await listReviewComments(client, owner, repo, pullNumber)).filter(comment => comment.body.startsWith(REVIEW_MARKER))
    const current = earlier.filter(comment => comment.line !== null)
    if (current.length === earlier.length && current.length === wanted.length && wanted.every(comment => current.some(existing => sameComment(existing, comment)))) {
      info(wanted.length === 0 ? 'kep-validator has no suggested changes' : `kep-validator's review has these suggested changes already (${plural(wanted.length, 'comment')}); nothing posted`)
      return
    }
    for (const comment of earlier) await deleteReviewComment(client, owner, repo, comment.id)
    const reviews = (await listReviews(client, owner, repo, pullNumber)).filter(review => review.body.startsWith(REVIEW_MARKER) && !review.body.includes(OUTDATED))
    for (const review of reviews) await updateReview(client, owner, repo, pullNumber, review.id, gfm`${REVIEW_MARKER}\n${OUTDATED}`)
    if (wanted.length === 0) {
      info(`kep-validator deleted its ${plural(earlier.length, 'earlier suggestion')}: none applies any more`)
      return
    }
    const url = await createReview(client, {
      owner,
      repo,
      pullNumber,
      commitId: context.headSha,
      body: gfm`${REVIEW_MARKER}\nkep-validator suggests ${text(plural(wanted.length, 'change'))} that fix problems of the KEP metadata: commit each with one click, or run \`kep-validator check --fix\`.`,
      comments: wanted
    })
    info(`kep-validator posted ${plural(wanted.length, 'suggested change')} in the review ${url}${earlier.length > 0 ? `, replacing ${plural(earlier.length, 'earlier one')}` : ''}`)
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 403) {
      info('kep-validator posts no suggested changes: the token may not write pull requests (a pull request from a fork gets a read-only token; add "permissions: pull-requests: write" otherwise)')
      return
    }
    warning(`kep-validator could not post its suggested changes: ${(error as Error).message}`)
  }
}

/** The suggestions input: a review of suggested changes in a pull request; any other event says in the log that it has none. */
export async function suggestForEvent(inputs: ActionInputs, event: WorkflowEvent, result: ValidationResult, displayPath: (file: string) => string): Promise<void> {
  if (!inputs.suggestions) return
  if (event.kind !== 'pull-request') {
    info(`kep-validator suggests changes in pull requests only; this is a ${event.name}`)
    return
  }
  const readText = (file: string): string | undefined => {
    const content = result.repository.tree.readFiles([file]).get(file)
    return Buffer.isBuffer(content) ? content.toString('utf8') : undefined
  }
  await publishSuggestions({ token: inputs.token, owner: event.owner, repo: event.repo, pullNumber: event.number, headSha: event.headSha, displayPath, readText }, result.diagnostics)
}
