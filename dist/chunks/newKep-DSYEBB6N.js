import { createRequire as __kepCreateRequire } from 'node:module';
const require = __kepCreateRequire(import.meta.url);
import {
  retitle
} from "./chunk-FFQ6MDVB.js";
import "./chunk-VKILGAQT.js";

// src/presets/kep-0001/template.ts
var TEMPLATE_FILE = "0000-kep-template.md";
var BUILTIN_TEMPLATE = {
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
};

// src/presets/kep-0001/newKep.ts
var SHAPE = {
  template: { file: TEMPLATE_FILE },
  builtIn: BUILTIN_TEMPLATE,
  place(sig, number, slug) {
    const prefix = typeof number === "number" ? String(number).padStart(4, "0") : number;
    const file = `${sig}/${prefix}-${slug}.md`;
    return { file, claims: file, folder: sig };
  },
  authors: (authors) => authors.map(({ name, handle }) => ({ name, github: handle })),
  files: (made) => /* @__PURE__ */ new Map([[made.file, Buffer.from(retitle(made.metadata.toString("utf8"), made.metadataEndLine, made.title))]])
};
function createKep0001(context, request) {
  return context.createKep(request, SHAPE);
}
export {
  createKep0001
};
