import { spanAt } from '../../parse/metadata.js'
import { kepRule } from '../rule.js'
import { stagedKep } from '../support/stagedKep.js'

export const stageRequired = kepRule(
  {
    id: 'stage-required',
    description: 'An implementable or implemented KEP says its stage.',
    examples: {
      ok: { kep: 'status: implementable\nstage: alpha' },
      notOk: { kep: 'status: implementable' }
    }
  },
  doc => {
    const staged = stagedKep(doc)
    if (!staged || staged.fields.stage !== undefined) return []
    const { status, metadata } = staged
    return [
      {
        span: spanAt(metadata, ['status']),
        message: `status is ${status} but there is no stage; an ${status} KEP says which stage it targets: add "stage: alpha" (or beta, stable, deprecated, disabled, removed)`,
        dependsOn: ['status']
      }
    ]
  }
)
