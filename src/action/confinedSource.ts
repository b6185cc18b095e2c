import { lstatSync } from 'node:fs'
import { resolve } from 'node:path'
import { FILE_SYSTEM } from '../config/readDataFile.js'
import { LoadError } from '../core/loadError.js'
import type { DataSource } from '../core/dataSource.js'
import { pathInside, SCHEMAS_DIR } from '../core/paths.js'
import { readRegularFile } from '../tree/regularFile.js'

/**
 * The workspace's files as the action reads them: never through a symbolic link, and only
 * regular files (a configuration linked to /proc/self/environ would put the environment into
 * an error message).
 */
export function workspaceFiles(workspace: string): DataSource {
  // Outside the workspace are only the action's own schemas (confinedTo refuses the rest).
  return {
    exists: path => {
      if (pathInside(workspace, path) === undefined) return FILE_SYSTEM.exists(path)
      // A link exists: reading it is refused with what it is, never skipped as if absent.
      try {
        lstatSync(resolve(path))
        return true
      } catch {
        return false
      }
    },
    read: path => {
      const rel = pathInside(workspace, path)
      return rel === undefined ? FILE_SYSTEM.read(path) : readRegularFile(workspace, rel).toString('utf8')
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
    if (pathInside(workspace, path) === undefined && pathInside(SCHEMAS_DIR, path) === undefined)
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
