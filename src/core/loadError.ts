import type { Problem } from './diagnostic.js'

/**
 * Something a run needs could not be loaded (a configuration, a schema, a lifecycle, a SIG
 * list): the run does not start. Its problems carry their file positions, for annotations.
 */
export class LoadError extends Error {
  constructor(
    message: string,
    readonly problems: readonly Problem[] = []
  ) {
    super(message)
  }
}
