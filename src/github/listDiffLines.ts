import { headLinesOf } from '../core/diffLines.js'
import type { GitHubClient } from './client.js'
import { LIST_FILES_LIMIT } from './listPullRequestFiles.js'

/**
 * The head-side lines of each file's diff in a pull request: the only lines a review comment
 * may be on (GitHub answers 422 for any other). Read from the hunks of each file's patch.
 */
export async function listDiffLines(client: GitHubClient, owner: string, repo: string, pullNumber: number): Promise<Map<string, Set<number>>> {
  const lines = new Map<string, Set<number>>()
  let listed = 0
  for (let page = 1; listed < LIST_FILES_LIMIT; page++) {
    const { data } = await client.rest.pulls.listFiles({ owner, repo, pull_number: pullNumber, per_page: 100, page })
    for (const file of data) if (file.patch) lines.set(file.filename, headLinesOf(file.patch))
    listed += data.length
    if (data.length < 100) break
  }
  return lines
}
