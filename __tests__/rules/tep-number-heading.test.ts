import { tepNumberHeading } from '../../src/presets/tekton/rules/tep-number-heading.js'
import { TEKTON, tep } from '../helpers/tep.js'
import { testKepRule } from '../helpers/ruleTester.js'

const file = 'teps/0042-pod-overhead.md'
const heading = (line: string): string => tep('0042').replace('# TEP-0042: Pod Overhead', line)

// teps.py read_tep: RE_TEP_NUMBER_TITLE = `^# (TEP-[0-9]{4}): .*$` on any line after the front matter.
testKepRule(tepNumberHeading, {
  valid: [
    { name: 'the heading after the front matter', kep: tep('0042'), file, ...TEKTON },
    { name: 'the heading further down the body', kep: tep('0042', {}, '').replace('\n# TEP-0042', '\nSome text.\n\n# TEP-0042'), file, ...TEKTON },
    { name: 'CRLF line endings (Python reads them as line feeds)', kep: tep('0042').replace(/\n/g, '\r\n'), file, ...TEKTON },
    { name: 'nothing after ": " (teps.py takes an empty title)', kep: heading('# TEP-0042: '), file, ...TEKTON },
    { name: 'a heading of another level is no number heading', kep: `${tep('0042')}\n## TEP-0042: details\n`, file, ...TEKTON },
    { name: "a file without a number: the file name is tep-file-name's to report", kep: tep('0042'), file: 'teps/pod-overhead.md', ...TEKTON }
  ],
  invalid: [
    {
      name: 'no heading (teps.py: "No TEP number title (# TEP-NNNN)")',
      kep: heading('# Pod Overhead'),
      file,
      ...TEKTON,
      reports: [{ message: 'there is no "# TEP-0042: Title" heading after the front matter (closed on line 8)', line: 8, expected: ['# TEP-0042: '] }]
    },
    { name: 'two spaces after # (teps.py does not read it)', kep: heading('#  TEP-0042: Pod Overhead'), file, ...TEKTON, reports: [{ message: 'there is no "# TEP-0042: Title" heading' }] },
    { name: 'no space after the colon', kep: heading('# TEP-0042:Pod Overhead'), file, ...TEKTON, reports: [{ message: 'there is no "# TEP-0042: Title" heading' }] },
    { name: 'a three-digit number', kep: heading('# TEP-042: Pod Overhead'), file, ...TEKTON, reports: [{ message: 'there is no' }] },
    {
      name: 'another number than the file (teps.py: "TEP number TEP-0042 from filename does not match TEP number TEP-0043")',
      kep: heading('# TEP-0043: Pod Overhead'),
      file,
      ...TEKTON,
      reports: [{ message: 'the heading says TEP-0043, but the file is numbered TEP-0042', line: 10, column: 1, expected: ['TEP-0042'] }]
    },
    {
      name: 'two number headings (teps.py: "number" found more than once)',
      kep: `${tep('0042')}\n# TEP-0042: Pod Overhead\n`,
      file,
      ...TEKTON,
      reports: [{ message: 'a second "# TEP-NNNN:" heading (TEP-0042; the first is on line 10)', line: 16 }]
    },
    {
      name: 'a number heading inside a code block counts too',
      kep: `${tep('0042')}\n\`\`\`markdown\n# TEP-0001: An example\n\`\`\`\n`,
      file,
      ...TEKTON,
      reports: [{ message: 'a second "# TEP-NNNN:" heading (TEP-0001', line: 17 }]
    },
    {
      name: 'a "number" field in the front matter (teps.py reads it as a first number)',
      kep: tep('0042', { number: 'TEP-0042' }),
      file,
      ...TEKTON,
      reports: [{ message: 'the front matter has a "number" field', line: 11 }]
    },
    {
      name: 'a "number" field that is not the file\'s, and no heading',
      kep: tep('0042', { number: '42' }).replace('# TEP-0042: Pod Overhead', '# Pod Overhead'),
      file,
      ...TEKTON,
      reports: [{ message: 'the front matter says 42, but the file is numbered TEP-0042', line: 8, expected: ['TEP-0042'] }]
    },
    {
      name: 'front matter closed by "--- " with a trailing space: teps.py never reads the body',
      kep: tep('0042').replace('\n---\n\n#', '\n--- \n\n#'),
      file,
      ...TEKTON,
      reports: [{ message: 'no line that is exactly "---"', line: 1 }]
    },
    {
      name: 'a byte order mark: Python keeps it, so the first line is not "---"',
      kep: `\uFEFF${tep('0042')}`,
      file,
      ...TEKTON,
      reports: [{ message: 'no line that is exactly "---"' }]
    }
  ]
})
