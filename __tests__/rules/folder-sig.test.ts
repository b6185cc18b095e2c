import { folderSig } from '../../src/rules/kep/folder-sig.js'
import { fields, frontMatterKep, lineOf } from '../helpers/repo.js'
import { testKepRule } from '../helpers/ruleTester.js'

// kep-0001 preset: { segment: 0 }, the SIG folder is the first one (sig-node/0042-….md).

const nodeKep = frontMatterKep(fields())
const wgKep = frontMatterKep(fields({ 'owning-sig': 'wg-batch' }))

// kubernetes preset: { segment: 1 }, the SIG folder follows keps/ (keps/sig-node/1539-…/kep.yaml).

const kubernetes = { preset: 'kubernetes' }

function kepYaml(owningSig: string | null): string {
  return `title: HugePages\nkep-number: 1539\nauthors:\n  - "@derekwaynecarr"\n${owningSig === null ? '' : `owning-sig: ${owningSig}\n`}status: implementable\n`
}

const hugepages = kepYaml('sig-node')

testKepRule(folderSig, {
  valid: [
    { name: 'a KEP in the folder of its owning SIG', kep: nodeKep, file: 'sig-node/0042-pod-overhead.md' },
    { name: 'a KEP in a status folder of its owning SIG', kep: nodeKep, file: 'sig-node/deferred/0042-pod-overhead.md' },
    { name: "a working group's KEP in its folder", kep: wgKep, file: 'wg-batch/0042-pod-overhead.md' },
    { name: "a KEP in the newcomers folder, which is no SIG's", kep: nodeKep, file: 'newcomers/0042-pod-overhead.md' },
    { name: 'a KEP at the root, in no folder', kep: nodeKep, file: '0042-pod-overhead.md' },
    { name: 'a KEP without owning-sig (the schema reports it)', kep: frontMatterKep(fields({ 'owning-sig': null })), file: 'sig-apps/0042-pod-overhead.md' },
    { name: 'kep.yaml: a KEP in keps/ under the folder of its owning SIG', kep: hugepages, file: 'keps/sig-node/1539-hugepages/kep.yaml', settings: kubernetes },
    { name: 'kep.yaml: a KEP in a subproject folder of its owning SIG', kep: kepYaml('sig-cloud-provider'), file: 'keps/sig-cloud-provider/providers/2000-gce/kep.yaml', settings: kubernetes },
    { name: "kep.yaml: with { segment: 0 } the first folder is keps/, which is no SIG's", kep: hugepages, file: 'keps/sig-apps/1539-hugepages/kep.yaml', settings: kubernetes, options: { segment: 0 } }
  ],
  invalid: [
    {
      name: "a KEP in another SIG's folder",
      kep: nodeKep,
      file: 'sig-apps/0042-pod-overhead.md',
      reports: [
        {
          message: 'owning-sig is sig-node but the KEP is in sig-apps/; move the KEP to the folder of sig-node or set owning-sig to sig-apps',
          line: lineOf(nodeKep, 'owning-sig:'),
          column: 13,
          expected: ['sig-apps']
        }
      ]
    },
    {
      name: "a SIG's KEP in a working group's folder",
      kep: nodeKep,
      file: 'wg-batch/0042-pod-overhead.md',
      reports: [{ message: 'the KEP is in wg-batch/; move the KEP to the folder of sig-node or set owning-sig to wg-batch', line: lineOf(nodeKep, 'owning-sig:'), expected: ['wg-batch'] }]
    },
    {
      name: "a working group's KEP in a committee's folder",
      kep: wgKep,
      file: 'committee-steering/0042-pod-overhead.md',
      reports: [{ message: 'owning-sig is wg-batch but the KEP is in committee-steering/', line: lineOf(wgKep, 'owning-sig:'), expected: ['committee-steering'] }]
    },
    {
      name: 'an owning-sig written in another case than its folder',
      kep: frontMatterKep(fields({ 'owning-sig': 'SIG-Node' })),
      file: 'sig-node/0042-pod-overhead.md',
      reports: [{ message: 'owning-sig is SIG-Node but the KEP is in sig-node/', expected: ['sig-node'] }]
    },
    {
      name: "kep.yaml: a KEP in another SIG's folder under keps/",
      kep: hugepages,
      file: 'keps/sig-apps/1539-hugepages/kep.yaml',
      settings: kubernetes,
      reports: [
        {
          message: 'owning-sig is sig-node but the KEP is in keps/sig-apps/; move the KEP to the folder of sig-node or set owning-sig to sig-apps',
          line: lineOf(hugepages, 'owning-sig:'),
          column: 13,
          expected: ['sig-apps']
        }
      ]
    },
    {
      name: "kep.yaml: a KEP in another SIG's subproject folder",
      kep: hugepages,
      file: 'keps/sig-cloud-provider/providers/2000-gce/kep.yaml',
      settings: kubernetes,
      reports: [{ message: 'the KEP is in keps/sig-cloud-provider/', line: lineOf(hugepages, 'owning-sig:'), expected: ['sig-cloud-provider'] }]
    }
  ]
})
