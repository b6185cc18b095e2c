import { creationDateChanged } from '../../src/rules/change/creation-date-changed.js'
import { fields, frontMatterKep, lineOf } from '../helpers/repo.js'
import { testChangeRule } from '../helpers/ruleTester.js'

const FILE = 'sig-node/0042-pod-overhead.md'

function kep(creationDate: string | null, status = 'Approved'): string {
  return frontMatterKep(fields({ 'creation-date': creationDate, status }))
}

/** Line of the first metadata line of a front-matter KEP, where a report about a field that is gone points. */
function firstMetadataLine(text: string): number {
  return text.split('\n').indexOf('---') + 2
}

const moved = kep('2024-02-01')
const gone = kep(null)
const renamedMoved = kep('2023-12-01', 'Withdrawn')
const notADate = kep('[2024-01-15]')
const fromUnpadded = kep('2024-03-01')

testChangeRule(creationDateChanged, {
  valid: [
    { name: 'creation-date unchanged while the status moves on', kind: 'modified', path: FILE, before: kep('2024-01-15', 'Draft'), after: kep('2024-01-15', 'Approved') },
    { name: 'the same date, quoted at the head', kind: 'modified', path: FILE, before: kep('2024-01-15'), after: kep('"2024-01-15"') },
    { name: 'a renamed KEP keeps its creation-date', kind: 'renamed', previousPath: FILE, path: 'sig-node/orphaned/0042-pod-overhead.md', before: kep('2024-01-15'), after: kep('2024-01-15', 'Withdrawn') },
    { name: 'a base without a creation-date gets one', kind: 'modified', path: FILE, before: kep(null, 'Draft'), after: kep('2024-01-15') },
    { name: 'a new KEP has no base date', kind: 'added', path: FILE, after: kep('2024-01-15') },
    { name: 'a deleted KEP has no head date (file-deleted reports it)', kind: 'deleted', path: FILE, before: kep('2024-01-15') },
    // KEP-4355 on kubernetes/enhancements' master: the impossible date corrected is no change of the date.
    { name: 'an impossible base date (2023-14-05) corrected to a real one', kind: 'modified', path: FILE, before: kep('2023-14-05'), after: kep('2023-05-14') },
    { name: 'a base value that is no date at all, replaced by a date', kind: 'modified', path: FILE, before: kep('"soon"'), after: kep('2024-01-15') },
    { name: 'an unpadded base date written padded', kind: 'modified', path: FILE, before: kep('2024-1-5'), after: kep('2024-01-05') }
  ],
  invalid: [
    {
      name: 'creation-date moved from 2024-01-15 to 2024-02-01',
      kind: 'modified',
      path: FILE,
      before: kep('2024-01-15'),
      after: moved,
      reports: [
        {
          message: 'creation-date was 2024-01-15 and changed to "2024-02-01"; it records when the KEP was first proposed and never changes: set it back to 2024-01-15 (use last-updated for later changes)',
          line: lineOf(moved, 'creation-date:'),
          column: 16,
          expected: ['2024-01-15']
        }
      ],
      output: moved.replace('creation-date: 2024-02-01', 'creation-date: 2024-01-15')
    },
    {
      name: 'creation-date gone from the head',
      kind: 'modified',
      path: FILE,
      before: kep('2024-01-15'),
      after: gone,
      reports: [{ message: 'creation-date was 2024-01-15 and is gone; it records when the KEP was first proposed', line: firstMetadataLine(gone), column: 1, expected: ['2024-01-15'] }],
      // Where it went is the author's to say: no fix.
      output: gone
    },
    {
      name: 'a renamed KEP whose creation-date changes as it moves',
      kind: 'renamed',
      previousPath: FILE,
      path: 'sig-node/orphaned/0042-pod-overhead.md',
      before: kep('2024-01-15'),
      after: renamedMoved,
      reports: [{ message: 'creation-date was 2024-01-15 and changed to "2023-12-01"', line: lineOf(renamedMoved, 'creation-date:'), expected: ['2024-01-15'], fix: 'safe' }],
      output: renamedMoved.replace('creation-date: 2023-12-01', 'creation-date: 2024-01-15')
    },
    {
      // The date meant is asked for, and written back, as a valid date: a fix never writes an invalid value.
      name: 'an unpadded base date that changes: set back to that date, written valid',
      kind: 'modified',
      path: FILE,
      before: kep('2024-1-5'),
      after: fromUnpadded,
      reports: [{ message: 'creation-date was 2024-01-05 and changed to "2024-03-01"', line: lineOf(fromUnpadded, 'creation-date:'), expected: ['2024-01-05'], fix: 'safe' }],
      output: fromUnpadded.replace('creation-date: 2024-03-01', 'creation-date: 2024-01-05')
    },
    {
      name: 'creation-date turned into a list shows the value found',
      kind: 'modified',
      path: FILE,
      before: kep('2024-01-15'),
      after: notADate,
      reports: [{ message: 'creation-date was 2024-01-15 and changed to ["2024-01-15"]', line: lineOf(notADate, 'creation-date:'), expected: ['2024-01-15'] }]
    }
  ]
})
