import { parseNameStatus, type Change } from '../core/change.js'
import { headLinesByFile } from '../core/diffLines.js'
import { git, gitInBackground } from './git.js'

/**
 * What changed between a base commit and a head commit, or the working tree (head
 * undefined, untracked files included): paths relative to cwd, renames detected. git works in
 * the background (gitInBackground): a caller that reads the repository meanwhile waits for
 * none of it.
 */
export async function gitChanges(cwd: string, base: string, head?: string): Promise<Change[]> {
  // No external diff or textconv: .gitattributes of a pull request must not choose programs to run.
  // --end-of-options: a revision that starts with "-" is a revision, never an option.
  const args = ['diff', '--no-ext-diff', '--no-textconv', '--name-status', '-z', '-M', '--relative', '--end-of-options', base]
  if (head !== undefined) args.push(head)
  args.push('--')
  const [diff, untracked] = await Promise.all([gitInBackground(cwd, args), head === undefined ? gitInBackground(cwd, ['ls-files', '-z', '--others', '--exclude-standard']) : ''])
  const changes = parseNameStatus(diff)
  for (const path of untracked.split('\0')) {
    if (path !== '') changes.push({ kind: 'added', path })
  }
  return changes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

/** The commit both REF and HEAD descend from: what a pull request is compared with. */
export function mergeBase(cwd: string, ref: string): string {
  return git(cwd, ['merge-base', '--end-of-options', ref, 'HEAD']).trim()
}

/**
 * The head-side lines of the diff of each of `paths` between two commits (relative to cwd, as
 * gitChanges names them), with git's three lines of context. `previousPaths` are the base paths
 * of renamed files among them, so that a move is read as one.
 */
export function gitChangedLines(cwd: string, base: string, head: string, paths: readonly string[], previousPaths: readonly string[] = []): Map<string, Set<number>> {
  const lines = new Map<string, Set<number>>()
  const all = [...paths, ...previousPaths]
  // A rename is seen as one only when both its paths are in one command: chunks are for command lines too long, far past any pull request.
  for (let start = 0; start < all.length; start += 2000) {
    // Pathspecs are literal: a file name with * or : is that file, never a pattern or magic.
    const args = ['--literal-pathspecs', 'diff', '--no-ext-diff', '--no-textconv', '--no-color', '--no-prefix', '-U3', '-M', '--relative', '--end-of-options', base, head, '--', ...all.slice(start, start + 2000)]
    for (const [path, found] of headLinesByFile(git(cwd, args))) lines.set(path, found)
  }
  return lines
}
