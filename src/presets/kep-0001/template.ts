/** KEP-1's template (0000-kep-template.md), reduced to what its metadata asks for: `new` uses it when a repository keeps none. */
export const TEMPLATE_FILE = '0000-kep-template.md'

export const BUILTIN_TEMPLATE: Readonly<Record<string, string>> = {
  [TEMPLATE_FILE]: `---
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
}
