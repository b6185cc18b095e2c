import { tepNumberNext } from '../../src/presets/tekton/rules/tep-number-next.js'
import { TEKTON, tep } from '../helpers/tep.js'
import { testChangeRule } from '../helpers/ruleTester.js'

const others = { 'teps/0042-pod-overhead.md': tep('0042'), 'teps/0043-pod-priority.md': tep('0043') }

// teps.py new: one past the highest number of the TEPs and of the open pull requests titled "TEP-NNNN" (RE_TEP_NUMBER_PR, `TEP[ -]([0-9]{4})`).
testChangeRule(tepNumberNext, {
  valid: [
    { name: 'a new TEP with the next number', kind: 'added', path: 'teps/0044-new.md', after: tep('0044'), others, ...TEKTON },
    { name: 'a TEP changed, not added', kind: 'modified', path: 'teps/0043-pod-priority.md', before: tep('0043'), after: tep('0043', { status: 'implementable' }), others, ...TEKTON },
    {
      name: 'a rename that keeps the number',
      kind: 'renamed',
      path: 'teps/0043-priority.md',
      previousPath: 'teps/0043-pod-priority.md',
      before: tep('0043'),
      after: tep('0043'),
      others: { 'teps/0042-pod-overhead.md': tep('0042') },
      ...TEKTON
    },
    { name: "a file without a number is tep-file-name's", kind: 'added', path: 'teps/new.md', after: tep('0099'), others, ...TEKTON },
    {
      name: 'after the open pull requests that claim numbers by their titles (the action lists them)',
      kind: 'added',
      path: 'teps/0046-new.md',
      after: tep('0046'),
      others,
      ...TEKTON,
      openPullRequests: [
        { number: 7, title: 'TEP-0044: Something' },
        { number: 8, title: 'TEP 0045 Other' },
        { number: 9, title: 'Fix a typo in TEP-0050' }
      ]
    }
  ],
  invalid: [
    { name: 'a gap', kind: 'added', path: 'teps/0050-new.md', after: tep('0050'), others, ...TEKTON, reports: [{ message: 'TEP-0050 is not the next TEP number, TEP-0044 (after the TEPs of this repository)', expected: ['TEP-0044'] }] },
    {
      name: 'a number another open pull request claims',
      kind: 'added',
      path: 'teps/0044-new.md',
      after: tep('0044'),
      others,
      ...TEKTON,
      openPullRequests: [{ number: 7, title: 'TEP-0044: Something else' }],
      reports: [{ message: 'TEP-0044 is claimed by open pull request #7 ("TEP-0044: Something else")', expected: ['TEP-0045'] }]
    },
    {
      name: 'renumbered past the next one',
      kind: 'renamed',
      path: 'teps/0049-pod-priority.md',
      previousPath: 'teps/0043-pod-priority.md',
      before: tep('0043'),
      after: tep('0049'),
      others: { 'teps/0042-pod-overhead.md': tep('0042') },
      ...TEKTON,
      reports: [{ message: 'TEP-0049 is not the next TEP number, TEP-0043', expected: ['TEP-0043'] }]
    }
  ]
})
