import { stringField, type KepDocument } from '../../core/document.js'
import { allowedNext } from '../../core/lifecycle.js'
import { changeRule } from '../rule.js'
import { fieldSpan } from '../support/versions.js'

function stageOf(doc: KepDocument | undefined, stages: Record<string, string[]>): string | undefined {
  const stage = doc && stringField(doc, 'stage')
  return stage !== undefined && Object.hasOwn(stages, stage) ? stage : undefined
}

/** Stages are lifecycle data like statuses (kubernetes: alpha → beta → stable, then deprecated, disabled, removed). */
export const stageTransition = changeRule(
  {
    id: 'stage-transition',
    description: "A stage change follows an edge of the lifecycle's stages: a feature graduates (alpha → beta → stable) or is retired, it does not regress.",
    rejects: 'stage',
    examples: {
      ok: { before: 'status: implementable\nstage: beta', after: 'status: implementable\nstage: stable' },
      notOk: { before: 'status: implementable\nstage: beta', after: 'status: implementable\nstage: alpha' }
    }
  },
  ({ before, after }, { lifecycle }) => {
    const stages = lifecycle.stageTransitions
    const from = stageOf(before, stages)
    const to = stageOf(after, stages)
    if (!after || from === undefined || to === undefined || from === to || stages[from].includes(to)) return []
    return [
      {
        span: fieldSpan(after, 'stage'),
        message: `stage changed from ${from} to ${to}, which the ${lifecycle.name} lifecycle does not allow: ${allowedNext(from, stages[from])}`,
        expected: stages[from]
      }
    ]
  }
)
