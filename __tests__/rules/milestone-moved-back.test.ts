import { milestoneMovedBack } from '../../src/rules/change/milestone-moved-back.js'
import { kepYaml, kubernetes } from '../helpers/kepYaml.js'
import { testChangeRule } from '../helpers/ruleTester.js'

const FILE = 'keps/sig-node/42-pod-overhead/kep.yaml'

function lineOf(text: string, prefix: string): number {
  const index = text.split('\n').findIndex(line => line.startsWith(prefix))
  if (index === -1) throw new Error(`no line starts with ${prefix}`)
  return index + 1
}

const at = (latest: string, milestone = '\n  alpha: "v1.28"\n  beta: "v1.30"') => kepYaml({ stage: 'beta', 'latest-milestone': `"${latest}"`, milestone })
const latestBack = at('v1.20')
const betaBack = at('v1.30', '\n  alpha: "v1.28"\n  beta: "v1.29"')
const bothBack = at('v1.29', '\n  alpha: "v1.27"\n  beta: "v1.30"')

testChangeRule(milestoneMovedBack, {
  valid: [
    { name: 'latest-milestone moves forward', kind: 'modified', path: FILE, settings: kubernetes, before: at('v1.30'), after: at('v1.31') },
    { name: 'nothing moves', kind: 'modified', path: FILE, settings: kubernetes, before: at('v1.30'), after: at('v1.30') },
    { name: 'a stage planned later', kind: 'modified', path: FILE, settings: kubernetes, before: at('v1.30'), after: at('v1.30', '\n  alpha: "v1.28"\n  beta: "v1.32"') },
    { name: 'a stage milestone added', kind: 'modified', path: FILE, settings: kubernetes, before: at('v1.30'), after: at('v1.30', '\n  alpha: "v1.28"\n  beta: "v1.30"\n  stable: "v1.33"') },
    { name: 'v1.9 to v1.10 is forward', kind: 'modified', path: FILE, settings: kubernetes, before: at('v1.9'), after: at('v1.10') },
    { name: 'the same release written with its v', kind: 'modified', path: FILE, settings: kubernetes, before: at('1.30'), after: at('v1.30') },
    { name: 'a value that is no release (TBD) is not compared', kind: 'modified', path: FILE, settings: kubernetes, before: at('TBD'), after: at('v1.20') },
    { name: 'a new KEP has nothing to move back from', kind: 'added', path: FILE, settings: kubernetes, after: at('v1.20') },
    { name: 'latest-milestone removed is not moved back (milestone-required says what is missing)', kind: 'modified', path: FILE, settings: kubernetes, before: at('v1.30'), after: kepYaml({ 'latest-milestone': null }) }
  ],
  invalid: [
    {
      name: 'latest-milestone moved back, at it',
      kind: 'modified',
      path: FILE,
      settings: kubernetes,
      before: at('v1.30'),
      after: latestBack,
      reports: [
        {
          topic: 'latest-milestone',
          message: 'latest-milestone moved back from v1.30 to v1.20; it is the most recent release with work on the KEP, which only moves forward — set it to v1.30 or later',
          line: lineOf(latestBack, 'latest-milestone:'),
          column: 19,
          expected: ['v1.30']
        }
      ]
    },
    {
      name: "a stage's milestone moved back",
      kind: 'modified',
      path: FILE,
      settings: kubernetes,
      before: at('v1.30'),
      after: betaBack,
      reports: [{ topic: 'milestone', message: "milestone.beta moved back from v1.30 to v1.29; a stage's release moves back only when a plan is pulled in", line: lineOf(betaBack, '  beta:'), expected: ['v1.30'] }]
    },
    {
      name: 'both, in a rename',
      kind: 'renamed',
      path: 'keps/sig-node/42-pod-overhead-renamed/kep.yaml',
      previousPath: FILE,
      settings: kubernetes,
      before: at('v1.30'),
      after: bothBack,
      reports: [{ topic: 'latest-milestone' }, { topic: 'milestone', message: 'milestone.alpha moved back from v1.28 to v1.27' }]
    }
  ]
})
