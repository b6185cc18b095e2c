import { milestoneRequired } from '../../src/rules/kep/milestone-required.js'
import { kepYaml, kubernetes } from '../helpers/kepYaml.js'
import { testKepRule } from '../helpers/ruleTester.js'

/** Line (1-based) of the first line of a kep.yaml that starts with `prefix`. */
function lineOf(text: string, prefix: string): number {
  const index = text.split('\n').findIndex(line => line.startsWith(prefix))
  if (index === -1) throw new Error(`no line starts with ${prefix}`)
  return index + 1
}

const noMilestones = kepYaml({ 'latest-milestone': null, milestone: null })
const noLatest = kepYaml({ 'latest-milestone': null })
const noMilestone = kepYaml({ milestone: null, status: 'implemented', stage: 'stable' })

testKepRule(milestoneRequired, {
  valid: [
    { name: 'an implementable KEP with latest-milestone and milestone', settings: kubernetes, kep: kepYaml() },
    { name: 'an implemented KEP with both milestones', settings: kubernetes, kep: kepYaml({ status: 'implemented', stage: 'stable', milestone: '\n  alpha: "v1.28"\n  beta: "v1.29"\n  stable: "v1.30"' }) },
    { name: 'a provisional KEP is not planned into a release yet', settings: kubernetes, kep: kepYaml({ status: 'provisional', 'latest-milestone': null, milestone: null }) },
    { name: 'a deferred KEP without milestones', settings: kubernetes, kep: kepYaml({ status: 'deferred', 'latest-milestone': null, milestone: null }) }
  ],
  invalid: [
    {
      name: 'an implementable KEP without latest-milestone nor milestone names both',
      settings: kubernetes,
      kep: noMilestones,
      reports: [
        {
          message: 'status is implementable but latest-milestone and milestone are missing; say in which release the KEP is worked on',
          line: lineOf(noMilestones, 'status:'),
          column: 9
        }
      ]
    },
    {
      name: 'an implementable KEP without latest-milestone names only it',
      settings: kubernetes,
      kep: noLatest,
      reports: [{ message: /^status is implementable but latest-milestone is missing;/, line: lineOf(noLatest, 'status:') }]
    },
    {
      name: 'an implemented KEP without its milestone map',
      settings: kubernetes,
      kep: noMilestone,
      reports: [{ message: /^status is implemented but milestone is missing; .*"milestone: \{alpha: v1\.30\}"/, line: lineOf(noMilestone, 'status:') }]
    }
  ]
})
