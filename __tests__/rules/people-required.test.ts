import { peopleRequired } from '../../src/presets/openshift/rules/people-required.js'
import { ENHANCEMENT, enhancement, frontMatter, openshift } from '../helpers/openshift.js'
import { lineOf } from '../helpers/repo.js'
import { testKepRule } from '../helpers/ruleTester.js'

// Upstream's own fixtures, tools/enhancements/metadata_test.go (TestValidateMetaData): each
// scenario's MetaData written as front matter, and the messages Validate returns for the people
// fields, in its order (the tracking-link ones are tracking-link's cases). A title is added so
// that the metadata is a mapping; Validate does not read it.
const NOBODY = 'the metadata has no'
const upstream = (yaml: string) => frontMatter(`title: neat-enhancement-idea${yaml}`)

testKepRule(peopleRequired, {
  valid: [
    { name: 'every field names someone', kep: enhancement(), settings: openshift, file: ENHANCEMENT, newFile: true },
    { name: 'api-approvers: None, as the template says when no API changes', kep: enhancement({ 'api-approvers': '\n  - None' }), settings: openshift, newFile: true },
    { name: 'a TBD beside someone is still an error, but "tbd" is a name (Validate compares with TBD exactly)', kep: enhancement({ reviewers: '\n  - tbd' }), settings: openshift, newFile: true },
    { name: 'a number is read as its text: yaml.v3 reads any scalar into a string', kep: enhancement({ approvers: '\n  - 42' }), settings: openshift, newFile: true },
    {
      // Real: enhancements/cloud-integration/aws/service-aws-nlb-security-group.md, which OpenShift's metadata-lint accepts.
      name: 'items left empty beside names: yaml.v3 drops null items from a list of strings',
      kep: enhancement({ reviewers: '\n  - "@alicedoe"\n  - # TBD ROSA Classic\n  - # TBD ROSA HCP' }),
      settings: openshift,
      newFile: true
    },
    { name: "a single name not in a list is the schema's error (OpenShift cannot read it), not this rule's", kep: enhancement({ authors: '"@janedoe"' }), settings: openshift, newFile: true }
  ],
  invalid: [
    {
      name: 'upstream "empty": MetaData{} — every field, in Validate\'s order',
      kep: upstream(''),
      settings: openshift,
      newFile: true,
      reports: [
        { message: `${NOBODY} authors; OpenShift's metadata-lint (hack/metadata-lint.sh) requires at least one: a GitHub handle such as "@janedoe"`, topic: 'authors', line: 1, relaxed: false },
        { message: `${NOBODY} reviewers`, topic: 'reviewers' },
        { message: `${NOBODY} approvers`, topic: 'approvers' },
        { message: `${NOBODY} api-approvers; OpenShift's metadata-lint (hack/metadata-lint.sh) requires at least one: a GitHub handle such as "@janedoe", or None when the enhancement changes no API`, topic: 'api-approvers' }
      ]
    },
    {
      name: 'upstream "reviewers-tbd": reviewers [TBD] is TBD (and so names no one)',
      kep: upstream('\nreviewers:\n  - TBD'),
      settings: openshift,
      newFile: true,
      reports: [
        { topic: 'authors' },
        {
          message: `reviewers[0] is TBD; OpenShift's metadata-lint (hack/metadata-lint.sh) requires a GitHub handle such as "@janedoe" — name the person`,
          topic: 'reviewers',
          line: lineOf(upstream('\nreviewers:\n  - TBD'), '  - TBD'),
          column: 5
        },
        { topic: 'approvers' },
        { topic: 'api-approvers' }
      ]
    },
    {
      name: 'upstream "approvers-tbd"',
      kep: upstream('\napprovers:\n  - TBD'),
      settings: openshift,
      newFile: true,
      reports: [{ topic: 'authors' }, { topic: 'reviewers' }, { message: 'approvers[0] is TBD', topic: 'approvers' }, { topic: 'api-approvers' }]
    },
    {
      name: 'upstream "reviewers-empty-string"',
      kep: upstream('\nreviewers:\n  - ""'),
      settings: openshift,
      newFile: true,
      reports: [{ topic: 'authors' }, { message: 'reviewers[0] is empty', topic: 'reviewers' }, { topic: 'approvers' }, { topic: 'api-approvers' }]
    },
    {
      name: 'upstream "approvers-empty-string"',
      kep: upstream('\napprovers:\n  - ""'),
      settings: openshift,
      newFile: true,
      reports: [{ topic: 'authors' }, { topic: 'reviewers' }, { message: 'approvers[0] is empty', topic: 'approvers' }, { topic: 'api-approvers' }]
    },
    {
      name: 'upstream "template": the template\'s TBDs beside names, and api-approvers only TBD',
      kep: upstream('\nauthors:\n  - "@janedoe"\nreviewers:\n  - TBD\n  - "@alicedoe"\napprovers:\n  - TBD\n  - "@oscardoe"\napi-approvers:\n  - TBD'),
      settings: openshift,
      newFile: true,
      reports: [
        { message: 'reviewers[0] is TBD', topic: 'reviewers' },
        { message: 'approvers[0] is TBD', topic: 'approvers' },
        { message: 'api-approvers[0] is TBD', topic: 'api-approvers' }
      ]
    },
    {
      name: 'an empty list, and a list of only an item left empty (yaml.v3 drops a null item from a list of strings)',
      kep: enhancement({ reviewers: ' []', approvers: '\n  -' }),
      settings: openshift,
      newFile: true,
      reports: [
        { message: `reviewers is empty; OpenShift's metadata-lint`, topic: 'reviewers', line: lineOf(enhancement({ reviewers: ' []', approvers: '\n  -' }), 'reviewers:'), column: 1 },
        { message: 'approvers is empty', topic: 'approvers' }
      ]
    },
    {
      name: 'an empty string is an error where null is not',
      kep: enhancement({ reviewers: '\n  - "@alicedoe"\n  - ""' }),
      settings: openshift,
      newFile: true,
      reports: [{ message: 'reviewers[1] is empty', topic: 'reviewers' }]
    },
    {
      name: 'an enhancement that is not new: the same finding, relaxed (a warning), as OpenShift checks new files only',
      kep: enhancement({ 'api-approvers': '\n  - TBD' }),
      settings: openshift,
      reports: [{ message: 'api-approvers[0] is TBD', topic: 'api-approvers', relaxed: true }]
    }
  ]
})
