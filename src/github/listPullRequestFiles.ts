import type { Change, ChangeKind } from '../core/change.js'
import type { GitHubClient } from './client.js'

/** GitHub lists at most this many files of a pull request; past it, only git knows. */
export const LIST_FILES_LIMIT = 3000

const KINDS: Record<string, ChangeKind | undefined> = {
  added: 'added',
  removed: 'deleted',
  modified: 'modified',
  renamed: 'renamed',
  copied: 'copied',
  changed: 'type-changed',
  unchanged: undefined
}

export interface PullRequestFiles {
  /** Repository-relative paths. */
  changes: Change[]
  /** True when the pull request has more files than the API lists. */
  truncated: boolean
}

export async function listPullRequestFiles(client: GitHubClient, owner: string, repo: string, pullNumber: number): Promise<PullRequestFiles> {
  const changes: Change[] = []
  let listed = 0
  for (let page = 1; listed < LIST_FILES_LIMIT; page++) {
    const { data } = await client.rest.pulls.listFiles({ owner, repo, pull_number: pullNumber, per_page: 100, page })
    for (const file of data) {
      const kind = KINDS[file.status]
      if (kind === undefined) continue
      changes.push(file.previous_filename ? { kind, path: file.filename, previousPath: file.previous_filename } : { kind, path: file.filename })
    }
    listed += data.length
    if (data.length < 100) return { changes, truncated: false }
  }
  return { changes, truncated: true }
}
