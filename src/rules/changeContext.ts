import type { Change } from '../core/change.js'
import type { RepositoryIndex } from './context.js'
import type { Diagnostic } from '../core/diagnostic.js'
import type { KepDocument } from '../core/document.js'
import type { Lifecycle } from '../config/lifecycle.js'

/** One KEP as a pull request changes it: its base version and its head version. */
export interface KepChange {
  change: Change
  /** The base version, when the base has one and it could be read. */
  before?: KepDocument
  /** The head version; undefined for a deletion. */
  after?: KepDocument
}

export interface TransitionContext {
  lifecycle: Lifecycle
  /** The head's KEPs. */
  repository: RepositoryIndex
}

/** A rule about what a change may do, as opposed to what a KEP may say. */
export interface TransitionCheck {
  rule: string
  description: string
  run(change: KepChange, context: TransitionContext): Diagnostic[]
}
