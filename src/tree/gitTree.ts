import { readBlobs } from '../git/catFile.js'
import { git } from '../git/git.js'
import { headsFromFiles, type FileHead, type Tree, type TreeEntry } from './tree.js'

const KINDS: Record<string, TreeEntry['kind']> = { '100644': 'file', '100755': 'file', '120000': 'symlink', '160000': 'submodule' }

/**
 * A commit, read from git's object store without checking anything out: a pull request's
 * files are read, never written to disk or run.
 */
export class GitTree implements Tree {
  readonly label: string
  private objects?: Map<string, string>

  /**
   * @param cwd a folder inside the repository
   * @param commit the commit to read
   * @param prefix the KEP root relative to the repository top ('' or 'keps/')
   */
  constructor(
    private readonly cwd: string,
    readonly commit: string,
    private readonly prefix: string
  ) {
    this.label = `commit ${commit.slice(0, 12)}`
  }

  private listObjects(): Map<string, string> {
    if (!this.objects) {
      const args = ['ls-tree', '-r', '-z', '--full-tree', this.commit]
      if (this.prefix) args.push('--', this.prefix)
      this.objects = new Map()
      for (const record of git(this.cwd, args).split('\0')) {
        const match = /^(\d{6}) \w+ ([0-9a-f]+)\t(.*)$/s.exec(record)
        if (!match || !match[3].startsWith(this.prefix)) continue
        this.objects.set(match[3].slice(this.prefix.length), `${match[1]} ${match[2]}`)
      }
    }
    return this.objects
  }

  list(): TreeEntry[] {
    const entries: TreeEntry[] = []
    for (const [path, value] of this.listObjects()) {
      const kind = KINDS[value.split(' ')[0]]
      if (kind) entries.push({ path, kind })
    }
    return entries
  }

  readHeads(paths: readonly string[], _bytes: number, visit: (path: string, content: FileHead | Error) => void): void {
    headsFromFiles(this, paths, visit)
  }

  readFiles(paths: readonly string[]): Map<string, Buffer | Error> {
    const objects = this.listObjects()
    const contents = new Map<string, Buffer | Error>()
    const wanted: Array<[string, string]> = []
    for (const path of paths) {
      const object = objects.get(path)
      if (object === undefined) contents.set(path, new Error(`${path} is not in ${this.label}`))
      else wanted.push([path, object.split(' ')[1]])
    }
    const blobs = readBlobs(this.cwd, wanted.map(([, sha]) => sha))
    for (const [path, sha] of wanted) contents.set(path, blobs.get(sha) ?? new Error(`${path} cannot be read from ${this.label}`))
    return contents
  }
}

/** The KEP root as a path prefix inside its repository ('' at the top). */
export function repositoryPrefix(root: string): string {
  const prefix = git(root, ['rev-parse', '--show-prefix']).trim()
  return prefix
}
