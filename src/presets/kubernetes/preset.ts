import { kepTableView } from '../../indexFile/templateView.js'
import { KEP_YAML } from '../../read/formats/kepYaml.js'
import type { Layout } from '../../read/findKepFiles.js'
import { CHANGE_RULES } from '../changeRules.js'
import type { Preset } from '../preset.js'
import lifecycle from './lifecycle.json' with { type: 'json' }
import schema from './schema.json' with { type: 'json' }

const LAYOUT: Layout = {
  include: ['keps/**/kep.yaml'],
  // Templates are copied, not proposed. Real KEPs numbered 0000 are checked like any other.
  exclude: ['keps/NNNN-kep-template/**', 'keps/sig-cloud-provider/providers/0000-cloud-provider-template/**']
}

/** kubernetes/enhancements today: keps/<sig>/<number>-<slug>/kep.yaml beside its README.md, production readiness approvals, no index. */
export const KUBERNETES: Preset = {
  name: 'kubernetes',
  description: 'kubernetes/enhancements: kep.yaml files',
  recognisedBy: LAYOUT,
  layout: LAYOUT,
  format: KEP_YAML,
  schema: 'kubernetes',
  lifecycle: 'kubernetes',
  lifecycles: [{ name: 'kubernetes', data: lifecycle }],
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
  carries: { schema },
  severity: {
    // The release a KEP targets is read by people, not tools: "1.22" for "v1.22" is a slip.
    'schema/latest-milestone': 'warning',
    'schema/milestone': 'warning',
    // see-also is free to point at design documents; a malformed entry misleads, it breaks nothing.
    'schema/see-also': 'warning',
    'reference-exists': 'warning',
    // latest-milestone only moves forward; a stage's milestone may be a plan, pulled in.
    'milestone-moved-back/milestone': 'warning'
  },
  author: { takesSig: true, create: async (context, request) => (await import('./newKep.js')).createKubernetesKep(context, request) },
  example: {
    file: 'keps/sig-node/42-pod-overhead/kep.yaml',
    fields: ['title: Pod Overhead', 'kep-number: 42', 'authors:', '  - "@janedoe"', 'owning-sig: sig-node', 'reviewers:', '  - "@reviewer"', 'approvers:', '  - "@approver"', 'creation-date: 2024-01-15', 'status: provisional'].join('\n'),
    wrap: yaml => yaml,
    language: 'yaml'
  },
  // stage-transition finds something only under a lifecycle with stages.
  showsExamplesOf: ['stage-transition']
}
