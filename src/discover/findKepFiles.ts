import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { matcher } from './glob.js'

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
}

const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules'])

export function findKepFiles(root: string, layout: Layout): FoundFiles {
  const included = matcher(layout.include)
  const excluded = matcher(layout.exclude)
  const files: string[] = []
  const symlinks: string[] = []
  const walk = (relative: string): void => {
    const entries = readdirSync(relative ? join(root, relative) : root, { withFileTypes: true })
    for (const entry of entries) {
      const path = relative ? `${relative}/${entry.name}` : entry.name
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) walk(path)
      } else if ((entry.isFile() || entry.isSymbolicLink()) && included(path) && !excluded(path)) {
        ;(entry.isFile() ? files : symlinks).push(path)
      }
    }
  }
  walk('')
  const byPath = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
  return { files: files.sort(byPath), symlinks: symlinks.sort(byPath) }
}
