import type { RepositoryIndex } from '../core/repositoryIndex.js'
import type { RuleContext, RuleSelection } from './rule.js'

/** What every rule sees besides its subject and its options. */
export type SharedContext = Omit<RuleContext, 'options'>

/** What a run knows of its repository; the settings give the rest. */
export type RunContext = Omit<SharedContext, 'lifecycle' | 'schema' | 'knownSigs' | 'release'> & { repository: RepositoryIndex }

/**
 * What rules take from a run's settings (config/settings.ts's Settings has these and more): named
 * here, so that the rules' floor does not reach up into config/ for a type.
 */
export type RuleSettings = Pick<RuleContext, 'lifecycle' | 'schema' | 'knownSigs' | 'release'> & { prodReadiness: boolean }

/**
 * The one builder of what rules see: validate() (the head and the base), the rule tester and
 * the fuzz test all build it here, so that a rule is tested with the context production gives
 * it. Production readiness approvals are a map, empty when none were read, for presets that
 * keep them, and absent otherwise.
 */
export function sharedContext(settings: RuleSettings, run: RunContext): SharedContext {
  return {
    ...run,
    lifecycle: settings.lifecycle,
    schema: settings.schema,
    knownSigs: settings.knownSigs,
    release: settings.release,
    prodReadiness: run.prodReadiness ?? (settings.prodReadiness ? new Map() : undefined)
  }
}

/** One rule's context: the shared one with the rule's options (the selection's, unless given). */
export function ruleContext(shared: SharedContext, selection: RuleSelection, id: string, options?: unknown): RuleContext<unknown> {
  const selected = selection[id]
  return { ...shared, options: options ?? (selected === true ? undefined : selected) }
}
