import { afterAll } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sigKnown } from '../../src/rules/kep/sig-known.js'
import { fields, frontMatterKep, lineOf } from '../helpers/repo.js'
import { testKepRule } from '../helpers/ruleTester.js'

// A sigs.yaml in kubernetes/community's format: SIGs, working groups, committees and user groups by dir.
const folder = mkdtempSync(join(tmpdir(), 'kep-validator-sigs-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))
const sigsYaml = join(folder, 'sigs.yaml')
writeFileSync(
  sigsYaml,
  [
    'sigs:',
    '  - dir: sig-node',
    '    name: Node',
    '  - dir: sig-apps',
    '  - dir: sig-storage',
    '  - dir: sig-scheduling',
    'workinggroups:',
    '  - dir: wg-batch',
    'committees:',
    '  - dir: committee-steering',
    'usergroups:',
    '  - dir: ug-big-data',
    ''
  ].join('\n')
)
const sigs = { sigs: sigsYaml }

const kep = (overrides: Record<string, string | null>): string => frontMatterKep(fields(overrides))

const misspelt = kep({ 'owning-sig': 'sig-nodes' })
const unknown = kep({ 'owning-sig': 'sig-quantum' })
const wrongCase = kep({ 'owning-sig': 'SIG-Node' })
const participating = kep({ 'participating-sigs': '\n  - sig-apps\n  - sig-storag\n  - kubernetes-wide' })
const misspeltKepYaml = 'title: HugePages\nkep-number: 1539\nauthors:\n  - "@derekwaynecarr"\nowning-sig: sig-nodes\nstatus: implementable\n'
const both = kep({ 'owning-sig': 'sig-nod', 'participating-sigs': '\n  - wg-bach' })

testKepRule(sigKnown, {
  valid: [
    { name: 'an owning SIG of sigs.yaml', kep: kep({}), settings: sigs },
    { name: 'a working group of sigs.yaml owns the KEP', kep: kep({ 'owning-sig': 'wg-batch' }), settings: sigs },
    { name: 'a committee of sigs.yaml owns the KEP', kep: kep({ 'owning-sig': 'committee-steering' }), settings: sigs },
    { name: 'a user group of sigs.yaml owns the KEP', kep: kep({ 'owning-sig': 'ug-big-data' }), settings: sigs },
    { name: 'participating SIGs of sigs.yaml, and kubernetes-wide', kep: kep({ 'participating-sigs': '\n  - sig-apps\n  - wg-batch\n  - kubernetes-wide' }), settings: sigs },
    { name: 'without a sigs.yaml no SIG is checked', kep: kep({ 'owning-sig': 'sig-quantum', 'participating-sigs': '\n  - sig-nowhere' }) },
    { name: "an owning-sig that is no text is the schema's to report", kep: kep({ 'owning-sig': '\n  - sig-quantum' }), settings: sigs },
    { name: "participating-sigs that is no list is the schema's to report", kep: kep({ 'participating-sigs': 'sig-quantum' }), settings: sigs },
    { name: 'no owning-sig at all (the schema reports it)', kep: kep({ 'owning-sig': null }), settings: sigs }
  ],
  invalid: [
    {
      name: 'a misspelt owning SIG, with the SIG meant',
      kep: misspelt,
      settings: sigs,
      reports: [
        {
          message: 'owning-sig "sig-nodes" is not a SIG, working group or committee of sigs.yaml; did you mean "sig-node"?',
          line: lineOf(misspelt, 'owning-sig:'),
          column: 13,
          expected: ['sig-node']
        }
      ]
    },
    {
      name: 'an owning SIG close to none of sigs.yaml: no guess',
      kep: unknown,
      settings: sigs,
      reports: [{ message: /^owning-sig "sig-quantum" is not a SIG, working group or committee of sigs\.yaml$/, line: lineOf(unknown, 'owning-sig:'), column: 13 }]
    },
    {
      name: 'an owning SIG in the wrong case',
      kep: wrongCase,
      settings: sigs,
      reports: [{ message: 'owning-sig "SIG-Node" is not a SIG', line: lineOf(wrongCase, 'owning-sig:'), expected: ['sig-node'] }]
    },
    {
      name: 'a misspelt participating SIG is reported at its list item',
      kep: participating,
      settings: sigs,
      reports: [{ message: 'participating-sigs "sig-storag" is not a SIG, working group or committee of sigs.yaml; did you mean "sig-storage"?', line: lineOf(participating, '  - sig-storag'), column: 5, expected: ['sig-storage'] }]
    },
    {
      name: 'an unknown owning SIG and an unknown participating working group: owning-sig first',
      kep: both,
      settings: sigs,
      reports: [
        { message: 'owning-sig "sig-nod"', line: lineOf(both, 'owning-sig:'), expected: ['sig-node'] },
        { message: 'participating-sigs "wg-bach"', line: lineOf(both, '  - wg-bach'), expected: ['wg-batch'] }
      ]
    },
    {
      name: 'kep.yaml: a misspelt owning SIG under the kubernetes preset',
      kep: misspeltKepYaml,
      file: 'keps/sig-node/1539-hugepages/kep.yaml',
      settings: { preset: 'kubernetes', ...sigs },
      reports: [{ message: 'owning-sig "sig-nodes"', line: lineOf(misspeltKepYaml, 'owning-sig:'), column: 13, expected: ['sig-node'] }]
    }
  ]
})
