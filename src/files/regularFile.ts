import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readSync, renameSync, writeSync, type Stats } from 'node:fs'
import { join } from 'node:path'

/**
 * The primitives of files/: a path relative to a root (POSIX separators), opened only as
 * what it is there. Never through a symbolic link at any component (an index.md linked to
 * /proc/self/environ put the token into the summary, `index --write` wrote outside the
 * repository, a template folder's link was copied into a new KEP), never a file that is not
 * regular (a FIFO blocks the read forever, a device never ends), never under `.git` (git's
 * own files hold the checkout's credentials), never larger than MAX_FILE_BYTES.
 */

/** Larger files are not read: a KEP or an index is kilobytes, and memory is the runner's. */
export const MAX_FILE_BYTES = 32 * 1024 * 1024

// O_NOFOLLOW refuses a link swapped in after the check; O_NONBLOCK keeps a FIFO's open from waiting for a writer.
const NO_FOLLOW = (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0)

/** A path that is not a regular file of its root, or not allowed to be read or written: the message says why. */
export class NotRegularFileError extends Error {
  constructor(
    message: string,
    /** ENOTDIR: a file stands where a folder of the path would be (the path is not there). */
    readonly code: 'ENOTREG' | 'ENOTDIR' = 'ENOTREG'
  ) {
    super(message)
  }
}

export type EntryKind = 'file' | 'folder' | 'symlink' | 'other'

type Kinded = Pick<Stats, 'isFile' | 'isSymbolicLink' | 'isDirectory' | 'isFIFO' | 'isSocket'>

function kind(stat: Kinded): EntryKind {
  return stat.isSymbolicLink() ? 'symlink' : stat.isDirectory() ? 'folder' : stat.isFile() ? 'file' : 'other'
}

/** What an entry that is not a regular file is, in words. */
export function kindOf(stat: Kinded): string {
  if (stat.isSymbolicLink()) return 'a symbolic link; links are never followed (they could point outside the repository)'
  if (stat.isDirectory()) return 'a folder'
  if (stat.isFile()) return 'a file'
  if (stat.isFIFO()) return 'a named pipe (FIFO), not a file'
  if (stat.isSocket()) return 'a socket, not a file'
  return 'a device, not a file'
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path)
  } catch (error) {
    if (['ENOENT', 'ENOTDIR'].includes((error as NodeJS.ErrnoException).code ?? '')) return undefined
    throw error
  }
}

/** The parts of a root-relative path; anything that could leave the root, or name git's own files, is refused. */
function partsOf(path: string): string[] {
  const parts = path.split('/')
  if (path === '' || path.startsWith('/') || parts.some(part => part === '' || part === '.' || part === '..')) {
    throw new NotRegularFileError(`${path} is outside the repository`)
  }
  if (parts.some(part => part.toLowerCase() === '.git')) throw new NotRegularFileError(`${path} is inside .git: git's own files (the checkout's credentials among them) are read only through git`)
  return parts
}

/** Checks that every folder between the root and the path is a folder, not a link; folders already checked are remembered. */
export function checkFolders(root: string, path: string, checked?: Set<string>): void {
  const parts = partsOf(path)
  // A folder is remembered only once every folder above it was checked: its files need no more.
  const slash = path.lastIndexOf('/')
  if (slash === -1 || checked?.has(path.slice(0, slash))) return
  let folder = ''
  for (const part of parts.slice(0, -1)) {
    folder = folder ? `${folder}/${part}` : part
    if (checked?.has(folder)) continue
    const stat = lstatSync(join(root, folder))
    if (!stat.isDirectory()) throw new NotRegularFileError(`${path} is under ${folder}, which is ${kindOf(stat)}`, stat.isFile() ? 'ENOTDIR' : 'ENOTREG')
    checked?.add(folder)
  }
}

/** What is at a path, without following a link; undefined when nothing is (a folder on the way that is a link throws). */
export function entryAt(root: string, path: string, checked?: Set<string>): { kind: EntryKind; size: number } | undefined {
  try {
    checkFolders(root, path, checked)
  } catch (error) {
    if (['ENOENT', 'ENOTDIR'].includes((error as NodeJS.ErrnoException).code ?? '')) return undefined
    throw error
  }
  const stat = lstatOrUndefined(join(root, path))
  return stat && { kind: kind(stat), size: stat.size }
}

/** Opens a regular file under root for reading, with its size; anything else throws, saying what it is. */
export function openRegularFile(root: string, path: string, checked?: Set<string>): { fd: number; size: number } {
  checkFolders(root, path, checked)
  let fd: number
  try {
    fd = openSync(join(root, path), constants.O_RDONLY | NO_FOLLOW)
  } catch (error) {
    // ELOOP (and EMLINK on BSDs): the file itself is a link.
    if (['ELOOP', 'EMLINK'].includes((error as NodeJS.ErrnoException).code ?? '')) throw new NotRegularFileError(`${path} is ${kindOf(lstatSync(join(root, path)))}`)
    throw error
  }
  const stat = fstatSync(fd)
  if (!stat.isFile()) {
    closeSync(fd)
    throw new NotRegularFileError(`${path} is ${kindOf(stat)}`)
  }
  return { fd, size: stat.size }
}

function readInto(fd: number, buffer: Buffer, bytes: number): number {
  let length = 0
  while (length < bytes) {
    const read = readSync(fd, buffer, length, bytes - length, length)
    if (read === 0) break
    length += read
  }
  return length
}

/** A regular file's bytes, at most `limit` of them (a longer file is an error, not a partial read). */
export function readRegularFile(root: string, path: string, checked?: Set<string>, limit = MAX_FILE_BYTES): Buffer {
  const { fd, size } = openRegularFile(root, path, checked)
  try {
    if (size > limit) throw new NotRegularFileError(`${path} is ${Math.ceil(size / 1024 / 1024)} MB, more than the ${limit / 1024 / 1024} MB a file may be; it is not read`)
    const buffer = Buffer.allocUnsafe(size)
    return buffer.subarray(0, readInto(fd, buffer, size))
  } finally {
    closeSync(fd)
  }
}

/** A regular file's first bytes, read into `buffer` (as many as it holds, up to the size the file had when opened); their count. */
export function readRegularFileHead(root: string, path: string, buffer: Buffer, checked?: Set<string>): number {
  const { fd, size } = openRegularFile(root, path, checked)
  try {
    // Bounded by the size, as readRegularFile is: a file shorter than the buffer takes one read, not a second that finds its end.
    return readInto(fd, buffer, Math.min(size, buffer.length))
  } finally {
    closeSync(fd)
  }
}

/**
 * Writes a file under root, refusing to write through a link (at the file or any folder on
 * the way) or over anything but a regular file. `create`: the file must not exist yet.
 */
export function writeRegularFile(root: string, path: string, content: string | Uint8Array, options: { create?: boolean } = {}): void {
  checkFolders(root, path)
  const existing = lstatOrUndefined(join(root, path))
  if (existing && options.create) throw new NotRegularFileError(`${path} already exists: it is not written`)
  if (existing && !existing.isFile()) throw new NotRegularFileError(`${path} is ${kindOf(existing)}: it is not written`)
  const flags = constants.O_WRONLY | constants.O_CREAT | (options.create ? constants.O_EXCL : constants.O_TRUNC) | NO_FOLLOW
  const fd = openSync(join(root, path), flags, 0o644)
  try {
    const bytes = typeof content === 'string' ? Buffer.from(content) : content
    let written = 0
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written)
  } finally {
    closeSync(fd)
  }
}

/**
 * Makes a folder and the folders above it under root; one that exists must be a folder, never
 * a link. `forPath`: the file the folder is made for, as messages name it.
 */
export function makeFolders(root: string, path: string, forPath = path): void {
  let folder = ''
  for (const part of partsOf(path)) {
    folder = folder ? `${folder}/${part}` : part
    const stat = lstatOrUndefined(join(root, folder))
    if (stat === undefined) mkdirSync(join(root, folder))
    else if (!stat.isDirectory()) throw new NotRegularFileError(folder === forPath ? `${forPath} is ${kindOf(stat)}` : `${forPath} is under ${folder}, which is ${kindOf(stat)}`)
  }
}

/** The entries of a folder under root ('' for the root itself), each with what it is; the folder may not be, or be under, a link. */
export function listFolder(root: string, path: string, checked?: Set<string>): Array<{ name: string; kind: EntryKind }> {
  if (path !== '') checkFolders(root, `${path}/-`, checked)
  return readdirSync(path === '' ? root : join(root, path), { withFileTypes: true }).map(entry => ({ name: entry.name, kind: kind(entry) }))
}

/** Renames a regular file under root to a path that does not exist yet, with no link on either way. */
export function moveRegularFile(root: string, from: string, to: string): void {
  checkFolders(root, from)
  checkFolders(root, to)
  const source = lstatOrUndefined(join(root, from))
  if (!source?.isFile()) throw new NotRegularFileError(source ? `${from} is ${kindOf(source)}: it is not moved` : `${from} does not exist`)
  const target = lstatOrUndefined(join(root, to))
  if (target) throw new NotRegularFileError(`cannot move ${from} to ${to}: it exists`)
  renameSync(join(root, from), join(root, to))
}
