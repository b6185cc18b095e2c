import { LoadError } from '../core/loadError.js'
import { listFolder, readRegularFile, readRegularFileHead, type EntryKind } from '../files/regularFile.js'
import type { FileHead, Tree, TreeEntry } from './tree.js'

// git's own folder in any case (on a case-insensitive file system .GIT is .git), and dependencies.
const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules'])

export class FileSystemTree implements Tree {
  readonly label = 'the working tree'

  /** Folders known not to be links, so that each file's path is checked once per folder. */
  private readonly checkedFolders = new Set<string>()

  constructor(readonly root: string) {}

  private children(relative: string): Array<{ name: string; kind: EntryKind }> {
    try {
      return listFolder(this.root, relative, this.checkedFolders)
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
        if (entry.kind === 'folder') {
          if (SKIPPED_DIRECTORIES.has(entry.name.toLowerCase())) continue
          // The listing said what it is without following a link (a link is listed as one), as
          // the check of the folders on a path would: the walk does not ask again for each.
          this.checkedFolders.add(path)
          walk(path)
        } else if (entry.kind === 'symlink') {
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
      let length: number
      try {
        length = readRegularFileHead(this.root, path, buffer, this.checkedFolders)
      } catch (error) {
        visit(path, error as Error)
        continue
      }
      visit(path, { head: buffer.subarray(0, length), complete: length < bytes })
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
