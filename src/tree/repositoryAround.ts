import { git, workTreeRoot } from '../git/git.js'
import { FileSystemTree } from './fileSystemTree.js'
import type { Tree } from './tree.js'

/**
 * The working tree of the git repository that holds a KEP root, and the root's place in it:
 * where a run that finds no KEP under its root looks for those it missed. Undefined outside
 * a repository: only the root is looked at then.
 */
export function repositoryAround(root: string): { tree: Tree; root: string } | undefined {
  const top = workTreeRoot(root)
  if (top === undefined) return undefined
  try {
    // git names the root's place as it names the top: with links resolved.
    const prefix = git(root, ['rev-parse', '--show-prefix']).trim().replace(/\/$/, '')
    return { tree: new FileSystemTree(top), root: prefix }
  } catch {
    return undefined
  }
}
