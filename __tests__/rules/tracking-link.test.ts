import { trackingLink } from '../../src/presets/openshift/rules/tracking-link.js'
import { enhancement, frontMatter, openshift } from '../helpers/openshift.js'
import { lineOf } from '../helpers/repo.js'
import { testKepRule } from '../helpers/ruleTester.js'

// Upstream's own fixtures, tools/enhancements/metadata_test.go (TestValidateMetaData): the
// tracking-link messages of each scenario (the people ones are people-required's cases).
const upstream = (yaml: string) => frontMatter(`title: neat-enhancement-idea${yaml}`)
const REQUIRES = "OpenShift's metadata-lint (hack/metadata-lint.sh) requires"

testKepRule(trackingLink, {
  valid: [
    { name: 'a Jira link', kep: enhancement(), settings: openshift, newFile: true },
    {
      name: 'a TBD is an error even beside a link, but one link is enough',
      kep: enhancement({ 'tracking-link': '\n  - https://issues.redhat.com/browse/OCPSTRAT-1\n  - https://github.com/openshift/api/pull/1' }),
      settings: openshift,
      newFile: true
    },
    { name: 'any scheme: url.Parse reads mailto:someone as a URL with a scheme', kep: enhancement({ 'tracking-link': '\n  - mailto:team@example.com' }), settings: openshift, newFile: true },
    { name: "a single link not in a list is the schema's error (OpenShift cannot read it)", kep: enhancement({ 'tracking-link': 'https://issues.redhat.com/browse/LOG-1043' }), settings: openshift, newFile: true }
  ],
  invalid: [
    {
      name: 'upstream "empty": no tracking-link',
      kep: upstream(''),
      settings: openshift,
      newFile: true,
      reports: [{ message: `the metadata has no tracking-link; ${REQUIRES} at least one link to the tracking ticket (a Jira Feature or Epic) — add one, such as https://issues.redhat.com/browse/OCPSTRAT-1234`, line: 1, relaxed: false }]
    },
    {
      name: 'upstream "tracking-link-tbd"',
      kep: upstream('\ntracking-link:\n  - TBD'),
      settings: openshift,
      newFile: true,
      reports: [{ message: `tracking-link[0] is TBD; ${REQUIRES} the link to the tracking ticket (a Jira Feature or Epic), such as https://issues.redhat.com/browse/OCPSTRAT-1234`, line: 4, column: 5 }]
    },
    {
      name: 'upstream "tracking-link-parse": https//blah/blah has no scheme',
      kep: upstream('\ntracking-link:\n  - https//blah/blah'),
      settings: openshift,
      newFile: true,
      reports: [{ message: 'tracking-link[0] "https//blah/blah" is not a URL: it has no scheme such as https://' }]
    },
    {
      name: 'upstream "tracking-link-emtpy"',
      kep: upstream('\ntracking-link:\n  - ""'),
      settings: openshift,
      newFile: true,
      reports: [{ message: 'tracking-link[0] is empty' }]
    },
    {
      name: 'a link url.Parse rejects: a port that is not a number',
      kep: enhancement({ 'tracking-link': '\n  - https://issues.redhat.com:browse/OCPSTRAT-1' }),
      settings: openshift,
      newFile: true,
      reports: [{ message: 'tracking-link[0] "https://issues.redhat.com:browse/OCPSTRAT-1" is not a URL (invalid port ":browse" after host)' }]
    },
    {
      name: 'a Jira key without its URL, and a TBD beside a real link',
      kep: enhancement({ 'tracking-link': '\n  - OCPSTRAT-1234\n  - TBD\n  - https://issues.redhat.com/browse/OCPSTRAT-1' }),
      settings: openshift,
      newFile: true,
      reports: [
        { message: 'tracking-link[0] "OCPSTRAT-1234" is not a URL: it has no scheme', line: lineOf(enhancement({ 'tracking-link': '\n  - OCPSTRAT-1234\n  - TBD\n  - https://issues.redhat.com/browse/OCPSTRAT-1' }), '  - OCPSTRAT-1234') },
        { message: 'tracking-link[1] is TBD' }
      ]
    },
    {
      name: 'the template left as it is, in an enhancement that is not new: a warning',
      kep: enhancement({ 'tracking-link': ' # link to the tracking ticket\n  - TBD' }),
      settings: openshift,
      reports: [{ message: 'tracking-link[0] is TBD', relaxed: true }]
    },
    {
      name: 'tracking-link: with nothing under it',
      kep: enhancement({ 'tracking-link': '' }),
      settings: openshift,
      newFile: true,
      reports: [{ message: `tracking-link is empty; ${REQUIRES} at least one link` }]
    }
  ]
})
