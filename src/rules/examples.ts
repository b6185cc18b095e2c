import type { PresetName } from '../config/presets.js'
import { EXAMPLE_TEP, TEKTON_EXAMPLES } from '../presets/tekton/examples.js'
import { OPENSHIFT_EXAMPLE_KEP, OPENSHIFT_RULE_EXAMPLES } from '../presets/openshift/examples.js'

/**
 * An example that passes and one that fails, for every rule of the registry: the rules page
 * shows them (`kep-validator rules`), and __tests__/rule-examples.test.ts proves each one —
 * the passing example brings no problem of its rule, the failing one at least one. They are
 * kept here, beside the rules and keyed by rule id, so that a rule's file stays its check.
 *
 * A KEP's text is its metadata fields, merged into the preset's valid KEP (EXAMPLE_KEPS): the
 * fields an example writes replace those of the valid KEP, the others are kept. A text with a
 * line `…` (or a markdown file: front matter, a heading) is the whole file instead, the `…`
 * standing for the valid KEP's other fields.
 */
export interface Example {
  /** The KEP's path, relative to the root; by default the valid KEP's. */
  file?: string
  /** The KEP (rules about a KEP, and rules on reading). */
  kep?: string
  /** For a change: the KEP at the base (none for a KEP the change adds). */
  before?: string
  /** For a change: the KEP at the head (none for a KEP the change deletes). */
  after?: string
  /** For a rename: the KEP's path at the base. */
  previousFile?: string
  /** For a change: the base version cannot be read, for this reason. */
  unreadableBase?: string
  /** The KEP is a symbolic link to this path. */
  link?: string
  /** The KEP's path is a git submodule (a gitlink), not a file. */
  submodule?: boolean
  /** The KEP's bytes are its text in this encoding (latin1: bytes that are not UTF-8), not UTF-8. */
  encoding?: 'latin1'
  /** Other files of the repository by path, whole (`…` as above): KEPs, approvals, index.md. */
  others?: Record<string, string>
  /** A sigs.yaml (kubernetes/community's format) the run is given. */
  sigs?: string
  /** What the page shows instead of the KEP's text, when that text is too long to show. */
  shown?: string
  /** A .kep-validator.yml that a change adds beside the KEP (the rules files a change proposes are checked). */
  configuration?: string
}

export interface RuleExamples {
  /** The preset the examples run under; the first that runs the rule unless said. */
  preset?: PresetName
  ok: Example
  notOk: Example
}

/** The valid KEP of each preset, which the examples change. */
export const EXAMPLE_KEPS: Record<PresetName, { file: string; fields: string }> = {
  'kep-0001': {
    file: 'sig-node/0042-pod-overhead.md',
    fields: ['kep-number: 42', 'title: Pod Overhead', 'authors:', '  - name: Jane Doe', '    github: janedoe', 'owning-sig: sig-node', 'reviewers: TBD', 'approvers: TBD', 'editor: TBD', 'creation-date: 2024-01-15', 'status: Approved'].join(
      '\n'
    )
  },
  kubernetes: {
    file: 'keps/sig-node/42-pod-overhead/kep.yaml',
    fields: ['title: Pod Overhead', 'kep-number: 42', 'authors:', '  - "@janedoe"', 'owning-sig: sig-node', 'reviewers:', '  - "@reviewer"', 'approvers:', '  - "@approver"', 'creation-date: 2024-01-15', 'status: provisional'].join('\n')
  },
  openshift: OPENSHIFT_EXAMPLE_KEP,
  tekton: { file: EXAMPLE_TEP.file, fields: EXAMPLE_TEP.fields }
}

/** The top-level keys a text of fields writes. */
function keysOf(text: string): Set<string> {
  return new Set([...text.matchAll(/^([^\s#:][^:\n]*):/gm)].map(match => match[1]))
}

/** The valid KEP's fields that a text does not write. */
function otherFields(preset: PresetName, text: string): string {
  const keys = keysOf(text)
  const kept: string[] = []
  let keep = true
  for (const line of EXAMPLE_KEPS[preset].fields.split('\n')) {
    const key = /^([^\s#:][^:]*):/.exec(line)?.[1]
    if (key !== undefined) keep = !keys.has(key)
    if (keep) kept.push(line)
  }
  return kept.join('\n')
}

/** Whether a text is a whole file (markdown, or a line `…` for the other fields) rather than fields. */
export function isWholeFile(text: string): boolean {
  return /^…$/m.test(text) || text.startsWith('---\n') || text.startsWith('# ')
}

/** The file an example's text stands for: fields in the preset's form, or the whole file with its `…` filled in. */
export function exampleFile(preset: PresetName, text: string): string {
  if (isWholeFile(text)) return text.replace(/^…$/m, () => otherFields(preset, text.replace(/^…$/m, '')))
  const yaml = `${otherFields(preset, text)}\n${text}\n`
  return preset === 'kubernetes' ? yaml : `---\n${yaml}---\n\n${preset === 'tekton' ? EXAMPLE_TEP.heading : '# Pod Overhead'}\n`
}

/** Another file of an example's repository: as written, or with its `…` filled in. */
export function otherFile(preset: PresetName, text: string): string {
  return /^…$/m.test(text) ? exampleFile(preset, text) : text
}

const KEP_43 = '---\nkep-number: 43\ntitle: Pod Priority\n…\n---\n'
const README = 'keps/sig-node/42-pod-overhead/README.md'
const TEMPLATE = 'keps/NNNN-kep-template/README.md'
/** A README: its title, the table of contents as given, its sections. */
const readme = (title: string, toc: string, sections: string): string => `# ${title}\n\n<!-- toc -->\n${toc}<!-- /toc -->\n\n${sections}`
const SECTIONS = '## Summary\n\nText.\n\n## Motivation\n\n### Goals\n\nText.\n'
const TOC = '- [Summary](#summary)\n- [Motivation](#motivation)\n  - [Goals](#goals)\n'
const TEMPLATE_README = readme('KEP-NNNN: Your short, descriptive title', TOC, '## Summary\n\n## Motivation\n\n### Goals\n\n### Non-Goals (Optional)\n')
const PRR = 'keps/prod-readiness/sig-node/42.yaml'
const DRAFT_FILE = 'sig-node/draft-20240115-pod-overhead.md'
const INDEX = `# KEP Index

<!-- BEGIN KEP INDEX -->
_Generated by kep-validator from the metadata of every KEP. Do not edit between the markers: run \`kep-validator index --write\`._

1 KEP.

| Status | KEPs |
| --- | ---: |
| Approved | 1 |

## sig-node

| KEP | Title | Status | Authors | Created | Updated |
| ---: | --- | --- | --- | --- | --- |
| 42 | [Pod Overhead](sig-node/0042-pod-overhead.md) | Approved | Jane Doe (@janedoe) | 2024-01-15 |  |

<!-- END KEP INDEX -->
`

/** Every rule's examples, by rule id. */
export const RULE_EXAMPLES: Record<string, RuleExamples> = {
  'file-unreadable': {
    ok: { kep: 'title: Pod Overhead' },
    notOk: { kep: 'title: Pod\u0000Overhead', shown: 'title: Pod\u2400Overhead   # a NUL byte: the file is binary' }
  },
  'file-encoding': {
    ok: { kep: 'title: Pod Overhéad' },
    notOk: { kep: 'title: Pod Overhéad', encoding: 'latin1', shown: 'title: Pod Overh\\xe9ad   # é saved as Latin-1: one byte, 0xE9, not UTF-8' }
  },
  'file-submodule': {
    ok: { kep: 'title: Pod Overhead' },
    notOk: { kep: 'title: Pod Overhead', submodule: true }
  },
  'metadata-too-complex': {
    ok: { kep: 'title: Pod Overhead' },
    notOk: { kep: `title: ${'? '.repeat(12)}Pod Overhead`, shown: 'title: ? ? ? ? ? ? ? ? ? ? ? ? Pod Overhead   # keys of keys, 12 deep' }
  },
  'yaml-unsafe-integer': {
    ok: { kep: 'kep-number: 42' },
    notOk: { kep: 'kep-number: 9007199254740993' }
  },
  'file-symlink': {
    ok: { kep: 'title: Pod Overhead' },
    notOk: { kep: 'title: Pod Overhead', link: 'sig-node/shared/0042-pod-overhead.md' }
  },
  'metadata-missing': {
    ok: { kep: '---\n…\n---\n\n# Pod Overhead\n' },
    notOk: { kep: '# Pod Overhead\n\n## Summary\n\nThe metadata was forgotten.\n' }
  },
  'metadata-too-large': {
    ok: { kep: 'title: Pod Overhead' },
    notOk: { kep: `title: Pod Overhead\nsummary: ${'x'.repeat(300_000)}`, shown: 'title: Pod Overhead\nsummary: xxxx…   # 300,000 characters' }
  },
  'metadata-too-deep': {
    ok: { kep: 'authors:\n  - name: Jane Doe\n    github: janedoe' },
    notOk: { kep: `title: ${'['.repeat(70)}${']'.repeat(70)}`, shown: 'title: [[[[…]]]]   # lists 70 levels deep' }
  },
  'metadata-not-mapping': {
    ok: { kep: '---\n…\n---\n\n# Pod Overhead\n' },
    notOk: { kep: '---\n- kep-number: 42\n- title: Pod Overhead\n---\n\n# Pod Overhead\n' }
  },
  'metadata-fence-unclosed': {
    ok: { kep: '# Pod Overhead\n\n## Metadata\n\n```yaml\n---\n…\n```\n\n## Summary\n' },
    notOk: { kep: '# Pod Overhead\n\n## Metadata\n\n```yaml\n---\n…\n' }
  },
  'metadata-fence-marker': {
    ok: { kep: '# Pod Overhead\n\n## Metadata\n\n```yaml\n---\n…\n```\n\n## Summary\n' },
    notOk: { kep: '# Pod Overhead\n\n## Metadata\n\n```yaml\n…\n```\n\n## Summary\n' }
  },
  'frontmatter-unclosed': {
    ok: { kep: '---\n…\n---\n\n# Pod Overhead\n' },
    notOk: { kep: '---\n…\n\n# Pod Overhead\n' }
  },
  'frontmatter-duplicate': {
    ok: { kep: '---\n…\n---\n\n# Pod Overhead\n' },
    notOk: { kep: '---\n…\n---\n---\ntitle: Pod Overhead, again\n---\n\n# Pod Overhead\n' }
  },
  'frontmatter-not-first': {
    ok: { kep: '---\n…\n---\n\n# Pod Overhead\n' },
    notOk: { kep: '\n---\n…\n---\n\n# Pod Overhead\n', shown: '            # line 1 is blank\n---\n…\n---\n\n# Pod Overhead\n' }
  },
  'yaml-syntax': {
    ok: { kep: 'participating-sigs:\n  - kubernetes-wide' },
    notOk: { kep: 'participating-sigs:\n  - `kubernetes-wide`' }
  },
  'yaml-duplicate-key': {
    ok: { kep: 'status: Approved' },
    notOk: { kep: 'status: Approved\nstatus: Final' }
  },
  'yaml-aliases': {
    ok: { kep: 'reviewers: &tbd TBD\napprovers: *tbd' },
    notOk: { kep: 'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]' }
  },
  schema: {
    ok: { kep: 'status: Approved' },
    notOk: { kep: 'status: draft' }
  },
  'recommended-fields': {
    ok: { kep: 'approvers:\n  - "@approver"' },
    notOk: { kep: 'approvers: []' }
  },
  'handle-at': {
    ok: { kep: 'authors:\n  - "@janedoe"' },
    notOk: { kep: 'authors:\n  - janedoe' }
  },
  'number-assigned': {
    ok: { kep: 'kep-number: 42\nstatus: Approved' },
    notOk: { kep: 'kep-number: draft-20240115\nstatus: Approved' }
  },
  'draft-date': {
    ok: { file: DRAFT_FILE, kep: 'kep-number: draft-20240115\ncreation-date: 2024-01-15\nstatus: Draft' },
    notOk: { file: DRAFT_FILE, kep: 'kep-number: draft-20240116\ncreation-date: 2024-01-15\nstatus: Draft' }
  },
  'date-order': {
    ok: { kep: 'creation-date: 2024-01-15\nlast-updated: 2024-03-01' },
    notOk: { kep: 'creation-date: 2024-01-15\nlast-updated: 2023-12-01' }
  },
  'superseded-by-required': {
    ok: { kep: 'status: Replaced\nsuperseded-by:\n  - KEP-43', others: { 'sig-node/0043-pod-priority.md': '---\nkep-number: 43\ntitle: Pod Priority\nreplaces:\n  - KEP-42\n…\n---\n' } },
    notOk: { kep: 'status: Replaced' }
  },
  'replaced-status': {
    ok: { kep: 'status: Replaced\nsuperseded-by:\n  - KEP-43', others: { 'sig-node/0043-pod-priority.md': '---\nkep-number: 43\ntitle: Pod Priority\nreplaces:\n  - KEP-42\n…\n---\n' } },
    notOk: { kep: 'status: Approved\nsuperseded-by:\n  - KEP-43', others: { 'sig-node/0043-pod-priority.md': '---\nkep-number: 43\ntitle: Pod Priority\nreplaces:\n  - KEP-42\n…\n---\n' } }
  },
  'number-unique': {
    ok: { kep: 'kep-number: 42', others: { 'sig-node/0043-pod-priority.md': KEP_43 } },
    notOk: { kep: 'kep-number: 42', others: { 'sig-node/0043-pod-priority.md': '---\nkep-number: 42\ntitle: Pod Priority\n…\n---\n' } }
  },
  'reference-exists': {
    ok: { kep: 'see-also:\n  - KEP-43', others: { 'sig-node/0043-pod-priority.md': KEP_43 } },
    notOk: { kep: 'see-also:\n  - KEP-99', others: { 'sig-node/0043-pod-priority.md': KEP_43 } }
  },
  'reference-form': {
    ok: { kep: 'see-also:\n  - KEP-43', others: { 'sig-node/0043-pod-priority.md': KEP_43 } },
    notOk: { kep: 'see-also:\n  - 43', others: { 'sig-node/0043-pod-priority.md': KEP_43 } }
  },
  'replaces-reciprocal': {
    ok: { kep: 'replaces:\n  - KEP-43', others: { 'sig-node/0043-pod-priority.md': '---\nkep-number: 43\ntitle: Pod Priority\nstatus: Replaced\nsuperseded-by:\n  - KEP-42\n…\n---\n' } },
    notOk: { kep: 'replaces:\n  - KEP-43', others: { 'sig-node/0043-pod-priority.md': KEP_43 } }
  },
  'folder-sig': {
    ok: { file: 'sig-node/0042-pod-overhead.md', kep: 'owning-sig: sig-node' },
    notOk: { file: 'sig-node/0042-pod-overhead.md', kep: 'owning-sig: sig-apps' }
  },
  'folder-status': {
    ok: { file: 'sig-node/deferred/draft-20240115-pod-overhead.md', kep: 'kep-number: draft-20240115\nstatus: Deferred' },
    notOk: { file: DRAFT_FILE, kep: 'kep-number: draft-20240115\nstatus: Deferred' }
  },
  'file-name': {
    ok: { file: 'sig-node/0042-pod-overhead.md', kep: 'kep-number: 42\ntitle: Pod Overhead' },
    notOk: { file: 'sig-node/pod-overhead.md', kep: 'kep-number: 42\ntitle: Pod Overhead' }
  },
  'sig-known': {
    ok: { kep: 'owning-sig: sig-node', sigs: 'sigs:\n  - dir: sig-node\n    name: Node\n' },
    notOk: { kep: 'owning-sig: sig-node\nparticipating-sigs:\n  - sig-nodes', sigs: 'sigs:\n  - dir: sig-node\n    name: Node\n' }
  },
  'folder-number': {
    ok: { kep: 'kep-number: 42' },
    notOk: { kep: 'kep-number: 43' }
  },
  'stage-required': {
    ok: { kep: 'status: implementable\nstage: alpha' },
    notOk: { kep: 'status: implementable' }
  },
  'milestone-required': {
    ok: { kep: 'status: implementable\nstage: alpha\nlatest-milestone: "v1.30"\nmilestone:\n  alpha: "v1.30"' },
    notOk: { kep: 'status: implementable\nstage: alpha' }
  },
  'milestone-order': {
    ok: { kep: 'stage: beta\nmilestone:\n  alpha: "v1.29"\n  beta: "v1.30"' },
    notOk: { kep: 'stage: beta\nmilestone:\n  alpha: "v1.29"\n  beta: "v1.28"' }
  },
  'implemented-stage': {
    ok: { kep: 'status: implemented\nstage: stable' },
    notOk: { kep: 'status: implemented\nstage: alpha' }
  },
  'prod-readiness': {
    ok: { kep: 'status: implementable\nstage: alpha', others: { [PRR]: 'kep-number: 42\nalpha:\n  approver: "@deads2k"\n' } },
    notOk: { kep: 'status: implementable\nstage: alpha' }
  },
  'prod-readiness-schema': {
    ok: { kep: 'status: implementable\nstage: alpha', others: { [PRR]: 'kep-number: 42\nalpha:\n  approver: "@deads2k"\n' } },
    notOk: { kep: 'status: implementable\nstage: alpha', others: { [PRR]: 'kep-number: 43\nalpha:\n  approver: "@deads2k"\n' } }
  },
  'assigned-approvers': {
    ok: { kep: 'approvers:\n  - "@tallclair" # sig-node-assigned-approver', others: { 'keps/sig-node/42-pod-overhead/OWNERS': 'approvers:\n  - tallclair\n' } },
    notOk: { kep: 'approvers:\n  - "@tallclair" # sig-node-assigned-approver', others: { 'keps/sig-node/42-pod-overhead/OWNERS': 'approvers:\n  - someoneelse\n' } }
  },
  toc: {
    ok: { kep: 'status: provisional', others: { [README]: readme('KEP-42: Pod Overhead', TOC, SECTIONS) } },
    notOk: { kep: 'status: provisional', others: { [README]: readme('KEP-42: Pod Overhead', '- [Summary](#summary)\n- [Motivation](#motivation)\n', SECTIONS) } }
  },
  'status-transition': {
    ok: { before: 'status: Approved', after: 'status: Final' },
    notOk: { before: 'status: Approved', after: 'status: Draft' }
  },
  'stage-transition': {
    preset: 'kubernetes',
    ok: { before: 'status: implementable\nstage: beta', after: 'status: implementable\nstage: stable' },
    notOk: { before: 'status: implementable\nstage: beta', after: 'status: implementable\nstage: alpha' }
  },
  'milestone-moved-back': {
    ok: { before: 'status: implementable\nstage: alpha\nlatest-milestone: "v1.29"', after: 'status: implementable\nstage: beta\nlatest-milestone: "v1.30"' },
    notOk: { before: 'status: implementable\nstage: beta\nlatest-milestone: "v1.29"', after: 'status: implementable\nstage: beta\nlatest-milestone: "v1.28"' }
  },
  'initial-status': {
    ok: { file: DRAFT_FILE, after: 'kep-number: draft-20240115\nstatus: Draft' },
    notOk: { after: 'status: Final' }
  },
  'number-changed': {
    ok: { before: 'kep-number: 42', after: 'kep-number: 42\nlast-updated: 2024-03-01' },
    notOk: { before: 'kep-number: 42', after: 'kep-number: 43' }
  },
  'number-assignment': {
    ok: { before: 'kep-number: draft-20240115\nstatus: Draft', after: 'kep-number: 42\nstatus: Approved' },
    notOk: { before: 'kep-number: draft-20240115\nstatus: Draft', after: 'kep-number: 42\nstatus: Withdrawn' }
  },
  'number-next': {
    ok: { before: 'kep-number: draft-20240115\nstatus: Draft', after: 'kep-number: 44\nstatus: Approved', others: { 'sig-node/0043-pod-priority.md': KEP_43 } },
    notOk: { before: 'kep-number: draft-20240115\nstatus: Draft', after: 'kep-number: 99\nstatus: Approved', others: { 'sig-node/0043-pod-priority.md': KEP_43 } }
  },
  'creation-date-changed': {
    ok: { before: 'creation-date: 2024-01-15', after: 'creation-date: 2024-01-15\nlast-updated: 2024-03-01' },
    notOk: { before: 'creation-date: 2024-01-15', after: 'creation-date: 2024-02-01' }
  },
  'last-updated': {
    ok: { before: 'last-updated: 2024-02-01\nstatus: Approved', after: 'last-updated: 2024-03-01\nstatus: Final' },
    notOk: { before: 'last-updated: 2024-02-01\nstatus: Approved', after: 'last-updated: 2024-02-01\nstatus: Final' }
  },
  'file-deleted': {
    ok: { before: 'status: Approved', after: 'status: Final' },
    notOk: { before: 'status: Approved' }
  },
  'template-sections': {
    ok: { after: 'status: provisional', others: { [TEMPLATE]: TEMPLATE_README, [README]: readme('KEP-42: Pod Overhead', TOC, SECTIONS) } },
    notOk: { after: 'status: provisional', others: { [TEMPLATE]: TEMPLATE_README, [README]: readme('KEP-42: Pod Overhead', '- [Summary](#summary)\n- [Motivation](#motivation)\n', '## Summary\n\nText.\n\n## Motivation\n\nText.\n') } }
  },
  'base-unreadable': {
    ok: { before: 'status: Approved', after: 'status: Final' },
    notOk: { unreadableBase: 'git cat-file could not read the object', after: 'status: Final' }
  },
  'index-stale': {
    ok: { kep: 'title: Pod Overhead', others: { 'index.md': INDEX } },
    notOk: { kep: 'title: Pod Overhead', others: { 'index.md': INDEX.replace('Pod Overhead', 'Pod overhead') } }
  },
  configuration: {
    ok: { kep: 'title: Pod Overhead', configuration: 'rules:\n  handle-at: error\n' },
    notOk: { kep: 'title: Pod Overhead', configuration: 'preset: kubernets\n' }
  },
  // The tekton preset keeps its rules' examples in its folder.
  ...Object.fromEntries(Object.entries(TEKTON_EXAMPLES).map(([id, examples]) => [id, { preset: 'tekton' as const, ...examples }])),
  ...OPENSHIFT_RULE_EXAMPLES
}
