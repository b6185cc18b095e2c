import type { Diagnostic } from '../core/diagnostic.js'
import { globToRegExp } from '../core/glob.js'
import type { SeverityOverride } from '../config/presets.js'

export type SeverityLayers = ReadonlyArray<Readonly<Record<string, SeverityOverride>>>

/**
 * Applies severity overrides by rule id or glob ("schema/*"). Layers are the preset's, the
 * configuration's, the command line's: a later layer wins; within one, the most specific
 * pattern (an exact id before a glob, a longer glob before a shorter). "off" drops.
 */
export function applySeverity(diagnostics: readonly Diagnostic[], layers: SeverityLayers): Diagnostic[] {
  const patterns = layers
    .flatMap((overrides, layer) =>
      Object.entries(overrides).map(([pattern, severity]) => ({ pattern, severity, layer, exact: !/[*?{[]/.test(pattern), regexp: globToRegExp(pattern) }))
    )
    .sort((a, b) => b.layer - a.layer || Number(b.exact) - Number(a.exact) || b.pattern.length - a.pattern.length)
  if (patterns.length === 0) return [...diagnostics]
  const result: Diagnostic[] = []
  for (const d of diagnostics) {
    const match = patterns.find(p => (p.exact ? p.pattern === d.rule : p.regexp.test(d.rule)))
    if (!match) result.push(d)
    else if (match.severity !== 'off') result.push(match.severity === d.severity ? d : { ...d, severity: match.severity })
  }
  return result
}
