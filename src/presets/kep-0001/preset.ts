import { kepTableView } from '../../indexFile/templateView.js'
import { MARKDOWN } from '../../read/formats/markdown.js'
import { KEP_0001_LAYOUT } from '../../read/findKepFiles.js'
import { CHANGE_RULES } from '../changeRules.js'
import type { Preset } from '../preset.js'
import lifecycle from './lifecycle.json' with { type: 'json' }
import workflow from './lifecycle-workflow.json' with { type: 'json' }
import schema from './schema.json' with { type: 'json' }

/** KEP-1 (2019): one markdown file per KEP in its SIG's folder, the metadata in a fenced block or front matter, index.md generated. */
export const KEP_0001: Preset = {
  name: 'kep-0001',
  description: "KEP-1's markdown KEPs",
  recognisedBy: KEP_0001_LAYOUT,
  layout: KEP_0001_LAYOUT,
  format: MARKDOWN,
  schema: 'kep-0001',
  lifecycle: 'kep-0001',
  // kep-0001-workflow: KEP-1's states with the moves its workflow section describes.
  lifecycles: [
    { name: 'kep-0001', data: lifecycle },
    { name: 'kep-0001-workflow', data: workflow }
  ],
  index: 'index.md',
  indexTemplate: null,
  indexView: kepTableView,
  numbersFromOpenPullRequests: false,
  rules: {
    schema: true,
    'number-assigned': true,
    'draft-date': true,
    'date-order': true,
    'superseded-by-required': true,
    'replaced-status': true,
    'number-unique': true,
    'reference-exists': { paths: false },
    'reference-form': { paths: false },
    'replaces-reciprocal': true,
    'folder-sig': { segment: 0 },
    'folder-status': true,
    'file-name': true,
    'sig-known': true,
    ...CHANGE_RULES
  },
  prodReadiness: false,
  severity: {},
  carries: { schema },
  author: { takesSig: true, create: async (context, request) => (await import('./newKep.js')).createKep0001(context, request) },
  example: {
    file: 'sig-node/0042-pod-overhead.md',
    fields: ['kep-number: 42', 'title: Pod Overhead', 'authors:', '  - name: Jane Doe', '    github: janedoe', 'owning-sig: sig-node', 'reviewers: TBD', 'approvers: TBD', 'editor: TBD', 'creation-date: 2024-01-15', 'status: Approved'].join(
      '\n'
    ),
    wrap: yaml => `---\n${yaml}---\n\n# Pod Overhead\n`,
    language: 'markdown'
  }
}
