import { readBlobs } from '../git/catFile.js'
import { git } from '../git/git.js'
import { treeRecords, type TreeRecord } from '../git/treeListing.js'
import { MAX_FILE_BYTES, NotRegularFileError } from '../files/regularFile.js'
import { headsFromFiles, type FileHead, type Tree, type TreeEntry } from './tree.js'

type GitObject = Omit<TreeRecord, 'path'>

/**
 * A commit, read from git's object store without checking anything out: a pull request's
 * files are read, never written to disk or run.
 */
export class GitTree implements Tree {
  readonly label: string
  private objects?: Map<string, GitObject>

  /**
   * @param cwd a folder inside the repository
   * @param commit the commit to read
   * @param prefix the KEP root relative to the repository top ('' or 'keps/')
   * @param options.sizes list the files' sizes too (sizeOf): with loose objects that costs a
   *   read of every object's header, so only a tree that needs them asks
   */
  constructor(
    private readonly cwd: string,
    readonly commit: string,
    private readonly prefix: string,
    private readonly options: { sizes?: boolean } = {}
  ) {
    this.label = `commit ${commit.slice(0, 12)}`
  }

  private listObjects(): Map<string, GitObject> {
    if (!this.objects) {
      const args = ['ls-tree', '-r', '-z', ...(this.options.sizes ? ['-l'] : []), '--full-tree', '--end-of-options', this.commit]
      if (this.prefix) args.push('--', this.prefix)
      this.objects = new Map()
      for (const { path, ...object } of treeRecords(git(this.cwd, args))) {
        if (path.startsWith(this.prefix)) this.objects.set(path.slice(this.prefix.length), object)
      }
    }
    return this.objects
  }

  list(): TreeEntry[] {
    const entries: TreeEntry[] = []
    for (const [path, { kind }] of this.listObjects()) {
      // A recursive listing has no folders; a mode git does not write today is not an entry.
      if (kind !== undefined && kind !== 'folder') entries.push({ path, kind })
    }
    return entries
  }

  /** The size in bytes of a file of the commit (a tree made with sizes), or undefined. */
  sizeOf(path: string): number | undefined {
    return this.listObjects().get(path)?.size
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
      // A link's blob is the path it points to, a gitlink's id another repository's commit: neither is the file.
      else if (object.kind !== 'file')
        contents.set(path, new NotRegularFileError(`${path} is ${object.kind === 'symlink' ? 'a symbolic link; links are never followed' : `a ${object.kind ?? `mode ${object.mode}`} entry, not a file`} in ${this.label}`))
      else if (object.size !== undefined && object.size > MAX_FILE_BYTES)
        contents.set(path, new NotRegularFileError(`${path} is ${Math.ceil(object.size / 1024 / 1024)} MB in ${this.label}, more than the ${MAX_FILE_BYTES / 1024 / 1024} MB a file may be; it is not read`))
      else wanted.push([path, object.id])
    }
    const blobs = readBlobs(
      this.cwd,
      wanted.map(([, sha]) => sha)
    )
    for (const [path, sha] of wanted) contents.set(path, blobs.get(sha) ?? new Error(`${path} cannot be read from ${this.label}`))
    return contents
  }
}

/** The KEP root as a path prefix inside its repository ('' at the top). */
export function repositoryPrefix(root: string): string {
  const prefix = git(root, ['rev-parse', '--show-prefix']).trim()
  return prefix
}
