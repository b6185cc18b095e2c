import { relative, resolve, sep } from 'node:path'

/** A path's place inside a folder, POSIX separators ('' for the folder itself); undefined when it is outside. */
export function pathInside(dir: string, path: string): string | undefined {
  const rel = relative(dir, resolve(path))
  if (rel === '..' || rel.startsWith(`..${sep}`) || resolve(dir, rel) !== resolve(path)) return undefined
  return rel.split(sep).join('/')
}
