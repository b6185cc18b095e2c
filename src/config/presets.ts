import type { Check } from '../rules/context.js'
import { KEP_0001_CHECKS, KUBERNETES_CHECKS } from '../rules/registry.js'
import type { Layout } from '../read/findKepFiles.js'
import { KEP_0001_LAYOUT } from '../read/findKepFiles.js'

export type MetadataFormat = 'markdown' | 'kep.yaml'
export type SeverityOverride = 'error' | 'warning' | 'off'

/** Everything that differs between KEP repositories of one kind. */
export interface Preset {
  name: PresetName
  layout: Layout
  format: MetadataFormat
  /** Built-in schema and lifecycle names. */
  schema: string
  lifecycle: string
  index: string | null
  checks: readonly Check[]
  /** Production readiness approvals are read from keps/prod-readiness/. */
  prodReadiness: boolean
  severity: Readonly<Record<string, SeverityOverride>>
}

export const PRESET_NAMES = ['kep-0001', 'kubernetes'] as const
export type PresetName = (typeof PRESET_NAMES)[number]

export const PRESETS: Readonly<Record<PresetName, Preset>> = {
  'kep-0001': {
    name: 'kep-0001',
    layout: KEP_0001_LAYOUT,
    format: 'markdown',
    schema: 'kep-0001',
    lifecycle: 'kep-0001',
    index: 'index.md',
    checks: KEP_0001_CHECKS,
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
    checks: KUBERNETES_CHECKS,
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
