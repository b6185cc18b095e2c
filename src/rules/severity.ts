import type { Severity, SeverityLayers, SeverityOverride } from '../core/diagnostic.js'
import { globToRegExp } from '../core/glob.js'

/**
 * The one place a finding's severity is decided: the rule's own, unless a layer overrides
 * it. A later layer wins; within one, the most specific pattern (an exact id before a glob,
 * a longer glob before a shorter). "off" drops the finding.
 */
export class SeverityPolicy {
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
