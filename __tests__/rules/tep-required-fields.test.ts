import { tepRequiredFields } from '../../src/presets/tekton/rules/tep-required-fields.js'
import { TEKTON, tep } from '../helpers/tep.js'
import { testKepRule } from '../helpers/ruleTester.js'

const file = 'teps/0042-pod-overhead.md'

// teps.py: REQUIRED_FIELDS = ['title', 'authors', 'creation-date', 'status'], each `tep.get(field) is None` → "missing".
testKepRule(tepRequiredFields, {
  valid: [
    { name: 'all four', kep: tep('0042'), file, ...TEKTON },
    { name: 'values teps.py does not check (the schema warns)', kep: tep('0042', { title: '42', authors: 'janedoe', 'creation-date': 'yesterday', status: 'implementing' }), file, ...TEKTON },
    { name: 'an empty list of authors is not None', kep: tep('0042', { authors: ' []' }), file, ...TEKTON },
    { name: 'an empty quoted title is not None', kep: tep('0042', { title: '""' }), file, ...TEKTON },
    { name: 'last-updated is optional', kep: tep('0042', { 'last-updated': null }), file, ...TEKTON },
    { name: "metadata that does not read is yaml-syntax's to report", kep: tep('0042', { title: '[unclosed' }), file, ...TEKTON }
  ],
  invalid: [
    { name: 'no status (teps.py: "status missing")', kep: tep('0042', { status: null }), file, ...TEKTON, reports: [{ message: 'the front matter has no "status", which teps.py validate requires', line: 1 }] },
    { name: 'status empty (YAML null)', kep: tep('0042', { status: '' }), file, ...TEKTON, reports: [{ message: '"status" is empty', line: 7, column: 1 }] },
    { name: 'status: ~', kep: tep('0042', { status: '~' }), file, ...TEKTON, reports: [{ message: '"status" is empty' }] },
    { name: 'no title', kep: tep('0042', { title: null }), file, ...TEKTON, reports: [{ message: 'no "title"' }] },
    { name: 'no authors', kep: tep('0042', { authors: null }), file, ...TEKTON, reports: [{ message: 'no "authors"' }] },
    { name: 'no creation-date', kep: tep('0042', { 'creation-date': null }), file, ...TEKTON, reports: [{ message: 'no "creation-date"' }] },
    {
      name: "several missing: one report each, in teps.py's order",
      kep: tep('0042', { title: null, status: null, authors: null }),
      file,
      ...TEKTON,
      reports: [{ message: 'no "title"' }, { message: 'no "authors"' }, { message: 'no "status"' }]
    }
  ]
})
