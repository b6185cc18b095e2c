import { existsSync, readFileSync, realpathSync } from 'node:fs'
import { basename, dirname, join, relative, resolve, sep } from 'node:path'
import type { DataSource } from '../core/dataSource.js'
import { git } from './git.js'

/**
 * The files that configure a run as a commit has them (a pull request's base): paths inside
 * the repository are read from the commit, never from the checkout the pull request controls;
 * paths outside it (a sigs.yaml from another checkout) from the file system. Every path asked
 * about is remembered, to tell the author when the pull request changes one.
 */
export class CommitDataSource implements DataSource {
  /** Paths inside the repository that were asked about, absolute. */
  readonly asked = new Set<string>()

  constructor(
    private readonly top: string,
    readonly commit: string
  ) {}

  private inside(path: string): string | undefined {
    // git names the top with links resolved; so is the path, as far as it exists.
    const real = realPath(resolve(path))
    const rel = relative(this.top, real)
    if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || resolve(this.top, rel) !== real) return undefined
    return rel.split(sep).join('/')
  }

  exists(path: string): boolean {
    const rel = this.inside(path)
    if (rel === undefined) return existsSync(path)
    this.asked.add(resolve(path))
    try {
      return git(this.top, ['cat-file', '-t', `${this.commit}:${rel}`]).trim() === 'blob'
    } catch {
      return false
    }
  }

  read(path: string): string {
    const rel = this.inside(path)
    if (rel === undefined) return readFileSync(path, 'utf8')
    this.asked.add(resolve(path))
    if (!this.exists(path)) throw new Error(`it is not a file in the base commit ${this.commit.slice(0, 7)}, whose rules a pull request is judged by`)
    return git(this.top, ['cat-file', 'blob', `${this.commit}:${rel}`])
  }

  /** The files asked about whose checkout differs from the commit: the pull request changes its own rules. */
  changedInCheckout(): string[] {
    const changed: string[] = []
    for (const path of this.asked) {
      const onDisk = existsSync(path) ? readFileSync(path, 'utf8') : undefined
      const atCommit = this.exists(path) ? this.read(path) : undefined
      if (onDisk !== atCommit) changed.push(path)
    }
    return changed.sort()
  }
}

function realPath(path: string): string {
  try {
    return realpathSync(path)
  } catch {
    const parent = dirname(path)
    return parent === path ? path : join(realPath(parent), basename(path))
  }
}
