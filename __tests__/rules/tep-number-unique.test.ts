import { tepNumberUnique } from '../../src/presets/tekton/rules/tep-number-unique.js'
import { TEKTON, tep } from '../helpers/tep.js'
import { testKepRule } from '../helpers/ruleTester.js'

const file = 'teps/0042-pod-overhead.md'

// teps.py validate's duplicate check never fires (its set of numbers is never filled): kep-validator's does.
testKepRule(tepNumberUnique, {
  valid: [
    { name: 'numbers of their own', kep: tep('0042'), file, ...TEKTON, others: { 'teps/0043-pod-priority.md': tep('0043') } },
    { name: "a file without a number is tep-file-name's to report", kep: tep('0042'), file: 'teps/pod-overhead.md', ...TEKTON, others: { 'teps/pod-priority.md': tep('0042') } }
  ],
  invalid: [
    {
      name: 'two TEPs numbered 0042',
      kep: tep('0042'),
      file,
      ...TEKTON,
      others: { 'teps/0042-pod-priority.md': tep('0042'), 'teps/0050-other.md': tep('0050') },
      reports: [{ message: 'TEP-0042 is also the number of teps/0042-pod-priority.md; every TEP needs its own number — renumber the newer one (teps.py renumber), to TEP-0051', expected: ['TEP-0051'] }]
    }
  ]
})
