/**
 * A file of the repository that a rule reads as data besides the KEPs (a KEP folder's OWNERS,
 * the root's OWNERS_ALIASES), as the run read it: its data, or why it could not be read. A
 * file that does not exist has no entry.
 */
export type DataFileRead = { path: string; data: unknown } | { path: string; problem: string }

/** The files a rule reads as data, by name: beside each KEP (in its folder), or at the KEP root. */
export interface DataFileNeeds {
  besideKep?: readonly string[]
  atRoot?: readonly string[]
}

/** The data files a run read, by path relative to the KEP root. */
export type DataFiles = ReadonlyMap<string, DataFileRead>

/** The folder of a path relative to the KEP root ('' at the root). */
export function folderOf(path: string): string {
  const slash = path.lastIndexOf('/')
  return slash === -1 ? '' : path.slice(0, slash)
}

/** The path of a file named `name` in the folder of `file`. */
export function besidePath(file: string, name: string): string {
  const folder = folderOf(file)
  return folder === '' ? name : `${folder}/${name}`
}
