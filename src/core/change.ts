/** How a file differs between the base and the head of a pull request. */
export type ChangeKind = 'added' | 'modified' | 'renamed' | 'copied' | 'deleted' | 'type-changed'

export interface Change {
  kind: ChangeKind
  /** Path at the head (for a deletion, the path that was deleted), relative to the KEP root. */
  path: string
  /** Path at the base, for renames and copies. */
  previousPath?: string
}

const GIT_KINDS: Record<string, ChangeKind> = {
  A: 'added',
  M: 'modified',
  R: 'renamed',
  C: 'copied',
  D: 'deleted',
  T: 'type-changed'
}

/** Parses `git diff --name-status -z` output. */
export function parseNameStatus(output: string): Change[] {
  const fields = output.split('\0')
  const changes: Change[] = []
  for (let i = 0; i < fields.length && fields[i] !== '';) {
    const status = fields[i++]
    const kind = GIT_KINDS[status[0]]
    if (kind === 'renamed' || kind === 'copied') {
      const previousPath = fields[i++]
      changes.push({ kind, path: fields[i++], previousPath })
    } else {
      const path = fields[i++]
      // U (unmerged) and X (unknown) are treated as modifications: the head decides.
      changes.push({ kind: kind ?? 'modified', path })
    }
  }
  return changes
}

/** Every path a change names: the head's, and the base's where it moved. */
export function changePaths(change: Change): string[] {
  return change.previousPath === undefined ? [change.path] : [change.path, change.previousPath]
}

/** The path a change reads its base version from, if the base has one. */
export function basePath(change: Change): string | undefined {
  if (change.kind === 'added' || change.kind === 'copied') return undefined
  return change.previousPath ?? change.path
}

/** The path a change leaves at the head, if any. */
export function headPath(change: Change): string | undefined {
  return change.kind === 'deleted' ? undefined : change.path
}
