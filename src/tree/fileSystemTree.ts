import { closeSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs'
import { join } from 'node:path'
import type { FileHead, Tree, TreeEntry } from './tree.js'

const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules'])

export class FileSystemTree implements Tree {
  readonly label = 'the working tree'

  constructor(readonly root: string) {}

  list(): TreeEntry[] {
    const entries: TreeEntry[] = []
    const walk = (relative: string): void => {
      const children = readdirSync(relative ? join(this.root, relative) : this.root, { withFileTypes: true })
      // A folder with its own .git is a submodule: another repository, not KEPs of this one.
      if (relative && children.some(child => child.name === '.git')) {
        entries.push({ path: relative, kind: 'submodule' })
        return
      }
      for (const entry of children) {
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

  readHeads(paths: readonly string[], bytes: number, visit: (path: string, content: FileHead | Error) => void): void {
    // One buffer for every file: the caller decodes the head before the next read.
    const buffer = Buffer.allocUnsafe(bytes)
    for (const path of paths) {
      let fd: number | undefined
      try {
        fd = openSync(join(this.root, path), 'r')
        let length = 0
        while (length < bytes) {
          const read = readSync(fd, buffer, length, bytes - length, length)
          if (read === 0) break
          length += read
        }
        visit(path, { head: buffer.subarray(0, length), complete: length < bytes })
      } catch (error) {
        visit(path, error as Error)
      } finally {
        if (fd !== undefined) closeSync(fd)
      }
    }
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
