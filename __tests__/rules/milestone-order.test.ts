import { milestoneOrder } from '../../src/rules/kep/milestone-order.js'
import { kepYaml, kubernetes } from '../helpers/kepYaml.js'
import { testKepRule } from '../helpers/ruleTester.js'

/** Line (1-based) of the first line of a kep.yaml that starts with `prefix`. */
function lineOf(text: string, prefix: string): number {
  const index = text.split('\n').findIndex(line => line.startsWith(prefix))
  if (index === -1) throw new Error(`no line starts with ${prefix}`)
  return index + 1
}

const milestones = (lines: string) =>
  kepYaml({
    stage: 'stable',
    milestone: lines
      .split(',')
      .map(line => `\n  ${line.trim()}`)
      .join('')
  })
const betaBeforeAlpha = milestones('alpha: "v1.30", beta: "v1.29"')
const stableBeforeAlpha = milestones('alpha: "v1.30", stable: "v1.28"')
const twoInversions = milestones('alpha: "v1.30", beta: "v1.29", stable: "v1.28", deprecated: "v1.33", removed: "v1.31"')

testKepRule(milestoneOrder, {
  valid: [
    { name: 'alpha, beta and stable in order', settings: kubernetes, kep: milestones('alpha: "v1.28", beta: "v1.29", stable: "v1.30"') },
    { name: 'two stages in one release', settings: kubernetes, kep: milestones('alpha: "v1.28", beta: "v1.28"') },
    { name: 'alpha straight to stable', settings: kubernetes, kep: milestones('alpha: "v1.28", stable: "v1.31"') },
    { name: 'minor versions compared as numbers: v1.9 is before v1.10', settings: kubernetes, kep: milestones('alpha: "v1.9", beta: "v1.10"') },
    { name: 'a deprecation after its stable release', settings: kubernetes, kep: milestones('stable: "v1.20", deprecated: "v1.28", removed: "v1.31"') },
    { name: 'a deprecation is not compared with the graduation', settings: kubernetes, kep: milestones('beta: "v1.30", deprecated: "v1.29"') },
    { name: "a release written without its v is read (the schema's warning says how to write it)", settings: kubernetes, kep: milestones('alpha: "1.28", beta: "v1.29"') },
    { name: 'a value that is no release is not compared', settings: kubernetes, kep: milestones('alpha: TBD, beta: "v1.29"') },
    { name: 'no milestone', settings: kubernetes, kep: kepYaml({ milestone: null }) }
  ],
  invalid: [
    {
      name: 'beta before alpha, at beta',
      settings: kubernetes,
      kep: betaBeforeAlpha,
      reports: [{ message: 'milestone.beta is v1.29, before milestone.alpha v1.30; a feature reaches beta after alpha — correct the release of one of them', line: lineOf(betaBeforeAlpha, '  beta:'), column: 9 }]
    },
    {
      name: 'stable before alpha, with no beta between',
      settings: kubernetes,
      kep: stableBeforeAlpha,
      reports: [{ message: 'milestone.stable is v1.28, before milestone.alpha v1.30', line: lineOf(stableBeforeAlpha, '  stable:') }]
    },
    {
      name: 'each stage out of order, in both orders: compared with the last stage in order',
      settings: kubernetes,
      kep: twoInversions,
      reports: [{ message: 'milestone.beta is v1.29, before milestone.alpha v1.30' }, { message: 'milestone.stable is v1.28, before milestone.alpha v1.30' }, { message: 'milestone.removed is v1.31, before milestone.deprecated v1.33' }]
    }
  ]
})
