import type { Finding } from '../../core/diagnostic.js'
import { fieldsOf } from '../../core/document.js'
import { spanAt } from '../../parse/metadata.js'
import { kepRule } from '../rule.js'
import { compareReleases, milestonesOf, releaseOf, STAGE_ORDERS, type Release } from '../support/releases.js'

/** A feature is beta after it is alpha: a beta release before the alpha one is wrong for every reader of the KEP. */
export const milestoneOrder = kepRule(
  {
    id: 'milestone-order',
    description: 'The releases of the stages come in the order of the stages: milestone.alpha ≤ milestone.beta ≤ milestone.stable, and deprecated ≤ disabled ≤ removed.',
    examples: {
      ok: { kep: 'stage: beta\nmilestone:\n  alpha: "v1.29"\n  beta: "v1.30"' },
      notOk: { kep: 'stage: beta\nmilestone:\n  alpha: "v1.29"\n  beta: "v1.28"' }
    }
  },
  doc => {
    const milestones = milestonesOf(fieldsOf(doc))
    if (!doc.metadata || !milestones) return []
    const reports: Finding[] = []
    for (const order of STAGE_ORDERS) {
      let latest: { stage: string; release: Release } | undefined
      for (const stage of order) {
        const release = releaseOf(milestones[stage])
        if (!release) continue
        if (latest && compareReleases(release, latest.release) < 0) {
          reports.push({
            span: spanAt(doc.metadata, ['milestone', stage]),
            message: `milestone.${stage} is ${release.text}, before milestone.${latest.stage} ${latest.release.text}; a feature reaches ${stage} after ${latest.stage} — correct the release of one of them`
          })
          continue
        }
        latest = { stage, release }
      }
    }
    return reports
  }
)
