import { createRequire as __kepCreateRequire } from 'node:module';
const require = __kepCreateRequire(import.meta.url);
import {
  retitle,
  setIfPresent
} from "./chunk-FFQ6MDVB.js";
import "./chunk-VKILGAQT.js";

// src/presets/kubernetes/template.ts
var TEMPLATE_FOLDER = "keps/NNNN-kep-template";
var BUILTIN_TEMPLATE = {
  "kep.yaml": `title: KEP Template
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
  "README.md": `# KEP-NNNN: Your short, descriptive title

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
};

// src/presets/kubernetes/newKep.ts
var SHAPE = {
  template: { folder: TEMPLATE_FOLDER },
  builtIn: BUILTIN_TEMPLATE,
  metadataFile: "kep.yaml",
  place(sig, number, slug) {
    const folder = `keps/${sig}/${number}-${slug}`;
    return { file: `${folder}/kep.yaml`, claims: folder, folder };
  },
  authors: (authors) => authors.map(({ handle }) => `@${handle}`),
  fill(editor, fields) {
    for (const key of ["participating-sigs", "see-also", "replaces"]) setIfPresent(editor, fields, key, null);
    for (const key of ["reviewers", "approvers"]) setIfPresent(editor, fields, key, ["TBD"]);
  },
  files: (made) => new Map([...made.template].map(([name, bytes]) => [`${made.folder}/${name}`, name === "kep.yaml" ? made.metadata : name === "README.md" ? Buffer.from(retitle(bytes.toString("utf8"), 0, `KEP-${made.number}: ${made.title}`)) : bytes]))
};
function createKubernetesKep(context, request) {
  return context.createKep(request, SHAPE);
}
export {
  createKubernetesKep
};
