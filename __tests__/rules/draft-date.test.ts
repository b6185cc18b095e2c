import { draftDate } from '../../src/rules/kep/draft-date.js'
import { fields, frontMatterKep, lineOf } from '../helpers/repo.js'
import { testKepRule } from '../helpers/ruleTester.js'

function drafted(number: string, overrides: Record<string, string | null> = {}): string {
  return frontMatterKep(fields({ 'kep-number': number, status: 'Draft', ...overrides }))
}

const dayAfter = drafted('draft-20240116')
const yearOff = drafted('draft-20230115')
const february31 = drafted('draft-20240231')
const month13 = drafted('draft-20241301')
const day00 = drafted('draft-20240100')
const notLeap = drafted('draft-20230229', { 'creation-date': '2023-02-28' })
const impossibleNoCreation = drafted('draft-20240231', { 'creation-date': null })
const impossibleBoth = drafted('draft-20261345', { 'creation-date': '2026-13-45' })
const impossibleBadCreation = drafted('draft-20240231', { 'creation-date': '2024-1-15' })

testKepRule(draftDate, {
  valid: [
    { name: 'a draft number that carries creation-date', kep: drafted('draft-20240115') },
    { name: 'February 29th of a leap year, equal to creation-date', kep: drafted('draft-20240229', { 'creation-date': '2024-02-29' }) },
    { name: 'an assigned number carries no date', kep: frontMatterKep(fields()) },
    { name: 'a real draft date with no creation-date to compare it with', kep: drafted('draft-20240301', { 'creation-date': null }) },
    { name: "a creation-date not written yyyy-mm-dd is the schema's to report", kep: drafted('draft-20240301', { 'creation-date': '2024-1-15' }) },
    // The schema rejects 2026-13-45: a draft number is not compared with it (nor would draft-20261345 be suggested).
    { name: 'a creation-date that is no real date is not compared with', kep: drafted('draft-20260101', { 'creation-date': '2026-13-45' }) },
    { name: 'a draft number of seven digits is no draft number (the schema reports it)', kep: drafted('draft-2024011') },
    { name: 'a draft number with a separator is no draft number (the schema reports it)', kep: drafted('draft-2024-01-15') }
  ],
  invalid: [
    {
      name: 'a draft number one day after creation-date',
      kep: dayAfter,
      reports: [
        {
          message: 'kep-number "draft-20240116" does not match creation-date 2024-01-15: the draft number carries the date the KEP was created; did you mean "draft-20240115"?',
          line: lineOf(dayAfter, 'kep-number:'),
          column: 13,
          expected: ['draft-20240115']
        }
      ]
    },
    {
      name: 'a draft number a year off creation-date',
      kep: yearOff,
      reports: [{ message: 'does not match creation-date 2024-01-15', line: lineOf(yearOff, 'kep-number:'), expected: ['draft-20240115'] }]
    },
    {
      name: 'a draft number whose date is not a real date (February 31st)',
      kep: february31,
      reports: [
        {
          message: 'kep-number "draft-20240231" does not hold a real date (YYYYMMDD); with creation-date 2024-01-15 it is draft-20240115',
          line: lineOf(february31, 'kep-number:'),
          column: 13,
          expected: ['draft-20240115']
        }
      ]
    },
    {
      name: 'a draft number in month 13',
      kep: month13,
      reports: [{ message: '"draft-20241301" does not hold a real date', line: lineOf(month13, 'kep-number:'), expected: ['draft-20240115'] }]
    },
    {
      name: 'a draft number on day 00',
      kep: day00,
      reports: [{ message: '"draft-20240100" does not hold a real date', line: lineOf(day00, 'kep-number:'), expected: ['draft-20240115'] }]
    },
    {
      name: 'February 29th of a year that is not a leap year',
      kep: notLeap,
      reports: [{ message: '"draft-20230229" does not hold a real date (YYYYMMDD); with creation-date 2023-02-28 it is draft-20230228', line: lineOf(notLeap, 'kep-number:'), expected: ['draft-20230228'] }]
    },
    {
      name: 'an impossible draft date with no creation-date: no fix is offered',
      kep: impossibleNoCreation,
      reports: [{ message: /^kep-number "draft-20240231" does not hold a real date \(YYYYMMDD\)$/, line: lineOf(impossibleNoCreation, 'kep-number:') }]
    },
    {
      name: 'an impossible draft date with a creation-date not written yyyy-mm-dd: no fix is offered',
      kep: impossibleBadCreation,
      reports: [{ message: /^kep-number "draft-20240231" does not hold a real date \(YYYYMMDD\)$/, line: lineOf(impossibleBadCreation, 'kep-number:') }]
    },
    {
      name: 'an impossible draft date with an impossible creation-date (2026-13-45): draft-20261345 is not offered',
      kep: impossibleBoth,
      reports: [{ message: /^kep-number "draft-20261345" does not hold a real date \(YYYYMMDD\)$/, line: lineOf(impossibleBoth, 'kep-number:') }]
    }
  ]
})

// Date.UTC reads years 0-99 as 1900-1999; the rule must not.
testKepRule(draftDate, {
  valid: [{ name: 'a draft date in the years 0000-0099 that equals creation-date (draft-00500101, 0050-01-01)', kep: drafted('draft-00500101', { 'creation-date': '0050-01-01' }) }],
  invalid: [{ name: 'February 29 of the year 50, not a leap year in the years 0-99 either', kep: drafted('draft-00500229', { 'creation-date': null }), reports: [{ message: /^kep-number "draft-00500229" does not hold a real date/ }] }]
})
