/** A file of a repository version, as the tree lists it. */
export interface TreeEntry {
  /** POSIX path relative to the KEP root. */
  path: string
  kind: 'file' | 'symlink' | 'submodule'
}

/**
 * One version of the KEP root: the working tree, a commit, or what the GitHub API serves.
 * Checks never touch the file system or git directly, so every version reads the same way.
 */
export interface Tree {
  /** For messages: "the working tree", "commit abc1234". */
  readonly label: string
  list(): TreeEntry[]
  /** Contents of regular files by path; a path that cannot be read maps to an Error. */
  readFiles(paths: readonly string[]): Map<string, Buffer | Error>
  /**
   * The first `bytes` bytes of each file, one file at a time: metadata sits at the top,
   * and reading whole 60 KB bodies would be most of the cost of a whole-repository run.
   * The head buffer is valid only during the call.
   */
  readHeads(paths: readonly string[], bytes: number, visit: (path: string, content: FileHead | Error) => void): void
}

export interface FileHead {
  head: Buffer
  /** True when the head is the whole file. */
  complete: boolean
}

/** readHeads for trees that hold whole files anyway (git objects, API answers). */
export function headsFromFiles(tree: Tree, paths: readonly string[], visit: (path: string, content: FileHead | Error) => void): void {
  for (let start = 0; start < paths.length; start += 256) {
    const batch = paths.slice(start, start + 256)
    const contents = tree.readFiles(batch)
    for (const path of batch) {
      const content = contents.get(path)!
      visit(path, Buffer.isBuffer(content) ? { head: content, complete: true } : content)
    }
  }
}
