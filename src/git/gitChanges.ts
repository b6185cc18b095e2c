import { parseNameStatus, type Change } from '../core/change.js'
import { git } from './git.js'

/**
 * What changed between a base commit and a head commit, or the working tree (head
 * undefined, untracked files included): paths relative to cwd, renames detected.
 */
export function gitChanges(cwd: string, base: string, head?: string): Change[] {
  // No external diff or textconv: .gitattributes of a pull request must not choose programs to run.
  // --end-of-options: a revision that starts with "-" is a revision, never an option.
  const args = ['diff', '--no-ext-diff', '--no-textconv', '--name-status', '-z', '-M', '--relative', '--end-of-options', base]
  if (head !== undefined) args.push(head)
  args.push('--')
  const changes = parseNameStatus(git(cwd, args))
  if (head === undefined) {
    for (const path of git(cwd, ['ls-files', '-z', '--others', '--exclude-standard']).split('\0')) {
      if (path !== '') changes.push({ kind: 'added', path })
    }
  }
  return changes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

/** The commit both REF and HEAD descend from: what a pull request is compared with. */
export function mergeBase(cwd: string, ref: string): string {
  return git(cwd, ['merge-base', '--end-of-options', ref, 'HEAD']).trim()
}
