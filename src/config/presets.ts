import type { SeverityOverride } from '../core/diagnostic.js'
import type { MetadataFormat } from '../core/document.js'
import type { Layout } from '../read/findKepFiles.js'
import { KEP_0001_LAYOUT } from '../read/findKepFiles.js'

/** Which rules a preset runs, by id, each with its options (true: the rule has none). */
export type RuleSelection = Readonly<Record<string, true | Readonly<Record<string, unknown>>>>

/** Everything that differs between KEP repositories of one kind. */
export interface Preset {
  name: PresetName
  layout: Layout
  format: MetadataFormat
  /** Built-in schema and lifecycle names. */
  schema: string
  lifecycle: string
  index: string | null
  /** The rules it runs; the rules of reading, of the index and of approval files run wherever their stage does. */
  rules: RuleSelection
  /** Production readiness approvals are read from keps/prod-readiness/. */
  prodReadiness: boolean
  severity: Readonly<Record<string, SeverityOverride>>
}

export const PRESET_NAMES = ['kep-0001', 'kubernetes'] as const
export type PresetName = (typeof PRESET_NAMES)[number]

/** What a pull request (or a push) may do to a KEP: the same under every preset, by its lifecycle. */
const CHANGE_RULES: RuleSelection = {
  'status-transition': true,
  // Checks only where the lifecycle has stages (kubernetes).
  'stage-transition': true,
  'initial-status': true,
  'number-changed': true,
  'number-assignment': true,
  'number-next': true,
  'creation-date-changed': true,
  'last-updated': true,
  'file-deleted': true,
  'base-unreadable': true
}

export const PRESETS: Readonly<Record<PresetName, Preset>> = {
  'kep-0001': {
    name: 'kep-0001',
    layout: KEP_0001_LAYOUT,
    format: 'markdown',
    schema: 'kep-0001',
    lifecycle: 'kep-0001',
    index: 'index.md',
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
    severity: {}
  },
  kubernetes: {
    name: 'kubernetes',
    layout: {
      include: ['keps/**/kep.yaml'],
      // Templates are copied, not proposed. Real KEPs numbered 0000 are checked like any other.
      exclude: ['keps/NNNN-kep-template/**', 'keps/sig-cloud-provider/providers/0000-cloud-provider-template/**']
    },
    format: 'kep.yaml',
    schema: 'kubernetes',
    lifecycle: 'kubernetes',
    // kubernetes/enhancements keeps no index.md; a repository that wants one sets index.
    index: null,
    rules: {
      schema: true,
      // What kubernetes/enhancements' validator does not require but its template asks for: warnings.
      'recommended-fields': { fields: ['reviewers', 'creation-date', 'approvers'] },
      'handle-at': true,
      'folder-number': true,
      'number-unique': true,
      'stage-required': true,
      'milestone-required': true,
      'implemented-stage': true,
      'prod-readiness': true,
      'date-order': true,
      'superseded-by-required': true,
      'replaced-status': true,
      'reference-exists': { paths: true },
      'reference-form': { paths: true },
      'folder-sig': { segment: 1 },
      'sig-known': true,
      // hack/verify-toc.sh (update-toc.sh runs mdtoc --max-depth=5), per README.
      toc: { maxDepth: 5, exclude: 'hack/.notableofcontents' },
      ...CHANGE_RULES,
      // hack/verify-toc-vs-template.sh, judged by what a change brings.
      'template-sections': { template: 'keps/NNNN-kep-template/README.md' }
    },
    prodReadiness: true,
    severity: {
      // The release a KEP targets is read by people, not tools: "1.22" for "v1.22" is a slip.
      'schema/latest-milestone': 'warning',
      'schema/milestone': 'warning',
      // see-also is free to point at design documents; a malformed entry misleads, it breaks nothing.
      'schema/see-also': 'warning',
      'reference-exists': 'warning'
    }
  }
}
