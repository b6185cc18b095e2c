import { stringField } from '../../core/document.js'
import { spanAt } from '../../parse/metadata.js'
import { fieldsValid } from '../invalidFields.js'
import { kepRule } from '../rule.js'

/** Deprecation KEPs end in the stage that removes their feature; the template names those stages. */
const FINAL_STAGES = ['stable', 'deprecated', 'disabled', 'removed']

export const implementedStage = kepRule(
  {
    id: 'implemented-stage',
    description: 'An implemented KEP has reached stage stable (or, for a deprecation, deprecated, disabled or removed).',
    examples: {
      ok: { kep: 'status: implemented\nstage: stable' },
      notOk: { kep: 'status: implemented\nstage: alpha' }
    }
  },
  (doc, context) => {
    const stage = stringField(doc, 'stage')
    if (!doc.metadata || stringField(doc, 'status') !== 'implemented' || stage === undefined || FINAL_STAGES.includes(stage) || !fieldsValid(doc, context, 'stage')) return []
    return [
      {
        span: spanAt(doc.metadata, ['stage']),
        message: `status is implemented but stage is ${stage}; a KEP is implemented once it is stable — set stage to stable, or status back to implementable while it graduates`,
        expected: ['stable'],
        dependsOn: ['status', 'stage']
      }
    ]
  }
)
