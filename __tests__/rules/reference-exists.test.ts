import { referenceExists } from '../../src/rules/kep/reference-exists.js'
import { fields, frontMatterKep, lineOf } from '../helpers/repo.js'
import { testKepRule } from '../helpers/ruleTester.js'

// KEP-1 (kep-0001 preset, { paths: false }): references are KEP-N numbers.

function numbered(number: number, title: string): string {
  return frontMatterKep(fields({ 'kep-number': String(number), title }))
}

const seven = { 'sig-apps/0007-seven.md': numbered(7, 'Seven') }
const refs = (overrides: Record<string, string | null>): string => frontMatterKep(fields(overrides))

const missingNumber = refs({ 'see-also': '\n  - KEP-99' })
const secondItemMissing = refs({ 'see-also': '\n  - KEP-7\n  - KEP-8' })
const selfReplaces = refs({ replaces: '\n  - KEP-42' })
const everyField = refs({ 'see-also': '\n  - KEP-97', replaces: '\n  - KEP-98', 'superseded-by': '\n  - KEP-99', status: 'Replaced' })
const draftReferring = refs({ 'kep-number': 'draft-20240115', status: 'Draft', 'see-also': '\n  - KEP-42' })

// kubernetes/enhancements (kubernetes preset, { paths: true }): references are KEP folders, or KEP-N.

const kubernetes = { preset: 'kubernetes' }
const HUGEPAGES = 'keps/sig-node/1539-hugepages/kep.yaml'

function kepYaml(number: number, references = ''): string {
  return `title: KEP ${number}\nkep-number: ${number}\nauthors:\n  - "@derekwaynecarr"\nowning-sig: sig-node\nstatus: implementable\n${references}`
}

const kubernetesOthers = {
  'keps/sig-node/2000-pod-overhead/kep.yaml': kepYaml(2000),
  'keps/sig-apps/3000-job-tracking/kep.yaml': kepYaml(3000)
}

const inTheWrongSig = kepYaml(1539, 'see-also:\n  - /keps/sig-node/3000-job-tracking\n')
const nowhere = kepYaml(1539, 'replaces:\n  - /keps/sig-node/4000-nowhere\n')
const oldMarkdownPath = kepYaml(1539, 'see-also:\n  - /keps/sig-api-machinery/0006-apply.md\n')
const missingByNumber = kepYaml(1539, 'superseded-by:\n  - KEP-4000\n')
const secondPathMissing = kepYaml(1539, 'see-also:\n  - /keps/sig-node/2000-pod-overhead\n  - keps/sig-node/4000-nowhere/\n')

testKepRule(referenceExists, {
  valid: [
    { name: 'a KEP with no references', kep: refs({}) },
    { name: 'see-also names a KEP of the repository', kep: refs({ 'see-also': '\n  - KEP-7' }), others: seven },
    { name: 'replaces and superseded-by name KEPs of the repository', kep: refs({ replaces: '\n  - KEP-7', 'superseded-by': '\n  - KEP-50' }), others: { ...seven, 'sig-apps/0050-fifty.md': numbered(50, 'Fifty') } },
    { name: "a folder reference is the schema's to report under KEP-1 (no paths)", kep: refs({ 'see-also': '\n  - /keps/sig-node/1539-hugepages' }) },
    { name: "a malformed reference (KEP-007) is the schema's to report", kep: refs({ 'see-also': '\n  - KEP-007' }) },
    { name: 'a bare number names the KEP as clearly (reference-form warns about its form)', kep: refs({ 'see-also': '\n  - 7\n  - "7"' }), others: seven },
    { name: "an item that is no string nor number is the schema's to report", kep: refs({ 'see-also': '\n  - true' }) },
    { name: "a reference field that is no list is the schema's to report", kep: refs({ 'see-also': 'KEP-99' }) },
    { name: 'a draft KEP naming a KEP of the repository', kep: refs({ 'kep-number': 'draft-20240115', status: 'Draft', 'see-also': '\n  - KEP-7' }), others: seven },
    { name: 'kep.yaml: a reference by folder to a KEP of the repository', kep: kepYaml(1539, 'see-also:\n  - /keps/sig-node/2000-pod-overhead\n'), file: HUGEPAGES, settings: kubernetes, others: kubernetesOthers },
    { name: 'kep.yaml: a folder reference without the leading slash, with a trailing one', kep: kepYaml(1539, 'see-also:\n  - keps/sig-node/2000-pod-overhead/\n'), file: HUGEPAGES, settings: kubernetes, others: kubernetesOthers },
    { name: 'kep.yaml: a reference to the README.md of a KEP folder', kep: kepYaml(1539, 'see-also:\n  - /keps/sig-apps/3000-job-tracking/README.md\n'), file: HUGEPAGES, settings: kubernetes, others: kubernetesOthers },
    { name: 'kep.yaml: a reference to the kep.yaml of a KEP folder', kep: kepYaml(1539, 'replaces:\n  - /keps/sig-apps/3000-job-tracking/kep.yaml\n'), file: HUGEPAGES, settings: kubernetes, others: kubernetesOthers },
    { name: 'kep.yaml: a reference by number to a KEP of the repository', kep: kepYaml(1539, 'superseded-by:\n  - KEP-2000\n'), file: HUGEPAGES, settings: kubernetes, others: kubernetesOthers },
    {
      name: 'kep.yaml: a URL or a document outside keps/ is no KEP reference',
      kep: kepYaml(1539, 'see-also:\n  - https://github.com/kubernetes/community/design.md\n  - /contributors/design-proposals/node/pod-overhead.md\n'),
      file: HUGEPAGES,
      settings: kubernetes,
      others: kubernetesOthers
    }
  ],
  invalid: [
    {
      name: 'see-also names a KEP number no KEP has',
      kep: missingNumber,
      others: seven,
      reports: [
        {
          message: 'see-also names KEP-99, but no KEP in this repository has kep-number 99; correct the number or remove the reference',
          line: lineOf(missingNumber, '  - KEP-99'),
          column: 5
        }
      ]
    },
    {
      name: 'the second item of a list is the missing one: the report is at that item',
      kep: secondItemMissing,
      others: seven,
      reports: [{ message: 'see-also names KEP-8, but no KEP in this repository has kep-number 8', line: lineOf(secondItemMissing, '  - KEP-8'), column: 5 }]
    },
    {
      name: 'a KEP that replaces itself',
      kep: selfReplaces,
      reports: [{ message: 'replaces names KEP-42, which is this KEP itself; remove it', line: lineOf(selfReplaces, '  - KEP-42'), column: 5 }]
    },
    {
      name: 'a self-reference is reported as one even when another KEP shares the number',
      kep: selfReplaces,
      others: { 'sig-apps/0042-other.md': numbered(42, 'Other') },
      reports: [{ message: 'which is this KEP itself', line: lineOf(selfReplaces, '  - KEP-42') }]
    },
    {
      name: 'a missing KEP in each of see-also, replaces and superseded-by, reported in that order',
      kep: everyField,
      reports: [
        { message: 'see-also names KEP-97', line: lineOf(everyField, '  - KEP-97') },
        { message: 'replaces names KEP-98', line: lineOf(everyField, '  - KEP-98') },
        { message: 'superseded-by names KEP-99', line: lineOf(everyField, '  - KEP-99') }
      ]
    },
    {
      name: 'a draft KEP naming a number no KEP has (its own draft number is none)',
      kep: draftReferring,
      reports: [{ message: 'see-also names KEP-42, but no KEP in this repository has kep-number 42', line: lineOf(draftReferring, '  - KEP-42') }]
    },
    {
      name: 'kep.yaml: a folder in the wrong SIG, with the folder of that name offered',
      kep: inTheWrongSig,
      file: HUGEPAGES,
      settings: kubernetes,
      others: kubernetesOthers,
      reports: [
        {
          message: 'see-also names /keps/sig-node/3000-job-tracking, but no KEP in this repository is there; did you mean "/keps/sig-apps/3000-job-tracking"?',
          line: lineOf(inTheWrongSig, '  - /keps/sig-node/3000-job-tracking'),
          column: 5,
          expected: ['/keps/sig-apps/3000-job-tracking']
        }
      ]
    },
    {
      name: 'kep.yaml: a folder no KEP has, and none of that name elsewhere',
      kep: nowhere,
      file: HUGEPAGES,
      settings: kubernetes,
      others: kubernetesOthers,
      reports: [
        {
          message: /^replaces names \/keps\/sig-node\/4000-nowhere, but no KEP in this repository is there; correct the path or remove the reference$/,
          line: lineOf(nowhere, '  - /keps/sig-node/4000-nowhere'),
          column: 5
        }
      ]
    },
    {
      name: 'kep.yaml: an old-style markdown path is no KEP folder',
      kep: oldMarkdownPath,
      file: HUGEPAGES,
      settings: kubernetes,
      others: kubernetesOthers,
      reports: [{ message: 'see-also names /keps/sig-api-machinery/0006-apply.md, but no KEP in this repository is there', line: lineOf(oldMarkdownPath, '  - /keps/') }]
    },
    {
      name: 'kep.yaml: a KEP number no KEP has',
      kep: missingByNumber,
      file: HUGEPAGES,
      settings: kubernetes,
      others: kubernetesOthers,
      reports: [{ message: 'superseded-by names KEP-4000, but no KEP in this repository is there; correct the path or remove the reference', line: lineOf(missingByNumber, '  - KEP-4000'), column: 5 }]
    },
    {
      name: 'kep.yaml: only the missing one of two folder references is reported',
      kep: secondPathMissing,
      file: HUGEPAGES,
      settings: kubernetes,
      others: kubernetesOthers,
      reports: [{ message: 'see-also names keps/sig-node/4000-nowhere/, but no KEP in this repository is there', line: lineOf(secondPathMissing, '  - keps/sig-node/4000-nowhere/') }]
    },
    {
      name: "the preset's option can be overridden: { paths: true } on a KEP-1 file checks folders too",
      kep: refs({ 'see-also': '\n  - /keps/sig-node/1539-hugepages' }),
      options: { paths: true },
      reports: [{ message: 'see-also names /keps/sig-node/1539-hugepages, but no KEP in this repository is there' }]
    }
  ]
})

const selfByNumber = kepYaml(1539, 'see-also:\n  - KEP-1539\n')
const selfByFolder = kepYaml(1539, 'see-also:\n  - /keps/sig-node/1539-hugepages\n')

testKepRule(referenceExists, {
  valid: [],
  invalid: [
    {
      name: 'kep.yaml: a KEP that names itself by number',
      kep: selfByNumber,
      file: HUGEPAGES,
      settings: kubernetes,
      others: kubernetesOthers,
      reports: [{ message: 'see-also names KEP-1539, which is this KEP itself; remove it', line: lineOf(selfByNumber, '  - KEP-1539') }]
    },
    {
      name: 'kep.yaml: a KEP that names its own folder',
      kep: selfByFolder,
      file: HUGEPAGES,
      settings: kubernetes,
      others: kubernetesOthers,
      reports: [{ message: "see-also names /keps/sig-node/1539-hugepages, which is this KEP's own folder; remove it", line: lineOf(selfByFolder, '  - /keps/sig-node/1539-hugepages') }]
    }
  ]
})
