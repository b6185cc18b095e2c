import { headsFromFiles, type FileHead, type Tree, type TreeEntry } from './tree.js'

export interface OverlayOptions {
  /** The tree the files lie over (a pull request's changed files over the checked-out workspace); without one, the files are the whole tree. */
  under?: Tree
  /** Paths of the tree below that this one does not have: the files a pull request deletes. */
  removed?: ReadonlySet<string>
  /** Entries that are not regular files (symbolic links, submodules): listed, never read. */
  others?: readonly TreeEntry[]
}

/**
 * A repository version whose files are held in memory, optionally laid over another tree: a
 * pull request's files fetched from the API over the workspace, the files `check --fix` has
 * fixed between its passes (so that a dry run fixes, checks again and shows the diff without
 * writing), a rule test's repository. Files held are read whole; the rest, thousands of
 * unchanged KEPs, by heads from below.
 */
export class OverlayTree implements Tree {
  private readonly files: Map<string, Buffer | Error>
  private readonly under?: Tree
  private readonly removed: ReadonlySet<string>
  private readonly others: readonly TreeEntry[]
  /** The files set() replaced or added, by path. */
  private readonly replaced = new Map<string, Buffer>()

  constructor(
    readonly label: string,
    files: ReadonlyMap<string, Buffer | Error> = new Map(),
    options: OverlayOptions = {}
  ) {
    this.files = new Map(files)
    this.under = options.under
    this.removed = options.removed ?? new Set()
    this.others = options.others ?? []
  }

  /** Replaces a file: bytes as they are (a fix keeps bytes that are not UTF-8), or text as UTF-8. */
  set(path: string, content: string | Buffer): void {
    const bytes = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8')
    this.files.set(path, bytes)
    this.replaced.set(path, bytes)
  }

  /** The files set() replaced so far, by path. */
  changed(): ReadonlyMap<string, Buffer> {
    return this.replaced
  }

  list(): TreeEntry[] {
    const entries = new Map<string, TreeEntry>()
    for (const entry of this.under?.list() ?? []) if (!this.removed.has(entry.path)) entries.set(entry.path, entry)
    for (const path of this.files.keys()) entries.set(path, { path, kind: 'file' })
    for (const entry of this.others) entries.set(entry.path, entry)
    return [...entries.values()]
  }

  readHeads(paths: readonly string[], bytes: number, visit: (path: string, content: FileHead | Error) => void): void {
    const held: string[] = []
    const below: string[] = []
    for (const path of paths) (this.files.has(path) || !this.under || this.removed.has(path) ? held : below).push(path)
    headsFromFiles(this, held, visit)
    this.under?.readHeads(below, bytes, visit)
  }

  readFiles(paths: readonly string[]): Map<string, Buffer | Error> {
    const contents = new Map<string, Buffer | Error>()
    const rest: string[] = []
    for (const path of paths) {
      const held = this.files.get(path)
      if (held !== undefined) contents.set(path, held)
      else if (this.under && !this.removed.has(path)) rest.push(path)
      else contents.set(path, new Error(`${path} is not in ${this.label}`))
    }
    if (this.under) for (const [path, content] of this.under.readFiles(rest)) contents.set(path, content)
    return contents
  }
}
