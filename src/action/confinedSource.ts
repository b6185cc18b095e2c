import { lstatSync } from 'node:fs'
import { relative, resolve, sep } from 'node:path'
import { LoadError } from '../core/loadError.js'
import type { DataSource } from '../core/dataSource.js'
import { SCHEMAS_DIR } from '../core/paths.js'
import { readRegularFile } from '../tree/regularFile.js'

function within(dir: string, path: string): boolean {
  const rel = relative(dir, resolve(path))
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && resolve(dir, rel) === resolve(path))
}

/**
 * The workspace's files as the action reads them: never through a symbolic link, and only
 * regular files (a configuration linked to /proc/self/environ would put the environment into
 * an error message).
 */
export function workspaceFiles(workspace: string, fallback: DataSource): DataSource {
  const inWorkspace = (path: string): string | undefined => (within(workspace, path) ? relative(workspace, resolve(path)) : undefined)
  return {
    exists: path => {
      const rel = inWorkspace(path)
      if (rel === undefined) return fallback.exists(path)
      // A link exists: reading it is refused with what it is, never skipped as if absent.
      try {
        lstatSync(resolve(path))
        return true
      } catch {
        return false
      }
    },
    read: path => {
      const rel = inWorkspace(path)
      return rel === undefined ? fallback.read(path) : readRegularFile(workspace, rel.split(sep).join('/')).toString('utf8')
    }
  }
}

/**
 * The action reads the files that configure it from the workspace (and its own schemas) only:
 * a configured path to a system file would put the start of that file into an error message,
 * which a pull request's author can read.
 */
export function confinedTo(workspace: string, source: DataSource): DataSource {
  const check = (path: string): void => {
    if (!within(workspace, path) && !within(SCHEMAS_DIR, path))
      throw new LoadError(`${path} is outside the workspace ${workspace}: the action reads its configuration, schemas, lifecycles and SIG lists only from the checked-out repositories`)
  }
  return {
    exists: path => {
      check(path)
      return source.exists(path)
    },
    read: path => {
      check(path)
      return source.read(path)
    }
  }
}
