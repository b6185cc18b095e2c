import { recommendedFields } from '../../src/rules/kep/recommended-fields.js'
import { kepYaml, kubernetes } from '../helpers/kepYaml.js'
import { lineOf } from '../helpers/repo.js'
import { testKepRule } from '../helpers/ruleTester.js'

testKepRule(recommendedFields, {
  valid: [
    { name: 'reviewers and creation-date given', kep: kepYaml(), settings: kubernetes },
    { name: 'reviewers still TBD', kep: kepYaml({ reviewers: '\n  - TBD' }), settings: kubernetes },
    { name: 'a preset that asks for nothing more', kep: kepYaml({ reviewers: null }), settings: kubernetes, options: { fields: [] } },
    { name: "missing approvers, which kubernetes' validator requires, are the schema's error", kep: kepYaml({ approvers: null }), settings: kubernetes }
  ],
  invalid: [
    {
      name: 'no reviewers (8 real KEPs lack reviewers or creation-date; their validator does not require them)',
      kep: kepYaml({ reviewers: null }),
      settings: kubernetes,
      reports: [{ message: 'the metadata has no "reviewers"; kubernetes/enhancements\' validator does not require it, but the template asks for it — add it', line: 1, column: 1 }]
    },
    {
      // Real: keps/sig-scheduling/5941-…/kep.yaml says approvers: [], which kubernetes' validator accepts.
      name: 'an empty approvers list',
      kep: kepYaml({ approvers: '[]' }),
      settings: kubernetes,
      reports: [{ message: "approvers is empty; kubernetes/enhancements' validator accepts that, but the template asks for approvers — fill it in", line: lineOf(kepYaml({ approvers: '[]' }), 'approvers:') }]
    },
    {
      name: 'an empty reviewers list and no creation-date',
      kep: kepYaml({ reviewers: '', 'creation-date': null }),
      settings: kubernetes,
      reports: [
        { message: /^reviewers is empty; .* fill it in$/, line: lineOf(kepYaml({ reviewers: '', 'creation-date': null }), 'reviewers:'), column: 1 },
        { message: 'no "creation-date"', line: 1 }
      ]
    }
  ]
})
