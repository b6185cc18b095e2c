import type { RuleExamples } from '../../rules/examples.js'
import { BUILTIN_TEMPLATE } from './template.js'

/** The valid enhancement the examples change: what guidelines/enhancement_template.md asks for, filled in. */
export const OPENSHIFT_EXAMPLE_KEP = {
  file: 'enhancements/installer/neat-enhancement-idea.md',
  fields: [
    'title: neat-enhancement-idea',
    'authors:',
    '  - "@janedoe"',
    'reviewers:',
    '  - "@alicedoe"',
    'approvers:',
    '  - "@oscardoe"',
    'api-approvers:',
    '  - None',
    'creation-date: 2024-01-15',
    'last-updated: 2024-03-01',
    'status: provisional',
    'tracking-link:',
    '  - https://issues.redhat.com/browse/OCPSTRAT-1234'
  ].join('\n')
}

/** The template's body: every section it requires. */
const BODY = BUILTIN_TEMPLATE.slice(BUILTIN_TEMPLATE.indexOf('\n---\n') + 5)

/**
 * The examples of OpenShift's own checks. Each runs as a full audit, where no file is new: the
 * failing one is a warning there, and an error in a pull request that adds the file.
 */
export const OPENSHIFT_RULE_EXAMPLES: Record<string, RuleExamples> = {
  'title-matches-file': {
    ok: { kep: 'title: neat-enhancement-idea' },
    notOk: { kep: 'title: Neat Enhancement Idea' }
  },
  'tracking-link': {
    ok: { kep: 'tracking-link:\n  - https://issues.redhat.com/browse/OCPSTRAT-1234' },
    notOk: { kep: 'tracking-link:\n  - TBD' }
  },
  'people-required': {
    ok: { kep: 'api-approvers:\n  - None   # the enhancement changes no API' },
    notOk: { kep: 'api-approvers:\n  - TBD' }
  },
  'required-sections': {
    ok: { kep: `---\n…\n---\n${BODY}`, shown: '---\n…\n---\n\n# Neat Enhancement Idea\n\n## Summary\n\n## Motivation\n\n### User Stories\n\n…   # every heading of the template that is not [optional]\n' },
    notOk: { kep: '---\n…\n---\n\n# Neat Enhancement Idea\n\n## Summary\n\nIt is neat.\n' }
  },
  'title-heading': {
    ok: { kep: '---\n…\n---\n\n# Neat Enhancement Idea\n\n## Summary\n' },
    notOk: { kep: '---\n…\n---\n\n## Summary\n\nIt is neat.\n' }
  }
}
