/** A lifecycle: the states of a KEP and the changes between them, as data (schemas/lifecycles/). */
export interface Lifecycle {
  name: string
  /** Shipped with the validator (its schema variant is precompiled). */
  builtin: boolean
  description?: string
  states: string[]
  initial: string[]
  transitions: Record<string, string[]>
  numbered: string[]
  numberAssignedOn?: string
  superseded: string[]
  /** States of KEPs being worked on, for roadmaps; by default every state that is not final. */
  inFlight: string[]
  folders: Record<string, string[]>
}

/** Status folders are matched by name, whatever SIG or subproject holds them. */
export function statusFolderOf(relativeFile: string, lifecycle: Lifecycle): string | undefined {
  const dirs = relativeFile.split('/').slice(1, -1)
  return dirs.reverse().find(dir => Object.hasOwn(lifecycle.folders, dir))
}
