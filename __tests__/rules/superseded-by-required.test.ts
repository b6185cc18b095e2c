import { supersededByRequired } from '../../src/rules/kep/superseded-by-required.js'
import { fields, frontMatterKep, lineOf } from '../helpers/repo.js'
import { testKepRule } from '../helpers/ruleTester.js'

function withStatus(status: string, supersededBy: string | null = null): string {
  return frontMatterKep(fields({ status, 'superseded-by': supersededBy }))
}

const missing = withStatus('Replaced')
const emptyList = withStatus('Replaced', '[]')
const nullValue = withStatus('Replaced', '')
const singleString = withStatus('Replaced', 'KEP-7')
const superseded = withStatus('superseded')
const workflow = { lifecycle: 'kep-0001-workflow' }

/** A kubernetes/enhancements kep.yaml, metadata from line 1. */
function kepYaml(status: string, supersededBy?: string): string {
  return (
    ['title: HugePages', 'kep-number: 1539', 'authors:\n  - "@derekwaynecarr"', 'owning-sig: sig-node', 'creation-date: 2019-01-29', `status: ${status}`, ...(supersededBy === undefined ? [] : [`superseded-by:${supersededBy}`])].join('\n') +
    '\n'
  )
}

const replacedKepYaml = kepYaml('replaced')
const kubernetes = { preset: 'kubernetes' }

testKepRule(supersededByRequired, {
  valid: [
    { name: 'a Replaced KEP that names its successor', kep: withStatus('Replaced', '\n  - KEP-7') },
    { name: 'a Replaced KEP that names two successors', kep: withStatus('Replaced', '\n  - KEP-7\n  - KEP-8') },
    { name: 'an Approved KEP needs no superseded-by', kep: withStatus('Approved') },
    { name: 'a Withdrawn KEP needs no superseded-by', kep: withStatus('Withdrawn') },
    { name: "a status the lifecycle does not know (replaced, lower case) is the schema's to report", kep: withStatus('replaced') },
    { name: 'Replaced is no state of the workflow lifecycle', kep: withStatus('Replaced'), settings: workflow },
    { name: 'a superseded KEP that names its successor under the workflow lifecycle', kep: withStatus('superseded', '\n  - KEP-7'), settings: workflow },
    { name: 'a replaced kep.yaml that names its successor by folder', kep: kepYaml('replaced', '\n  - /keps/sig-node/2000-successor'), settings: kubernetes }
  ],
  invalid: [
    {
      name: 'a Replaced KEP without superseded-by',
      kep: missing,
      reports: [
        {
          message: 'status is Replaced but superseded-by is missing; list the KEPs that replace this one in superseded-by',
          line: lineOf(missing, 'status:'),
          column: 9
        }
      ]
    },
    {
      name: 'a Replaced KEP with an empty superseded-by list',
      kep: emptyList,
      reports: [{ message: 'status is Replaced but superseded-by is empty', line: lineOf(emptyList, 'status:') }]
    },
    {
      name: 'a Replaced KEP with superseded-by and no value',
      kep: nullValue,
      reports: [{ message: 'status is Replaced but superseded-by is empty', line: lineOf(nullValue, 'status:') }]
    },
    {
      // The rule calls a lone string "empty"; only the report and its place are asserted here.
      name: 'a Replaced KEP whose superseded-by is a single string, not a list',
      kep: singleString,
      reports: [{ message: 'status is Replaced but superseded-by', line: lineOf(singleString, 'status:') }]
    },
    {
      name: 'a superseded KEP without superseded-by under the workflow lifecycle',
      kep: superseded,
      settings: workflow,
      reports: [{ message: 'status is superseded but superseded-by is missing', line: lineOf(superseded, 'status:') }]
    },
    {
      name: 'a replaced kep.yaml without superseded-by under the kubernetes preset',
      kep: replacedKepYaml,
      settings: kubernetes,
      reports: [{ message: 'status is replaced but superseded-by is missing', line: lineOf(replacedKepYaml, 'status:'), column: 9 }]
    }
  ]
})

const lone = withStatus('Replaced', 'KEP-7')

testKepRule(supersededByRequired, {
  valid: [],
  invalid: [
    {
      name: 'a Replaced KEP whose superseded-by is a single string is told it is not a list, not that it is empty',
      kep: lone,
      reports: [{ message: 'status is Replaced but superseded-by is not a list (it is "KEP-7"); list the KEPs that replace this one in superseded-by', line: lineOf(lone, 'status:') }]
    }
  ]
})
