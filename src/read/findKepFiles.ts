import type { TreeEntry } from '../tree/tree.js'
import { matcher } from '../core/glob.js'

export interface Layout {
  /** Globs, relative to the KEP root, of the files that are KEPs. */
  include: string[]
  /** Globs of files that match include but are not KEPs. */
  exclude: string[]
}

/** KEP-1's layout: a folder per SIG or working group, subprojects and status folders below. */
export const KEP_0001_LAYOUT: Layout = {
  include: ['{sig-*,wg-*,unsorted-to-be-used-by-newcomers-only}/**/*.md'],
  exclude: ['**/0000-kep-template.md', '**/index.md', '**/README.md', '**/readme.md']
}

export interface FoundFiles {
  /** KEP files, POSIX paths relative to the root, sorted. */
  files: string[]
  /** Paths that match the layout but are symbolic links: never followed, always reported. */
  symlinks: string[]
  /** Paths that match the layout but are submodules (gitlinks): not a KEP's file, always reported. */
  submodules: string[]
}

const byPath = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** The entries of a tree that the layout makes KEPs. */
export function selectKepFiles(entries: readonly TreeEntry[], layout: Layout): FoundFiles {
  const isKep = isKepPath(layout)
  const files: string[] = []
  const symlinks: string[] = []
  const submodules: string[] = []
  const byKind = { file: files, symlink: symlinks, submodule: submodules }
  // Every kind of entry a KEP path can be is judged: a gitlink named like a KEP is not skipped.
  for (const entry of entries) if (isKep(entry.path)) byKind[entry.kind].push(entry.path)
  return { files: files.sort(byPath), symlinks: symlinks.sort(byPath), submodules: submodules.sort(byPath) }
}

export function isKepPath(layout: Layout): (path: string) => boolean {
  const included = matcher(layout.include)
  const excluded = matcher(layout.exclude)
  return path => included(path) && !excluded(path)
}
