import { createRequire as __kepCreateRequire } from 'node:module';
const require = __kepCreateRequire(import.meta.url);
import {
  FILE_START,
  assignedNumber,
  draftNumber,
  kepRule,
  stringField
} from "./chunk-P75TJVBV.js";

// src/rules/kep/file-name.ts
function slugOf(title) {
  return title.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
}
var fileName = kepRule(
  {
    id: "file-name",
    description: "The file name is the kep-number (4 digits or more) or the draft number, then the slug of the title: 0042-my-title.md.",
    severity: "warning",
    examples: {
      ok: { file: "sig-node/0042-pod-overhead.md", kep: "kep-number: 42\ntitle: Pod Overhead" },
      notOk: { file: "sig-node/pod-overhead.md", kep: "kep-number: 42\ntitle: Pod Overhead" }
    }
  },
  (doc) => {
    const title = stringField(doc, "title");
    const number = assignedNumber(doc);
    const draft = draftNumber(doc);
    if (!doc.metadata || title === void 0 || number === void 0 && draft === void 0) return [];
    const prefix = number !== void 0 ? String(number).padStart(4, "0") : draft;
    const name = doc.file.split("/").at(-1);
    const slug = slugOf(title);
    const expected = slug !== "" ? `${prefix}-${slug}.md` : `${prefix}${/^(?:\d+|draft-\d{8})((?:-.+)?\.md)$/.exec(name)?.[1] ?? ".md"}`;
    if (name === expected) return [];
    return [{ span: FILE_START, message: `the file is named ${name}, but its number and title make it ${expected}; rename it (git mv) so links and listings agree`, expected: [expected] }];
  }
);

// src/presets/openshift/template.ts
var TEMPLATE_FILE = "guidelines/enhancement_template.md";
var BUILTIN_TEMPLATE = `---
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
`;
function requiredSections(template) {
  return template.split(/\r\n|\r|\n/).filter((line) => line.startsWith("##") && !line.includes("[optional]")).map((line) => line.replace(/^[ \t]+|[ \t]+$/g, "").replace(/\\(.)/g, "$1"));
}

export {
  slugOf,
  fileName,
  TEMPLATE_FILE,
  BUILTIN_TEMPLATE,
  requiredSections
};
