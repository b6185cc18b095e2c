import { git } from './git.js'

/** The commit both REF and HEAD descend from: what a pull request is compared with. */
export function mergeBase(cwd: string, ref: string): string {
  return git(cwd, ['merge-base', ref, 'HEAD']).trim()
}

/**
 * Files (relative to cwd, POSIX) that differ between a commit and the working tree,
 * untracked ones included: what an author is about to push.
 */
export function changedFiles(cwd: string, base: string): string[] {
  const tracked = git(cwd, ['diff', '--name-only', '-z', '--no-renames', '--relative', base, '--'])
  const untracked = git(cwd, ['ls-files', '-z', '--others', '--exclude-standard'])
  const all = new Set([...tracked.split('\0'), ...untracked.split('\0')].filter(name => name !== ''))
  return [...all].sort()
}
