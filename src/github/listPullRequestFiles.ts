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
  /** How many files GitHub listed, unchanged ones included: what the payload's changed_files counts. */
  listed: number
  /** True when the pull request has more files than the API lists. */
  truncated: boolean
  /** Each listed file's unified diff by its repository-relative path; none when GitHub sends none (a binary file, a diff too large). */
  patches: Map<string, string | undefined>
}

/** GitHub's answer was not the list of files it documents (truncated JSON comes back as a string). */
export class UnexpectedAnswerError extends Error {}

interface ListedFile {
  filename: string
  status: string
  previous_filename?: string
  patch?: string
  changes?: unknown
}

function isListedFile(value: unknown): value is ListedFile {
  const file = value as Partial<Record<keyof ListedFile, unknown>> | null
  return (
    typeof file === 'object' &&
    file !== null &&
    typeof file.filename === 'string' &&
    file.filename !== '' &&
    typeof file.status === 'string' &&
    (file.previous_filename === undefined || typeof file.previous_filename === 'string') &&
    (file.patch === undefined || typeof file.patch === 'string')
  )
}

/** Every answer is checked for its shape before use: a malformed one fails the check, never passes it. */
function filesOf(data: unknown, page: number): ListedFile[] {
  if (!Array.isArray(data)) {
    throw new UnexpectedAnswerError(`GitHub's list of the pull request's files (page ${page}) is not a list: ${JSON.stringify(data)?.slice(0, 120) ?? typeof data}`)
  }
  const bad = data.findIndex(file => !isListedFile(file))
  if (bad !== -1) throw new UnexpectedAnswerError(`GitHub's list of the pull request's files (page ${page}) has an entry without filename and status: ${JSON.stringify(data[bad])?.slice(0, 120)}`)
  for (const file of data as ListedFile[]) {
    if (!(file.status in KINDS)) throw new UnexpectedAnswerError(`GitHub's list of the pull request's files (page ${page}) has an unknown status "${file.status.slice(0, 40)}" for ${file.filename}`)
  }
  return data as ListedFile[]
}

export async function listPullRequestFiles(client: GitHubClient, owner: string, repo: string, pullNumber: number): Promise<PullRequestFiles> {
  const changes: Change[] = []
  const patches = new Map<string, string | undefined>()
  let listed = 0
  for (let page = 1; listed < LIST_FILES_LIMIT; page++) {
    const { data } = await client.rest.pulls.listFiles({ owner, repo, pull_number: pullNumber, per_page: 100, page })
    const files = filesOf(data, page)
    for (const file of files) {
      const kind = KINDS[file.status]
      if (kind === undefined) continue
      // A file moved without an edit has no patch and no changed line.
      patches.set(file.filename, file.patch ?? (file.changes === 0 ? '' : undefined))
      changes.push(file.previous_filename ? { kind, path: file.filename, previousPath: file.previous_filename } : { kind, path: file.filename })
    }
    listed += files.length
    if (files.length < 100) return { changes, listed, truncated: false, patches }
  }
  return { changes, listed, truncated: true, patches }
}
