import { numberNext } from '../../src/rules/change/number-next.js'
import { fields, frontMatterKep, lineOf } from '../helpers/repo.js'
import { testChangeRule } from '../helpers/ruleTester.js'

const DRAFT_FILE = 'sig-node/draft-20240115-pod-overhead.md'
const DRAFT = 'draft-20240115'

function kep(number: string | null, status = 'Approved', title = 'Pod Overhead'): string {
  return frontMatterKep(fields({ 'kep-number': number, status, title }))
}

/** The head's other KEPs: 1, 2 and 41, so the next free number is 42. */
const others = {
  'sig-node/0001-one.md': kep('1', 'Final', 'One'),
  'sig-node/0002-two.md': kep('2', 'Final', 'Two'),
  'sig-node/0041-forty-one.md': kep('41', 'Approved', 'Forty-one')
}
const draft = kep(DRAFT, 'Draft')
const skipped = kep('50')
const gapFilled = kep('3')
const first = kep('5')
const stringSkipped = kep('"50"')

testChangeRule(numberNext, {
  valid: [
    { name: 'a draft number becomes the next free number, 42', kind: 'modified', path: DRAFT_FILE, others, before: draft, after: kep('42') },
    { name: 'the next number written as a string "42"', kind: 'modified', path: DRAFT_FILE, others, before: draft, after: kep('"42"') },
    { name: 'a draft KEP renamed to the next number', kind: 'renamed', previousPath: DRAFT_FILE, path: 'sig-node/0042-pod-overhead.md', others, before: draft, after: kep('42') },
    { name: 'the first KEP of an empty repository gets number 1', kind: 'modified', path: DRAFT_FILE, before: draft, after: kep('1') },
    { name: 'a draft number kept is not assigned yet', kind: 'modified', path: DRAFT_FILE, others, before: draft, after: kep(DRAFT, 'Draft') },
    { name: "an assigned number that changes is number-changed's to report", kind: 'modified', path: 'sig-node/0041-forty-one.md', others: { 'sig-node/0001-one.md': others['sig-node/0001-one.md'] }, before: kep('41'), after: kep('50') },
    { name: 'a new KEP has no base draft number', kind: 'added', path: 'sig-node/0050-new.md', others, after: kep('50') },
    // A number another KEP holds is taken, never "free": number-unique reports the duplicate.
    { name: 'a draft number becomes 41, which another KEP already has', kind: 'modified', path: DRAFT_FILE, others, before: draft, after: kep('41') },
    // number-assigned reports a number on a KEP before approval; which number it is is no question then.
    { name: 'a Draft KEP given a number that is not the next one', kind: 'modified', path: DRAFT_FILE, others, before: draft, after: kep('50', 'Draft') }
  ],
  invalid: [
    {
      name: 'a draft number becomes 50, free but not the next one',
      kind: 'modified',
      path: DRAFT_FILE,
      others,
      before: draft,
      after: skipped,
      reports: [
        {
          message: 'kep-number 50 is free but not the next one: numbers are sequential and dense, and the next free number is 42',
          line: lineOf(skipped, 'kep-number:'),
          column: 13,
          expected: ['42']
        }
      ]
    },
    {
      name: 'a draft number fills a gap below the last number: the next is after the last',
      kind: 'modified',
      path: DRAFT_FILE,
      others,
      before: draft,
      after: gapFilled,
      reports: [{ message: 'kep-number 3 is free but not the next one', line: lineOf(gapFilled, 'kep-number:'), expected: ['42'] }]
    },
    {
      name: 'the first KEP of an empty repository numbered 5',
      kind: 'modified',
      path: DRAFT_FILE,
      before: draft,
      after: first,
      reports: [{ message: 'the next free number is 1', line: lineOf(first, 'kep-number:'), expected: ['1'] }]
    },
    {
      name: 'a number written as a string "50" is still not the next one',
      kind: 'modified',
      path: DRAFT_FILE,
      others,
      before: draft,
      after: stringSkipped,
      reports: [{ message: 'kep-number 50 is free but not the next one', line: lineOf(stringSkipped, 'kep-number:'), expected: ['42'] }]
    }
  ]
})
