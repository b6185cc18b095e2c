/** kubernetes/enhancements' template folder: `new` copies its files into the new KEP's folder. */
export const TEMPLATE_FOLDER = 'keps/NNNN-kep-template'

/** keps/NNNN-kep-template/, reduced to what its metadata asks for: `new` uses it when a repository keeps none. */
export const BUILTIN_TEMPLATE: Readonly<Record<string, string>> = {
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
