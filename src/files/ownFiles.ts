import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The validator's own files — its schemas and lifecycles, the read worker beside the bundle —
 * found upward from this module: it runs from src/ in tests and from a chunk below dist/ when
 * bundled. They are the installation's, never a repository's.
 */
export function findOwnFile(name: string, levels = Infinity): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url))
  for (let level = 0; level < levels; level++) {
    if (existsSync(join(dir, name))) return join(dir, name)
    const parent = dirname(dir)
    if (parent === dir) return undefined
    dir = parent
  }
  return undefined
}

function findSchemasDir(): string {
  const schema = findOwnFile(join('schemas', 'lifecycle.schema.json'))
  if (schema === undefined) throw new Error(`schemas/ not found above ${fileURLToPath(import.meta.url)}`)
  return dirname(schema)
}

/** The shipped schemas/ folder. */
export const SCHEMAS_DIR = findSchemasDir()
