import { resolve, sep } from 'node:path'
import type { DataSource } from '../core/dataSource.js'
import { pathInside } from '../core/paths.js'
import { realPath } from '../files/files.js'
import { git } from './git.js'
import { treeRecords, type TreeRecord } from './treeListing.js'

const WHAT: Record<NonNullable<TreeRecord['kind']>, string> = { file: 'a file', folder: 'a folder', symlink: 'a symbolic link', submodule: 'a submodule' }

/**
 * The files that configure a run as a commit has them (a pull request's base): paths inside
 * the repository are read from the commit, never from the checkout the pull request controls;
 * paths outside it (a sigs.yaml from another checkout) from the checkout's source. Every path
 * asked about is remembered, to tell the author when the pull request changes one.
 */
export class CommitDataSource implements DataSource {
  /** Paths inside the repository that were asked about, absolute. */
  readonly asked = new Set<string>()

  constructor(
    private readonly top: string,
    readonly commit: string,
    /** The checked-out files: what lies outside the repository, and what the commit is compared with. */
    private readonly checkout: DataSource
  ) {}

  /** The top as the paths asked about name it, once found. */
  private named?: string

  /**
   * A path's place in the repository, by its name: never by where a link of the checkout
   * points (a pull request that turns .kep-validator.yml into a link must not move where the
   * base's configuration is read). git names the top with links resolved, and the path may
   * name it through one (macOS's /tmp): the shallowest of the path's folders whose real path
   * is the top stands for it.
   */
  private inside(path: string): string | undefined {
    const absolute = resolve(path)
    for (const top of [this.top, this.named]) {
      const rel = top === undefined ? undefined : pathInside(top, absolute)
      if (rel !== undefined) return rel === '' ? undefined : rel
    }
    const parts = absolute.split(sep)
    for (let i = 1; i < parts.length; i++) {
      const folder = parts.slice(0, i).join(sep) || sep
      if (realPath(folder) !== this.top) continue
      this.named = folder
      const rel = parts.slice(i).join('/')
      return rel === '' ? undefined : rel
    }
    return undefined
  }

  /** Where the run may read is the checkout's to say (the workspace, the folders named): passed on, never dropped. */
  confine(path: string): void {
    this.checkout.confine?.(path)
  }

  /** Each path's text in the commit, read once: undefined where the commit has nothing there, an Error where it is not a file. */
  private readonly texts = new Map<string, string | Error | undefined>()
  /** The entries of each folder of the commit asked about, by name: one listing a folder. */
  private readonly folders = new Map<string, Map<string, TreeRecord>>()

  /**
   * What the commit has at a path, told from the listing of its folder: asking about files the
   * commit does not have (.kep-validator.yaml beside .kep-validator.yml, a baseline) costs no
   * git process each.
   */
  private entryAt(rel: string): TreeRecord | undefined {
    const slash = rel.lastIndexOf('/')
    const folder = slash === -1 ? '' : rel.slice(0, slash)
    let entries = this.folders.get(folder)
    if (entries === undefined) {
      entries = new Map()
      let listing = ''
      try {
        listing = git(this.top, ['ls-tree', '-z', '--full-tree', '--end-of-options', this.commit, ...(folder === '' ? [] : [`${folder}/`])])
      } catch {
        // A commit that is not there has nothing: its rules are not read, as before any listing.
      }
      for (const record of treeRecords(listing)) entries.set(record.path.slice(record.path.lastIndexOf('/') + 1), record)
      this.folders.set(folder, entries)
    }
    return entries.get(rel.slice(slash + 1))
  }

  private atCommit(path: string, rel: string): string | Error | undefined {
    this.asked.add(resolve(path))
    if (!this.texts.has(rel)) {
      const entry = this.entryAt(rel)
      // A link's blob is the path it points to, never a file's text: it is refused, as the checkout refuses one.
      this.texts.set(
        rel,
        entry === undefined
          ? undefined
          : entry.kind === 'file'
            ? git(this.top, ['cat-file', 'blob', entry.id])
            : new Error(
                `it is ${entry.kind === undefined ? `an entry of mode ${entry.mode}` : WHAT[entry.kind]} in the base commit ${this.commit.slice(0, 7)}, not a file${entry.kind === 'symlink' ? '; links are never followed (they could point outside the repository)' : ''}`
              )
      )
    }
    return this.texts.get(rel)
  }

  /** Whether the commit has anything at a path: a link is something (reading it is refused, never skipped as if absent). */
  exists(path: string): boolean {
    const rel = this.inside(path)
    return rel === undefined ? this.checkout.exists(path) : this.atCommit(path, rel) !== undefined
  }

  read(path: string): string {
    const rel = this.inside(path)
    if (rel === undefined) return this.checkout.read(path)
    const text = this.atCommit(path, rel)
    if (text instanceof Error) throw text
    if (text === undefined) throw new Error(`it is not a file in the base commit ${this.commit.slice(0, 7)}, whose rules a pull request is judged by`)
    return text
  }

  /** The files asked about whose checkout differs from the commit: the pull request changes its own rules. */
  changedInCheckout(): string[] {
    const changed: string[] = []
    for (const path of this.asked) {
      const atCommit = this.atCommit(path, this.inside(path)!)
      let same: boolean
      try {
        same = (this.checkout.exists(path) ? this.checkout.read(path) : undefined) === atCommit
      } catch {
        // A link or a pipe where the commit has a file is a change too, and is never read.
        same = false
      }
      if (!same) changed.push(path)
    }
    return changed.sort()
  }
}
