import type { GitHubClient } from './client.js'
import type { Markdown } from '../format/markdown.js'

export interface ReviewCommentRequest {
  path: string
  /** The last line the comment (and its suggestion) covers, on the head side. */
  line: number
  /** The first line, for a comment over several lines. */
  startLine?: number
  body: Markdown
}

export interface ReviewRequest {
  owner: string
  repo: string
  pullNumber: number
  /** The commit the lines belong to. */
  commitId: string
  body: Markdown
  comments: ReviewCommentRequest[]
}

/**
 * Posts a review (a comment, neither approval nor request for changes) with its comments on
 * lines of the head; returns its URL as GitHub answered it (an API answer: log it through the
 * workflow log's writer, link it only through format/markdown.ts). The one place that posts
 * review comments (eslint forbids the calls elsewhere); bodies are Markdown, every value code.
 */
export async function createReview(client: GitHubClient, request: ReviewRequest): Promise<string> {
  const { data } = await client.rest.pulls.createReview({
    owner: request.owner,
    repo: request.repo,
    pull_number: request.pullNumber,
    commit_id: request.commitId,
    event: 'COMMENT',
    body: request.body,
    comments: request.comments.map(comment => ({
      path: comment.path,
      line: comment.line,
      side: 'RIGHT',
      ...(comment.startLine !== undefined && comment.startLine !== comment.line ? { start_line: comment.startLine, start_side: 'RIGHT' as const } : {}),
      body: comment.body
    }))
  })
  return data.html_url
}
