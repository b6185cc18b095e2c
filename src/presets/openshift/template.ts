/**
 * openshift/enhancements' template: where a repository keeps it, and the built-in one `new`
 * uses when a repository keeps none — guidelines/enhancement_template.md reduced to its
 * metadata and headings (each a one-line prompt), as the other presets' built-in templates are.
 * A repository's own template always wins, for `new` and for the sections it requires.
 */
export const TEMPLATE_FILE = 'guidelines/enhancement_template.md'

export const BUILTIN_TEMPLATE = `---
title: neat-enhancement-idea
authors:
  - TBD
reviewers: # Include a comment about what domain expertise a reviewer is expected to bring and what area of the enhancement you expect them to focus on.
  - TBD
approvers: # This should be a single approver.
  - TBD
api-approvers: # In case of new or modified APIs or API extensions (CRDs, aggregated apiservers, webhooks, finalizers). If there is no API change, use "None".
  - TBD
creation-date: yyyy-mm-dd
last-updated: yyyy-mm-dd
status: provisional|implementable|implemented|deferred|rejected|withdrawn|replaced|informational
tracking-link: # link to the tracking ticket (for example: Jira Feature or Epic ticket) that corresponds to this enhancement
  - TBD
see-also:
  - "/enhancements/this-other-neat-thing.md"
replaces:
  - "/enhancements/that-less-than-great-idea.md"
superseded-by:
  - "/enhancements/our-past-effort.md"
---

# Neat Enhancement Idea

## Summary

One paragraph: what the enhancement does, for release notes.

## Motivation

Why the change is important, and the benefits to users.

### User Stories

"As a _role_, I want to _take some action_ so that I can _accomplish a goal_."

### Goals

### Non-Goals

## Proposal

### Workflow Description

### API Extensions

### Topology Considerations

#### Hypershift / Hosted Control Planes

#### Standalone Clusters

#### Single-node Deployments or MicroShift

#### OpenShift Kubernetes Engine

### Implementation Details/Notes/Constraints

### Risks and Mitigations

### Drawbacks

## Alternatives (Not Implemented)

## Open Questions [optional]

## Test Plan

## Graduation Criteria

### Dev Preview -> Tech Preview

### Tech Preview -> GA

### Removing a deprecated feature

## Upgrade / Downgrade Strategy

## Version Skew Strategy

## Operational Aspects of API Extensions

## Support Procedures

## Infrastructure Needed [optional]
`

/**
 * The headings a new enhancement must have, as hack/template-lint.sh reads them off the
 * template: `grep '^##' $TEMPLATE | grep -v '\\[optional\\]' | while read header_line` — every
 * line that starts with "##" and does not say [optional], as `read` gives it (blanks trimmed,
 * backslashes removed). The
 * title ("# …") differs from the template's and is checked on its own (title-heading).
 */
export function requiredSections(template: string): string[] {
  return template
    .split(/\r\n|\r|\n/)
    .filter(line => line.startsWith('##') && !line.includes('[optional]'))
    .map(line => line.replace(/^[ \t]+|[ \t]+$/g, '').replace(/\\(.)/g, '$1'))
}
