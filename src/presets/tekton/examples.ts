/** The tekton preset's valid TEP, which its rules' examples change (its `example`). */
export const EXAMPLE_TEP = {
  file: 'teps/0042-pod-overhead.md',
  fields: ['title: Pod Overhead', 'authors:', '  - "@janedoe"', 'creation-date: 2024-01-15', 'last-updated: 2024-01-15', 'status: proposed'].join('\n'),
  heading: '# TEP-0042: Pod Overhead'
}

/** Another TEP of the examples' repository. */
export const TEP_43 = '---\ntitle: Pod Priority\n…\n---\n\n# TEP-0043: Pod Priority\n'
