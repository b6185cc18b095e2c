import { numberAssignment } from '../../src/rules/change/number-assignment.js'
import { fields, frontMatterKep, lineOf } from '../helpers/repo.js'
import { testChangeRule } from '../helpers/ruleTester.js'

const DRAFT_FILE = 'sig-node/draft-20240115-pod-overhead.md'
const FILE = 'sig-node/0042-pod-overhead.md'
const DRAFT = 'draft-20240115'

function kep(number: string, status: string): string {
  return frontMatterKep(fields({ 'kep-number': number, status }))
}

const draft = kep(DRAFT, 'Draft')
const numberedDraft = kep('42', 'Draft')
const numberedRejected = kep('42', 'Rejected')
const numberedStillApproved = kep('42', 'Approved')
const workflowAccepted = kep('42', 'accepted')
const numberedWithdrawn = kep('42', 'Withdrawn')

testChangeRule(numberAssignment, {
  valid: [
    { name: 'a draft number becomes 42 on the move from Draft to Approved', kind: 'modified', path: DRAFT_FILE, before: draft, after: kep('42', 'Approved') },
    { name: 'a draft KEP renamed to its number on the move to Approved', kind: 'renamed', previousPath: DRAFT_FILE, path: FILE, before: draft, after: kep('42', 'Approved') },
    { name: 'the number written as a string "42" on the move to Approved', kind: 'modified', path: DRAFT_FILE, before: draft, after: kep('"42"', 'Approved') },
    { name: 'a draft number kept while the KEP stays Draft', kind: 'modified', path: DRAFT_FILE, before: draft, after: kep(DRAFT, 'Draft') },
    { name: 'a draft number kept on the move to Deferred', kind: 'modified', path: DRAFT_FILE, before: draft, after: kep(DRAFT, 'Deferred') },
    { name: 'an assigned number that stays (no draft number at the base)', kind: 'modified', path: FILE, before: kep('42', 'Approved'), after: kep('42', 'Final') },
    { name: 'a new KEP has no base draft number', kind: 'added', path: FILE, after: kep('42', 'Draft') },
    { name: 'an unknown status at the base is no Approved state: the move to Approved assigns', kind: 'modified', path: DRAFT_FILE, before: kep(DRAFT, 'Drafty'), after: kep('42', 'Approved') },
    { name: 'kep-0001-workflow: a number assigned on the move from accepted to scoped', kind: 'modified', path: DRAFT_FILE, settings: { lifecycle: 'kep-0001-workflow' }, before: kep(DRAFT, 'accepted'), after: kep('42', 'scoped') },
    {
      name: 'a lifecycle without a numberAssignedOn state (kubernetes) does not check it',
      kind: 'modified',
      path: 'keps/sig-node/42-pod-overhead/kep.yaml',
      settings: { preset: 'kubernetes' },
      before: 'kep-number: draft-20240115\nstatus: provisional\n',
      after: 'kep-number: 42\nstatus: provisional\n'
    },
    // A number in a state before approval is number-assigned's to report, on a new KEP or a changed one alike: these changes are not reported twice.
    { name: 'a draft number becomes a number while the KEP stays Draft', kind: 'modified', path: DRAFT_FILE, before: draft, after: numberedDraft },
    { name: 'a draft number becomes a number on the move to Rejected', kind: 'modified', path: DRAFT_FILE, before: draft, after: numberedRejected },
    { name: 'kep-0001-workflow: a number on the move from opened to accepted', kind: 'modified', path: DRAFT_FILE, settings: { lifecycle: 'kep-0001-workflow' }, before: kep(DRAFT, 'opened'), after: workflowAccepted }
  ],
  invalid: [
    {
      name: 'a KEP already Approved under a draft number gets its number later, not on the change to Approved',
      kind: 'modified',
      path: DRAFT_FILE,
      before: kep(DRAFT, 'Approved'),
      after: numberedStillApproved,
      reports: [{ message: 'while status stays Approved', line: lineOf(numberedStillApproved, 'kep-number:'), expected: [DRAFT] }]
    },
    {
      name: 'a draft number becomes a number on the move to Withdrawn, a state numbered KEPs reach too',
      kind: 'modified',
      path: DRAFT_FILE,
      before: draft,
      after: numberedWithdrawn,
      reports: [{ message: 'kep-number 42 replaces draft-20240115 while status changes from Draft to Withdrawn; a number is assigned only on the change to Approved', line: lineOf(numberedWithdrawn, 'kep-number:'), expected: [DRAFT] }]
    },
    {
      name: 'a base status the lifecycle does not know is named as such, not "undefined"',
      kind: 'modified',
      path: DRAFT_FILE,
      before: kep(DRAFT, 'Bogus'),
      after: numberedWithdrawn,
      reports: [{ message: 'while status changes from a status the lifecycle does not know to Withdrawn;', line: lineOf(numberedWithdrawn, 'kep-number:'), expected: [DRAFT] }]
    }
  ]
})
