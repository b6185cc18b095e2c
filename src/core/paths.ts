import { existsSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The shipped schemas/ folder, found upward from this module: it runs from src/ in
 * tests and from a chunk below dist/ when bundled.
 */
function findSchemasDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  for (;;) {
    const candidate = join(dir, 'schemas')
    if (existsSync(join(candidate, 'kep-0001.schema.json'))) return candidate
    const parent = dirname(dir)
    if (parent === dir) throw new Error(`schemas/ not found above ${fileURLToPath(import.meta.url)}`)
    dir = parent
  }
}

export const SCHEMAS_DIR = findSchemasDir()

/** A path's place inside a folder, POSIX separators ('' for the folder itself); undefined when it is outside. */
export function pathInside(dir: string, path: string): string | undefined {
  const rel = relative(dir, resolve(path))
  if (rel === '..' || rel.startsWith(`..${sep}`) || resolve(dir, rel) !== resolve(path)) return undefined
  return rel.split(sep).join('/')
}
