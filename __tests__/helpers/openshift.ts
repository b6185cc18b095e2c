/** openshift/enhancements' enhancements, as the tests write them. */

export const openshift = { preset: 'openshift' }

export const ENHANCEMENT = 'enhancements/installer/neat-enhancement-idea.md'

/** The template's required sections (guidelines/enhancement_template.md), each with a line of text. */
export const SECTIONS = [
  '## Summary',
  '## Motivation',
  '### User Stories',
  '### Goals',
  '### Non-Goals',
  '## Proposal',
  '### Workflow Description',
  '### API Extensions',
  '### Topology Considerations',
  '#### Hypershift / Hosted Control Planes',
  '#### Standalone Clusters',
  '#### Single-node Deployments or MicroShift',
  '#### OpenShift Kubernetes Engine',
  '### Implementation Details/Notes/Constraints',
  '### Risks and Mitigations',
  '### Drawbacks',
  '## Alternatives (Not Implemented)',
  '## Test Plan',
  '## Graduation Criteria',
  '### Dev Preview -> Tech Preview',
  '### Tech Preview -> GA',
  '### Removing a deprecated feature',
  '## Upgrade / Downgrade Strategy',
  '## Version Skew Strategy',
  '## Operational Aspects of API Extensions',
  '## Support Procedures'
]

export const BODY = `# Neat Enhancement Idea\n\n${SECTIONS.map(section => `${section}\n\nText.\n`).join('\n')}`

const FIELDS: Record<string, string> = {
  title: 'neat-enhancement-idea',
  authors: '\n  - "@janedoe"',
  reviewers: '\n  - "@alicedoe"',
  approvers: '\n  - "@oscardoe"',
  'api-approvers': '\n  - None',
  'creation-date': '2024-01-15',
  'last-updated': '2024-03-01',
  status: 'provisional',
  'tracking-link': '\n  - https://issues.redhat.com/browse/OCPSTRAT-1234'
}

/** Front matter of the template's fields, filled in, with overrides (null drops a field), then the body. */
export function enhancement(overrides: Record<string, string | null> = {}, body = BODY): string {
  const lines = Object.entries({ ...FIELDS, ...overrides })
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([key, value]) => (value.startsWith('\n') || value === '' ? `${key}:${value}` : `${key}: ${value}`))
  return `---\n${lines.join('\n')}\n---\n\n${body}`
}

/** Front matter of exactly these lines, then the body. */
export function frontMatter(yaml: string, body = BODY): string {
  return `---\n${yaml}\n---\n\n${body}`
}
