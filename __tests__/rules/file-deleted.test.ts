import { fileDeleted } from '../../src/rules/change/file-deleted.js'
import { fields, frontMatterKep } from '../helpers/repo.js'
import { testChangeRule } from '../helpers/ruleTester.js'

const FILE = 'sig-node/0042-pod-overhead.md'
const KEP_YAML = 'keps/sig-node/42-pod-overhead/kep.yaml'

function kep(status: string | null): string {
  return frontMatterKep(fields({ status }))
}

testChangeRule(fileDeleted, {
  valid: [
    { name: 'a KEP modified', kind: 'modified', path: FILE, before: kep('Draft'), after: kep('Approved') },
    { name: 'a KEP moved to the orphaned folder as it is Withdrawn', kind: 'renamed', previousPath: FILE, path: 'sig-node/orphaned/0042-pod-overhead.md', before: kep('Approved'), after: kep('Withdrawn') },
    { name: 'a KEP added', kind: 'added', path: FILE, after: kep('Draft') },
    { name: 'a KEP copied', kind: 'copied', previousPath: 'sig-node/0007-other.md', path: FILE, after: kep('Draft') },
    { name: 'a KEP whose file type changed', kind: 'type-changed', path: FILE, before: kep('Approved'), after: kep('Approved') }
  ],
  invalid: [
    {
      name: 'a KEP deleted in its final state',
      kind: 'deleted',
      path: FILE,
      before: kep('Withdrawn'),
      reports: [
        {
          message: 'this KEP (status Withdrawn) is deleted; a KEP is never removed — restore the file: Withdrawn is already a final state, where a KEP stays',
          line: 1,
          column: 1
        }
      ]
    },
    {
      name: 'a Draft KEP deleted instead of withdrawn',
      kind: 'deleted',
      path: FILE,
      before: kep('Draft'),
      reports: [{ message: 'this KEP (status Draft) is deleted; a KEP is never removed — restore the file and set its status to one of Rejected, Withdrawn, Replaced instead', line: 1 }]
    },
    {
      name: 'a deleted KEP whose base could not be read names no status',
      kind: 'deleted',
      path: FILE,
      baseError: { path: FILE, message: 'fatal: bad object' },
      reports: [{ message: /^this KEP is deleted; a KEP is never removed/, line: 1 }]
    },
    {
      name: 'a deleted KEP without a status names no status',
      kind: 'deleted',
      path: FILE,
      before: kep(null),
      reports: [{ message: /^this KEP is deleted;/ }]
    },
    {
      name: "kep-0001-workflow: the final states to choose from are the workflow's",
      kind: 'deleted',
      path: FILE,
      settings: { lifecycle: 'kep-0001-workflow' },
      before: kep('started'),
      reports: [{ message: 'this KEP (status started) is deleted; a KEP is never removed — restore the file and set its status to one of deferred, superseded, retired, rejected, orphaned instead' }]
    },
    {
      name: 'kubernetes: a deleted kep.yaml',
      kind: 'deleted',
      path: KEP_YAML,
      settings: { preset: 'kubernetes' },
      before: 'title: Pod Overhead\nkep-number: 42\nstatus: implementable\n',
      reports: [{ message: 'this KEP (status implementable) is deleted; a KEP is never removed — restore the file and set its status to one of rejected, withdrawn, replaced instead', line: 1 }]
    }
  ]
})
