import { dateOrder } from '../../src/rules/kep/date-order.js'
import { fields, frontMatterKep, lineOf } from '../helpers/repo.js'
import { testKepRule } from '../helpers/ruleTester.js'

const updatedBeforeCreation = frontMatterKep(fields({ 'last-updated': '2023-12-31' }))

testKepRule(dateOrder, {
  valid: [
    { name: 'updated after creation', kep: frontMatterKep(fields({ 'last-updated': '2024-03-01' })) },
    { name: 'updated on the day of creation', kep: frontMatterKep(fields({ 'last-updated': '2024-01-15' })) },
    { name: 'never updated', kep: frontMatterKep(fields()) },
    { name: "an impossible date is the schema's to report, not this rule's", kep: frontMatterKep(fields({ 'last-updated': '2024-1-1' })) },
    // Written yyyy-mm-dd, so it orders as text before 2024-01-15; but month 13 is no date to compare.
    { name: 'a creation-date the schema rejects (2024-13-45) is not compared', kep: frontMatterKep(fields({ 'creation-date': '2024-13-45', 'last-updated': '2024-02-01' })) }
  ],
  invalid: [
    {
      name: 'updated before it was created',
      kep: updatedBeforeCreation,
      reports: [{ message: 'last-updated 2023-12-31 is before creation-date 2024-01-15', line: lineOf(updatedBeforeCreation, 'last-updated'), column: 15, expected: ['2024-01-15'] }]
    }
  ]
})
