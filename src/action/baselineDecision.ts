import type { Baseline } from '../config/baselineFile.js'
import type { Rules, RulesBase } from '../config/loadRules.js'
import { info } from '../format/workflowCommands.js'

/**
 * The baseline a run applies. It is for runs that judge every problem: full audits, and
 * changes with only-new: false (as the CLI's --all-problems). A change's baseline comes from
 * its base commit: without that, it would be one the change may have written itself.
 */
export function baselineFor(rules: Rules, run: { change: boolean; base: RulesBase | undefined }): Baseline | undefined {
  if (run.change && run.base === undefined) {
    info('the baseline is not applied: without the base commit, it would be the one the changes bring')
    return undefined
  }
  const baseline = rules.baseline()
  if (baseline) info('problems the baseline records are shown and not counted')
  return baseline
}
