import { realpathSync, statSync } from 'node:fs'
import { basename, dirname, isAbsolute, join, resolve } from 'node:path'
import type { DataSource } from '../core/dataSource.js'
import { pathInside } from '../core/paths.js'
import { SCHEMAS_DIR } from './ownFiles.js'
import { entryAt, listFolder, makeFolders, MAX_FILE_BYTES, moveRegularFile, NotRegularFileError, readRegularFile, writeRegularFile, type EntryKind } from './regularFile.js'

/**
 * The one way the validator touches a file: `new Files(root)`, a folder whose files are read
 * and written only as regular files, by paths inside it with no link at any component (see
 * regularFile.ts). Every command's reads and writes go through one of these: the KEP root,
 * the repository, the action's workspace. eslint forbids node:fs anywhere else in src/.
 */
export class Files {
  readonly root: string

  constructor(
    root: string,
    /** What the root is, for messages: "the repository", "the workspace". */
    readonly name = 'the repository'
  ) {
    this.root = resolve(root)
  }

  /** A path's place under the root: an absolute path inside it, or a root-relative POSIX path; '' is the root. */
  relative(path: string): string {
    if (!isAbsolute(path)) return path
    const rel = pathInside(this.root, path)
    if (rel === undefined) throw new NotRegularFileError(`${path} is outside ${this.name} ${this.root}`)
    return rel
  }

  /** What is at a path (never following a link), or undefined when nothing is. */
  entry(path: string): { kind: EntryKind; size: number } | undefined {
    const rel = this.relative(path)
    return rel === '' ? { kind: 'folder', size: 0 } : entryAt(this.root, rel)
  }

  /** Whether anything is at a path: a link is something (reading it is refused, never skipped as if absent). */
  exists(path: string): boolean {
    return this.entry(path) !== undefined
  }

  read(path: string, limit = MAX_FILE_BYTES): Buffer {
    return readRegularFile(this.root, this.relative(path), undefined, limit)
  }

  readText(path: string, limit = MAX_FILE_BYTES): string {
    return this.read(path, limit).toString('utf8')
  }

  list(folder = ''): Array<{ name: string; kind: EntryKind }> {
    return listFolder(this.root, this.relative(folder))
  }

  /** Writes a regular file (`create`: one that does not exist yet), making the folders it needs. */
  write(path: string, content: string | Uint8Array, options: { create?: boolean } = {}): void {
    const rel = this.relative(path)
    if (rel.includes('/')) makeFolders(this.root, rel.slice(0, rel.lastIndexOf('/')), rel)
    writeRegularFile(this.root, rel, content, options)
  }

  makeFolders(path: string): void {
    const rel = this.relative(path)
    if (rel !== '') makeFolders(this.root, rel)
  }

  /** Renames a regular file to a path that does not exist yet, making the folders it needs. */
  move(from: string, to: string): void {
    const target = this.relative(to)
    if (target.includes('/')) makeFolders(this.root, target.slice(0, target.lastIndexOf('/')), target)
    moveRegularFile(this.root, this.relative(from), target)
  }
}

/** The innermost of the roots that holds a path: the roots are trusted as named, nothing under them is followed. */
function rootOf(roots: readonly Files[], path: string): Files | undefined {
  let best: Files | undefined
  for (const files of roots) if (pathInside(files.root, path) !== undefined && (best === undefined || best.root.length < files.root.length)) best = files
  return best
}

/**
 * The files that configure a run (configuration, schema, lifecycle, sigs.yaml, baseline), read
 * from a few roots: the workspace, or the folders a user names on the command line. A path
 * under none of them is refused with `outside(path)`: a configured path to a system file
 * would put the start of that file into an error message.
 */
export function filesSource(roots: readonly string[], outside: (path: string) => string = path => `${path} is outside the folders this run reads (${roots.join(', ')})`): DataSource {
  const areas = [...roots.map(root => new Files(root)), new Files(SCHEMAS_DIR, "the validator's schemas")]
  const areaOf = (path: string): Files => {
    const area = rootOf(areas, resolve(path))
    if (area === undefined) throw new NotRegularFileError(outside(path))
    return area
  }
  return {
    confine: path => void areaOf(path),
    exists: path => areaOf(path).exists(resolve(path)),
    read: path => areaOf(path).readText(resolve(path))
  }
}

/** A file named by itself (the runner's event payload, a path given on the command line): regular, not a link, size-capped. */
export function readNamedFile(path: string, limit = MAX_FILE_BYTES): Buffer {
  return new Files(dirname(resolve(path))).read(basename(path), limit)
}

/** Whether a path names a folder (following a link: a root is named by whoever runs the validator). */
export function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

/** A path with links resolved as far as it exists (git names a repository's top that way). */
export function realPath(path: string): string {
  try {
    return realpathSync(path)
  } catch {
    const parent = dirname(path)
    return parent === path ? path : join(realPath(parent), basename(path))
  }
}
