import { titleMatchesFile } from '../../src/presets/openshift/rules/title-matches-file.js'
import { ENHANCEMENT, enhancement, openshift } from '../helpers/openshift.js'
import { lineOf } from '../helpers/repo.js'
import { testKepRule } from '../helpers/ruleTester.js'

// tools/cmd/metadataLint.go: the title and the file's name without .md must be equal.
const titled = (title: string | null) => enhancement({ title })

testKepRule(titleMatchesFile, {
  valid: [
    { name: 'the template: title neat-enhancement-idea in neat-enhancement-idea.md', kep: enhancement(), file: ENHANCEMENT, settings: openshift, newFile: true },
    { name: 'a README.md titled README (the name is whatever the file is called)', kep: titled('README'), file: 'enhancements/update/update-blocker-lifecycle/README.md', settings: openshift, newFile: true },
    { name: 'a number is compared as its text: yaml.v3 reads 2024 into the string "2024"', kep: titled('2024'), file: 'enhancements/release/2024.md', settings: openshift, newFile: true },
    { name: 'quoted, the same title', kep: titled('"neat-enhancement-idea"'), file: ENHANCEMENT, settings: openshift, newFile: true },
    { name: "a title that is a list is the schema's error (OpenShift cannot read it)", kep: titled('[neat-enhancement-idea]'), file: ENHANCEMENT, settings: openshift, newFile: true }
  ],
  invalid: [
    {
      // Real: 131 enhancements of openshift/enhancements are titled in words (enhancements/machine-config/ignition-spec-dual-support.md).
      name: 'a title in words',
      kep: titled('Neat Enhancement Idea'),
      file: ENHANCEMENT,
      settings: openshift,
      newFile: true,
      reports: [
        {
          message: 'title is "Neat Enhancement Idea" but the file is neat-enhancement-idea.md; OpenShift\'s metadata-lint (hack/metadata-lint.sh) requires the title to be the file\'s name without .md — write title: neat-enhancement-idea',
          expected: ['neat-enhancement-idea'],
          line: lineOf(titled('Neat Enhancement Idea'), 'title:'),
          column: 8,
          relaxed: false
        }
      ]
    },
    {
      name: 'a title that could be the name: either may change',
      kep: titled('neat-idea'),
      file: ENHANCEMENT,
      settings: openshift,
      newFile: true,
      reports: [{ message: 'write title: neat-enhancement-idea (or rename the file to neat-idea.md)' }]
    },
    {
      name: 'no title',
      kep: titled(null),
      file: ENHANCEMENT,
      settings: openshift,
      newFile: true,
      reports: [{ message: "the metadata has no title; OpenShift's metadata-lint (hack/metadata-lint.sh) requires it to be the file's name without .md — write title: neat-enhancement-idea", line: 1 }]
    },
    {
      name: 'title: with nothing (null, which yaml.v3 reads as "")',
      kep: titled(''),
      file: ENHANCEMENT,
      settings: openshift,
      newFile: true,
      reports: [{ message: 'the metadata has no title', line: lineOf(titled(''), 'title:'), column: 1 }]
    },
    {
      name: 'an enhancement that is not new: a warning',
      kep: titled('Neat Enhancement Idea'),
      file: ENHANCEMENT,
      settings: openshift,
      reports: [{ relaxed: true }]
    }
  ]
})
