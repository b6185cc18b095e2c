import type { GitHubClient } from './client.js'

export async function deleteReviewComment(client: GitHubClient, owner: string, repo: string, commentId: number): Promise<void> {
  await client.rest.pulls.deleteReviewComment({ owner, repo, comment_id: commentId })
}
