import { recommendedFields } from '../../src/rules/kep/recommended-fields.js'
import { kepYaml, kubernetes } from '../helpers/kepYaml.js'
import { lineOf } from '../helpers/repo.js'
import { testKepRule } from '../helpers/ruleTester.js'

testKepRule(recommendedFields, {
  valid: [
    { name: 'reviewers and creation-date given', kep: kepYaml(), settings: kubernetes },
    { name: 'reviewers still TBD', kep: kepYaml({ reviewers: '\n  - TBD' }), settings: kubernetes },
    { name: 'a preset that asks for nothing more', kep: kepYaml({ reviewers: null }), settings: kubernetes, options: { fields: [] } }
  ],
  invalid: [
    {
      name: 'no reviewers (8 real KEPs lack reviewers or creation-date; their validator does not require them)',
      kep: kepYaml({ reviewers: null }),
      settings: kubernetes,
      reports: [{ message: 'the metadata has no "reviewers"; kubernetes/enhancements\' validator does not require it, but the template asks for it — add it', line: 1, column: 1 }]
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
