import { lastUpdated } from '../../src/rules/change/last-updated.js'
import { fields, frontMatterKep, lineOf } from '../helpers/repo.js'
import { testChangeRule } from '../helpers/ruleTester.js'

const FILE = 'sig-node/0042-pod-overhead.md'
const TODAY = '2024-06-01'

function kep(overrides: Record<string, string | null>): string {
  return frontMatterKep(fields({ 'last-updated': '2024-02-01  # the last review', ...overrides }))
}

const approvers = '\n  - name: Jo Doe\n    github: jodoe'
const edited = kep({ approvers })
const twoFields = kep({ approvers, editor: '\n  name: TBD' })
const quoted = kep({ approvers, 'last-updated': "'2024-02-01'" })

testChangeRule(lastUpdated, {
  valid: [
    { name: 'a change of metadata that updates last-updated', kind: 'modified', path: FILE, before: kep({}), after: kep({ approvers, 'last-updated': '2024-06-01' }), today: TODAY },
    { name: 'no change of metadata (the body alone is not judged)', kind: 'modified', path: FILE, before: kep({}), after: kep({}).replace('Text.', 'More text.'), today: TODAY },
    { name: 'keys moved, values the same: no change', kind: 'modified', path: FILE, before: kep({}), after: kep({}).replace('reviewers: TBD\napprovers: TBD', 'approvers: TBD\nreviewers: TBD'), today: TODAY },
    { name: "a KEP without last-updated is the fields' rules' to judge", kind: 'modified', path: FILE, before: kep({ 'last-updated': null }), after: kep({ approvers, 'last-updated': null }), today: TODAY },
    { name: 'a new KEP has nothing to compare with', kind: 'added', path: FILE, after: edited, today: TODAY },
    { name: 'last-updated already today or later', kind: 'modified', path: FILE, before: kep({ 'last-updated': '2024-06-01' }), after: kep({ approvers, 'last-updated': '2024-06-01' }), today: TODAY },
    // A value re-quoted or re-spelled means what it meant: no edit (issue 24: "this change edits kep-number").
    { name: 'kep-number re-quoted (4960 → "4960"): no edit', kind: 'modified', path: FILE, before: kep({ 'kep-number': '4960' }), after: kep({ 'kep-number': '"4960"' }), today: TODAY },
    {
      name: "a date re-spelled (2024-1-5 → '2024-01-05') and a handle's @: no edit",
      kind: 'modified',
      path: FILE,
      before: kep({ 'creation-date': '2024-1-5', approvers: '\n  - "@jodoe"' }),
      after: kep({ 'creation-date': "'2024-01-05'", approvers: '\n  - jodoe' }),
      today: TODAY
    }
  ],
  invalid: [
    {
      name: 'approvers changed, last-updated as it was: the fix dates it today, its comment kept',
      kind: 'modified',
      path: FILE,
      before: kep({}),
      after: edited,
      today: TODAY,
      reports: [{ message: 'this change edits approvers but last-updated is still 2024-02-01; set it to 2024-06-01, the day of the change', line: lineOf(edited, 'last-updated:'), column: 15, expected: [TODAY] }],
      output: edited.replace('last-updated: 2024-02-01  # the last review', 'last-updated: 2024-06-01  # the last review')
    },
    {
      name: 'every field the change edits is named; a quoted date stays quoted',
      kind: 'modified',
      path: FILE,
      before: kep({ 'last-updated': "'2024-02-01'" }),
      after: quoted,
      today: TODAY,
      reports: [{ message: 'this change edits approvers but last-updated is still 2024-02-01' }],
      output: quoted.replace("last-updated: '2024-02-01'", "last-updated: '2024-06-01'")
    },
    {
      name: 'two fields edited',
      kind: 'modified',
      path: FILE,
      before: kep({}),
      after: twoFields,
      today: TODAY,
      reports: [{ message: 'this change edits approvers, editor but last-updated is still 2024-02-01', fix: 'safe' }],
      output: twoFields.replace('last-updated: 2024-02-01  #', 'last-updated: 2024-06-01  #')
    }
  ]
})
