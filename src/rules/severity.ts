import type { Severity, SeverityLayers, SeverityOverride } from '../core/diagnostic.js'
import { globToRegExp } from '../core/glob.js'

/**
 * The one place a finding's severity is decided: the rule's own, unless a layer overrides
 * it. A later layer wins; within one, the most specific pattern (an exact id before a glob,
 * a longer glob before a shorter). "off" drops the finding. Made by severityPolicyOf only
 * (exported as a type): one policy a run, whose answers every step shares.
 */
class SeverityPolicy {
  private readonly patterns: Array<{ pattern: string; severity: SeverityOverride; exact: boolean; regexp: RegExp }>
  private readonly byRule = new Map<string, SeverityOverride | undefined>()

  constructor(layers: SeverityLayers) {
    this.patterns = layers
      .flatMap((overrides, layer) => Object.entries(overrides).map(([pattern, severity]) => ({ pattern, severity, layer, exact: !/[*?{[]/.test(pattern), regexp: globToRegExp(pattern) })))
      .sort((a, b) => b.layer - a.layer || Number(b.exact) - Number(a.exact) || b.pattern.length - a.pattern.length)
  }

  private override(rule: string): SeverityOverride | undefined {
    if (!this.byRule.has(rule)) {
      const match = this.patterns.find(p => (p.exact ? p.pattern === rule : p.regexp.test(rule)))
      this.byRule.set(rule, match?.severity)
    }
    return this.byRule.get(rule)
  }

  /** A finding of `rule` whose rule's own severity is `ruleSeverity`; relaxed findings are warnings unless overridden. */
  severityOf(rule: string, ruleSeverity: Severity, relaxed = false): SeverityOverride {
    return this.override(rule) ?? (relaxed ? 'warning' : ruleSeverity)
  }
}

export type { SeverityPolicy }

const policies = new WeakMap<SeverityLayers, SeverityPolicy>()

/**
 * The policy of a run's severity layers (Settings.severity), built once and shared by every step
 * that asks: which rules run, what the base's findings are, what each finding is.
 */
export function severityPolicyOf(layers: SeverityLayers): SeverityPolicy {
  let policy = policies.get(layers)
  if (policy === undefined) {
    policy = new SeverityPolicy(layers)
    policies.set(layers, policy)
  }
  return policy
}
