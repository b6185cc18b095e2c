import { implementedStage } from '../../src/rules/kep/implemented-stage.js'
import { kepYaml, kubernetes } from '../helpers/kepYaml.js'
import { testKepRule } from '../helpers/ruleTester.js'

/** Line (1-based) of the first line of a kep.yaml that starts with `prefix`. */
function lineOf(text: string, prefix: string): number {
  const index = text.split('\n').findIndex(line => line.startsWith(prefix))
  if (index === -1) throw new Error(`no line starts with ${prefix}`)
  return index + 1
}

const implementedAlpha = kepYaml({ status: 'implemented' })
const implementedBeta = kepYaml({ status: 'implemented', stage: 'beta' })

testKepRule(implementedStage, {
  valid: [
    { name: 'an implemented KEP at stage stable', settings: kubernetes, kep: kepYaml({ status: 'implemented', stage: 'stable' }) },
    { name: 'an implemented deprecation at stage deprecated', settings: kubernetes, kep: kepYaml({ status: 'implemented', stage: 'deprecated' }) },
    { name: 'an implemented deprecation at stage disabled', settings: kubernetes, kep: kepYaml({ status: 'implemented', stage: 'disabled' }) },
    { name: 'an implemented removal at stage removed', settings: kubernetes, kep: kepYaml({ status: 'implemented', stage: 'removed' }) },
    { name: 'an implementable KEP may be at stage alpha while it graduates', settings: kubernetes, kep: kepYaml({ status: 'implementable', stage: 'alpha' }) },
    { name: "an implemented KEP without a stage is stage-required's to report", settings: kubernetes, kep: kepYaml({ status: 'implemented', stage: null }) }
  ],
  invalid: [
    {
      name: 'an implemented KEP still at stage alpha, reported at its stage',
      settings: kubernetes,
      kep: implementedAlpha,
      reports: [
        {
          message: 'status is implemented but stage is alpha; a KEP is implemented once it is stable — set stage to stable, or status back to implementable',
          line: lineOf(implementedAlpha, 'stage:'),
          column: 8,
          expected: ['stable']
        }
      ]
    },
    {
      name: 'an implemented KEP still at stage beta',
      settings: kubernetes,
      kep: implementedBeta,
      reports: [{ message: 'status is implemented but stage is beta', line: lineOf(implementedBeta, 'stage:'), expected: ['stable'] }]
    }
  ]
})
