import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Tree, TreeEntry } from './tree.js'

const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules'])

export class FileSystemTree implements Tree {
  readonly label = 'the working tree'

  constructor(readonly root: string) {}

  list(): TreeEntry[] {
    const entries: TreeEntry[] = []
    const walk = (relative: string): void => {
      for (const entry of readdirSync(relative ? join(this.root, relative) : this.root, { withFileTypes: true })) {
        const path = relative ? `${relative}/${entry.name}` : entry.name
        if (entry.isDirectory()) {
          if (!SKIPPED_DIRECTORIES.has(entry.name)) walk(path)
        } else if (entry.isSymbolicLink()) {
          entries.push({ path, kind: 'symlink' })
        } else if (entry.isFile()) {
          entries.push({ path, kind: 'file' })
        }
      }
    }
    walk('')
    return entries
  }

  readFiles(paths: readonly string[]): Map<string, Buffer | Error> {
    const contents = new Map<string, Buffer | Error>()
    for (const path of paths) {
      try {
        contents.set(path, readFileSync(join(this.root, path)))
      } catch (error) {
        contents.set(path, error as Error)
      }
    }
    return contents
  }
}
