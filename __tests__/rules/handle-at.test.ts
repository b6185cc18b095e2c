import { handleAt } from '../../src/rules/kep/handle-at.js'
import { kepYaml, kubernetes } from '../helpers/kepYaml.js'
import { lineOf } from '../helpers/repo.js'
import { testKepRule } from '../helpers/ruleTester.js'

const bareAuthor = kepYaml({ authors: '\n  - "@janedoe"\n  - johnbelamaric' })
const quotedWithComment = kepYaml({ reviewers: "\n  - 'alice'   # the lead" })
const everyList = kepYaml({ reviewers: '\n  - alice', approvers: '\n  - bob-smith', 'prr-approvers': '\n  - deads2k' })

testKepRule(handleAt, {
  valid: [
    { name: 'handles written with @, as the template writes them', kep: kepYaml({ 'prr-approvers': '\n  - "@deads2k"' }), settings: kubernetes },
    { name: 'TBD is the placeholder, not a handle', kep: kepYaml({ reviewers: '\n  - TBD', approvers: '\n  - TBD' }), settings: kubernetes },
    { name: "a value that is no handle at all is the schema's to report", kep: kepYaml({ approvers: '\n  - "@deads2k - for the API server part"' }), settings: kubernetes },
    { name: 'a handle of an invalid form (two hyphens) is no bare handle either', kep: kepYaml({ approvers: '\n  - bob--smith' }), settings: kubernetes },
    { name: 'a field that is not a list is not read item by item', kep: kepYaml({ reviewers: 'alice' }), settings: kubernetes }
  ],
  invalid: [
    {
      name: 'a handle without @ among authors, with the fix',
      kep: bareAuthor,
      settings: kubernetes,
      reports: [
        {
          message: 'authors[1] is "johnbelamaric" without @; kubernetes/enhancements\' tooling reads it as the same person, but the template writes handles "@johnbelamaric" — write "@johnbelamaric"',
          line: lineOf(bareAuthor, '  - johnbelamaric'),
          column: 5,
          expected: ['@johnbelamaric']
        }
      ],
      // Quoted: @ cannot start a plain YAML scalar.
      output: bareAuthor.replace('  - johnbelamaric', '  - "@johnbelamaric"')
    },
    {
      name: "the fix keeps the value's own quotes and the comment after it",
      kep: quotedWithComment,
      settings: kubernetes,
      reports: [{ message: 'reviewers[0] is "alice" without @', line: lineOf(quotedWithComment, "  - 'alice'"), expected: ['@alice'] }],
      output: quotedWithComment.replace("  - 'alice'   # the lead", "  - '@alice'   # the lead")
    },
    {
      name: 'reviewers, approvers and prr-approvers alike',
      kep: everyList,
      settings: kubernetes,
      reports: [
        { message: 'reviewers[0] is "alice" without @', line: lineOf(everyList, '  - alice'), expected: ['@alice'] },
        { message: 'approvers[0] is "bob-smith" without @', line: lineOf(everyList, '  - bob-smith'), expected: ['@bob-smith'] },
        { message: 'prr-approvers[0] is "deads2k" without @', line: lineOf(everyList, '  - deads2k'), expected: ['@deads2k'] }
      ],
      output: everyList.replace('  - alice', '  - "@alice"').replace('  - bob-smith', '  - "@bob-smith"').replace('  - deads2k', '  - "@deads2k"')
    }
  ]
})
