import { tepFileName } from '../../src/presets/tekton/rules/tep-file-name.js'
import { TEKTON, tep } from '../helpers/tep.js'
import { testKepRule } from '../helpers/ruleTester.js'

// teps.py: RE_TEP_NUMBER_FILENAME = `([0-9]{4})-.*.md`, matched at the start of the file's name.
testKepRule(tepFileName, {
  valid: [
    { name: 'four digits, a hyphen, the slug', kep: tep('0042'), file: 'teps/0042-pod-overhead.md', ...TEKTON },
    { name: 'teps.py matches the start of the name only: 0042-pod-overhead.md.orig passes it', kep: tep('0042'), file: 'teps/0042-pod-overhead.md.orig', ...TEKTON }
  ],
  invalid: [
    { name: 'no number (teps.py: "TEP filenames should match /^[0-9]{4}-/")', kep: tep('0042'), file: 'teps/pod-overhead.md', ...TEKTON, reports: [{ message: 'the file is named pod-overhead.md', line: 1 }] },
    { name: 'three digits', kep: tep('0042'), file: 'teps/042-pod-overhead.md', ...TEKTON, reports: [{ message: 'requires its name to start with its four-digit number' }] },
    { name: 'a draft name, as TEP-0001 once allowed (teps.py rejects it)', kep: tep('0042'), file: 'teps/draft-20240115-pod-overhead.md', ...TEKTON, reports: [{ message: 'draft-20240115-pod-overhead.md' }] },
    { name: 'a file that is not markdown', kep: tep('0042'), file: 'teps/0042-notes.txt', ...TEKTON, reports: [{ message: '0042-notes.txt' }] },
    { name: 'no hyphen after the number', kep: tep('0042'), file: 'teps/0042_pod_overhead.md', ...TEKTON, reports: [{ message: '0042_pod_overhead.md' }] }
  ]
})
