import { initialStatus } from '../../src/rules/change/initial-status.js'
import { fields, frontMatterKep, lineOf } from '../helpers/repo.js'
import { testChangeRule } from '../helpers/ruleTester.js'

const FILE = 'sig-node/0042-pod-overhead.md'
const KEP_YAML = 'keps/sig-node/42-pod-overhead/kep.yaml'

function kep(status: string): string {
  return frontMatterKep(fields({ status }))
}

/** A kubernetes kep.yaml for KEP 42 of sig-node with the given status. */
function kepYaml(status: string): string {
  return (
    ['title: Pod Overhead', 'kep-number: 42', 'authors:\n  - "@janedoe"', 'owning-sig: sig-node', 'stage: alpha', 'latest-milestone: "v1.30"', 'milestone:\n  alpha: "v1.30"', 'creation-date: 2024-01-15', `status: ${status}`].join('\n') +
    '\n'
  )
}

const addedApproved = kep('Approved')
const copiedFinal = kep('Final')
const workflowScoped = kep('scoped')
const kubernetesImplemented = kepYaml('implemented')

testChangeRule(initialStatus, {
  valid: [
    { name: 'a new KEP as Draft', kind: 'added', path: FILE, after: kep('Draft') },
    { name: 'a copy that starts as Draft', kind: 'copied', previousPath: 'sig-node/0007-other.md', path: FILE, after: kep('Draft') },
    { name: 'an existing KEP that is Approved is not new', kind: 'modified', path: FILE, before: kep('Draft'), after: kep('Approved') },
    { name: 'a renamed KEP keeps its state: it is not new', kind: 'renamed', previousPath: 'sig-node/0041-pod-overhead.md', path: FILE, before: kep('Final'), after: kep('Final') },
    { name: "a new KEP without a status is the schema's to report", kind: 'added', path: FILE, after: frontMatterKep(fields({ status: null })) },
    { name: "a new KEP with an unknown status is the schema's to report", kind: 'added', path: FILE, after: kep('Aproved') },
    { name: 'kep-0001-workflow: a new KEP as opened', kind: 'added', path: FILE, settings: { lifecycle: 'kep-0001-workflow' }, after: kep('opened') },
    { name: 'kubernetes: a new KEP as provisional', kind: 'added', path: KEP_YAML, settings: { preset: 'kubernetes' }, after: kepYaml('provisional') },
    { name: 'kubernetes: a straightforward new KEP directly as implementable', kind: 'added', path: KEP_YAML, settings: { preset: 'kubernetes' }, after: kepYaml('implementable') }
  ],
  invalid: [
    {
      name: 'a new KEP that is already Approved',
      kind: 'added',
      path: FILE,
      after: addedApproved,
      reports: [
        {
          message: 'a new KEP starts as Draft, not Approved; set status to Draft and change it in later pull requests',
          line: lineOf(addedApproved, 'status:'),
          column: 9,
          expected: ['Draft']
        }
      ]
    },
    {
      name: 'a copy of a Final KEP is a new KEP that may not start as Final',
      kind: 'copied',
      previousPath: 'sig-node/0007-other.md',
      path: FILE,
      after: copiedFinal,
      reports: [{ message: 'a new KEP starts as Draft, not Final', line: lineOf(copiedFinal, 'status:'), expected: ['Draft'] }]
    },
    {
      name: 'kep-0001-workflow: a new KEP that is already scoped',
      kind: 'added',
      path: FILE,
      settings: { lifecycle: 'kep-0001-workflow' },
      after: workflowScoped,
      reports: [{ message: 'a new KEP starts as opened, not scoped; set status to opened', line: lineOf(workflowScoped, 'status:'), expected: ['opened'] }]
    },
    {
      name: 'kubernetes: a new KEP that is already implemented names both initial states',
      kind: 'added',
      path: KEP_YAML,
      settings: { preset: 'kubernetes' },
      after: kubernetesImplemented,
      reports: [
        {
          message: 'a new KEP starts as provisional or implementable, not implemented; set status to provisional',
          line: lineOf(kubernetesImplemented, 'status:'),
          column: 9,
          expected: ['provisional', 'implementable']
        }
      ]
    }
  ]
})
