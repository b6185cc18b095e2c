import type { FileHead, Tree, TreeEntry } from './tree.js'

/**
 * A tree with some files replaced (or added) in memory: what `check --fix` validates between
 * its passes, so that a dry run fixes, checks again and shows the diff without writing.
 */
export class OverlayTree implements Tree {
  readonly label: string
  private readonly files = new Map<string, Buffer>()

  constructor(private readonly base: Tree) {
    this.label = base.label
  }

  /** Replaces a file: bytes as they are (a fix keeps bytes that are not UTF-8), or text as UTF-8. */
  set(path: string, content: string | Buffer): void {
    this.files.set(path, Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'))
  }

  /** The files replaced so far, by path. */
  changed(): ReadonlyMap<string, Buffer> {
    return this.files
  }

  list(): TreeEntry[] {
    const entries = this.base.list()
    const listed = new Set(entries.map(entry => entry.path))
    for (const path of this.files.keys()) if (!listed.has(path)) entries.push({ path, kind: 'file' })
    return entries
  }

  readFiles(paths: readonly string[]): Map<string, Buffer | Error> {
    const contents = this.base.readFiles(paths.filter(path => !this.files.has(path)))
    for (const path of paths) if (this.files.has(path)) contents.set(path, this.files.get(path)!)
    return contents
  }

  readHeads(paths: readonly string[], bytes: number, visit: (path: string, content: FileHead | Error) => void): void {
    const own = new Set(paths.filter(path => this.files.has(path)))
    this.base.readHeads(
      paths.filter(path => !own.has(path)),
      bytes,
      visit
    )
    for (const path of own) {
      const content = this.files.get(path)!
      visit(path, { head: content.subarray(0, bytes), complete: content.length < bytes })
    }
  }
}
