import { titleHeading } from '../../src/presets/openshift/rules/title-heading.js'
import { BODY, enhancement, openshift } from '../helpers/openshift.js'
import { testKepRule } from '../helpers/ruleTester.js'

// hack/template-lint.sh: `grep -q '^# ' $file`.
const untitled = enhancement({}, BODY.replace('# Neat Enhancement Idea\n\n', ''))

testKepRule(titleHeading, {
  valid: [
    { name: 'a title heading', kep: enhancement(), settings: openshift, newFile: true },
    {
      name: 'any line that starts with "# " counts, a comment in the front matter too (as grep sees it)',
      kep: enhancement({ status: 'provisional\n# a comment' }, BODY.replace('# Neat Enhancement Idea\n\n', '')),
      settings: openshift,
      newFile: true
    }
  ],
  invalid: [
    {
      name: 'no title: the body starts with ## Summary',
      kep: untitled,
      settings: openshift,
      newFile: true,
      reports: [
        {
          message: 'the enhancement has no title: no line starts with "# "; OpenShift\'s template-lint (hack/template-lint.sh) requires one — add a heading such as "# Neat Enhancement Idea" below the front matter',
          // The line that closes the front matter.
          line: untitled.split('\n').indexOf('---', 1) + 1,
          relaxed: false
        }
      ]
    },
    {
      name: 'a title without a space: "#Neat" is not one to grep',
      kep: enhancement({}, BODY.replace('# Neat', '#Neat')),
      settings: openshift,
      newFile: true,
      reports: [{ message: 'no line starts with "# "' }]
    },
    { name: 'an enhancement that is not new: a warning', kep: untitled, settings: openshift, reports: [{ relaxed: true }] }
  ]
})
