import type { GitHubClient } from './client.js'
import { UnexpectedAnswerError } from './listPullRequestFiles.js'

export interface OpenPullRequest {
  number: number
  title: string
}

/** Past this many pages (10,000 pull requests) the list is cut: no repository keeps that many open. */
const MAX_PAGES = 100

/** Every open pull request of a repository, its number and title; each answer is checked for its shape before use. */
export async function listOpenPullRequests(client: GitHubClient, owner: string, repo: string): Promise<OpenPullRequest[]> {
  const open: OpenPullRequest[] = []
  for (let page = 1; page <= MAX_PAGES; page++) {
    const { data } = await client.rest.pulls.list({ owner, repo, state: 'open', per_page: 100, page })
    if (!Array.isArray(data)) throw new UnexpectedAnswerError(`GitHub's list of open pull requests (page ${page}) is not a list: ${JSON.stringify(data)?.slice(0, 120) ?? typeof data}`)
    for (const pull of data as unknown[]) {
      const { number, title } = (pull ?? {}) as { number?: unknown; title?: unknown }
      if (typeof number !== 'number' || !Number.isInteger(number) || typeof title !== 'string') {
        throw new UnexpectedAnswerError(`GitHub's list of open pull requests (page ${page}) has an entry without number and title: ${JSON.stringify(pull)?.slice(0, 120)}`)
      }
      open.push({ number, title })
    }
    if (data.length < 100) break
  }
  return open
}
