import { baseUnreadable } from '../../src/rules/change/base-unreadable.js'
import { fields, frontMatterKep } from '../helpers/repo.js'
import { testChangeRule } from '../helpers/ruleTester.js'

const FILE = 'sig-node/0042-pod-overhead.md'
const OLD_FILE = 'sig-node/0042-overhead.md'

const kep = frontMatterKep(fields())

testChangeRule(baseUnreadable, {
  valid: [
    { name: 'a modified KEP whose base was read', kind: 'modified', path: FILE, before: kep, after: kep },
    { name: 'a renamed KEP whose base was read', kind: 'renamed', previousPath: OLD_FILE, path: FILE, before: kep, after: kep },
    { name: 'a new KEP has no base to read', kind: 'added', path: FILE, after: kep },
    { name: 'a base that reads as no KEP metadata is read all the same (other rules report it)', kind: 'modified', path: FILE, before: '# Pod Overhead\n', after: kep }
  ],
  invalid: [
    {
      name: 'a modified KEP whose base could not be read',
      kind: 'modified',
      path: FILE,
      after: kep,
      baseError: { path: FILE, message: 'fatal: bad object 1234abc' },
      reports: [
        {
          message: `the base version of this KEP (${FILE}) could not be read, so its transition cannot be checked: fatal: bad object 1234abc`,
          line: 1,
          column: 1
        }
      ]
    },
    {
      name: 'a renamed KEP names the base path it could not read',
      kind: 'renamed',
      previousPath: OLD_FILE,
      path: FILE,
      after: kep,
      baseError: { path: OLD_FILE, message: 'file too large' },
      reports: [{ message: `(${OLD_FILE}) could not be read, so its transition cannot be checked: file too large`, line: 1 }]
    },
    {
      name: 'a deleted KEP whose base could not be read',
      kind: 'deleted',
      path: FILE,
      baseError: { path: FILE, message: 'not valid UTF-8' },
      reports: [{ message: `the base version of this KEP (${FILE}) could not be read`, line: 1 }]
    }
  ]
})
