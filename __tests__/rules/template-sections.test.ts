import { templateSections } from '../../src/rules/change/template-sections.js'
import { kepYaml, kubernetes } from '../helpers/kepYaml.js'
import { testChangeRule } from '../helpers/ruleTester.js'

const KEP = 'keps/sig-node/42-pod-overhead/kep.yaml'
const README = 'keps/sig-node/42-pod-overhead/README.md'
const TEMPLATE_PATH = 'keps/NNNN-kep-template/README.md'

/** kubernetes/enhancements' template in small: its instructions in comments, as the real one has them. */
const TEMPLATE = `# KEP-NNNN: Your short, descriptive title

<!-- toc -->
- [Summary](#summary)
<!-- /toc -->

## Summary

## Motivation

### Goals

### Non-Goals

## Proposal

### User Stories (Optional)

#### Story 1

## Production Readiness Review Questionnaire

### Feature Enablement and Rollback

<!--
This section must be completed when targeting alpha to a release.
-->

###### How can this feature be enabled / disabled in a live cluster?

### Rollout, Upgrade and Rollback Planning

<!--
This section must be completed when targeting beta to a release.
-->

###### How can a rollout or rollback fail? Can it impact already running workloads?

### Scalability

<!--
For alpha, this section is encouraged: reviewers should consider these questions.
For beta, this section is required: reviewers must answer these questions.
-->

## Implementation History
`

/** A README with the given sections (headings written as they are), each with a line of text. */
function readme(...headings: string[]): string {
  return `# KEP-42: Pod Overhead\n\n<!-- toc -->\n<!-- /toc -->\n\n${headings.map(heading => `${heading}\n\nText.\n`).join('\n')}`
}

const ALPHA_SECTIONS = [
  '## Summary',
  '## Motivation',
  '### Goals',
  '### Non-Goals',
  '## Proposal',
  '## Production Readiness Review Questionnaire',
  '### Feature Enablement and Rollback',
  '###### How can this feature be enabled / disabled in a live cluster?',
  '## Implementation History'
]
/** Every section of the template that is not optional: what a new KEP has, and a KEP at beta. */
const ALL_SECTIONS = [...ALPHA_SECTIONS.slice(0, -1), '### Rollout, Upgrade and Rollback Planning', '###### How can a rollout or rollback fail? Can it impact already running workloads?', '### Scalability', '## Implementation History']
const without = (sections: readonly string[], ...left: string[]): string[] => sections.filter(section => !left.includes(section))

const alpha = kepYaml()
const beta = kepYaml({ stage: 'beta', milestone: '\n  alpha: "v1.29"\n  beta: "v1.30"' })
const base = (readmeText: string, template = TEMPLATE) => ({ [TEMPLATE_PATH]: template, [README]: readmeText })

testChangeRule(templateSections, {
  valid: [
    { name: 'a change that keeps every section', settings: kubernetes, kind: 'modified', path: KEP, before: alpha, after: alpha, baseFiles: base(readme(...ALPHA_SECTIONS)), files: { [README]: readme(...ALPHA_SECTIONS) } },
    {
      name: 'an old KEP that lacks a section the template gained since: the change did not remove it',
      settings: kubernetes,
      kind: 'modified',
      path: KEP,
      before: alpha,
      after: alpha,
      baseFiles: base(readme(...without(ALPHA_SECTIONS, '### Non-Goals'))),
      files: { [README]: readme(...without(ALPHA_SECTIONS, '### Non-Goals'), '## Alternatives') }
    },
    { name: 'a new KEP with every section that is not optional', settings: kubernetes, kind: 'added', path: KEP, after: alpha, baseFiles: { [TEMPLATE_PATH]: TEMPLATE }, files: { [README]: readme(...ALL_SECTIONS) } },
    {
      name: 'headings match as their anchors do: case and punctuation aside',
      settings: kubernetes,
      kind: 'added',
      path: KEP,
      after: alpha,
      baseFiles: { [TEMPLATE_PATH]: TEMPLATE },
      files: { [README]: readme(...ALL_SECTIONS.map(section => section.replace('Non-Goals', 'Non-goals').replace('cluster?', 'cluster'))) }
    },
    {
      name: 'a section written at another level is the section (authors write the template’s "##### Unit tests" as "#### Unit tests")',
      settings: kubernetes,
      kind: 'added',
      path: KEP,
      after: alpha,
      baseFiles: { [TEMPLATE_PATH]: TEMPLATE },
      files: { [README]: readme(...ALL_SECTIONS.map(section => (section === '### Goals' ? '#### Goals' : section))) }
    },
    {
      name: 'a KEP that moves to beta with the sections beta asks for',
      settings: kubernetes,
      kind: 'modified',
      path: KEP,
      before: alpha,
      after: beta,
      baseFiles: base(readme(...ALPHA_SECTIONS)),
      files: { [README]: readme(...ALL_SECTIONS) }
    },
    {
      name: 'the template is read from the base: a section the pull request adds to it is not asked for yet',
      settings: kubernetes,
      kind: 'added',
      path: KEP,
      after: alpha,
      baseFiles: { [TEMPLATE_PATH]: TEMPLATE },
      files: { [TEMPLATE_PATH]: `${TEMPLATE}\n## Drawbacks\n`, [README]: readme(...ALL_SECTIONS) }
    },
    { name: 'a deleted KEP is file-deleted’s to report', settings: kubernetes, kind: 'deleted', path: KEP, before: alpha, baseFiles: base(readme(...ALPHA_SECTIONS)), files: {} }
  ],
  invalid: [
    {
      name: 'a change that removes a section the README had: where it goes, after the heading before it',
      settings: kubernetes,
      kind: 'modified',
      path: KEP,
      before: alpha,
      after: alpha,
      baseFiles: base(readme(...ALPHA_SECTIONS)),
      files: { [README]: readme(...without(ALPHA_SECTIONS, '### Goals')) },
      reports: [
        { file: README, line: 10, message: 'this change removes "### Goals", a section of keps/NNNN-kep-template/README.md that the README had; keep it (write "N/A" and why, if it does not apply); it goes after "## Motivation" (line 10)' }
      ]
    },
    {
      name: 'a new KEP lacks sections; an optional one is not asked for, and a heading in a code block is no heading',
      settings: kubernetes,
      kind: 'added',
      path: KEP,
      after: alpha,
      baseFiles: { [TEMPLATE_PATH]: TEMPLATE },
      files: { [README]: readme(...without(ALL_SECTIONS, '## Summary', '### Non-Goals')).replace('### Goals\n', '```\n### Non-Goals\n```\n\n### Goals\n') },
      reports: [
        { file: README, line: 1, message: 'this new README lacks "## Summary": a KEP\'s README has every section of keps/NNNN-kep-template/README.md but the optional ones; it goes first, before every other section' },
        { file: README, message: /lacks "### Non-Goals".*it goes after "### Goals" \(line \d+\)$/ }
      ]
    },
    {
      name: 'a KEP that moves to beta without the sections the template asks for from beta on (the base lacked them too)',
      settings: kubernetes,
      kind: 'modified',
      path: KEP,
      before: alpha,
      after: beta,
      baseFiles: base(readme(...ALPHA_SECTIONS)),
      files: { [README]: readme(...ALPHA_SECTIONS) },
      reports: [
        {
          file: README,
          message:
            'the KEP moves to stage beta, and keps/NNNN-kep-template/README.md asks for "### Rollout, Upgrade and Rollback Planning" from beta on; the README lacks it; it goes after "###### How can this feature be enabled / disabled in a live cluster?"'
        },
        { file: README, message: 'asks for "###### How can a rollout or rollback fail? Can it impact already running workloads?" from beta on' },
        { file: README, message: 'asks for "### Scalability" from beta on' }
      ]
    },
    {
      name: 'a new KEP without a README',
      settings: kubernetes,
      kind: 'added',
      path: KEP,
      after: alpha,
      baseFiles: { [TEMPLATE_PATH]: TEMPLATE },
      files: {},
      reports: [{ line: 1, message: /^this new KEP has no readable README\.md \(.*\); copy keps\/NNNN-kep-template\/README\.md beside kep\.yaml and fill it in$/ }]
    },
    {
      name: 'a base without the template: the rule cannot judge, and says so',
      settings: kubernetes,
      kind: 'added',
      path: KEP,
      after: alpha,
      baseFiles: {},
      files: { [TEMPLATE_PATH]: TEMPLATE, [README]: readme(...ALPHA_SECTIONS) },
      reports: [{ line: 1, message: /^the README template keps\/NNNN-kep-template\/README\.md cannot be read from the base of the change/ }]
    }
  ]
})
