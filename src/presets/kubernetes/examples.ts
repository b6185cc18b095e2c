import type { RuleExamples } from '../../rules/examples.js'

/** Examples shown under this preset: a rule every preset runs that only a lifecycle with stages makes find anything. */
export const KUBERNETES_RULE_EXAMPLES: Record<string, RuleExamples> = {
  'stage-transition': {
    ok: { before: 'status: implementable\nstage: beta', after: 'status: implementable\nstage: stable' },
    notOk: { before: 'status: implementable\nstage: beta', after: 'status: implementable\nstage: alpha' }
  }
}
