import type { Diagnostic } from '../core/diagnostic.js'
import { assignedNumber, type KepDocument } from '../core/document.js'
import type { Lifecycle } from '../config/lifecycle.js'

/** Every KEP of the repository by assigned number: what cross-KEP rules look things up in. */
export class RepositoryIndex {
  private readonly byNumber = new Map<number, KepDocument[]>()

  constructor(readonly documents: readonly KepDocument[]) {
    for (const doc of documents) {
      const number = assignedNumber(doc)
      if (number === undefined) continue
      const list = this.byNumber.get(number)
      if (list) list.push(doc)
      else this.byNumber.set(number, [doc])
    }
  }

  withNumber(number: number): readonly KepDocument[] {
    return this.byNumber.get(number) ?? []
  }

  numbers(): number[] {
    return [...this.byNumber.keys()].sort((a, b) => a - b)
  }
}

export interface CheckContext {
  lifecycle: Lifecycle
  repository: RepositoryIndex
  /** Production readiness approvals by path (kubernetes preset). */
  prodReadiness?: ReadonlyMap<string, unknown>
  /** SIGs, working groups and committees a sigs.yaml lists, when one is configured. */
  knownSigs?: ReadonlySet<string>
}

/** A rule: a small function of one parsed KEP and the repository it lives in. */
export interface Check {
  rule: string
  description: string
  run(doc: KepDocument, context: CheckContext): Diagnostic[]
}
