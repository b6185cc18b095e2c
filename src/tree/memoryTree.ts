import { headsFromFiles, type FileHead, type Tree, type TreeEntry } from './tree.js'

/**
 * A tree whose files are known up front (fetched from the API), optionally laid over
 * another: a pull request's changed files over the checked-out workspace.
 */
export class OverlayTree implements Tree {
  constructor(
    readonly label: string,
    private readonly files: ReadonlyMap<string, Buffer | Error>,
    private readonly under?: Tree,
    private readonly removed: ReadonlySet<string> = new Set()
  ) {}

  list(): TreeEntry[] {
    const entries = new Map<string, TreeEntry>()
    for (const entry of this.under?.list() ?? []) if (!this.removed.has(entry.path)) entries.set(entry.path, entry)
    for (const path of this.files.keys()) entries.set(path, { path, kind: 'file' })
    return [...entries.values()]
  }

  readHeads(paths: readonly string[], bytes: number, visit: (path: string, content: FileHead | Error) => void): void {
    // The files fetched are whole; the rest, thousands of unchanged KEPs, are read by heads from below.
    const known: string[] = []
    const below: string[] = []
    for (const path of paths) (this.files.has(path) || !this.under || this.removed.has(path) ? known : below).push(path)
    headsFromFiles(this, known, visit)
    this.under?.readHeads(below, bytes, visit)
  }

  readFiles(paths: readonly string[]): Map<string, Buffer | Error> {
    const contents = new Map<string, Buffer | Error>()
    const rest: string[] = []
    for (const path of paths) {
      const known = this.files.get(path)
      if (known !== undefined) contents.set(path, known)
      else if (this.under && !this.removed.has(path)) rest.push(path)
      else contents.set(path, new Error(`${path} is not in ${this.label}`))
    }
    if (this.under) for (const [path, content] of this.under.readFiles(rest)) contents.set(path, content)
    return contents
  }
}
