import { stageRequired } from '../../src/rules/kep/stage-required.js'
import { kepYaml, kubernetes } from '../helpers/kepYaml.js'
import { testKepRule } from '../helpers/ruleTester.js'

/** Line (1-based) of the first line of a kep.yaml that starts with `prefix`. */
function lineOf(text: string, prefix: string): number {
  const index = text.split('\n').findIndex(line => line.startsWith(prefix))
  if (index === -1) throw new Error(`no line starts with ${prefix}`)
  return index + 1
}

const implementableNoStage = kepYaml({ stage: null })
const implementedNoStage = kepYaml({ stage: null, status: 'implemented' })
const statusFirst = kepYaml({ status: null, stage: null }).replace('title:', 'status: implementable\ntitle:')

testKepRule(stageRequired, {
  valid: [
    { name: 'an implementable KEP at stage alpha', settings: kubernetes, kep: kepYaml() },
    { name: 'an implemented KEP at stage stable', settings: kubernetes, kep: kepYaml({ status: 'implemented', stage: 'stable' }) },
    { name: 'a provisional KEP need not say a stage yet', settings: kubernetes, kep: kepYaml({ status: 'provisional', stage: null }) },
    { name: 'a withdrawn KEP need not say a stage', settings: kubernetes, kep: kepYaml({ status: 'withdrawn', stage: null }) },
    { name: "a KEP without a status is the schema's to report", settings: kubernetes, kep: kepYaml({ status: null, stage: null }) }
  ],
  invalid: [
    {
      name: 'an implementable KEP without a stage, reported at its status',
      settings: kubernetes,
      kep: implementableNoStage,
      reports: [
        {
          message: 'status is implementable but there is no stage; an implementable KEP says which stage it targets: add "stage: alpha"',
          line: lineOf(implementableNoStage, 'status:'),
          column: 9
        }
      ]
    },
    {
      name: 'an implemented KEP without a stage',
      settings: kubernetes,
      kep: implementedNoStage,
      reports: [{ message: 'status is implemented but there is no stage', line: lineOf(implementedNoStage, 'status:') }]
    },
    {
      name: 'the status line is found wherever status is written',
      settings: kubernetes,
      kep: statusFirst,
      reports: [{ message: 'there is no stage', line: 1, column: 9 }]
    }
  ]
})
