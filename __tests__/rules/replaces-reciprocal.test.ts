import { replacesReciprocal } from '../../src/rules/kep/replaces-reciprocal.js'
import { fields, frontMatterKep, lineOf } from '../helpers/repo.js'
import { testKepRule } from '../helpers/ruleTester.js'

function kep(number: number | string, overrides: Record<string, string | null> = {}): string {
  return frontMatterKep(fields({ 'kep-number': String(number), title: `KEP ${number}`, ...overrides }))
}

const FILE = 'sig-node/0042-pod-overhead.md'
const SEVEN = 'sig-apps/0007-kep-7.md'
const FIFTY = 'sig-apps/0050-kep-50.md'

const replacesSeven = kep(42, { replaces: '\n  - KEP-7' })
const supersededByFifty = kep(42, { status: 'Replaced', 'superseded-by': '\n  - KEP-50' })
const both = kep(42, { status: 'Replaced', replaces: '\n  - KEP-7', 'superseded-by': '\n  - KEP-50' })
const secondItem = kep(42, { replaces: '\n  - KEP-7\n  - KEP-8' })

testKepRule(replacesReciprocal, {
  valid: [
    { name: 'no replaces, no superseded-by', kep: kep(42) },
    { name: 'a KEP that replaces one which lists it in superseded-by', kep: replacesSeven, others: { [SEVEN]: kep(7, { status: 'Replaced', 'superseded-by': '\n  - KEP-42' }) } },
    { name: 'a Replaced KEP whose successor lists it in replaces', kep: supersededByFifty, others: { [FIFTY]: kep(50, { replaces: '\n  - KEP-42' }) } },
    { name: 'the other KEP lists this one among others', kep: replacesSeven, others: { [SEVEN]: kep(7, { status: 'Replaced', 'superseded-by': '\n  - KEP-41\n  - KEP-42' }) } },
    { name: "a KEP that is not in the repository is reference-exists' to report", kep: replacesSeven },
    { name: "a self-reference is reference-exists' to report", kep: kep(42, { replaces: '\n  - KEP-42' }) },
    { name: 'a draft KEP cannot be listed back by number: its claims are not checked', kep: kep('draft-20240115', { status: 'Draft', replaces: '\n  - KEP-7' }), others: { [SEVEN]: kep(7) } },
    { name: 'see-also needs no reciprocal', kep: kep(42, { 'see-also': '\n  - KEP-7' }), others: { [SEVEN]: kep(7) } },
    { name: "a malformed reference (KEP-007) is the schema's to report", kep: kep(42, { replaces: '\n  - KEP-007' }), others: { [SEVEN]: kep(7) } }
  ],
  invalid: [
    {
      name: 'a KEP replaces another which does not list it in superseded-by',
      kep: replacesSeven,
      others: { [SEVEN]: kep(7) },
      reports: [
        {
          message: `this KEP lists KEP-7 in replaces, but ${SEVEN} does not list KEP-42 in superseded-by; add "KEP-42" to superseded-by there, or remove this entry`,
          line: lineOf(replacesSeven, '  - KEP-7'),
          column: 5
        }
      ],
      // The fix is the other half, in the other KEP: a new field at the end of its metadata.
      output: { [SEVEN]: kep(7).replace('status: Approved\n---', 'status: Approved\nsuperseded-by:\n  - KEP-42\n---'), [FILE]: replacesSeven }
    },
    {
      name: 'a Replaced KEP whose successor does not list it in replaces',
      kep: supersededByFifty,
      others: { [FIFTY]: kep(50) },
      reports: [
        {
          message: `this KEP lists KEP-50 in superseded-by, but ${FIFTY} does not list KEP-42 in replaces; add "KEP-42" to replaces there`,
          line: lineOf(supersededByFifty, '  - KEP-50'),
          column: 5
        }
      ],
      output: { [FIFTY]: kep(50).replace('status: Approved\n---', 'status: Approved\nreplaces:\n  - KEP-42\n---') }
    },
    ...(
      [
        ['a block list, after its last item and its comment', '\n  - KEP-41   # the first\n  - KEP-43', '\n  - KEP-41   # the first\n  - KEP-43\n  - KEP-42'],
        ['a flow list, inside its brackets', ' [KEP-41]  # flow', ' [KEP-41, KEP-42]  # flow'],
        ['an empty flow list', ' []', ' [KEP-42]'],
        ['a field with no value', '', '\n  - KEP-42'],
        ['a field written null', ' ~', ' [KEP-42]']
      ] as const
    ).map(([where, list, fixed]) => {
      const seven = kep(7, { status: 'Replaced' }).replace('status: Replaced', `status: Replaced\nsuperseded-by:${list}`)
      return {
        name: `the other half is added to ${where}`,
        kep: replacesSeven,
        others: { [SEVEN]: seven },
        reports: [{ message: `${SEVEN} does not list KEP-42 in superseded-by` }],
        output: { [SEVEN]: seven.replace(`superseded-by:${list}`, `superseded-by:${fixed}`) }
      }
    }),
    {
      name: 'the other KEP lists this one in the wrong field (replaces instead of superseded-by)',
      kep: replacesSeven,
      others: { [SEVEN]: kep(7, { replaces: '\n  - KEP-42' }) },
      reports: [{ message: `${SEVEN} does not list KEP-42 in superseded-by`, line: lineOf(replacesSeven, '  - KEP-7') }],
      output: { [SEVEN]: kep(7, { replaces: '\n  - KEP-42' }).replace('  - KEP-42\n---', '  - KEP-42\nsuperseded-by:\n  - KEP-42\n---') }
    },
    {
      name: 'both claims one-sided: replaces first, then superseded-by',
      kep: both,
      others: { [SEVEN]: kep(7), [FIFTY]: kep(50) },
      reports: [
        { message: 'this KEP lists KEP-7 in replaces', line: lineOf(both, '  - KEP-7'), fix: 'safe' },
        { message: 'this KEP lists KEP-50 in superseded-by', line: lineOf(both, '  - KEP-50'), fix: 'safe' }
      ],
      // Each half in its own KEP: both fixes apply in one pass.
      output: {
        [SEVEN]: kep(7).replace('status: Approved\n---', 'status: Approved\nsuperseded-by:\n  - KEP-42\n---'),
        [FIFTY]: kep(50).replace('status: Approved\n---', 'status: Approved\nreplaces:\n  - KEP-42\n---'),
        [FILE]: both
      }
    },
    {
      name: 'two KEPs share the number: only the one that does not list this KEP back is named',
      kep: replacesSeven,
      others: { [SEVEN]: kep(7, { status: 'Replaced', 'superseded-by': '\n  - KEP-42' }), 'sig-auth/0007-copy.md': kep(7) },
      reports: [{ message: 'but sig-auth/0007-copy.md does not list KEP-42 in superseded-by', line: lineOf(replacesSeven, '  - KEP-7') }],
      // Which KEP-7 is meant is not known: no fix.
      output: { 'sig-auth/0007-copy.md': kep(7) }
    },
    {
      name: 'the second item of replaces is the one-sided one: the report is at that item',
      kep: secondItem,
      others: { [SEVEN]: kep(7, { status: 'Replaced', 'superseded-by': '\n  - KEP-42' }), 'sig-apps/0008-kep-8.md': kep(8) },
      reports: [{ message: 'this KEP lists KEP-8 in replaces', line: lineOf(secondItem, '  - KEP-8'), column: 5 }],
      output: { 'sig-apps/0008-kep-8.md': kep(8).replace('status: Approved\n---', 'status: Approved\nsuperseded-by:\n  - KEP-42\n---') }
    }
  ]
})
