/** What a tree entry is, by its mode in `git ls-tree`. */
export type TreeEntryKind = 'file' | 'symlink' | 'submodule' | 'folder'

const KINDS: Record<string, TreeEntryKind> = { '100644': 'file', '100755': 'file', '120000': 'symlink', '160000': 'submodule', '040000': 'folder' }

/** One entry of a tree as `git ls-tree -z` lists it (with -l, a blob's size). */
export interface TreeRecord {
  mode: string
  /** Undefined for a mode git does not write today. */
  kind: TreeEntryKind | undefined
  id: string
  size?: number
  /** From the repository's top (--full-tree). */
  path: string
}

/** The records of `git ls-tree -z` output: <mode> SP <type> SP <object> [SP <size>] TAB <path>, NUL-terminated. */
export function treeRecords(listing: string): TreeRecord[] {
  const records: TreeRecord[] = []
  for (const line of listing.split('\0')) {
    const match = /^(\d{6}) \w+ ([0-9a-f]+)(?: +(-|\d+))?\t(.*)$/s.exec(line)
    if (!match) continue
    const size = match[3] === undefined || match[3] === '-' ? undefined : Number(match[3])
    records.push({ mode: match[1], kind: KINDS[match[1]], id: match[2], size, path: match[4] })
  }
  return records
}
