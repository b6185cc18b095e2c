import type { Finding } from '../../core/diagnostic.js'
import { fieldsOf } from '../../core/document.js'
import { spanAt } from '../../parse/metadata.js'
import { changeRule } from '../rule.js'
import { compareReleases, milestonesOf, releaseOf } from '../support/releases.js'

/**
 * latest-milestone is "the most recent release with work on this KEP": it only moves forward
 * as releases pass, and what depends on it (the production readiness review, release tracking)
 * reads it. A stage's milestone may be a plan, which a change may pull in: its topic
 * (milestone) is a warning in the kubernetes preset, latest-milestone an error.
 */
export const milestoneMovedBack = changeRule(
  {
    id: 'milestone-moved-back',
    description: 'A change does not move latest-milestone, nor a milestone.<stage>, to an earlier release.',
    topics: true,
    examples: {
      ok: { before: 'status: implementable\nstage: alpha\nlatest-milestone: "v1.29"', after: 'status: implementable\nstage: beta\nlatest-milestone: "v1.30"' },
      notOk: { before: 'status: implementable\nstage: beta\nlatest-milestone: "v1.29"', after: 'status: implementable\nstage: beta\nlatest-milestone: "v1.28"' }
    }
  },
  ({ before, after }) => {
    const was = before && fieldsOf(before)
    const now = after && fieldsOf(after)
    if (!was || !now || !after?.metadata) return []
    const reports: Finding[] = []
    const compare = (path: string[], from: unknown, to: unknown, topic: string): void => {
      const old = releaseOf(from)
      const current = releaseOf(to)
      if (!old || !current || compareReleases(current, old) >= 0) return
      reports.push({
        span: spanAt(after.metadata!, path),
        topic,
        message:
          topic === 'latest-milestone'
            ? `latest-milestone moved back from ${old.text} to ${current.text}; it is the most recent release with work on the KEP, which only moves forward — set it to ${old.text} or later`
            : `${path.join('.')} moved back from ${old.text} to ${current.text}; a stage's release moves back only when a plan is pulled in — check that it is one, or set it to ${old.text} or later`,
        expected: [old.text]
      })
    }
    compare(['latest-milestone'], was['latest-milestone'], now['latest-milestone'], 'latest-milestone')
    const stages = milestonesOf(was) ?? {}
    const current = milestonesOf(now) ?? {}
    for (const stage of Object.keys(stages)) compare(['milestone', stage], stages[stage], current[stage], 'milestone')
    return reports
  }
)
