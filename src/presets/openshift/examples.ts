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
