import { git, GitError } from '../git/git.js'
import { AuthorError } from '../core/authorError.js'
import type { Author } from '../presets/proposal.js'
import { GITHUB_HANDLE } from '../core/values.js'

function gitConfig(cwd: string, key: string): string | undefined {
  try {
    return git(cwd, ['config', '--get', key]).trim() || undefined
  } catch (error) {
    // Unset keys make git config exit 1.
    if (error instanceof GitError) return undefined
    throw error
  }
}

/**
 * The authors of a new KEP: the handles given (--author), else the user's own from
 * `git config github.user`. The name is `git config user.name` for the user's own handle;
 * for anyone else's it is the handle, for the author to correct (git knows no one else's name).
 */
export function resolveAuthors(cwd: string, given: readonly string[]): Author[] {
  const own = gitConfig(cwd, 'github.user')?.replace(/^@/, '')
  const handles = given.length > 0 ? given.map(handle => handle.replace(/^@/, '')) : own !== undefined ? [own] : []
  if (handles.length === 0) {
    throw new AuthorError('who is the author? Pass --author @handle (a GitHub handle), or set yours once: git config --global github.user HANDLE')
  }
  const invalid = handles.find(handle => !GITHUB_HANDLE.test(handle))
  if (invalid !== undefined) throw new AuthorError(`"${invalid}" is not a GitHub handle: letters, digits and single hyphens, at most 39 characters`)
  const name = gitConfig(cwd, 'user.name')
  return handles.map(handle => ({ handle, name: handle === own && name !== undefined ? name : handle }))
}
