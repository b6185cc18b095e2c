import { toc } from '../../src/rules/kep/toc.js'
import { kepYaml, kubernetes } from '../helpers/kepYaml.js'
import { testKepRule } from '../helpers/ruleTester.js'

const README = 'keps/sig-node/42-pod-overhead/README.md'
const kep = kepYaml()

/** A README with a title, a table of contents as given, and the body. */
function readme(table: string, body: string): string {
  return `# KEP-42: Pod Overhead\n\n<!-- toc -->\n${table}<!-- /toc -->\n\n${body}`
}

const BODY = '## Summary\n\nText.\n\n## Motivation\n\n### Goals\n\n### Non-Goals\n\n## Design Details\n'
const FRESH = '- [Summary](#summary)\n- [Motivation](#motivation)\n  - [Goals](#goals)\n  - [Non-Goals](#non-goals)\n- [Design Details](#design-details)\n'

testKepRule(toc, {
  valid: [
    { name: 'a table of contents as mdtoc writes it', settings: kubernetes, kep, files: { [README]: readme(FRESH, BODY) } },
    {
      name: 'headings in code blocks and HTML comments are not headings; a heading deeper than 5 is left out',
      settings: kubernetes,
      kep,
      files: { [README]: readme('- [Summary](#summary)\n', '## Summary\n\n```sh\n# not a heading\n```\n\n<!--\n## Nor this\n-->\n\n###### Too deep\n') }
    },
    {
      name: 'mdtoc anchors: punctuation dropped, repeated headings numbered, code and links as HTML',
      settings: kubernetes,
      kep,
      files: {
        [README]: readme(
          '- [Upgrade / Downgrade Strategy](#upgrade--downgrade-strategy)\n- [Notes](#notes)\n- [Notes](#notes-1)\n- [The <code>kubectl</code> <a href="https://k8s.io">site</a>?](#the-kubectl-site)\n',
          '## Upgrade / Downgrade Strategy\n\n## Notes\n\n## Notes\n\n## The `kubectl` [site](https://k8s.io)?\n'
        )
      }
    },
    { name: 'a README with CRLF line ends, whose table is fresh (upstream fails every CRLF file)', settings: kubernetes, kep, files: { [README]: readme(FRESH, BODY).replace(/\n/g, '\r\n') } },
    { name: 'a README the exemption list names needs no table', settings: kubernetes, kep, files: { [README]: '# Pod Overhead\n\n## Summary\n', 'hack/.notableofcontents': `keps/other/README.md\n${README}\n` } },
    { name: 'a KEP without a README is for template-sections to judge', settings: kubernetes, kep, files: {} },
    { name: 'an empty table for a README without sections', settings: kubernetes, kep, files: { [README]: readme('', 'Only text.\n') } }
  ],
  invalid: [
    {
      name: 'a renamed heading: reported at the first line that differs, with mdtoc line there, and regenerated',
      settings: kubernetes,
      kep,
      files: { [README]: readme(FRESH, BODY.replace('### Non-Goals', '### Non-Goals and Limits')) },
      reports: [{ file: README, line: 7, message: /not what mdtoc generates from the headings \(--max-depth=5\): 2 of its lines differ, the first at line 7; regenerate it/, expected: ['  - [Non-Goals and Limits](#non-goals-and-limits)'] }],
      output: { [README]: readme(FRESH.replace('  - [Non-Goals](#non-goals)', '  - [Non-Goals and Limits](#non-goals-and-limits)'), BODY.replace('### Non-Goals', '### Non-Goals and Limits')) }
    },
    {
      name: 'an empty table for a README with sections',
      settings: kubernetes,
      kep,
      files: { [README]: readme('', BODY) },
      reports: [{ file: README, line: 4, message: '5 of its lines differ', expected: ['- [Summary](#summary)'] }],
      output: { [README]: readme(FRESH, BODY) }
    },
    {
      name: 'a CRLF README keeps its line ends when the table is regenerated',
      settings: kubernetes,
      kep,
      files: { [README]: readme('- [Summary](#summary)\n', BODY).replace(/\n/g, '\r\n') },
      reports: [{ file: README, line: 5 }],
      output: { [README]: readme(FRESH, BODY).replace(/\n/g, '\r\n') }
    },
    {
      name: 'a README without markers (not in the exemption list)',
      settings: kubernetes,
      kep,
      files: { [README]: '# Pod Overhead\n\n## Summary\n', 'hack/.notableofcontents': 'keps/other/README.md\n' },
      reports: [{ file: README, line: 1, message: 'this README has no <!-- toc --> marker: mdtoc (hack/verify-toc.sh) writes the table of contents between <!-- toc --> and <!-- /toc -->; put both below the title' }]
    },
    {
      name: 'the end marker before the start marker',
      settings: kubernetes,
      kep,
      files: { [README]: '# Pod Overhead\n<!-- /toc -->\n<!-- toc -->\n## Summary\n' },
      reports: [{ file: README, line: 1, message: 'this README has <!-- /toc --> before <!-- toc -->' }]
    }
  ]
})
