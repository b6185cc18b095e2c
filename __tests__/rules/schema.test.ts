import { schema } from '../../src/rules/kep/schema.js'
import { fields, frontMatterKep, lineOf } from '../helpers/repo.js'
import { testKepRule } from '../helpers/ruleTester.js'

const kep = (overrides: Record<string, string | null>, extra = ''): string => frontMatterKep(fields(overrides) + extra)
const workflow = { lifecycle: 'kep-0001-workflow' }
const STATUSES = ['Draft', 'Deferred', 'Approved', 'Rejected', 'Withdrawn', 'Final', 'Replaced']

/** KEP-1's own form: a fenced block under a Metadata heading. */
const fenced = (overrides: Record<string, string | null>): string => `# Title\n\n## Metadata\n\`\`\`\n---\n${fields(overrides)}\n\`\`\`\n\n## Summary\n`

/** A valid kubernetes/enhancements kep.yaml, metadata from line 1. */
function kepYaml(overrides: Record<string, string> = {}): string {
  const base: Record<string, string> = {
    title: 'HugePages',
    'kep-number': '1539',
    authors: '\n  - "@derekwaynecarr"',
    'owning-sig': 'sig-node',
    'participating-sigs': '\n  - sig-scheduling',
    reviewers: '\n  - "@vishh"',
    approvers: '\n  - "@dchen1107"',
    stage: 'beta',
    'latest-milestone': '"v1.22"',
    milestone: '\n  alpha: "v1.18"\n  beta: "v1.22"',
    'creation-date': '2019-01-29',
    status: 'implementable',
    ...overrides
  }
  return (
    Object.entries(base)
      .map(([key, value]) => (value.startsWith('\n') ? `${key}:${value}` : `${key}: ${value}`))
      .join('\n') + '\n'
  )
}
const kubernetes = { preset: 'kubernetes' }
const HUGEPAGES = 'keps/sig-node/1539-hugepages/kep.yaml'

const lowerCaseStatus = kep({ status: 'draft' })
const bogusStatus = kep({ status: 'Bogus' })
const kep1StatusInWorkflow = kep({ status: 'Approved' })
const noStatus = kep({ status: null })
const noNumber = kep({ 'kep-number': null })
const misspeltField = kep({}, '\nsuperceded-by:\n  - KEP-1')
const twoProblems = kep({ status: 'Bogus' }, '\nfoo: bar')
const authorWithoutGithub = kep({ authors: '\n  - name: Jane Doe\n    email: jane@example.com' })
const githubWithAt = kep({ authors: '\n  - name: Jane Doe\n    github: "@janedoe"' })
const noAuthors = kep({ authors: '[]' })
const numberZero = kep({ 'kep-number': '0' })
const fraction = kep({ 'kep-number': '42.5' })
const impossibleDate = kep({ 'creation-date': '2023-02-29' })
const titleList = kep({ title: '\n  - a list' })
const spacedSig = kep({ 'owning-sig': 'SIG Node' })
const repeatedSig = kep({ 'participating-sigs': '\n  - sig-apps\n  - sig-node\n  - sig-apps' })
const lowerCaseReference = kep({ 'see-also': '\n  - kep-7' })
const editorWithoutGithub = kep({ editor: '\n  name: Jane Doe' })
const fencedBogus = fenced({ status: 'Bogus' })
const ambiguousStatus = kep({ status: 'Rejaced' })
const unpaddedDate = kep({ 'creation-date': '"2024-1-5"' })
const unpaddedImpossible = kep({ 'creation-date': '2023-2-29' })
const misspeltStage = kepYaml({ stage: 'bta' })
const kubernetesSlips = kepYaml({ status: 'imlpemented', authors: '\n  - derekwaynecarr' })
const milestoneWithoutV = kepYaml({ 'latest-milestone': '"1.22"' })
const doubledLetter = kep({ status: 'aproved' })
const statusCase = kepYaml({ status: 'Implemented' })

testKepRule(schema, {
  valid: [
    { name: 'the required fields, each valid', kep: kep({}) },
    {
      name: 'every optional field too, with TBD in each of its forms',
      kep: kep({
        'participating-sigs': '\n  - sig-scheduling\n  - kubernetes-wide',
        reviewers: '\n  - name: Dawn Chen\n    github: dchen1107\n  - name: TBD',
        approvers: '\n  - TBD',
        editor: '\n  name: TBD',
        'last-updated': '2024-02-29',
        'see-also': '\n  - KEP-1',
        replaces: '\n  - KEP-12',
        'superseded-by': '\n  - KEP-34',
        status: 'Replaced'
      })
    },
    { name: 'a draft number before approval', kep: kep({ 'kep-number': 'draft-20240115', status: 'Draft' }) },
    { name: 'an editor who is a person', kep: kep({ editor: '\n  name: Jane Doe\n  github: janedoe' }) },
    { name: 'an author with e-mail and Slack', kep: kep({ authors: '\n  - name: Jane Doe\n    github: janedoe\n    email: jane@example.com\n    slack: jane' }) },
    { name: 'a status of the selected lifecycle (implemented, kep-0001-workflow)', kep: kep({ status: 'implemented' }), settings: workflow },
    { name: "KEP-1's own form, a fenced block under a Metadata heading", kep: fenced({}) },
    { name: "a repeated key is the YAML reader's to report, not a second time the schema's", kep: kep({ status: 'Draft\nstatus: Final' }) },
    { name: "metadata that is a list is the reader's to report", kep: frontMatterKep('- a\n- b') },
    { name: 'kep.yaml: a valid kubernetes/enhancements KEP', kep: kepYaml(), file: HUGEPAGES, settings: kubernetes }
  ],
  invalid: [
    {
      name: 'a status in lower case, with the value meant',
      kep: lowerCaseStatus,
      reports: [
        {
          message: 'status "draft" is not one of Draft, Deferred, Approved, Rejected, Withdrawn, Final, Replaced; did you mean "Draft"?',
          line: lineOf(lowerCaseStatus, 'status:'),
          column: 9,
          expected: ['Draft'],
          topic: 'status'
        }
      ],
      output: lowerCaseStatus.replace('status: draft', 'status: Draft')
    },
    {
      name: 'a status as close to two allowed values: the first is suggested, none is fixed',
      kep: ambiguousStatus,
      reports: [{ message: 'did you mean "Rejected"?', expected: ['Rejected'], topic: 'status' }],
      output: ambiguousStatus
    },
    {
      name: 'a date without its zeros, fixed in its quotes',
      kep: unpaddedDate,
      reports: [{ message: 'creation-date is the text "2024-1-5", which is not allowed; expected a real date as yyyy-mm-dd; did you mean "2024-01-05"?', line: lineOf(unpaddedDate, 'creation-date:'), column: 16, expected: ['2024-01-05'] }],
      output: unpaddedDate.replace('creation-date: "2024-1-5"', 'creation-date: "2024-01-05"')
    },
    {
      name: 'a date without its zeros that is no real date is not guessed',
      kep: unpaddedImpossible,
      reports: [{ message: /^creation-date is the text "2023-2-29", which is not allowed; expected a real date as yyyy-mm-dd$/ }],
      output: unpaddedImpossible
    },
    {
      name: 'a status close to none: every allowed value is expected',
      kep: bogusStatus,
      reports: [{ message: /^status "Bogus" is not one of Draft, Deferred, Approved, Rejected, Withdrawn, Final, Replaced$/, line: lineOf(bogusStatus, 'status:'), expected: STATUSES, topic: 'status' }],
      output: bogusStatus
    },
    {
      name: 'a status the selected lifecycle does not know: its states are the allowed ones',
      kep: kep1StatusInWorkflow,
      settings: workflow,
      reports: [
        {
          message: 'status "Approved" is not one of opened, accepted, scoped, started, implemented, deferred, superseded, retired, rejected, orphaned',
          line: lineOf(kep1StatusInWorkflow, 'status:'),
          topic: 'status'
        }
      ]
    },
    {
      name: 'no status: reported at the metadata block, named by the missing field',
      kep: noStatus,
      reports: [{ message: 'the metadata has no "status", which is required; add it (for example "status: Draft")', line: 1, column: 1, topic: 'status' }]
    },
    {
      name: 'no kep-number, with an example',
      kep: noNumber,
      reports: [{ message: 'the metadata has no "kep-number", which is required; add it (for example "kep-number: 42")', line: 1, topic: 'kep-number' }]
    },
    {
      name: 'a misspelt field, at its key, with the field meant',
      kep: misspeltField,
      reports: [
        {
          message: 'unknown field "superceded-by" in the metadata; allowed fields are kep-number, title, status,',
          line: lineOf(misspeltField, 'superceded-by:'),
          column: 1,
          expected: ['superseded-by'],
          topic: 'unknown-field'
        }
      ]
    },
    {
      name: 'an unknown field and a wrong status: one report each, by their own topics',
      kep: twoProblems,
      reports: [
        { message: /^unknown field "foo" in the metadata; .*; remove it$/, line: lineOf(twoProblems, 'foo:'), column: 1, topic: 'unknown-field' },
        { message: 'status "Bogus"', line: lineOf(twoProblems, 'status:'), topic: 'status' }
      ]
    },
    {
      name: "an author without a GitHub handle, at the author's list item",
      kep: authorWithoutGithub,
      reports: [{ message: 'authors[0] has no "github", which is required; add it', line: lineOf(authorWithoutGithub, '  - name: Jane Doe'), column: 5, topic: 'authors' }]
    },
    {
      name: 'a GitHub handle written with @, at the handle, with the @ dropped',
      kep: githubWithAt,
      reports: [{ line: lineOf(githubWithAt, '    github:'), column: 13, expected: ['janedoe'], topic: 'authors' }],
      output: githubWithAt.replace('github: "@janedoe"', 'github: "janedoe"')
    },
    {
      name: 'an empty authors list',
      kep: noAuthors,
      reports: [{ message: 'authors is an empty list; expected a list of authors, each with name and github', line: lineOf(noAuthors, 'authors:'), topic: 'authors' }]
    },
    {
      name: 'kep-number 0',
      kep: numberZero,
      reports: [{ message: 'a positive integer such as 42, or draft-YYYYMMDD', line: lineOf(numberZero, 'kep-number:'), column: 13, topic: 'kep-number' }]
    },
    {
      name: 'a kep-number that is not a whole number',
      kep: fraction,
      reports: [{ message: 'kep-number is the number 42.5, which is not allowed; expected a positive integer such as 42', line: lineOf(fraction, 'kep-number:'), topic: 'kep-number' }]
    },
    {
      name: 'a creation-date that is not a real date (February 29th, 2023)',
      kep: impossibleDate,
      reports: [{ message: 'creation-date is the text "2023-02-29", which is not allowed; expected a real date as yyyy-mm-dd', line: lineOf(impossibleDate, 'creation-date:'), column: 16, topic: 'creation-date' }]
    },
    {
      name: 'a title that is a list',
      kep: titleList,
      reports: [{ message: 'title is a list; expected a one-line title in plain language', line: lineOf(titleList, 'title:'), topic: 'title' }]
    },
    {
      name: 'an owning-sig written as words, with the directory name meant',
      kep: spacedSig,
      reports: [{ line: lineOf(spacedSig, 'owning-sig:'), column: 13, expected: ['sig-node'], topic: 'owning-sig', fix: 'safe' }],
      output: spacedSig.replace('owning-sig: SIG Node', 'owning-sig: sig-node')
    },
    {
      name: 'a participating SIG listed twice, at the repeat',
      kep: repeatedSig,
      reports: [{ message: 'participating-sigs lists "sig-apps" twice (items 1 and 3); remove the repeat', line: repeatedSig.split('\n').lastIndexOf('  - sig-apps') + 1, topic: 'participating-sigs' }]
    },
    {
      name: 'a KEP reference in lower case, with the canonical form',
      kep: lowerCaseReference,
      reports: [{ line: lineOf(lowerCaseReference, '  - kep-7'), column: 5, expected: ['KEP-7'], topic: 'see-also', fix: 'safe' }],
      output: lowerCaseReference.replace('  - kep-7', '  - KEP-7')
    },
    {
      name: 'an editor who is a person without a GitHub handle',
      kep: editorWithoutGithub,
      reports: [{ message: 'editor has no "github", which is required; add it', line: lineOf(editorWithoutGithub, 'editor:'), topic: 'editor' }]
    },
    {
      name: "KEP-1's fenced form: the report is at the line of the file",
      kep: fencedBogus,
      reports: [{ message: 'status "Bogus"', line: lineOf(fencedBogus, 'status:'), column: 9, topic: 'status' }]
    },
    {
      // A handle without @ is the same person to kubernetes' tooling: handle-at's warning, not the schema's error.
      name: 'kep.yaml: a misspelt status, with the value meant (the handle without @ is no schema error)',
      kep: kubernetesSlips,
      file: HUGEPAGES,
      settings: kubernetes,
      // Two letters swapped: the same word, so a safe fix.
      reports: [{ message: 'status "imlpemented" is not one of provisional, implementable, implemented,', line: lineOf(kubernetesSlips, 'status:'), column: 9, expected: ['implemented'], topic: 'status', fix: 'safe' }],
      output: kubernetesSlips.replace('status: imlpemented', 'status: implemented')
    },
    {
      name: 'kep.yaml: a stage with a letter missing gets a suggested fix, not a safe one',
      kep: misspeltStage,
      file: HUGEPAGES,
      settings: kubernetes,
      reports: [{ message: 'stage "bta" is not one of', expected: ['beta'], topic: 'stage', fix: 'suggestion' }],
      output: misspeltStage.replace('stage: bta', 'stage: beta')
    },
    ...(
      [
        ['implementing', 'work in progress, two letters from implemented'],
        ['implement', 'two letters short of implemented'],
        ['implemnted', 'a letter missing that is not a double one']
      ] as const
    ).map(([status, why]) => {
      const text = kepYaml({ status })
      return {
        name: `kep.yaml: status "${status}" (${why}) is only a suggestion: it may not mean implemented`,
        kep: text,
        file: HUGEPAGES,
        settings: kubernetes,
        reports: [{ message: `status "${status}" is not one of`, expected: ['implemented'], topic: 'status', fix: 'suggestion' as const }],
        output: text.replace(`status: ${status}`, 'status: implemented')
      }
    }),
    {
      name: 'kep.yaml: a status in the wrong case is the same state: a safe fix',
      kep: statusCase,
      file: HUGEPAGES,
      settings: kubernetes,
      reports: [{ message: 'status "Implemented" is not one of', expected: ['implemented'], topic: 'status', fix: 'safe' }],
      output: statusCase.replace('status: Implemented', 'status: implemented')
    },
    {
      name: 'a doubled letter written once is the same state: a safe fix',
      kep: doubledLetter,
      reports: [{ message: 'status "aproved" is not one of', expected: ['Approved'], topic: 'status', fix: 'safe' }],
      output: doubledLetter.replace('status: aproved', 'status: Approved')
    },
    {
      name: 'kep.yaml: a release written without v',
      kep: milestoneWithoutV,
      file: HUGEPAGES,
      settings: kubernetes,
      reports: [{ message: 'latest-milestone is the text "1.22", which is not allowed; expected a release such as "v1.19"', line: lineOf(milestoneWithoutV, 'latest-milestone:'), column: 19, topic: 'latest-milestone' }]
    }
  ]
})
