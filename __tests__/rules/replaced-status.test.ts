import { replacedStatus } from '../../src/rules/kep/replaced-status.js'
import { kepYaml, kubernetes } from '../helpers/kepYaml.js'
import { fields, frontMatterKep, lineOf } from '../helpers/repo.js'
import { testKepRule } from '../helpers/ruleTester.js'

const approvedSuperseded = frontMatterKep(fields({ status: 'Approved', 'superseded-by': '\n  - KEP-7' }))
const implementedSuperseded = kepYaml({ status: 'implemented', stage: 'stable', 'superseded-by': '\n  - /keps/sig-node/2000-successor' })

testKepRule(replacedStatus, {
  valid: [
    { name: 'a Replaced KEP names its successor', kep: frontMatterKep(fields({ status: 'Replaced', 'superseded-by': '\n  - KEP-7' })) },
    { name: 'an Approved KEP without superseded-by', kep: frontMatterKep(fields({ status: 'Approved' })) },
    { name: 'an empty superseded-by names nothing', kep: frontMatterKep(fields({ status: 'Approved', 'superseded-by': '[]' })) },
    { name: "a status the lifecycle does not know is the schema's to report", kep: frontMatterKep(fields({ status: 'approved', 'superseded-by': '\n  - KEP-7' })) },
    { name: 'a replaced kep.yaml', kep: kepYaml({ status: 'replaced', 'superseded-by': '\n  - KEP-7' }), settings: kubernetes },
    // Real: 1152-less-object-serializations says superseded-by: ["n/a"]; the schema reports it, and it names no successor.
    { name: 'a superseded-by the schema rejects names no KEP', kep: kepYaml({ status: 'implemented', stage: 'stable', 'superseded-by': '\n  - n/a' }), settings: kubernetes }
  ],
  invalid: [
    {
      name: 'an Approved KEP that names its successor (KEP-1: superseded-by "should be paired" with Replaced)',
      kep: approvedSuperseded,
      reports: [
        {
          message: 'superseded-by names a KEP but status is Approved; KEP-1 pairs superseded-by with the move to Replaced — change status, or remove superseded-by',
          line: lineOf(approvedSuperseded, 'superseded-by:'),
          column: 1,
          expected: ['Replaced']
        }
      ]
    },
    {
      name: 'an implemented kep.yaml superseded by another',
      kep: implementedSuperseded,
      settings: kubernetes,
      reports: [{ message: 'superseded-by names a KEP but status is implemented', line: lineOf(implementedSuperseded, 'superseded-by:'), expected: ['replaced'] }]
    }
  ]
})
