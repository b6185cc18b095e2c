import { stageTransition } from '../../src/rules/change/stage-transition.js'
import { kepYaml, kubernetes } from '../helpers/kepYaml.js'
import { fields, frontMatterKep, lineOf } from '../helpers/repo.js'
import { testChangeRule } from '../helpers/ruleTester.js'

const FILE = 'keps/sig-node/42-pod-overhead/kep.yaml'
const staged = (stage: string | null) => kepYaml({ stage })
const betaToAlpha = staged('alpha')
const stableToBeta = staged('beta')
const removedToStable = staged('stable')

testChangeRule(stageTransition, {
  valid: [
    { name: 'alpha to beta', kind: 'modified', path: FILE, settings: kubernetes, before: staged('alpha'), after: staged('beta') },
    { name: 'beta to stable', kind: 'modified', path: FILE, settings: kubernetes, before: staged('beta'), after: staged('stable') },
    { name: 'alpha straight to stable', kind: 'modified', path: FILE, settings: kubernetes, before: staged('alpha'), after: staged('stable') },
    { name: 'stable to deprecated, then the feature is removed', kind: 'modified', path: FILE, settings: kubernetes, before: staged('deprecated'), after: staged('removed') },
    { name: 'a stage kept', kind: 'modified', path: FILE, settings: kubernetes, before: staged('beta'), after: staged('beta') },
    { name: 'a first stage', kind: 'modified', path: FILE, settings: kubernetes, before: staged(null), after: staged('beta') },
    { name: 'a new KEP', kind: 'added', path: FILE, settings: kubernetes, after: staged('beta') },
    { name: "an unknown stage is the schema's to report", kind: 'modified', path: FILE, settings: kubernetes, before: staged('beta'), after: staged('gamma') },
    { name: 'a lifecycle without stages (kep-0001) checks none', kind: 'modified', path: 'sig-node/0042-pod-overhead.md', before: frontMatterKep(fields()), after: frontMatterKep(fields()) }
  ],
  invalid: [
    {
      name: 'beta back to alpha',
      kind: 'modified',
      path: FILE,
      settings: kubernetes,
      before: staged('beta'),
      after: betaToAlpha,
      reports: [
        {
          message: 'stage changed from beta to alpha, which the kubernetes lifecycle does not allow: beta may change only to stable, deprecated, disabled, removed',
          line: lineOf(betaToAlpha, 'stage:'),
          column: 8,
          expected: ['stable', 'deprecated', 'disabled', 'removed']
        }
      ]
    },
    {
      name: 'stable back to beta',
      kind: 'modified',
      path: FILE,
      settings: kubernetes,
      before: staged('stable'),
      after: stableToBeta,
      reports: [{ message: 'stable may change only to deprecated, disabled, removed', line: lineOf(stableToBeta, 'stage:') }]
    },
    { name: 'removed is final', kind: 'modified', path: FILE, settings: kubernetes, before: staged('removed'), after: removedToStable, reports: [{ message: 'removed is final: it may not change', expected: [] }] }
  ]
})
