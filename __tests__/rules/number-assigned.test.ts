import { numberAssigned } from '../../src/rules/kep/number-assigned.js'
import { fields, frontMatterKep, lineOf } from '../helpers/repo.js'
import { testKepRule } from '../helpers/ruleTester.js'

function onDraftNumber(status: string, overrides: Record<string, string | null> = {}): string {
  return frontMatterKep(fields({ 'kep-number': 'draft-20240115', status, ...overrides }))
}

function numbered(number: number, title: string): string {
  return frontMatterKep(fields({ 'kep-number': String(number), title }))
}

const approvedAlone = onDraftNumber('Approved')
const finalAmongOthers = onDraftNumber('Final')
const replaced = onDraftNumber('Replaced', { 'superseded-by': '\n  - KEP-7' })
const scoped = onDraftNumber('scoped')
const workflow = { lifecycle: 'kep-0001-workflow' }
const draftNumbered = frontMatterKep(fields({ 'kep-number': '43', status: 'Draft' }))
const deferredNumbered = frontMatterKep(fields({ 'kep-number': '3', status: 'Deferred', 'creation-date': '2020-03-02' }))
const draftImpossibleDate = frontMatterKep(fields({ 'kep-number': '43', status: 'Draft', 'creation-date': '2026-13-45' }))
const acceptedNumbered = frontMatterKep(fields({ 'kep-number': '43', status: 'accepted' }))

testKepRule(numberAssigned, {
  valid: [
    { name: 'a Draft KEP keeps its draft number', kep: onDraftNumber('Draft') },
    { name: 'an Approved KEP with an assigned number', kep: frontMatterKep(fields({ status: 'Approved' })) },
    { name: 'a Final KEP with an assigned number', kep: frontMatterKep(fields({ status: 'Final' })) },
    { name: 'a Deferred KEP may stay on its draft number', kep: onDraftNumber('Deferred') },
    { name: 'a Rejected KEP may stay on its draft number', kep: onDraftNumber('Rejected') },
    { name: 'a Withdrawn KEP may stay on its draft number', kep: onDraftNumber('Withdrawn') },
    { name: "a status the lifecycle does not know is the schema's to report", kep: onDraftNumber('Bogus') },
    { name: 'a status in the wrong case is not a numbered state', kep: onDraftNumber('approved') },
    { name: 'no status at all', kep: onDraftNumber('Draft', { status: null }) },
    { name: "a malformed draft number is the schema's to report", kep: frontMatterKep(fields({ 'kep-number': 'draft-2024', status: 'Approved' })) },
    { name: 'an accepted KEP on its draft number under the workflow lifecycle', kep: onDraftNumber('accepted'), settings: workflow },
    { name: 'Approved is no state of the workflow lifecycle', kep: onDraftNumber('Approved'), settings: workflow },
    { name: 'a Withdrawn KEP may have a number: Approved and Final KEPs are withdrawn too', kep: frontMatterKep(fields({ status: 'Withdrawn' })) },
    { name: "a numbered Draft with a status in the wrong case is the schema's to report", kep: frontMatterKep(fields({ status: 'draft' })) },
    { name: 'kubernetes: every state is numbered, none comes before approval', kep: 'kep-number: 42\nstatus: provisional\n', settings: { preset: 'kubernetes' } }
  ],
  invalid: [
    {
      name: 'an Approved KEP still on its draft number, alone in the repository: the next free number is 1',
      kep: approvedAlone,
      reports: [
        {
          message: 'kep-number is still "draft-20240115" but status Approved needs an assigned number (states that do: Approved, Final, Replaced); the next free number is 1',
          line: lineOf(approvedAlone, 'kep-number:'),
          column: 13,
          expected: ['1']
        }
      ]
    },
    {
      name: 'a Final KEP on a draft number: the next free number follows the highest one, not the count of KEPs',
      kep: finalAmongOthers,
      others: {
        'sig-apps/0012-twelve.md': numbered(12, 'Twelve'),
        'sig-apps/0007-seven.md': numbered(7, 'Seven'),
        'sig-apps/draft-20240101-other.md': frontMatterKep(fields({ 'kep-number': 'draft-20240101', title: 'Other', status: 'Draft' }))
      },
      reports: [{ message: 'status Final needs an assigned number', line: lineOf(finalAmongOthers, 'kep-number:'), expected: ['13'] }]
    },
    {
      name: 'a Replaced KEP on a draft number',
      kep: replaced,
      others: { 'sig-apps/0007-seven.md': numbered(7, 'Seven') },
      reports: [{ message: 'status Replaced needs an assigned number', line: lineOf(replaced, 'kep-number:'), expected: ['8'] }]
    },
    {
      name: "a scoped KEP on a draft number under the workflow lifecycle names that lifecycle's numbered states",
      kep: scoped,
      settings: workflow,
      reports: [
        {
          message: 'status scoped needs an assigned number (states that do: scoped, started, implemented, superseded, retired)',
          line: lineOf(scoped, 'kep-number:'),
          expected: ['1']
        }
      ]
    },
    {
      name: 'a new Draft KEP with an assigned number (KEP-1: the number is draft-YYYYMMDD before Approved)',
      kep: draftNumbered,
      reports: [
        {
          message: 'kep-number is 43 but status Draft comes before approval (Draft, Deferred, Rejected), when the number is draft-YYYYMMDD until the change to Approved assigns one; write "draft-20240115"',
          line: lineOf(draftNumbered, 'kep-number:'),
          column: 13,
          expected: ['draft-20240115']
        }
      ]
    },
    {
      name: 'a Deferred KEP with a number: only Draft leads to Deferred, so it was never approved',
      kep: deferredNumbered,
      reports: [{ message: 'kep-number is 3 but status Deferred comes before approval', line: lineOf(deferredNumbered, 'kep-number:'), expected: ['draft-20200302'] }]
    },
    {
      name: 'a creation-date the schema rejects is no date to build the draft number from',
      kep: draftImpossibleDate,
      reports: [{ message: 'write draft- and the creation date as YYYYMMDD', line: lineOf(draftImpossibleDate, 'kep-number:') }]
    },
    {
      name: 'kep-0001-workflow: an accepted KEP with a number, before scoped assigns one',
      kep: acceptedNumbered,
      settings: workflow,
      reports: [{ message: 'status accepted comes before approval (opened, accepted, deferred, rejected), when the number is draft-YYYYMMDD until the change to scoped assigns one', expected: ['draft-20240115'] }]
    }
  ]
})
