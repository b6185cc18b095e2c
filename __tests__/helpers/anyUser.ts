import { chmodSync, copyFileSync, cpSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const REPO = fileURLToPath(new URL('../..', import.meta.url))

/** Whether every folder from / down to `path` lets other users through (o+x), and the path itself too. */
function reachableByOthers(path: string): boolean {
  for (let at = path; ; at = dirname(at)) {
    try {
      if ((statSync(at).mode & 0o001) === 0) return false
    } catch {
      return false
    }
    if (dirname(at) === at) return true
  }
}

/** Folders and files every user can read: directories 0755, files 0644 (a clone made under umask 077 has 0700 and 0600). */
function openToAll(path: string): void {
  if (statSync(path).isDirectory()) {
    chmodSync(path, 0o755)
    for (const name of readdirSync(path)) openToAll(join(path, name))
  } else {
    chmodSync(path, statSync(path).mode & 0o100 ? 0o755 : 0o644)
  }
}

export interface AnyUserBundle {
  /** A fresh folder every user can enter, to put test repositories in. */
  dir: string
  /** The node binary and the bundled CLI, both runnable by any user. */
  node: string
  cli: string
  remove(): void
}

/**
 * A copy of the bundled CLI (dist/, schemas/, package.json) in a folder any user can enter, for
 * a test that runs it as another user (root reads every folder, so a permission test runs as
 * nobody). The clone itself may sit where no one else can enter — `mktemp -d`, a home folder
 * with mode 0700 — and the test must pass there too.
 */
export function bundleForAnyUser(): AnyUserBundle {
  const base = [tmpdir(), '/tmp', '/var/tmp', '/dev/shm'].find(reachableByOthers)
  if (base === undefined) throw new Error(`no temporary folder other users can enter (tried ${tmpdir()}, /tmp, /var/tmp, /dev/shm)`)
  const dir = mkdtempSync(join(base, 'kep-any-user-'))
  for (const name of ['dist', 'schemas', 'package.json']) cpSync(join(REPO, name), join(dir, 'validator', name), { recursive: true })
  let node = process.execPath
  if (!reachableByOthers(node)) {
    node = join(dir, 'node')
    copyFileSync(process.execPath, node)
  }
  openToAll(dir)
  return { dir, node, cli: join(dir, 'validator', 'dist', 'cli.js'), remove: () => rmSync(dir, { recursive: true, force: true }) }
}
