import { createRequire as __kepCreateRequire } from 'node:module';
const require = __kepCreateRequire(import.meta.url);
import {
  AuthorError
} from "./chunk-DCDJXFAV.js";
import {
  readKep
} from "./chunk-FQFJMZVD.js";
import {
  Document,
  isYamlTimestamp,
  nextTepNumber,
  sameValue,
  tepLabel
} from "./chunk-UP4ZCPWE.js";
import {
  fieldsOf,
  isKepPath
} from "./chunk-P75TJVBV.js";
import "./chunk-VKILGAQT.js";

// src/presets/tekton/template.ts
var TEMPLATE_PATH = "teps/tools/tep-template.md.template";
var BUILTIN_TEP_TEMPLATE = `
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
`;

// src/presets/tekton/newTep.ts
function tepSlug(title) {
  return [...title].filter((char) => char === " " || /[\p{L}\p{N}]/u.test(char)).join("").replace(/ /g, "-").toLowerCase();
}
function scalar(value) {
  if (isYamlTimestamp(value)) return `'${value}'`;
  return new Document(value).toString({ singleQuote: true, lineWidth: 0 }).trimEnd();
}
function header(number, title, status, today, authors) {
  const list = (handles) => handles.length === 0 ? " []" : handles.map((handle) => `
- ${scalar(`@${handle}`)}`).join("");
  return [
    "---",
    `status: ${scalar(status)}`,
    `title: ${scalar(title)}`,
    `creation-date: '${today}'`,
    `last-updated: '${today}'`,
    `authors:${list(authors.map((author) => author.handle))}`,
    "collaborators: []",
    "---",
    "",
    `# ${tepLabel(number)}: ${title}`,
    ""
  ].join("\n");
}
async function createTep(context, request) {
  const title = request.title.trim();
  const slug = tepSlug(title);
  if (slug.replace(/-/g, "") === "" || /[\r\n]/.test(title)) throw new AuthorError("--title must be one line with letters or digits");
  const { lifecycle, files } = context;
  const status = request.status ?? lifecycle.initial[0];
  if (!lifecycle.initial.includes(status)) throw new AuthorError(`a new TEP starts as ${lifecycle.initial.join(" or ")} in the ${lifecycle.name} lifecycle, not ${status}`);
  const repository = await context.readRepository();
  const number = nextTepNumber(repository.documents);
  const file = `teps/${String(number).padStart(4, "0")}-${slug}.md`;
  if (!isKepPath(context.layout)(file)) throw new AuthorError(`${file} would not be found by this repository's layout (include/exclude): nothing was created`);
  if (files.exists(file)) throw new AuthorError(`${file} already exists`);
  const template = files.exists(TEMPLATE_PATH) ? TEMPLATE_PATH : "built-in";
  const body = template === "built-in" ? BUILTIN_TEP_TEMPLATE : files.readText(TEMPLATE_PATH);
  const text = header(number, title, status, request.today, request.authors) + body;
  const written = await readKep(file, Buffer.from(text, "utf8"), context.format);
  const meant = { status, title, "creation-date": request.today, "last-updated": request.today, authors: request.authors.map((author) => `@${author.handle}`), collaborators: [] };
  if (!sameValue(fieldsOf(written), meant) || written.body?.numberHeadings[0]?.label !== tepLabel(number)) {
    throw new AuthorError(`the TEP kep-validator wrote does not read back as meant (the title ${JSON.stringify(title)}?): nothing was created`);
  }
  files.write(file, text, { create: true });
  return { file, number, status, template, index: await context.updateIndex() };
}
export {
  createTep,
  tepSlug
};
