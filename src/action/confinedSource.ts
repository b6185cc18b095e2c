import { relative, resolve, sep } from 'node:path'
import { LoadError } from '../core/loadError.js'
import type { DataSource } from '../core/dataSource.js'
import { SCHEMAS_DIR } from '../core/paths.js'

function within(dir: string, path: string): boolean {
  const rel = relative(dir, resolve(path))
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && resolve(dir, rel) === resolve(path))
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
