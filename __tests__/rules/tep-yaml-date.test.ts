import { tepYamlDate } from '../../src/presets/tekton/rules/tep-yaml-date.js'
import { TEKTON, tep } from '../helpers/tep.js'
import { testKepRule } from '../helpers/ruleTester.js'

const file = 'teps/0042-pod-overhead.md'

// ruamel.yaml (teps.py's YAML reader) makes an unquoted yyyy-mm-dd a Python date: an impossible one raises ValueError.
testKepRule(tepYamlDate, {
  valid: [
    { name: 'real dates', kep: tep('0042'), file, ...TEKTON },
    { name: 'a leap day in a leap year', kep: tep('0042', { 'creation-date': '2024-02-29' }), file, ...TEKTON },
    { name: 'a quoted impossible date is a string to ruamel too (the schema warns)', kep: tep('0042', { 'last-updated': "'2023-14-05'" }), file, ...TEKTON },
    { name: 'one-digit month and day are no date to ruamel (YAML 1.2): a string', kep: tep('0042', { 'creation-date': '2023-2-30' }), file, ...TEKTON },
    { name: 'a date and time that is real', kep: tep('0042', { 'last-updated': '2024-01-15 10:30:00' }), file, ...TEKTON }
  ],
  invalid: [
    { name: 'month 14 (ruamel: "month must be in 1..12")', kep: tep('0042', { 'last-updated': '2023-14-05' }), file, ...TEKTON, reports: [{ message: '2023-14-05 is not a real date (month 14 is not 1-12)', line: 6, column: 15 }] },
    { name: 'February 29 in a common year', kep: tep('0042', { 'creation-date': '2023-02-29' }), file, ...TEKTON, reports: [{ message: 'day 29 is not 1-28 in month 2 of 2023' }] },
    { name: 'an impossible date anywhere, in a list too (ruamel: "day is out of range for month")', kep: tep('0042', { 'see-also': '\n  - 2020-02-30' }), file, ...TEKTON, reports: [{ message: '2020-02-30 is not a real date', line: 9 }] },
    { name: 'an impossible hour (ruamel: "hour must be in 0..23")', kep: tep('0042', { 'last-updated': '2024-01-15 25:00:00' }), file, ...TEKTON, reports: [{ message: 'hour 25 is not 0-23' }] },
    { name: 'an impossible date as a key', kep: tep('0042', { '2024-13-01': 'x' }), file, ...TEKTON, reports: [{ message: '2024-13-01 is not a real date' }] }
  ]
})
