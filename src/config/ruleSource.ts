import type { DataSource } from '../core/dataSource.js'
import type { CommitDataSource } from '../git/commitDataSource.js'

/** Held by this module only: without it, no RuleSource is made. */
const MADE_HERE: unique symbol = Symbol('RuleSource')

/**
 * Where the files that decide a verdict are read: the configuration, a schema, a lifecycle, a
 * SIG list, the baseline. Either the files as they are (an audit, a local run) or a change's
 * base commit (a pull request, a merge group, a push with its `before`, `check --base`): a
 * change is judged by the rules it is proposed under, never by rules it brings.
 *
 * Every loader of those files takes one, and only the factories below make one. eslint forbids
 * both factories outside config/ (and the loaders themselves: outside config/, rules are loaded
 * through config/loadRules.ts, the one place that decides which of the two a run gets), and
 * rulesOfBase outside loadRules.ts. The loaders default to the files as they are.
 */
export class RuleSource implements DataSource {
  readonly #files: DataSource

  constructor(made: typeof MADE_HERE, files: DataSource) {
    if (made !== MADE_HERE) throw new Error('internal error: a RuleSource is made by config/loadRules.ts only')
    this.#files = files
  }

  exists(path: string): boolean {
    return this.#files.exists(path)
  }

  read(path: string): string {
    return this.#files.read(path)
  }

  /** Throws when the run may not read under a folder (the KEP root a configuration names): passed on, never dropped. */
  confine(path: string): void {
    this.#files.confine?.(path)
  }
}

/** The rules as the files hold them now: for audits and local runs, and for what a change proposes. */
export function rulesAsTheyAre(files: DataSource): RuleSource {
  return new RuleSource(MADE_HERE, files)
}

/** The rules of a change's base commit. */
export function rulesOfBase(commit: CommitDataSource): RuleSource {
  return new RuleSource(MADE_HERE, commit)
}
