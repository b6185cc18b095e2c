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
}
