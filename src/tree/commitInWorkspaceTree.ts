import { git } from '../git/git.js'
import { entryAt } from '../files/regularFile.js'
import type { FileSystemTree } from './fileSystemTree.js'
import type { GitTree } from './gitTree.js'
import type { FileHead, Tree, TreeEntry } from './tree.js'

/**
 * A commit whose files are read from the checked-out workspace wherever git reports the
 * workspace's copy equal to the commit's (and its size agrees, so that no line-ending or
 * encoding conversion has changed its bytes), from git's object store elsewhere. A pull
 * request's head holds every KEP of the repository: through git cat-file, 5,000 KEPs meant
 * 200 MB of whole files inflated and piped; from the workspace, only their first bytes.
 */
export class CommitInWorkspaceTree implements Tree {
  readonly label: string
  private same?: Set<string>

  constructor(
    private readonly commit: GitTree,
    private readonly workspace: FileSystemTree
  ) {
    this.label = commit.label
  }

  list(): TreeEntry[] {
    return this.commit.list()
  }

  /**
   * The commit's files that git finds unchanged in the workspace. git does not look at files
   * marked assume-unchanged or skip-worktree (a step of the workflow may have marked and
   * edited them): only files whose index entry is plain ("H") are trusted.
   */
  private unchangedInWorkspace(): Set<string> {
    if (!this.same) {
      const root = this.workspace.root
      const differing = new Set(git(root, ['diff', '--name-only', '-z', '--no-renames', '--no-ext-diff', '--relative', '--end-of-options', this.commit.commit, '--']).split('\0'))
      const plain = new Set<string>()
      for (const record of git(root, ['ls-files', '-v', '-z', '--']).split('\0')) if (record.startsWith('H ')) plain.add(record.slice(2))
      this.same = new Set(
        this.list()
          .filter(entry => entry.kind === 'file' && plain.has(entry.path) && !differing.has(entry.path))
          .map(entry => entry.path)
      )
    }
    return this.same
  }

  /** Whether a file of the commit is read from the workspace (else from git). */
  readsFromWorkspace(path: string): boolean {
    if (!this.unchangedInWorkspace().has(path)) return false
    try {
      // A workspace file replaced by a link (or under one) is read from git, never through the link.
      const entry = entryAt(this.workspace.root, path)
      return entry?.kind === 'file' && entry.size === this.commit.sizeOf(path)
    } catch {
      return false
    }
  }

  private split(paths: readonly string[]): { workspace: string[]; commit: string[] } {
    const workspace: string[] = []
    const commit: string[] = []
    for (const path of paths) (this.readsFromWorkspace(path) ? workspace : commit).push(path)
    return { workspace, commit }
  }

  readHeads(paths: readonly string[], bytes: number, visit: (path: string, content: FileHead | Error) => void): void {
    const { workspace, commit } = this.split(paths)
    this.workspace.readHeads(workspace, bytes, visit)
    this.commit.readHeads(commit, bytes, visit)
  }

  readFiles(paths: readonly string[]): Map<string, Buffer | Error> {
    const { workspace, commit } = this.split(paths)
    return new Map([...this.workspace.readFiles(workspace), ...this.commit.readFiles(commit)])
  }
}
