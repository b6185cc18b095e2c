import type { Baseline } from '../config/baselineFile.js'
import type { Diagnostic } from '../core/diagnostic.js'
import { RULES } from '../rules/registry.js'

/** A baseline entry the files no longer need: fewer problems than recorded, or none. */
export interface BaselineFixed {
  file: string
  rule: string
  recorded: number
  now: number
}

/** Whether a baseline may record and excuse a rule's problems (`schema/reviewers` is rule `schema`'s): never a change rule's, nor one that says so. */
function baselined(rule: string): boolean {
  return RULES.get(rule.split('/')[0])?.meta.neverBaselined !== true
}

function errorsByFileAndRule(diagnostics: readonly Diagnostic[]): Map<string, Map<string, Diagnostic[]>> {
  const byFile = new Map<string, Map<string, Diagnostic[]>>()
  for (const d of diagnostics) {
    if (d.severity !== 'error' || d.preexisting || !baselined(d.rule)) continue
    let byRule = byFile.get(d.file)
    if (!byRule) byFile.set(d.file, (byRule = new Map()))
    const list = byRule.get(d.rule)
    if (list) list.push(d)
    else byRule.set(d.rule, [d])
  }
  return byFile
}

/** Today's errors, counted by file and rule, keys in order so that the file diffs well. */
export function buildBaseline(diagnostics: readonly Diagnostic[]): Baseline {
  const baseline: Baseline = {}
  const byFile = errorsByFileAndRule(diagnostics)
  for (const file of [...byFile.keys()].sort()) {
    const byRule = byFile.get(file)!
    baseline[file] = {}
    for (const rule of [...byRule.keys()].sort()) baseline[file][rule] = { count: byRule.get(rule)!.length }
  }
  return baseline
}

/**
 * The chain's baseline step: the errors the baseline records are preexisting, as eslint's bulk
 * suppressions do: a file and rule with no more errors than recorded are all known; with more,
 * which one is new cannot be told, so all of them count. Returns the diagnostics (those marked
 * are copies) and the entries that recorded more than there are now, among the files in scope:
 * the baseline can drop them.
 */
export function applyBaseline(diagnostics: readonly Diagnostic[], baseline: Baseline, inScope: (file: string) => boolean): { diagnostics: Diagnostic[]; fixed: BaselineFixed[] } {
  const byFile = errorsByFileAndRule(diagnostics)
  const known = new Set<Diagnostic>()
  const fixed: BaselineFixed[] = []
  for (const [file, rules] of Object.entries(baseline)) {
    if (!inScope(file)) continue
    for (const [rule, { count }] of Object.entries(rules)) {
      if (!baselined(rule)) continue
      const errors = byFile.get(file)?.get(rule) ?? []
      if (errors.length <= count) for (const d of errors) known.add(d)
      if (errors.length < count) fixed.push({ file, rule, recorded: count, now: errors.length })
    }
  }
  return { diagnostics: diagnostics.map((d): Diagnostic => (known.has(d) ? { ...d, preexisting: 'baseline' } : d)), fixed }
}
