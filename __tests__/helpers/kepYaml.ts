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

/** A KEP README as kubernetes/enhancements keeps them: a title and mdtoc's table of contents (empty: no sections). */
export function readme(title: string): string {
  return `# ${title}\n\n<!-- toc -->\n<!-- /toc -->\n`
}

/** The README template (keps/NNNN-kep-template/README.md) of a repository whose KEPs need no section. */
export const TEMPLATE = { 'keps/NNNN-kep-template/README.md': readme('KEP-NNNN: Your short, descriptive title') }
