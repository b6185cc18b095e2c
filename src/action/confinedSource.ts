import { LoadError } from '../core/loadError.js'
import type { DataSource } from '../core/dataSource.js'
import { pathInside } from '../core/paths.js'
import { filesSource } from '../files/files.js'
import { SCHEMAS_DIR } from '../files/ownFiles.js'

/**
 * The workspace's files as the action reads them (its inputs, the configuration, the
 * baseline): never through a symbolic link, only regular files (a configuration linked to
 * /proc/self/environ would put the environment into an error message), and only inside the
 * workspace or the action's own schemas.
 */
export function workspaceFiles(workspace: string): DataSource {
  return filesSource([workspace], path => outsideWorkspace(workspace, path))
}

function outsideWorkspace(workspace: string, path: string): string {
  return `${path} is outside the workspace ${workspace}: the action reads its configuration, schemas, lifecycles, SIG lists and baseline only from the checked-out repositories`
}

/**
 * The action reads the files that configure it from the workspace (and its own schemas) only:
 * a configured path to a system file would put the start of that file into an error message,
 * which a pull request's author can read.
 */
export function confinedTo(workspace: string, source: DataSource): DataSource {
  const check = (path: string): void => {
    if (pathInside(workspace, path) === undefined && pathInside(SCHEMAS_DIR, path) === undefined) throw new LoadError(outsideWorkspace(workspace, path))
  }
  return {
    confine: check,
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
