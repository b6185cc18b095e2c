import { spanAt } from '../../parse/metadata.js'
import { kepRule } from '../rule.js'
import { STAGED_STATUSES, stagedKep } from '../support/stagedKep.js'

const MILESTONE_FIELDS = ['latest-milestone', 'milestone']

/** Release planning reads these; a KEP without them is incomplete, not wrong. */
export const milestoneRequired = kepRule(
  {
    id: 'milestone-required',
    description: 'An implementable or implemented KEP says its latest-milestone and the milestone of each stage.',
    severity: 'warning',
    examples: {
      ok: { kep: 'status: implementable\nstage: alpha\nlatest-milestone: "v1.30"\nmilestone:\n  alpha: "v1.30"' },
      notOk: { kep: 'status: implementable\nstage: alpha' }
    }
  },
  doc => {
    const staged = stagedKep(doc)
    if (!staged) return []
    const { status, metadata, fields } = staged
    const missing = MILESTONE_FIELDS.filter(field => fields[field] === undefined)
    if (missing.length === 0) return []
    return [
      {
        span: spanAt(metadata, ['status']),
        message: `status is ${status} but ${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} missing; say in which release the KEP is worked on and reaches each stage (for example "latest-milestone: v1.30" and "milestone: {alpha: v1.30}")`,
        dependsOn: ['status']
      }
    ]
  },
  // Its finding is written at status: a staged KEP without them keeps its positions from the first read.
  () => ({
    keepsPositions: ({ fields }) => {
      const status = fields?.status
      return fields !== undefined && typeof status === 'string' && STAGED_STATUSES.includes(status) && MILESTONE_FIELDS.some(field => fields[field] === undefined)
    }
  })
)
