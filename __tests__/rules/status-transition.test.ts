import { statusTransition } from '../../src/rules/change/status-transition.js'
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

const approvedToDraft = kep('Draft')
const withdrawnToApproved = kep('Approved')
const draftToFinal = kep('Final')
const workflowScoped = frontMatterKep(fields({ status: 'scoped' }))
const kubernetesImplemented = kepYaml('implemented')
const kubernetesProvisional = kepYaml('provisional')

testChangeRule(statusTransition, {
  valid: [
    { name: 'Draft to Approved', kind: 'modified', path: FILE, before: kep('Draft'), after: kep('Approved') },
    { name: 'Approved to Final', kind: 'modified', path: FILE, before: kep('Approved'), after: kep('Final') },
    { name: 'Final to Replaced (an edge added by decision)', kind: 'modified', path: FILE, before: kep('Final'), after: kep('Replaced') },
    { name: 'Deferred back to Draft (an edge added by decision)', kind: 'modified', path: FILE, before: kep('Deferred'), after: kep('Draft') },
    { name: 'a status that does not change', kind: 'modified', path: FILE, before: kep('Approved'), after: kep('Approved') },
    { name: 'Approved to Withdrawn while moving to the orphaned folder', kind: 'renamed', previousPath: FILE, path: 'sig-node/orphaned/0042-pod-overhead.md', before: kep('Approved'), after: kep('Withdrawn') },
    { name: 'an unknown status at the base is no state to leave: nothing to check', kind: 'modified', path: FILE, before: kep('Aproved'), after: kep('Final') },
    { name: "an unknown status at the head is the schema's to report", kind: 'modified', path: FILE, before: kep('Approved'), after: kep('Finale') },
    { name: "a status removed at the head is the schema's to report", kind: 'modified', path: FILE, before: kep('Approved'), after: frontMatterKep(fields({ status: null })) },
    { name: 'a new KEP has no transition (initial-status checks it)', kind: 'added', path: FILE, after: kep('Final') },
    { name: 'a deleted KEP has no head status (file-deleted reports it)', kind: 'deleted', path: FILE, before: kep('Approved') },
    { name: 'kep-0001-workflow: opened to accepted', kind: 'modified', path: FILE, settings: { lifecycle: 'kep-0001-workflow' }, before: kep('opened'), after: kep('accepted') },
    { name: 'kubernetes: implemented back to implementable reopens a KEP', kind: 'modified', path: KEP_YAML, settings: { preset: 'kubernetes' }, before: kepYaml('implemented'), after: kepYaml('implementable') },
    { name: 'kubernetes: deferred resumes as implementable', kind: 'modified', path: KEP_YAML, settings: { preset: 'kubernetes' }, before: kepYaml('deferred'), after: kepYaml('implementable') }
  ],
  invalid: [
    {
      name: 'Approved back to Draft',
      kind: 'modified',
      path: FILE,
      before: kep('Approved'),
      after: approvedToDraft,
      reports: [
        {
          message: 'status changed from Approved to Draft, which the kep-0001 lifecycle does not allow: Approved may change only to Final, Replaced, Withdrawn',
          line: lineOf(approvedToDraft, 'status:'),
          column: 9,
          expected: ['Final', 'Replaced', 'Withdrawn']
        }
      ]
    },
    {
      name: 'Draft straight to Final, skipping Approved',
      kind: 'modified',
      path: FILE,
      before: kep('Draft'),
      after: draftToFinal,
      reports: [{ message: 'status changed from Draft to Final', line: lineOf(draftToFinal, 'status:'), expected: ['Approved', 'Deferred', 'Rejected', 'Withdrawn'] }]
    },
    {
      name: 'a Withdrawn KEP brought back while moving out of the orphaned folder',
      kind: 'renamed',
      previousPath: 'sig-node/orphaned/0042-pod-overhead.md',
      path: FILE,
      before: kep('Withdrawn'),
      after: withdrawnToApproved,
      reports: [{ message: 'status changed from Withdrawn to Approved, which the kep-0001 lifecycle does not allow: Withdrawn is final: it may not change', line: lineOf(withdrawnToApproved, 'status:'), expected: [] }]
    },
    {
      name: 'kep-0001-workflow: opened straight to scoped, skipping accepted',
      kind: 'modified',
      path: FILE,
      settings: { lifecycle: 'kep-0001-workflow' },
      before: kep('opened'),
      after: workflowScoped,
      reports: [
        {
          message: 'which the kep-0001-workflow lifecycle does not allow: opened may change only to deferred, rejected, orphaned, accepted',
          line: lineOf(workflowScoped, 'status:'),
          expected: ['deferred', 'rejected', 'orphaned', 'accepted']
        }
      ]
    },
    {
      name: 'kubernetes: provisional straight to implemented',
      kind: 'modified',
      path: KEP_YAML,
      settings: { preset: 'kubernetes' },
      before: kepYaml('provisional'),
      after: kubernetesImplemented,
      reports: [
        {
          message: 'status changed from provisional to implemented, which the kubernetes lifecycle does not allow: provisional may change only to implementable, deferred, rejected, withdrawn, replaced',
          line: lineOf(kubernetesImplemented, 'status:'),
          column: 9,
          expected: ['implementable', 'deferred', 'rejected', 'withdrawn', 'replaced']
        }
      ]
    },
    {
      name: 'kubernetes: a rejected KEP is final',
      kind: 'modified',
      path: KEP_YAML,
      settings: { preset: 'kubernetes' },
      before: kepYaml('rejected'),
      after: kubernetesProvisional,
      reports: [{ message: 'rejected is final: it may not change', line: lineOf(kubernetesProvisional, 'status:'), expected: [] }]
    }
  ]
})
