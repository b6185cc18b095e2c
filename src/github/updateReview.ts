import type { GitHubClient } from './client.js'
import type { Markdown } from '../format/markdown.js'

/** Replaces the body of a submitted review (its comments are separate). */
export async function updateReview(client: GitHubClient, owner: string, repo: string, pullNumber: number, reviewId: number, body: Markdown): Promise<void> {
  await client.rest.pulls.updateReview({ owner, repo, pull_number: pullNumber, review_id: reviewId, body })
}
