import { numberUnique } from '../../src/rules/kep/number-unique.js'
import { fields, frontMatterKep, lineOf } from '../helpers/repo.js'
import { testKepRule } from '../helpers/ruleTester.js'

function numbered(number: string, title = 'Other'): string {
  return frontMatterKep(fields({ 'kep-number': number, title }))
}

const kep42 = frontMatterKep(fields())
const draft = frontMatterKep(fields({ 'kep-number': 'draft-20240115', status: 'Draft' }))

/** A kubernetes/enhancements kep.yaml, metadata from line 1. */
function kepYaml(number: number, title: string): string {
  return `title: ${title}\nkep-number: ${number}\nauthors:\n  - "@derekwaynecarr"\nowning-sig: sig-node\nstatus: implementable\n`
}

const hugepages = kepYaml(1539, 'HugePages')

testKepRule(numberUnique, {
  valid: [
    { name: 'the only KEP of the repository', kep: kep42 },
    { name: 'a number no other KEP uses', kep: kep42, others: { 'sig-apps/0041-other.md': numbered('41'), 'sig-apps/0043-next.md': numbered('43', 'Next') } },
    { name: 'two KEPs on the same draft number: draft numbers are not assigned ones', kep: draft, others: { 'sig-apps/draft-20240115-other.md': numbered('draft-20240115') } },
    { name: 'a KEP on a draft number among numbered ones', kep: draft, others: { 'sig-apps/0042-other.md': numbered('42') } },
    { name: 'kep-number 0 is no assigned number (the schema reports it)', kep: frontMatterKep(fields({ 'kep-number': '0' })), others: { 'sig-apps/0000-other.md': numbered('0') } },
    {
      name: 'two kep.yaml files with their own numbers under the kubernetes preset',
      kep: hugepages,
      file: 'keps/sig-node/1539-hugepages/kep.yaml',
      settings: { preset: 'kubernetes' },
      others: { 'keps/sig-node/2000-other/kep.yaml': kepYaml(2000, 'Other') }
    }
  ],
  invalid: [
    {
      name: 'a number another KEP already uses',
      kep: kep42,
      others: { 'sig-apps/0042-other.md': numbered('42') },
      reports: [
        {
          message: 'kep-number 42 is also used by sig-apps/0042-other.md; every KEP needs its own number (the next free one is 43)',
          line: lineOf(kep42, 'kep-number:'),
          column: 13,
          expected: ['43']
        }
      ]
    },
    {
      name: 'a number used by two other KEPs: both are named, in one report',
      kep: kep42,
      others: { 'sig-apps/0042-a.md': numbered('42', 'A'), 'sig-auth/0042-b.md': numbered('42', 'B') },
      reports: [{ message: 'kep-number 42 is also used by sig-apps/0042-a.md, sig-auth/0042-b.md;', line: lineOf(kep42, 'kep-number:'), expected: ['43'] }]
    },
    {
      name: 'the next free number follows the highest number of the repository',
      kep: kep42,
      others: { 'sig-apps/0042-other.md': numbered('42'), 'sig-apps/0100-hundred.md': numbered('100', 'Hundred'), 'sig-apps/0007-seven.md': numbered('7', 'Seven') },
      reports: [{ message: '(the next free one is 101)', expected: ['101'] }]
    },
    {
      name: 'a quoted "42" is the same number as 42',
      kep: kep42,
      others: { 'sig-apps/0042-other.md': numbered('"42"') },
      reports: [{ message: 'kep-number 42 is also used by sig-apps/0042-other.md', line: lineOf(kep42, 'kep-number:'), expected: ['43'] }]
    },
    {
      name: 'two kep.yaml files on one number under the kubernetes preset',
      kep: hugepages,
      file: 'keps/sig-node/1539-hugepages/kep.yaml',
      settings: { preset: 'kubernetes' },
      others: { 'keps/sig-apps/1539-copy/kep.yaml': kepYaml(1539, 'Copy') },
      reports: [{ message: 'kep-number 1539 is also used by keps/sig-apps/1539-copy/kep.yaml', line: lineOf(hugepages, 'kep-number:'), column: 13, expected: ['1540'] }]
    }
  ]
})
