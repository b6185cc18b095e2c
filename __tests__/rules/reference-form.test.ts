import { referenceForm } from '../../src/rules/kep/reference-form.js'
import { kepYaml, kubernetes } from '../helpers/kepYaml.js'
import { fields, frontMatterKep, lineOf } from '../helpers/repo.js'
import { testKepRule } from '../helpers/ruleTester.js'

const others = { 'keps/sig-apps/6090-old-thing/kep.yaml': kepYaml({ 'kep-number': '6090', title: 'Old thing', 'owning-sig': 'sig-apps', status: 'replaced' }) }
const bareKnown = kepYaml({ replaces: '\n  - "6090"' })
const kep0001Bare = frontMatterKep(fields({ replaces: '\n  - 7' }))
const bareUnknown = kepYaml({ 'see-also': '\n  - /keps/sig-node/1539-hugepages\n  - "7000"' })

testKepRule(referenceForm, {
  valid: [
    { name: 'a KEP named by its path', kep: kepYaml({ replaces: '\n  - /keps/sig-apps/6090-old-thing' }), settings: kubernetes, others },
    { name: 'a KEP named as KEP-6090', kep: kepYaml({ replaces: '\n  - KEP-6090' }), settings: kubernetes, others },
    { name: 'a URL in see-also', kep: kepYaml({ 'see-also': '\n  - https://example.com/design' }), settings: kubernetes },
    { name: 'kep-0001: KEP-7, as KEP-1 writes it', kep: frontMatterKep(fields({ replaces: '\n  - KEP-7' })) }
  ],
  invalid: [
    {
      name: 'a bare number that names a KEP of the repository: its path is suggested first',
      kep: bareKnown,
      settings: kubernetes,
      others,
      reports: [
        {
          message: 'replaces[0] is the bare number "6090"; name the KEP as the template does: "/keps/sig-apps/6090-old-thing" or "KEP-6090"',
          line: lineOf(bareKnown, '  - "6090"'),
          column: 5,
          expected: ['/keps/sig-apps/6090-old-thing', 'KEP-6090']
        }
      ],
      output: bareKnown.replace('  - "6090"', '  - "/keps/sig-apps/6090-old-thing"')
    },
    {
      name: 'two KEPs with the number: both are named, none is written in',
      kep: bareKnown,
      settings: kubernetes,
      others: { ...others, 'keps/sig-node/6090-copy/kep.yaml': kepYaml({ 'kep-number': '6090', title: 'Copy' }) },
      reports: [{ message: 'replaces[0] is the bare number "6090"', expected: ['/keps/sig-apps/6090-old-thing', 'KEP-6090'] }],
      output: bareKnown
    },
    {
      name: 'a bare number no KEP has (reference-exists reports that): KEP-N is suggested',
      kep: bareUnknown,
      settings: kubernetes,
      reports: [{ message: 'see-also[1] is the bare number "7000"', line: lineOf(bareUnknown, '  - "7000"'), expected: ['KEP-7000'] }],
      output: bareUnknown.replace('  - "7000"', '  - "KEP-7000"')
    },
    {
      name: 'kep-0001: a bare number, where references are never paths',
      kep: kep0001Bare,
      others: { 'sig-node/0007-seven.md': frontMatterKep(fields({ 'kep-number': '7', title: 'Seven' })) },
      reports: [{ message: 'replaces[0] is the bare number "7"; name the KEP as the template does: "KEP-7"', line: lineOf(kep0001Bare, '  - 7'), column: 5, expected: ['KEP-7'] }],
      output: kep0001Bare.replace('  - 7', '  - KEP-7')
    }
  ]
})
