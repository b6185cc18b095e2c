import type { SeverityOverride } from '../core/diagnostic.js'
import type { MetadataFormat } from '../core/document.js'
import type { Layout } from '../read/findKepFiles.js'
import { KEP_0001_LAYOUT } from '../read/findKepFiles.js'
import type { IndexView } from '../indexFile/renderTemplate.js'
import { kepTableView } from '../indexFile/templateView.js'
import { TEKTON_PRESET } from '../presets/tekton/preset.js'
import { OPENSHIFT } from '../presets/openshift/preset.js'

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
  /** The repository's own template of the index (mustache), relative to the root; null: the built-in index.md. */
  indexTemplate: string | null
  /** The data a template of the index renders. */
  indexView: IndexView
  /** The action lists the repository's open pull requests for the rules: numbers are claimed by their titles (Tekton). */
  numbersFromOpenPullRequests: boolean
  /** The rules it runs; the rules of reading, of the index and of approval files run wherever their stage does. */
  rules: RuleSelection
  /** Production readiness approvals are read from keps/prod-readiness/. */
  prodReadiness: boolean
  severity: Readonly<Record<string, SeverityOverride>>
  /** Its rules read each KEP's outline (the lines that start with "#"), so whole files are read. */
  outline?: boolean
  /** The schema and lifecycle it keeps in its own folder (src/presets/<name>/), as data: built in under its schema and lifecycle names. */
  carries?: { schema?: Record<string, unknown>; lifecycle?: unknown }
  /**
   * What it takes from the repository's own files when the settings load (read as the
   * configuration is: from a pull request's base commit in the action): rules whose options
   * come from those files, and files that are not KEPs.
   */
  fromRepository?: (files: RepositoryFiles) => { rules?: RuleSelection; exclude?: string[] }
}

/** A repository's files by path relative to its KEP root: the text, or undefined when there is no such file. */
export interface RepositoryFiles {
  read(path: string): string | undefined
}

export const PRESET_NAMES = ['kep-0001', 'kubernetes', 'openshift', 'tekton'] as const
export type PresetName = (typeof PRESET_NAMES)[number]
/** The preset of a run that names none, in its options or its configuration: KEP-1's markdown KEPs. */
export const DEFAULT_PRESET: PresetName = 'kep-0001'

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
    indexTemplate: null,
    indexView: kepTableView,
    numbersFromOpenPullRequests: false,
    rules: {
      schema: true,
      // What kubernetes/enhancements' validator does not require but its template asks for: warnings.
      'recommended-fields': { fields: ['reviewers', 'creation-date', 'approvers'] },
      'handle-at': true,
      'folder-number': true,
      'number-unique': true,
      'stage-required': true,
      'milestone-required': true,
      'milestone-order': true,
      'implemented-stage': true,
      'prod-readiness': true,
      'date-order': true,
      'superseded-by-required': true,
      'replaced-status': true,
      'reference-exists': { paths: true },
      'reference-form': { paths: true },
      'folder-sig': { segment: 1 },
      'sig-known': true,
      // hack/verify-node-approvers.sh (pkg/nodeapprovers), with its values; the upcoming release comes from the KEPs (release unset).
      'assigned-approvers': {
        reviewerMarker: 'sig-node-assigned-reviewer',
        approverMarker: 'sig-node-assigned-approver',
        owners: 'OWNERS',
        aliases: 'OWNERS_ALIASES',
        techLeads: 'sig-node-tech-leads',
        folders: ['keps/sig-node'],
        since: 'v1.36',
        techLeadStages: ['alpha'],
        inactiveStatuses: ['withdrawn', 'rejected', 'replaced']
      },
      // hack/verify-toc.sh (update-toc.sh runs mdtoc --max-depth=5), per README.
      toc: { maxDepth: 5, exclude: 'hack/.notableofcontents' },
      ...CHANGE_RULES,
      'milestone-moved-back': true,
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
      'reference-exists': 'warning',
      // latest-milestone only moves forward; a stage's milestone may be a plan, pulled in.
      'milestone-moved-back/milestone': 'warning'
    }
  },
  openshift: OPENSHIFT,
  tekton: TEKTON_PRESET
}
