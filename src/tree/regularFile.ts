import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, writeSync } from 'node:fs'
import { isAbsolute, join } from 'node:path'

/**
 * Files of a repository are read and written only as what they are in it: never through a
 * symbolic link (an index.md linked to /proc/self/environ put the token into the summary,
 * and `index --write` wrote outside the repository), and never when not a regular file (a
 * FIFO blocks the read forever, a device never ends).
 */

/** Larger files are not read: a KEP or an index is kilobytes, and memory is the runner's. */
export const MAX_FILE_BYTES = 32 * 1024 * 1024

// O_NOFOLLOW refuses a link swapped in after the check; O_NONBLOCK keeps a FIFO's open from waiting for a writer.
const NO_FOLLOW = (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0)

export class NotRegularFileError extends Error {
  readonly code = 'ENOTREG'
}

function kindOf(stat: { isSymbolicLink(): boolean; isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean }): string {
  if (stat.isSymbolicLink()) return 'a symbolic link; links are never followed (they could point outside the repository)'
  if (stat.isDirectory()) return 'a folder'
  if (stat.isFIFO()) return 'a named pipe (FIFO), not a file'
  if (stat.isSocket()) return 'a socket, not a file'
  return 'a device, not a file'
}

/** Checks that no folder between the root and the file is a symbolic link; folders already checked are remembered. */
export function checkFolders(root: string, path: string, checked?: Set<string>): void {
  const parts = path.split('/')
  if (isAbsolute(path) || parts.includes('..')) throw new NotRegularFileError(`${path} is outside the repository`)
  let folder = ''
  for (const part of parts.slice(0, -1)) {
    folder = folder ? `${folder}/${part}` : part
    if (checked?.has(folder)) continue
    const stat = lstatSync(join(root, folder))
    if (!stat.isDirectory()) throw new NotRegularFileError(`${path} is under ${folder}, which is ${kindOf(stat)}`)
    checked?.add(folder)
  }
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

/** A regular file's bytes, at most `limit` of them (a longer file is an error, not a partial read). */
export function readRegularFile(root: string, path: string, checked?: Set<string>, limit = MAX_FILE_BYTES): Buffer {
  const { fd, size } = openRegularFile(root, path, checked)
  try {
    if (size > limit) throw new NotRegularFileError(`${path} is ${Math.ceil(size / 1024 / 1024)} MB, more than the ${limit / 1024 / 1024} MB a file may be; it is not read`)
    const buffer = Buffer.allocUnsafe(size)
    let length = 0
    while (length < size) {
      const read = readSync(fd, buffer, length, size - length, length)
      if (read === 0) break
      length += read
    }
    return buffer.subarray(0, length)
  } finally {
    closeSync(fd)
  }
}

/** Writes a file under root, refusing to write through a link or over anything but a regular file. */
export function writeRegularFile(root: string, path: string, content: string): void {
  checkFolders(root, path)
  let existing
  try {
    existing = lstatSync(join(root, path))
  } catch {
    existing = undefined
  }
  if (existing && !existing.isFile()) throw new NotRegularFileError(`${path} is ${kindOf(existing)}: it is not written`)
  const fd = openSync(join(root, path), constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | NO_FOLLOW, 0o644)
  try {
    const bytes = Buffer.from(content)
    let written = 0
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written)
  } finally {
    closeSync(fd)
  }
}
