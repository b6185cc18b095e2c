/** A lifecycle: the states of a KEP and the changes between them, as data (a preset's lifecycle.json in its folder, or a repository's own file). */
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
  /** Stage → the stages it may change to (kubernetes' alpha, beta, stable…); empty when the lifecycle has no stages. */
  stageTransitions: Record<string, string[]>
  /** States of KEPs being worked on, for roadmaps; by default every state that is not final. */
  inFlight: string[]
  folders: Record<string, string[]>
}

/** Status folders are matched by name, whatever SIG or subproject holds them. */
export function statusFolderOf(relativeFile: string, lifecycle: Lifecycle): string | undefined {
  const dirs = relativeFile.split('/').slice(1, -1)
  return dirs.reverse().find(dir => Object.hasOwn(lifecycle.folders, dir))
}

/**
 * States a KEP reaches only before approval: neither numbered nor reachable from a numbered
 * state (kep-0001: Draft, and Deferred and Rejected, which only Draft leads to). KEP-1: "Before
 * having the Approved status, the number for the KEP will be in the form of draft-YYYYMMDD".
 */
export function preApprovalStates(lifecycle: Lifecycle): string[] {
  if (lifecycle.numbered.length === 0) return []
  const reached = new Set(lifecycle.numbered)
  const queue = [...lifecycle.numbered]
  for (let state = queue.pop(); state !== undefined; state = queue.pop()) {
    for (const next of lifecycle.transitions[state] ?? []) {
      if (!reached.has(next)) {
        reached.add(next)
        queue.push(next)
      }
    }
  }
  return lifecycle.states.filter(state => !reached.has(state))
}

/** What a lifecycle allows after `from`, in the words every refusal uses (the transition rules, promote). */
export function allowedNext(from: string, next: readonly string[]): string {
  return next.length === 0 ? `${from} is final: it may not change` : `${from} may change only to ${next.join(', ')}`
}
