import type { GitHubClient } from './client.js'

export interface ReviewComment {
  id: number
  path: string
  /** The line on the head side; null when the comment is outdated (its line changed since). */
  line: number | null
  startLine: number | null
  body: string
}

/** Every review comment of a pull request, page by page. */
export async function listReviewComments(client: GitHubClient, owner: string, repo: string, pullNumber: number): Promise<ReviewComment[]> {
  const comments: ReviewComment[] = []
  for (let page = 1; ; page++) {
    const { data } = await client.rest.pulls.listReviewComments({ owner, repo, pull_number: pullNumber, per_page: 100, page })
    for (const comment of data) comments.push({ id: comment.id, path: comment.path, line: comment.line ?? null, startLine: comment.start_line ?? null, body: comment.body })
    if (data.length < 100) return comments
  }
}
