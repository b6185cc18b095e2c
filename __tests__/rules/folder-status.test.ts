import { folderStatus } from '../../src/rules/kep/folder-status.js'
import { fields, frontMatterKep, lineOf } from '../helpers/repo.js'
import { testKepRule } from '../helpers/ruleTester.js'

// kep-0001 lifecycle: deferred/ holds Deferred KEPs, orphaned/ and retired/ hold Withdrawn ones.
// kep-0001-workflow lifecycle: deferred/, orphaned/, retired/ hold deferred, orphaned, retired KEPs.

const withStatus = (status: string): string => frontMatterKep(fields({ status }))
const workflow = { lifecycle: 'kep-0001-workflow' }

const approved = withStatus('Approved')
const deferred = withStatus('Deferred')
const withdrawn = withStatus('Withdrawn')
const started = withStatus('started')
const retired = withStatus('retired')
const orphaned = withStatus('orphaned')

testKepRule(folderStatus, {
  valid: [
    { name: 'an Approved KEP in its SIG folder', kep: approved, file: 'sig-node/0042-pod-overhead.md' },
    { name: 'a Deferred KEP in deferred/', kep: deferred, file: 'sig-node/deferred/0042-pod-overhead.md' },
    { name: 'a Withdrawn KEP in orphaned/', kep: withdrawn, file: 'sig-node/orphaned/0042-pod-overhead.md' },
    { name: 'a Withdrawn KEP in retired/', kep: withdrawn, file: 'sig-node/retired/0042-pod-overhead.md' },
    { name: 'a Deferred KEP in the deferred/ folder of a subproject', kep: deferred, file: 'sig-node/kubelet/deferred/0042-pod-overhead.md' },
    { name: "a status the lifecycle does not know, in deferred/, is the schema's to report", kep: withStatus('Bogus'), file: 'sig-node/deferred/0042-pod-overhead.md' },
    { name: 'no status at all', kep: frontMatterKep(fields({ status: null })), file: 'sig-node/deferred/0042-pod-overhead.md' },
    { name: 'workflow: a started KEP in its SIG folder', kep: started, file: 'sig-node/0042-pod-overhead.md', settings: workflow },
    { name: 'workflow: an orphaned KEP in orphaned/', kep: orphaned, file: 'sig-node/orphaned/0042-pod-overhead.md', settings: workflow },
    { name: 'workflow: a retired KEP in retired/', kep: retired, file: 'sig-node/retired/0042-pod-overhead.md', settings: workflow },
    { name: 'workflow: Deferred is no state of this lifecycle (the schema reports it)', kep: deferred, file: 'sig-node/0042-pod-overhead.md', settings: workflow }
  ],
  invalid: [
    {
      name: 'an Approved KEP in deferred/: no status folder is its home',
      kep: approved,
      file: 'sig-node/deferred/0042-pod-overhead.md',
      reports: [
        {
          message: 'the KEP is in deferred/ but its status is Approved; KEPs in deferred/ have status Deferred — change the status, or move the file out of deferred/',
          line: lineOf(approved, 'status:'),
          column: 9,
          expected: ['Deferred']
        }
      ]
    },
    {
      name: 'a Deferred KEP in retired/: its home is deferred/',
      kep: deferred,
      file: 'sig-node/retired/0042-pod-overhead.md',
      reports: [
        {
          message: 'the KEP is in retired/ but its status is Deferred; KEPs in retired/ have status Withdrawn — change the status, or move the file to sig-node/deferred/',
          line: lineOf(deferred, 'status:'),
          expected: ['Withdrawn']
        }
      ]
    },
    {
      name: 'a Deferred KEP outside deferred/',
      kep: deferred,
      file: 'sig-node/0042-pod-overhead.md',
      reports: [{ message: /^status Deferred KEPs live in deferred\/; move the file to sig-node\/deferred\/$/, line: lineOf(deferred, 'status:'), column: 9 }]
    },
    {
      name: 'a Withdrawn KEP outside its folders: both are named, the first is offered',
      kep: withdrawn,
      file: 'sig-apps/0042-pod-overhead.md',
      reports: [{ message: 'status Withdrawn KEPs live in orphaned/ or retired/; move the file to sig-apps/orphaned/', line: lineOf(withdrawn, 'status:') }]
    },
    {
      name: 'the innermost status folder is the one that counts',
      kep: deferred,
      file: 'sig-node/deferred/retired/0042-pod-overhead.md',
      reports: [{ message: 'the KEP is in retired/ but its status is Deferred', expected: ['Withdrawn'] }]
    },
    {
      name: 'workflow: a started KEP in deferred/',
      kep: started,
      file: 'sig-node/deferred/0042-pod-overhead.md',
      settings: workflow,
      reports: [{ message: 'the KEP is in deferred/ but its status is started; KEPs in deferred/ have status deferred — change the status, or move the file out of deferred/', line: lineOf(started, 'status:'), expected: ['deferred'] }]
    },
    {
      name: 'workflow: an orphaned KEP in retired/',
      kep: orphaned,
      file: 'sig-node/retired/0042-pod-overhead.md',
      settings: workflow,
      reports: [{ message: 'KEPs in retired/ have status retired — change the status, or move the file to sig-node/orphaned/', line: lineOf(orphaned, 'status:'), expected: ['retired'] }]
    },
    {
      name: 'workflow: a retired KEP outside retired/',
      kep: retired,
      file: 'sig-node/0042-pod-overhead.md',
      settings: workflow,
      reports: [{ message: 'status retired KEPs live in retired/; move the file to sig-node/retired/', line: lineOf(retired, 'status:') }]
    },
    {
      name: 'workflow: a deferred KEP in orphaned/: its home is deferred/',
      kep: withStatus('deferred'),
      file: 'sig-node/orphaned/0042-pod-overhead.md',
      settings: workflow,
      reports: [{ message: 'the KEP is in orphaned/ but its status is deferred; KEPs in orphaned/ have status orphaned — change the status, or move the file to sig-node/deferred/', expected: ['orphaned'] }]
    }
  ]
})
