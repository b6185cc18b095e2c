import type { RuleExamples } from '../../rules/examples.js'

/** The tekton preset's valid TEP, which its examples change (src/rules/examples.ts: EXAMPLE_KEPS). */
export const EXAMPLE_TEP = {
  file: 'teps/0042-pod-overhead.md',
  fields: ['title: Pod Overhead', 'authors:', '  - "@janedoe"', 'creation-date: 2024-01-15', 'last-updated: 2024-01-15', 'status: proposed'].join('\n'),
  heading: '# TEP-0042: Pod Overhead'
}

const TEP_43 = '---\ntitle: Pod Priority\n…\n---\n\n# TEP-0043: Pod Priority\n'

/** An example that passes and one that fails for each of the preset's rules. */
export const TEKTON_EXAMPLES: Record<string, RuleExamples> = {
  'tep-file-name': {
    ok: { kep: 'title: Pod Overhead' },
    notOk: { file: 'teps/pod-overhead.md', kep: 'title: Pod Overhead' }
  },
  'tep-number-heading': {
    ok: { kep: '---\n…\n---\n\n# TEP-0042: Pod Overhead\n' },
    notOk: { kep: '---\n…\n---\n\n# TEP-0041: Pod Overhead\n' }
  },
  'tep-required-fields': {
    ok: { kep: 'status: proposed' },
    notOk: { kep: 'status:' }
  },
  'tep-yaml-date': {
    ok: { kep: 'creation-date: 2024-02-29' },
    notOk: { kep: 'creation-date: 2023-02-29' }
  },
  'tep-number-unique': {
    ok: { kep: 'title: Pod Overhead', others: { 'teps/0043-pod-priority.md': TEP_43 } },
    notOk: { kep: 'title: Pod Overhead', others: { 'teps/0042-pod-priority.md': TEP_43.replace('TEP-0043', 'TEP-0042') } }
  },
  'tep-number-next': {
    ok: { file: 'teps/0044-pod-overhead.md', after: '---\n…\n---\n\n# TEP-0044: Pod Overhead\n', others: { 'teps/0043-pod-priority.md': TEP_43 } },
    notOk: { file: 'teps/0045-pod-overhead.md', after: '---\n…\n---\n\n# TEP-0045: Pod Overhead\n', others: { 'teps/0043-pod-priority.md': TEP_43 } }
  }
}
