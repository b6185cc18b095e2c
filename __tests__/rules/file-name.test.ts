import { fileName } from '../../src/rules/kep/file-name.js'
import { fields, frontMatterKep } from '../helpers/repo.js'
import { testKepRule } from '../helpers/ruleTester.js'

const kep42 = frontMatterKep(fields())
const draft = frontMatterKep(fields({ 'kep-number': 'draft-20240115', status: 'Draft' }))
const titled = (title: string): string => frontMatterKep(fields({ title }))

testKepRule(fileName, {
  valid: [
    { name: 'four digits, then the slug of the title', kep: kep42, file: 'sig-node/0042-pod-overhead.md' },
    { name: 'a number of five digits is not cut or padded', kep: frontMatterKep(fields({ 'kep-number': '12345' })), file: 'sig-node/12345-pod-overhead.md' },
    { name: 'a draft KEP is named by its draft number', kep: draft, file: 'sig-node/draft-20240115-pod-overhead.md' },
    { name: 'accents are dropped from the slug', kep: titled('Café Überall'), file: 'sig-node/0042-cafe-uberall.md' },
    { name: 'punctuation becomes one hyphen, none at the ends', kep: titled('CSI: Volume Health (v2)!'), file: 'sig-node/0042-csi-volume-health-v2.md' },
    { name: 'a KEP in a status folder is named the same', kep: kep42, file: 'sig-node/deferred/0042-pod-overhead.md' },
    { name: 'no title (the schema reports it)', kep: frontMatterKep(fields({ title: null })), file: 'sig-node/anything.md' },
    { name: 'a kep-number that is neither a number nor a draft number (the schema reports it)', kep: frontMatterKep(fields({ 'kep-number': 'KEP-42' })), file: 'sig-node/anything.md' }
  ],
  invalid: [
    {
      name: 'a number not padded to four digits',
      kep: kep42,
      file: 'sig-node/42-pod-overhead.md',
      reports: [
        {
          message: 'the file is named 42-pod-overhead.md, but its number and title make it 0042-pod-overhead.md; rename it (git mv)',
          line: 1,
          column: 1,
          expected: ['0042-pod-overhead.md']
        }
      ]
    },
    {
      name: 'a file named after an older title',
      kep: kep42,
      file: 'sig-node/0042-pod-costs.md',
      reports: [{ message: 'the file is named 0042-pod-costs.md, but its number and title make it 0042-pod-overhead.md', line: 1, expected: ['0042-pod-overhead.md'] }]
    },
    {
      name: 'a file still named by its draft number after the number was assigned',
      kep: kep42,
      file: 'sig-node/draft-20240115-pod-overhead.md',
      reports: [{ message: 'the file is named draft-20240115-pod-overhead.md', expected: ['0042-pod-overhead.md'] }]
    },
    {
      name: 'a draft KEP named by a number it does not have',
      kep: draft,
      file: 'sig-node/0042-pod-overhead.md',
      reports: [{ message: 'its number and title make it draft-20240115-pod-overhead.md', expected: ['draft-20240115-pod-overhead.md'] }]
    },
    {
      name: 'upper case in the file name',
      kep: kep42,
      file: 'sig-node/0042-Pod-Overhead.md',
      reports: [{ message: 'the file is named 0042-Pod-Overhead.md', expected: ['0042-pod-overhead.md'] }]
    },
    {
      name: 'underscores instead of hyphens',
      kep: kep42,
      file: 'sig-node/0042_pod_overhead.md',
      reports: [{ expected: ['0042-pod-overhead.md'] }]
    },
    {
      name: 'a quoted number "42" names the file as 42 does',
      kep: frontMatterKep(fields({ 'kep-number': '"42"' })),
      file: 'sig-node/42-pod-overhead.md',
      reports: [{ expected: ['0042-pod-overhead.md'] }]
    }
  ]
})

// A title with no latin letter or digit has no slug: only the number of the file's name is checked.
testKepRule(fileName, {
  valid: [{ name: 'a title whose slug is empty (日本語) keeps the name the author gave after the number', kep: titled('日本語'), file: 'sig-node/0042-nihongo.md' }],
  invalid: [{ name: 'a title whose slug is empty, in a file of another number: the number is corrected, the rest kept', kep: titled('日本語'), file: 'sig-node/0041-nihongo.md', reports: [{ expected: ['0042-nihongo.md'] }] }]
})
