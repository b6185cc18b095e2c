/** kubernetes/enhancements' kep.yaml files, for the kubernetes preset's rule tests. */

export const kubernetes = { preset: 'kubernetes' }

/** A valid kubernetes kep.yaml for KEP 42 of sig-node; `null` removes a field. */
export function kepYaml(overrides: Record<string, string | null> = {}): string {
  const base: Record<string, string> = {
    title: 'Pod Overhead',
    'kep-number': '42',
    authors: '\n  - "@janedoe"',
    'owning-sig': 'sig-node',
    reviewers: '\n  - "@reviewer"',
    approvers: '\n  - "@approver"',
    stage: 'alpha',
    'latest-milestone': '"v1.30"',
    milestone: '\n  alpha: "v1.30"',
    'creation-date': '2024-01-15',
    status: 'implementable'
  }
  return (
    Object.entries({ ...base, ...overrides })
      .filter(([, value]) => value !== null)
      .map(([key, value]) => (value!.startsWith('\n') ? `${key}:${value}` : `${key}: ${value}`))
      .join('\n') + '\n'
  )
}
