/**
 * The templates `new` uses when a repository keeps none: KEP-1's metadata block
 * (0000-kep-template.md) and kubernetes/enhancements' keps/NNNN-kep-template/, reduced to what
 * their metadata asks for. A repository's own template always wins.
 */
export const BUILTIN_TEMPLATES: Readonly<Record<'markdown' | 'kep.yaml', Readonly<Record<string, string>>>> = {
  markdown: {
    '0000-kep-template.md': `---
kep-number: draft-YYYYMMDD
title: My First KEP
authors:
  - name: Jane Doe
    github: janedoe
owning-sig: sig-xyz
reviewers: TBD
approvers: TBD
editor: TBD
creation-date: yyyy-mm-dd
status: Draft
---

# Title

## Summary

## Motivation

## Proposal

## Graduation Criteria

## Implementation History
`
  },
  'kep.yaml': {
    'kep.yaml': `title: KEP Template
kep-number: NNNN
authors:
  - "@jane.doe"
owning-sig: sig-xyz
status: provisional|implementable|implemented|deferred|rejected|withdrawn|replaced
creation-date: yyyy-mm-dd
reviewers:
  - TBD
approvers:
  - TBD

# The target maturity stage in the current dev cycle for this KEP.
stage: alpha|beta|stable

# The most recent milestone for which work toward delivery of this KEP has been
# done. This can be the current (upcoming) milestone, if it is being actively
# worked on.
latest-milestone: "v1.19"

# The milestone at which this feature was, or is targeted to be, at each stage.
milestone:
  alpha: "v1.19"
`,
    'README.md': `# KEP-NNNN: Your short, descriptive title

<!-- toc -->
- [Summary](#summary)
- [Motivation](#motivation)
- [Proposal](#proposal)
- [Design Details](#design-details)
- [Production Readiness Review Questionnaire](#production-readiness-review-questionnaire)
- [Implementation History](#implementation-history)
<!-- /toc -->

## Summary

## Motivation

## Proposal

## Design Details

## Production Readiness Review Questionnaire

## Implementation History
`
  }
}
