import { closeSync, readdirSync, readSync, type Dirent } from 'node:fs'
import { join } from 'node:path'
import { LoadError } from '../core/loadError.js'
import { openRegularFile, readRegularFile } from './regularFile.js'
import type { FileHead, Tree, TreeEntry } from './tree.js'

const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules'])

export class FileSystemTree implements Tree {
  readonly label = 'the working tree'

  /** Folders known not to be links, so that each file's path is checked once per folder. */
  private readonly checkedFolders = new Set<string>()

  constructor(readonly root: string) {}

  private children(relative: string): Dirent[] {
    try {
      return readdirSync(relative ? join(this.root, relative) : this.root, { withFileTypes: true })
    } catch (error) {
      // A folder that cannot be listed may hold KEPs: the run cannot say they pass.
      throw new LoadError(`cannot list the folder ${relative || '.'} under ${this.root}: ${(error as Error).message}`)
    }
  }

  list(): TreeEntry[] {
    const entries: TreeEntry[] = []
    const walk = (relative: string): void => {
      const children = this.children(relative)
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
        } else {
          // A FIFO, socket or device named like a KEP is listed as a file, and read as one: the read says what it is.
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
        fd = openRegularFile(this.root, path, this.checkedFolders).fd
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
        contents.set(path, readRegularFile(this.root, path, this.checkedFolders))
      } catch (error) {
        contents.set(path, error as Error)
      }
    }
    return contents
  }
}
