import { dirname, posix, relative, sep } from 'node:path'
import { workTreeRoot } from '../git/git.js'
import { realPath } from '../files/files.js'

const toPosix = (path: string): string => path.split(sep).join('/')

/** A file's path in the git repository that holds it (git reports the top with links resolved); outside one, relative to the workspace. */
export function pathInRepository(file: string, workspace: string): string {
  const top = workTreeRoot(dirname(file))
  return toPosix(top === undefined ? relative(workspace, file) : relative(top, realPath(file)))
}

/**
 * The one base of every path the action shows: the repository that holds the KEP root, as
 * GitHub names files in a diff. A checkout into a subfolder (actions/checkout `path:`) is
 * not the workspace; without git, the workspace is the best guess.
 */
export function repositoryPaths(root: string, workspace: string): { repositoryRoot: string; displayPath: (file: string) => string } {
  const top = workTreeRoot(root)
  const rootInRepository = toPosix(top === undefined ? relative(workspace, root) : relative(top, realPath(root)))
  // A rules file above the KEP root (root: keps, .kep-validator.yml beside it) is ../.kep-validator.yml from the root.
  return { repositoryRoot: top ?? workspace, displayPath: file => (rootInRepository === '' ? file : posix.join(rootInRepository, file)) }
}
