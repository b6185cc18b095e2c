/**
 * The body `new` writes under a TEP's heading when the repository keeps no template of its own
 * (tektoncd/community's is teps/tools/tep-template.md.template, Apache License 2.0): its
 * sections, without their guidance comments. A repository's own template always wins.
 */
export const TEMPLATE_PATH = 'teps/tools/tep-template.md.template'

export const BUILTIN_TEP_TEMPLATE = `
<!-- toc -->
- [Summary](#summary)
- [Motivation](#motivation)
  - [Goals](#goals)
  - [Non-Goals](#non-goals)
  - [Use Cases](#use-cases)
  - [Requirements](#requirements)
- [Proposal](#proposal)
  - [Notes and Caveats](#notes-and-caveats)
- [Design Details](#design-details)
- [Design Evaluation](#design-evaluation)
- [Alternatives](#alternatives)
- [Implementation Plan](#implementation-plan)
- [References](#references)
<!-- /toc -->

## Summary

## Motivation

### Goals

### Non-Goals

### Use Cases

### Requirements

## Proposal

### Notes and Caveats

## Design Details

## Design Evaluation

## Alternatives

## Implementation Plan

### Test Plan

### Infrastructure Needed

### Upgrade and Migration Strategy

### Implementation Pull Requests

## References
`
