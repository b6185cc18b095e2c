import { createRequire as __kepCreateRequire } from 'node:module';
const require = __kepCreateRequire(import.meta.url);
import {
  BUILTIN_TEMPLATE,
  TEMPLATE_FILE,
  fileName,
  requiredSections
} from "./chunk-OGSLBZ3D.js";
import {
  GITHUB_HANDLE,
  MARKDOWN,
  appendListItem,
  asWritten,
  canonicalData,
  claimedNumberOf,
  didYouMean,
  editDistance,
  editMetadata,
  excerpt,
  fileNumberOf,
  isSlipOf,
  listOf,
  nextTepNumber,
  numberAsRead,
  padDate,
  pathKey,
  pythonTruthy,
  quote,
  readMarkdownMetadata,
  readYamlFile,
  realDate,
  replaceScalar,
  sameValue,
  spanAt,
  tepLabel,
  tepYamlDate,
  uniqueMatch
} from "./chunk-UP4ZCPWE.js";
import {
  FILE_START,
  KEP_0001_LAYOUT,
  assignedNumber,
  assignedNumberIn,
  changeRule,
  draftNumber,
  draftNumberIn,
  fieldsOf,
  fixOf,
  kepNumberOf,
  kepReferences,
  kepRule,
  stageRule,
  stringField
} from "./chunk-P75TJVBV.js";

// src/parse/readProblems.ts
var READ_PROBLEMS = {
  "file-unreadable": { severity: "error", description: "A KEP file can be read: it exists, is not binary, and is UTF-8 text." },
  "file-encoding": { severity: "warning", description: "A KEP file is UTF-8 text: bytes that are not are read as U+FFFD, and the first is reported at its line." },
  "file-symlink": { severity: "error", description: "A KEP is a file, not a symbolic link (links are never followed: they could point outside the repository)." },
  "file-submodule": { severity: "error", description: "A KEP is a file, not a git submodule (a gitlink): a submodule has no metadata, and one that replaces a KEP removes it." },
  "metadata-missing": { severity: "error", description: `A KEP has metadata: YAML front matter, or a fenced YAML block under a "Metadata" heading (KEP-1's own form).` },
  "metadata-too-large": { severity: "error", description: "The metadata is at most 256 KB (a few dozen lines is usual); larger metadata is not read." },
  "metadata-too-deep": { severity: "error", description: "The metadata nests at most 64 levels of lists, mappings and keys that are lists or mappings; deeper metadata is not read." },
  "metadata-too-complex": { severity: "error", description: "Lists and mappings used as keys (which KEP metadata never needs) are small enough to convert quickly; larger ones are not read." },
  "metadata-not-mapping": { severity: "error", description: "The metadata is a YAML mapping of fields, not empty, a list or a single value." },
  "metadata-fence-unclosed": { severity: "error", description: "The fenced metadata block is closed." },
  "metadata-fence-marker": { severity: "warning", description: `The fenced metadata block starts with a line "---", as KEP-1's template does.` },
  "frontmatter-unclosed": { severity: "error", description: 'Front matter opened with "---" is closed with "---".' },
  "frontmatter-duplicate": { severity: "warning", description: 'There is one front matter block; a second "---" block right after it is not metadata.' },
  "frontmatter-not-first": {
    severity: "warning",
    description: "Front matter starts on the first line: after blank lines, GitHub and other markdown readers show it as text (kep-validator reads it, as openshift/enhancements' tools do).",
    fixable: ["safe"]
  },
  "yaml-syntax": { severity: "error", description: "The metadata is valid YAML." },
  "yaml-duplicate-key": { severity: "error", description: "No key appears twice in one mapping of the metadata." },
  "yaml-unsafe-integer": { severity: "error", description: "A number in the metadata is at most 9007199254740991 (2^53 \u2212 1): larger integers cannot be read exactly, and would silently change." },
  "yaml-aliases": { severity: "error", description: "The metadata expands YAML aliases at most 100 times." }
};
function isGraveReadProblem(rule) {
  return READ_PROBLEMS[rule]?.severity !== "warning";
}

// src/rules/support/exampleFiles.ts
var KEP_43 = "---\nkep-number: 43\ntitle: Pod Priority\n\u2026\n---\n";
var README = "keps/sig-node/42-pod-overhead/README.md";
var PRR = "keps/prod-readiness/sig-node/42.yaml";
var DRAFT_FILE = "sig-node/draft-20240115-pod-overhead.md";
var readmeText = (title, toc2, sections2) => `# ${title}

<!-- toc -->
${toc2}<!-- /toc -->

${sections2}`;
var SECTIONS = "## Summary\n\nText.\n\n## Motivation\n\n### Goals\n\nText.\n";
var TOC = "- [Summary](#summary)\n- [Motivation](#motivation)\n  - [Goals](#goals)\n";

// src/rules/stageRules.ts
var READING_EXAMPLES = {
  "file-unreadable": {
    ok: { kep: "title: Pod Overhead" },
    notOk: { kep: "title: Pod\0Overhead", shown: "title: Pod\u2400Overhead   # a NUL byte: the file is binary" }
  },
  "file-encoding": {
    ok: { kep: "title: Pod Overh\xE9ad" },
    notOk: { kep: "title: Pod Overh\xE9ad", encoding: "latin1", shown: "title: Pod Overh\\xe9ad   # \xE9 saved as Latin-1: one byte, 0xE9, not UTF-8" }
  },
  "file-submodule": {
    ok: { kep: "title: Pod Overhead" },
    notOk: { kep: "title: Pod Overhead", submodule: true }
  },
  "metadata-too-complex": {
    ok: { kep: "title: Pod Overhead" },
    notOk: { kep: `title: ${"? ".repeat(12)}Pod Overhead`, shown: "title: ? ? ? ? ? ? ? ? ? ? ? ? Pod Overhead   # keys of keys, 12 deep" }
  },
  "yaml-unsafe-integer": {
    ok: { kep: "kep-number: 42" },
    notOk: { kep: "kep-number: 9007199254740993" }
  },
  "file-symlink": {
    ok: { kep: "title: Pod Overhead" },
    notOk: { kep: "title: Pod Overhead", link: "sig-node/shared/0042-pod-overhead.md" }
  },
  "metadata-missing": {
    ok: { kep: "---\n\u2026\n---\n\n# Pod Overhead\n" },
    notOk: { kep: "# Pod Overhead\n\n## Summary\n\nThe metadata was forgotten.\n" }
  },
  "metadata-too-large": {
    ok: { kep: "title: Pod Overhead" },
    notOk: {
      // Made when an example runs (the rules page, its test), not by every run that loads the rules.
      get kep() {
        return `title: Pod Overhead
summary: ${"x".repeat(3e5)}`;
      },
      shown: "title: Pod Overhead\nsummary: xxxx\u2026   # 300,000 characters"
    }
  },
  "metadata-too-deep": {
    ok: { kep: "authors:\n  - name: Jane Doe\n    github: janedoe" },
    notOk: { kep: `title: ${"[".repeat(70)}${"]".repeat(70)}`, shown: "title: [[[[\u2026]]]]   # lists 70 levels deep" }
  },
  "metadata-not-mapping": {
    ok: { kep: "---\n\u2026\n---\n\n# Pod Overhead\n" },
    notOk: { kep: "---\n- kep-number: 42\n- title: Pod Overhead\n---\n\n# Pod Overhead\n" }
  },
  "metadata-fence-unclosed": {
    ok: { kep: "# Pod Overhead\n\n## Metadata\n\n```yaml\n---\n\u2026\n```\n\n## Summary\n" },
    notOk: { kep: "# Pod Overhead\n\n## Metadata\n\n```yaml\n---\n\u2026\n" }
  },
  "metadata-fence-marker": {
    ok: { kep: "# Pod Overhead\n\n## Metadata\n\n```yaml\n---\n\u2026\n```\n\n## Summary\n" },
    notOk: { kep: "# Pod Overhead\n\n## Metadata\n\n```yaml\n\u2026\n```\n\n## Summary\n" }
  },
  "frontmatter-unclosed": {
    ok: { kep: "---\n\u2026\n---\n\n# Pod Overhead\n" },
    notOk: { kep: "---\n\u2026\n\n# Pod Overhead\n" }
  },
  "frontmatter-duplicate": {
    ok: { kep: "---\n\u2026\n---\n\n# Pod Overhead\n" },
    notOk: { kep: "---\n\u2026\n---\n---\ntitle: Pod Overhead, again\n---\n\n# Pod Overhead\n" }
  },
  "frontmatter-not-first": {
    ok: { kep: "---\n\u2026\n---\n\n# Pod Overhead\n" },
    notOk: { kep: "\n---\n\u2026\n---\n\n# Pod Overhead\n", shown: "            # line 1 is blank\n---\n\u2026\n---\n\n# Pod Overhead\n" }
  },
  "yaml-syntax": {
    ok: { kep: "participating-sigs:\n  - kubernetes-wide" },
    notOk: { kep: "participating-sigs:\n  - `kubernetes-wide`" }
  },
  "yaml-duplicate-key": {
    ok: { kep: "status: Approved" },
    notOk: { kep: "status: Approved\nstatus: Final" }
  },
  "yaml-aliases": {
    ok: { kep: "reviewers: &tbd TBD\napprovers: *tbd" },
    notOk: { kep: "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]" }
  }
};
var READING_RULES = Object.entries(READ_PROBLEMS).map(
  ([id, read]) => stageRule({ id, severity: read.severity, description: read.description, ..."fixable" in read ? { fixable: read.fixable } : {}, examples: READING_EXAMPLES[id] })
);
var INDEX = `# KEP Index

<!-- BEGIN KEP INDEX -->
_Generated by kep-validator from the metadata of every KEP. Do not edit between the markers: run \`kep-validator index --write\`._

1 KEP.

| Status | KEPs |
| --- | ---: |
| Approved | 1 |

## sig-node

| KEP | Title | Status | Authors | Created | Updated |
| ---: | --- | --- | --- | --- | --- |
| 42 | [Pod Overhead](sig-node/0042-pod-overhead.md) | Approved | Jane Doe (@janedoe) | 2024-01-15 |  |

<!-- END KEP INDEX -->
`;
var indexStale = stageRule({
  id: "index-stale",
  description: "index.md is what `kep-validator index` generates from the KEPs: present, readable, and up to date.",
  fixable: ["safe"],
  neverBaselined: true,
  examples: {
    ok: { kep: "title: Pod Overhead", others: { "index.md": INDEX } },
    notOk: { kep: "title: Pod Overhead", others: { "index.md": INDEX.replace("Pod Overhead", "Pod overhead") } }
  }
});
var configuration = stageRule({
  id: "configuration",
  description: "The rules files a change adds or edits \u2014 .kep-validator.yml, the baseline, a schema, lifecycle or SIG list they name \u2014 load as they will once it is merged (the change itself is judged by its base's).",
  topics: true,
  neverBaselined: true,
  examples: {
    ok: { kep: "title: Pod Overhead", configuration: "rules:\n  handle-at: error\n" },
    notOk: { kep: "title: Pod Overhead", configuration: "preset: kubernets\n" }
  }
});
var prodReadinessSchema = stageRule({
  id: "prod-readiness-schema",
  description: "A production readiness approval file matches its schema, and its kep-number is its file name.",
  topics: true,
  // Its schema has no allowed-value lists, where a did-you-mean could be only a suggestion.
  fixable: ["safe"],
  examples: {
    ok: { kep: "status: implementable\nstage: alpha", others: { [PRR]: 'kep-number: 42\nalpha:\n  approver: "@deads2k"\n' } },
    notOk: { kep: "status: implementable\nstage: alpha", others: { [PRR]: 'kep-number: 43\nalpha:\n  approver: "@deads2k"\n' } }
  }
});

// src/rules/change/base-unreadable.ts
var baseUnreadable = changeRule(
  {
    id: "base-unreadable",
    description: "The base version of a changed KEP can be read, so that the change's transition is checked.",
    examples: {
      ok: { before: "status: Approved", after: "status: Final" },
      notOk: { unreadableBase: "git cat-file could not read the object", after: "status: Final" }
    }
  },
  ({ baseError }) => {
    if (!baseError) return [];
    return [{ span: FILE_START, message: `the base version of this KEP (${baseError.path}) could not be read, so its transition cannot be checked: ${baseError.message}` }];
  }
);

// src/rules/support/versions.ts
function statusOf(doc, lifecycle) {
  const status = doc && stringField(doc, "status");
  return status !== void 0 && lifecycle.states.includes(status) ? status : void 0;
}
function fieldSpan(doc, field) {
  return doc.metadata ? spanAt(doc.metadata, [field]) : FILE_START;
}

// src/rules/change/creation-date-changed.ts
var creationDateChanged = changeRule(
  {
    id: "creation-date-changed",
    description: "creation-date never changes \u2014 unless the base had no real date there (2023-14-05): changing that is its correction.",
    fixable: ["safe"],
    examples: {
      ok: { before: "creation-date: 2024-01-15", after: "creation-date: 2024-01-15\nlast-updated: 2024-03-01" },
      notOk: { before: "creation-date: 2024-01-15", after: "creation-date: 2024-02-01" }
    }
  },
  ({ before, after }) => {
    const written = before && stringField(before, "creation-date");
    const was = written === void 0 ? void 0 : realDate(written.trim());
    if (!after || written === void 0 || was === void 0) return [];
    const now = fieldsOf(after)?.["creation-date"];
    if (sameValue(now, written)) return [];
    const fix = after.metadata && now !== void 0 ? fixOf("safe", replaceScalar(after.metadata, ["creation-date"], was)) : void 0;
    return [
      {
        span: fieldSpan(after, "creation-date"),
        message: `creation-date was ${was} and ${now === void 0 ? "is gone" : `changed to ${JSON.stringify(now)}`}; it records when the KEP was first proposed and never changes: set it back to ${was} (use last-updated for later changes)`,
        expected: [was],
        ...fix ? { fix } : {}
      }
    ];
  }
);

// src/rules/change/file-deleted.ts
var fileDeleted = changeRule(
  {
    id: "file-deleted",
    description: "A KEP file is never deleted: its life ends in a state, not in removal.",
    examples: {
      ok: { before: "status: Approved", after: "status: Final" },
      notOk: { before: "status: Approved" }
    }
  },
  ({ change, before }, { lifecycle }) => {
    if (change.kind !== "deleted") return [];
    const ends = Object.entries(lifecycle.transitions).filter(([, next]) => next.length === 0).map(([state]) => state);
    const status = before && stringField(before, "status");
    const fix = status && ends.includes(status) ? `restore the file: ${status} is already a final state, where a KEP stays` : `restore the file and set its status to one of ${ends.join(", ")} instead`;
    return [{ span: FILE_START, message: `this KEP${status ? ` (status ${status})` : ""} is deleted; a KEP is never removed \u2014 ${fix}` }];
  }
);

// src/rules/change/initial-status.ts
var initialStatus = changeRule(
  {
    id: "initial-status",
    description: "A new KEP starts in an initial state of the lifecycle.",
    rejects: "status",
    examples: {
      ok: { file: DRAFT_FILE, after: "kep-number: draft-20240115\nstatus: Draft" },
      notOk: { after: "status: Final" }
    }
  },
  ({ change, after }, { lifecycle }) => {
    const to = statusOf(after, lifecycle);
    if (change.kind !== "added" && change.kind !== "copied") return [];
    if (!after || to === void 0 || lifecycle.initial.includes(to)) return [];
    return [
      {
        span: fieldSpan(after, "status"),
        message: `a new KEP starts as ${lifecycle.initial.join(" or ")}, not ${to}; set status to ${lifecycle.initial[0]} and change it in later pull requests`,
        expected: lifecycle.initial
      }
    ];
  }
);

// src/rules/change/last-updated.ts
function todayUtc(now = /* @__PURE__ */ new Date()) {
  return now.toISOString().slice(0, 10);
}
var lastUpdated = changeRule(
  {
    id: "last-updated",
    description: "When a change edits a KEP's metadata, it updates last-updated to the day of the change, as KEP-1 asks of a significant change.",
    severity: "warning",
    fixable: ["safe"],
    examples: {
      ok: { before: "last-updated: 2024-02-01\nstatus: Approved", after: "last-updated: 2024-03-01\nstatus: Final" },
      notOk: { before: "last-updated: 2024-02-01\nstatus: Approved", after: "last-updated: 2024-02-01\nstatus: Final" }
    }
  },
  ({ before, after }, { today }) => {
    const was = before && fieldsOf(before);
    const now = after && fieldsOf(after);
    if (!was || !now || !after?.metadata) return [];
    const updated = stringField(after, "last-updated");
    if (updated === void 0 || updated !== was["last-updated"]) return [];
    const changed = [.../* @__PURE__ */ new Set([...Object.keys(was), ...Object.keys(now)])].filter((key) => key !== "last-updated" && canonicalData(was[key]) !== canonicalData(now[key]));
    const date = today ?? todayUtc();
    if (changed.length === 0 || updated >= date) return [];
    const fix = fixOf("safe", replaceScalar(after.metadata, ["last-updated"], date));
    return [
      {
        span: spanAt(after.metadata, ["last-updated"]),
        message: `this change edits ${changed.join(", ")} but last-updated is still ${updated}; set it to ${date}, the day of the change`,
        expected: [date],
        ...fix ? { fix } : {}
      }
    ];
  }
);

// src/rules/support/releases.ts
function releaseOf(value) {
  const match = typeof value === "string" ? /^v?(\d+)\.(\d+)$/.exec(value.trim()) : null;
  return match ? { major: Number(match[1]), minor: Number(match[2]), text: value } : void 0;
}
function compareReleases(a, b) {
  return a.major - b.major || a.minor - b.minor;
}
var STAGE_ORDERS = [
  ["alpha", "beta", "stable"],
  ["deprecated", "disabled", "removed"]
];
function milestonesOf(fields) {
  const milestone = fields?.milestone;
  return typeof milestone === "object" && milestone !== null && !Array.isArray(milestone) ? milestone : void 0;
}

// src/rules/change/milestone-moved-back.ts
var milestoneMovedBack = changeRule(
  {
    id: "milestone-moved-back",
    description: "A change does not move latest-milestone, nor a milestone.<stage>, to an earlier release.",
    topics: true,
    examples: {
      ok: { before: 'status: implementable\nstage: alpha\nlatest-milestone: "v1.29"', after: 'status: implementable\nstage: beta\nlatest-milestone: "v1.30"' },
      notOk: { before: 'status: implementable\nstage: beta\nlatest-milestone: "v1.29"', after: 'status: implementable\nstage: beta\nlatest-milestone: "v1.28"' }
    }
  },
  ({ before, after }) => {
    const was = before && fieldsOf(before);
    const now = after && fieldsOf(after);
    if (!was || !now || !after?.metadata) return [];
    const reports = [];
    const compare = (path, from, to, topic) => {
      const old = releaseOf(from);
      const current2 = releaseOf(to);
      if (!old || !current2 || compareReleases(current2, old) >= 0) return;
      reports.push({
        span: spanAt(after.metadata, path),
        topic,
        message: topic === "latest-milestone" ? `latest-milestone moved back from ${old.text} to ${current2.text}; it is the most recent release with work on the KEP, which only moves forward \u2014 set it to ${old.text} or later` : `${path.join(".")} moved back from ${old.text} to ${current2.text}; a stage's release moves back only when a plan is pulled in \u2014 check that it is one, or set it to ${old.text} or later`,
        expected: [old.text]
      });
    };
    compare(["latest-milestone"], was["latest-milestone"], now["latest-milestone"], "latest-milestone");
    const stages = milestonesOf(was) ?? {};
    const current = milestonesOf(now) ?? {};
    for (const stage of Object.keys(stages)) compare(["milestone", stage], stages[stage], current[stage], "milestone");
    return reports;
  }
);

// src/core/lifecycle.ts
function statusFolderOf(relativeFile, lifecycle) {
  const dirs = relativeFile.split("/").slice(1, -1);
  return dirs.reverse().find((dir) => Object.hasOwn(lifecycle.folders, dir));
}
function preApprovalStates(lifecycle) {
  if (lifecycle.numbered.length === 0) return [];
  const reached = new Set(lifecycle.numbered);
  const queue = [...lifecycle.numbered];
  for (let state = queue.pop(); state !== void 0; state = queue.pop()) {
    for (const next of lifecycle.transitions[state] ?? []) {
      if (!reached.has(next)) {
        reached.add(next);
        queue.push(next);
      }
    }
  }
  return lifecycle.states.filter((state) => !reached.has(state));
}
function allowedNext(from, next) {
  return next.length === 0 ? `${from} is final: it may not change` : `${from} may change only to ${next.join(", ")}`;
}

// src/rules/change/number-assignment.ts
var numberAssignment = changeRule(
  {
    id: "number-assignment",
    description: "A draft-YYYYMMDD number becomes a number only on the transition to the state that assigns numbers (Approved).",
    examples: {
      ok: { before: "kep-number: draft-20240115\nstatus: Draft", after: "kep-number: 42\nstatus: Approved" },
      notOk: { before: "kep-number: draft-20240115\nstatus: Draft", after: "kep-number: 42\nstatus: Withdrawn" }
    }
  },
  ({ before, after }, { lifecycle }) => {
    const draft = before && draftNumber(before);
    const number = after && assignedNumber(after);
    const on = lifecycle.numberAssignedOn;
    if (!after || draft === void 0 || number === void 0 || on === void 0) return [];
    const from = statusOf(before, lifecycle);
    const to = statusOf(after, lifecycle);
    const named = (status) => status ?? "a status the lifecycle does not know";
    if (to === on && from !== on) return [];
    if (to !== void 0 && preApprovalStates(lifecycle).includes(to)) return [];
    return [
      {
        span: fieldSpan(after, "kep-number"),
        message: `kep-number ${number} replaces ${draft} while status ${from === to ? `stays ${named(to)}` : `changes from ${named(from)} to ${named(to)}`}; a number is assigned only on the change to ${on} \u2014 keep ${draft} until then`,
        expected: [draft],
        dependsOn: ["status"]
      }
    ];
  }
);

// src/rules/change/number-changed.ts
var numberChanged = changeRule(
  {
    id: "number-changed",
    description: "An assigned kep-number never changes or disappears.",
    examples: {
      ok: { before: "kep-number: 42", after: "kep-number: 42\nlast-updated: 2024-03-01" },
      notOk: { before: "kep-number: 42", after: "kep-number: 43" }
    }
  },
  ({ before, after }) => {
    const was = before && assignedNumber(before);
    if (!after || was === void 0) return [];
    const now = fieldsOf(after)?.["kep-number"];
    if (sameValue(now, was)) return [];
    const found = now === void 0 ? "is gone" : `changed to ${JSON.stringify(now)}`;
    return [
      {
        span: fieldSpan(after, "kep-number"),
        message: `kep-number was ${was} and ${found}; an assigned number never changes: set it back to ${was}`,
        expected: [String(was)]
      }
    ];
  }
);

// src/rules/change/number-next.ts
var numberNext = changeRule(
  {
    id: "number-next",
    description: "A draft-YYYYMMDD number that becomes a number becomes the next free one: numbers are sequential and dense.",
    severity: "warning",
    examples: {
      ok: { before: "kep-number: draft-20240115\nstatus: Draft", after: "kep-number: 44\nstatus: Approved", others: { "sig-node/0043-pod-priority.md": KEP_43 } },
      notOk: { before: "kep-number: draft-20240115\nstatus: Draft", after: "kep-number: 99\nstatus: Approved", others: { "sig-node/0043-pod-priority.md": KEP_43 } }
    }
  },
  ({ before, after }, { repository, lifecycle }) => {
    const number = after && assignedNumber(after);
    if (!before || !after || draftNumber(before) === void 0 || number === void 0) return [];
    const to = statusOf(after, lifecycle);
    if (to !== void 0 && preApprovalStates(lifecycle).includes(to)) return [];
    const next = repository.nextFree(after);
    if (number === next || repository.withNumber(number).some((doc) => doc !== after)) return [];
    return [
      {
        span: fieldSpan(after, "kep-number"),
        message: `kep-number ${number} is free but not the next one: numbers are sequential and dense, and the next free number is ${next}`,
        expected: [String(next)]
      }
    ];
  }
);

// src/rules/change/stage-transition.ts
function stageOf(doc, stages) {
  const stage = doc && stringField(doc, "stage");
  return stage !== void 0 && Object.hasOwn(stages, stage) ? stage : void 0;
}
var stageTransition = changeRule(
  {
    id: "stage-transition",
    description: "A stage change follows an edge of the lifecycle's stages: a feature graduates (alpha \u2192 beta \u2192 stable) or is retired, it does not regress.",
    rejects: "stage",
    examples: {
      ok: { before: "status: implementable\nstage: beta", after: "status: implementable\nstage: stable" },
      notOk: { before: "status: implementable\nstage: beta", after: "status: implementable\nstage: alpha" }
    }
  },
  ({ before, after }, { lifecycle }) => {
    const stages = lifecycle.stageTransitions;
    const from = stageOf(before, stages);
    const to = stageOf(after, stages);
    if (!after || from === void 0 || to === void 0 || from === to || stages[from].includes(to)) return [];
    return [
      {
        span: fieldSpan(after, "stage"),
        message: `stage changed from ${from} to ${to}, which the ${lifecycle.name} lifecycle does not allow: ${allowedNext(from, stages[from])}`,
        expected: stages[from]
      }
    ];
  }
);

// src/readme/tableOfContents.ts
var TOC_START = "<!-- toc -->";
var TOC_END = "<!-- /toc -->";
function findMarkers(text) {
  return { start: text.search(/<!-- toc -->/i), end: text.search(/<!-- \/toc -->/i) };
}
function anchorMaker() {
  const seen = /* @__PURE__ */ new Map();
  return (text) => {
    const anchor = text.toLowerCase().replace(/[^\w\- ]/g, "").replace(/ /g, "-");
    const count = seen.get(anchor) ?? 0;
    seen.set(anchor, count + 1);
    return count > 0 ? `${anchor}-${count}` : anchor;
  };
}
function generateToc(headings, maxDepth) {
  if (headings.length === 0) return "";
  const base = Math.min(...headings.map((heading) => heading.depth));
  const anchor = anchorMaker();
  let toc2 = "";
  for (const heading of headings) {
    if (maxDepth > 0 && heading.depth > maxDepth) continue;
    toc2 += `${"  ".repeat(heading.depth - base)}- [${heading.html}](#${anchor(heading.text)})
`;
  }
  return toc2;
}
function trimSpace(text) {
  return text.replace(/^[\s\u0085]+|[\s\u0085]+$/g, "");
}
function lineOf(text, offset) {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}
function positionOf(text, offset) {
  return { line: lineOf(text, offset), column: offset - (text.lastIndexOf("\n", offset - 1) + 1) + 1 };
}
function differingLines(a, b) {
  const width = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * width + j] = a[i] === b[j] ? lcs[(i + 1) * width + j + 1] + 1 : Math.max(lcs[(i + 1) * width + j], lcs[i * width + j + 1]);
    }
  }
  return a.length + b.length - 2 * lcs[0];
}
function linesOf(table) {
  const trimmed = trimSpace(table);
  return trimmed === "" ? [] : trimmed.split("\n");
}
function checkToc(text, headings, maxDepth, markers = findMarkers(text)) {
  const { start, end } = markers;
  if (start === -1) return { state: "no-markers", missing: "start" };
  if (end === -1) return { state: "no-markers", missing: "end" };
  if (end < start) return { state: "no-markers", missing: "order" };
  const tableStart = start + TOC_START.length;
  const toc2 = generateToc(headings, maxDepth);
  const old = text.slice(tableStart, end);
  if (trimSpace(old) === trimSpace(toc2)) return { state: "fresh" };
  const found = linesOf(old);
  const wanted = linesOf(toc2);
  const differing = differingLines(found, wanted);
  const body = old.split("\n");
  if (body.length >= 2 && body[0] === "" && body.at(-1) === "") {
    const lines = body.slice(1, -1);
    const target = toc2 === "" ? [] : toc2.slice(0, -1).split("\n");
    let prefix = 0;
    while (prefix < lines.length && prefix < target.length && lines[prefix] === target[prefix]) prefix++;
    let suffix = 0;
    while (suffix < lines.length - prefix && suffix < target.length - prefix && lines[lines.length - 1 - suffix] === target[target.length - 1 - suffix]) suffix++;
    const first = lineOf(text, tableStart) + 1 + prefix;
    const replaced = target.slice(prefix, target.length - suffix);
    return {
      state: "stale",
      first: { line: first, ...prefix < lines.length - suffix ? { found: lines[prefix] } : {}, ...replaced.length > 0 ? { expected: replaced[0] } : {} },
      differing,
      fix: { span: { line: first, column: 1, endLine: first + lines.length - suffix - prefix, endColumn: 1 }, text: replaced.map((line) => `${line}
`).join("") }
    };
  }
  let index = 0;
  while (index < found.length && index < wanted.length && found[index] === wanted[index]) index++;
  const firstLine = found.length === 0 ? lineOf(text, end) : lineOf(text, tableStart + (old.length - old.replace(/^[\s\u0085]+/, "").length)) + index;
  const from = positionOf(text, tableStart);
  const to = positionOf(text, end);
  return {
    state: "stale",
    first: { line: Math.min(firstLine, lineOf(text, end)), ...index < found.length ? { found: found[index] } : {}, ...index < wanted.length ? { expected: wanted[index] } : {} },
    differing,
    fix: { span: { line: from.line, column: from.column, endLine: to.line, endColumn: to.column }, text: `
${toc2}` }
  };
}

// src/readme/template.ts
var STAGES = ["alpha", "beta", "stable"];
function stageRank(stage) {
  return STAGES.indexOf(stage);
}
function headingKey(heading) {
  return heading.text.toLowerCase().replace(/[^\w\- ]/g, "").replace(/ /g, "-");
}
var REQUIRED_FROM = [/must be completed when targeting (alpha|beta|ga|stable)\b/i, /for (alpha|beta|ga|stable), this section is required/i];
function stageOfNote(note) {
  if (note === void 0) return void 0;
  const named = REQUIRED_FROM.flatMap((pattern) => {
    const match = pattern.exec(note);
    return match ? [match[1].toLowerCase() === "ga" ? "stable" : match[1].toLowerCase()] : [];
  });
  return named.sort((a, b) => stageRank(a) - stageRank(b))[0];
}
function readTemplateSections(template) {
  const text = template.text ?? "";
  const { end } = findMarkers(text);
  const endLine = end === -1 ? 0 : text.slice(0, end).split("\n").length;
  const headings = template.headings({ notes: true }).filter((heading) => heading.span.line > endLine);
  const sections2 = [];
  const open = [];
  for (const heading of headings) {
    while (open.length > 0 && open.at(-1).heading.depth >= heading.depth) open.pop();
    const parent = open.at(-1);
    const section = {
      heading,
      key: headingKey(heading),
      optional: /\(optional\)/i.test(heading.text) || parent?.optional === true,
      from: stageOfNote(heading.note) ?? parent?.from
    };
    sections2.push(section);
    open.push(section);
  }
  return sections2;
}
function matchSections(sections2, headings) {
  const matched = /* @__PURE__ */ new Map();
  const used = /* @__PURE__ */ new Set();
  const keyed = headings.map((heading) => ({ heading, key: headingKey(heading) }));
  for (const section of sections2) {
    const exact = keyed.find(({ heading, key }) => key === section.key && !used.has(heading));
    if (exact) {
      matched.set(section, exact.heading);
      used.add(exact.heading);
    }
  }
  for (const section of sections2) {
    if (matched.has(section)) continue;
    const limit = Math.floor(section.key.length / 5);
    let best;
    for (const { heading, key } of keyed) {
      if (used.has(heading) || limit === 0) continue;
      const distance = editDistance(key, section.key, Math.min(limit, best ? best.distance - 1 : limit));
      if (distance <= limit && (!best || distance < best.distance)) best = { heading, distance };
    }
    if (best) {
      matched.set(section, best.heading);
      used.add(best.heading);
    }
  }
  return matched;
}
function headingLine(heading) {
  return `${"#".repeat(heading.depth)} ${heading.text}`;
}

// src/rules/change/template-sections.ts
var sectionsOf = /* @__PURE__ */ new WeakMap();
function sections(template) {
  let found = sectionsOf.get(template);
  if (!found) sectionsOf.set(template, found = readTemplateSections(template));
  return found;
}
function placeOf(section, all, present) {
  for (let i = all.indexOf(section) - 1; i >= 0; i--) {
    const heading = present.get(all[i]);
    if (heading) return { text: `it goes after "${headingLine(heading)}" (line ${heading.span.line})`, line: heading.span.line };
  }
  return { text: "it goes first, before every other section", line: 1 };
}
function message(section, reason, template, place) {
  const heading = `"${headingLine(section.heading)}"`;
  switch (reason.kind) {
    case "new":
      return `this new README lacks ${heading}: a KEP's README has every section of ${template} but the optional ones; ${place}`;
    case "removed":
      return `this change removes ${heading}, a section of ${template} that the README had; keep it (write "N/A" and why, if it does not apply); ${place}`;
    case "stage":
      return `the KEP moves to stage ${reason.stage}, and ${template} asks for ${heading} from ${section.from} on; the README lacks it; ${place}`;
  }
}
var TEMPLATE = "keps/NNNN-kep-template/README.md";
var TEMPLATE_README = readmeText("KEP-NNNN: Your short, descriptive title", TOC, "## Summary\n\n## Motivation\n\n### Goals\n\n### Non-Goals (Optional)\n");
var templateSections = changeRule(
  {
    id: "template-sections",
    description: "A change keeps the sections of the repository's README template (kubernetes/enhancements' keps/NNNN-kep-template/README.md, read from the base) that a KEP's README had; a new KEP's README has every section that is not optional; a KEP that moves to a stage has the sections the template asks for from that stage on (the production readiness questionnaire).",
    // A convention of the template that the project's own script prints and never fails on: a warning (docs/presets.md).
    severity: "warning",
    readsReadme: true,
    examples: {
      ok: { after: "status: provisional", others: { [TEMPLATE]: TEMPLATE_README, [README]: readmeText("KEP-42: Pod Overhead", TOC, SECTIONS) } },
      notOk: { after: "status: provisional", others: { [TEMPLATE]: TEMPLATE_README, [README]: readmeText("KEP-42: Pod Overhead", "- [Summary](#summary)\n- [Motivation](#motivation)\n", "## Summary\n\nText.\n\n## Motivation\n\nText.\n") } }
    }
  },
  ({ change, before, after }, { readmes, options }) => {
    if (!readmes || !after) return [];
    const template = readmes.ruleFile(options.template);
    if (template.text === void 0) {
      return [{ span: FILE_START, message: `the README template ${options.template} cannot be read from the base of the change (${template.error}); set the template-sections rule's template option, or turn the rule off` }];
    }
    const readme = readmes.readmeOf(after);
    const base = before && readmes.baseReadmeOf?.(before);
    if (before && !base) return [];
    const newKep = change.kind === "added" || change.kind === "copied" || !before;
    const isNew = newKep || base?.text === void 0;
    const from = before && stringField(before, "stage");
    const to = stringField(after, "stage");
    const stageChange = to !== void 0 && to !== from && stageRank(to) >= 0 ? to : void 0;
    if (readme.text === void 0) {
      const what = newKep ? "this new KEP has no readable README.md" : base?.text !== void 0 ? "this change removes README.md (or makes it unreadable)" : stageChange !== void 0 ? `the KEP moves to stage ${stageChange} but has no readable README.md` : void 0;
      return what === void 0 ? [] : [{ span: FILE_START, message: `${what} (${readme.error}); copy ${options.template} beside kep.yaml and fill it in` }];
    }
    if (!isNew && stageChange === void 0 && base?.text === readme.text) return [];
    const all = sections(template);
    const present = matchSections(all, readme.headings());
    const had = base?.text === void 0 ? /* @__PURE__ */ new Map() : matchSections(all, base.headings());
    const reports = [];
    for (const section of all) {
      if (section.optional || present.has(section)) continue;
      let reason;
      if (isNew) reason = { kind: "new" };
      else if (had.has(section)) reason = { kind: "removed" };
      else if (stageChange !== void 0 && section.from !== void 0 && stageRank(section.from) <= stageRank(stageChange)) reason = { kind: "stage", stage: stageChange };
      if (!reason) continue;
      const place = placeOf(section, all, present);
      const text = readme.text.split("\n")[place.line - 1] ?? "";
      reports.push({ file: readme.file, span: { line: place.line, column: 1, endLine: place.line, endColumn: text.length + 1 }, message: message(section, reason, options.template, place.text) });
    }
    return reports;
  }
);

// src/rules/change/status-transition.ts
var statusTransition = changeRule(
  {
    id: "status-transition",
    description: "A status change follows an edge of the lifecycle.",
    rejects: "status",
    examples: {
      ok: { before: "status: Approved", after: "status: Final" },
      notOk: { before: "status: Approved", after: "status: Draft" }
    }
  },
  ({ before, after }, { lifecycle }) => {
    const from = statusOf(before, lifecycle);
    const to = statusOf(after, lifecycle);
    if (!after || from === void 0 || to === void 0 || from === to) return [];
    if ((lifecycle.transitions[from] ?? []).includes(to)) return [];
    return [
      {
        span: fieldSpan(after, "status"),
        message: `status changed from ${from} to ${to}, which the ${lifecycle.name} lifecycle does not allow: ${allowedNext(from, lifecycle.transitions[from] ?? [])}`,
        expected: lifecycle.transitions[from]
      }
    ];
  }
);

// src/core/dataFile.ts
function folderOf(path) {
  const slash = path.lastIndexOf("/");
  return slash === -1 ? "" : path.slice(0, slash);
}
function besidePath(file, name) {
  const folder = folderOf(file);
  return folder === "" ? name : `${folder}/${name}`;
}

// src/rules/support/ownersData.ts
function normalizeHandle(name) {
  const trimmed = name.trim();
  return (trimmed.startsWith("@") ? trimmed.slice(1) : trimmed).toLowerCase();
}
function scalarText(metadata, path, value) {
  if (typeof value === "string") return value;
  if (value === null) return "";
  if (typeof value === "object" || value === void 0) return void 0;
  const range = metadata.positions.get(pathKey(path))?.value;
  return range ? metadata.source.slice(range[0], range[1]) : String(value);
}
function commentAfter(source, end) {
  const newline = source.indexOf("\n", end);
  const rest = source.slice(end, newline === -1 ? source.length : newline).trim();
  return rest.startsWith("#") ? rest.slice(1).trim() : void 0;
}
function listedHandles(metadata, field, marker) {
  const list = metadata.data[field];
  if (!Array.isArray(list)) return void 0;
  const mayBeMarked = metadata.source.includes(marker);
  const handles = [];
  list.forEach((item, index) => {
    const text = scalarText(metadata, [field, index], item);
    if (text === void 0) return;
    const range = mayBeMarked ? metadata.positions.get(pathKey([field, index]))?.value : void 0;
    handles.push({ index, user: normalizeHandle(text), marked: range !== void 0 && commentAfter(metadata.source, range[1]) === marker });
  });
  return handles;
}
var ownersCache = /* @__PURE__ */ new WeakMap();
var aliasCache = /* @__PURE__ */ new WeakMap();
function ownersLists(file) {
  let lists2 = ownersCache.get(file);
  if (lists2 === void 0) ownersCache.set(file, lists2 = readOwnersLists(file));
  return lists2;
}
function readOwnersLists(file) {
  if ("problem" in file) return file.problem;
  const lists2 = { reviewers: [], approvers: [] };
  for (const key of ["reviewers", "approvers"]) {
    const value = file.data[key];
    if (value === void 0 || value === null) continue;
    if (!Array.isArray(value)) return `${key} is ${JSON.stringify(value)}, not a list of handles`;
    for (const [index, item] of value.entries()) {
      if (typeof item === "object" && item !== null) return `${key}[${index}] is a list or a mapping, not a handle`;
      lists2[key].push(normalizeHandle(item === null ? "" : String(item)));
    }
  }
  return lists2;
}
function aliasMembers(file, path, alias) {
  if (!file) return `${path} does not exist`;
  let byAlias = aliasCache.get(file);
  if (byAlias === void 0) aliasCache.set(file, byAlias = /* @__PURE__ */ new Map());
  const key = `${path}\0${alias}`;
  let members = byAlias.get(key);
  if (members === void 0) byAlias.set(key, members = readAliasMembers(file, path, alias));
  return members;
}
function readAliasMembers(file, path, alias) {
  if ("problem" in file) return `${path} cannot be read: ${file.problem}`;
  const aliases = file.data.aliases;
  const members = typeof aliases === "object" && aliases !== null ? aliases[alias] : void 0;
  if (members === void 0) return `${path} has no alias ${alias} under aliases:`;
  if (!Array.isArray(members) || members.some((member) => typeof member === "object" && member !== null)) return `${path}'s alias ${alias} is not a list of handles`;
  const set = new Set(members.map((member) => normalizeHandle(member === null ? "" : String(member))));
  set.delete("");
  return set.size > 0 ? set : `${path}'s alias ${alias} has no members`;
}
function milestoneMinor(milestone) {
  if (milestone === void 0) return 0;
  const parts = milestone.replace(/^"+|"+$/g, "").trim().replace(/^v/, "").split(".");
  if (parts.length < 2) return 0;
  const minor = /^[+-]?\d+$/.test(parts[1]) ? Number(parts[1]) : NaN;
  return Number.isSafeInteger(minor) ? minor : 0;
}
var upcomingCache = /* @__PURE__ */ new WeakMap();
function upcomingMinor(repository) {
  let upcoming = upcomingCache.get(repository);
  if (upcoming === void 0) {
    const counts = /* @__PURE__ */ new Map();
    for (const doc of repository.documents) {
      const milestone = doc.metadata?.data?.["latest-milestone"];
      const minor = typeof milestone === "string" ? milestoneMinor(milestone) : 0;
      if (minor > 0) counts.set(minor, (counts.get(minor) ?? 0) + 1);
    }
    const minors = [...counts.keys()].sort((a, b) => b - a);
    upcoming = minors.find((minor) => counts.get(minor) >= 2) ?? minors[0] ?? 0;
    upcomingCache.set(repository, upcoming);
  }
  return upcoming;
}

// src/rules/kep/assigned-approvers.ts
var FIELD = { reviewer: "reviewers", approver: "approvers" };
function at(metadata, field, handle) {
  return handle ? spanAt(metadata, [field, handle.index]) : spanAt(metadata, [field], "key");
}
function checkOwners(metadata, file, context) {
  const options = context.options;
  const path = besidePath(file, options.owners);
  const marker = { reviewer: options.reviewerMarker, approver: options.approverMarker };
  const listed = { reviewer: listedHandles(metadata, "reviewers", marker.reviewer) ?? [], approver: listedHandles(metadata, "approvers", marker.approver) ?? [] };
  const assigned = { reviewer: listed.reviewer.filter((h) => h.marked), approver: listed.approver.filter((h) => h.marked) };
  const ownersFile = context.dataFiles?.get(path);
  const reports = [];
  if (!ownersFile) {
    for (const role of ["reviewer", "approver"]) {
      for (const handle of assigned[role]) {
        reports.push({
          span: at(metadata, FIELD[role], handle),
          message: `${FIELD[role]}[${handle.index}] "@${handle.user}" is marked # ${marker[role]}, but the KEP's folder has no ${options.owners} file (${path}) to list it; add ${path} with "${FIELD[role]}: [${handle.user}]", or remove the marker`
        });
      }
    }
    return reports;
  }
  const owners = ownersLists(ownersFile);
  if (typeof owners === "string") {
    const first = assigned.reviewer[0] ?? assigned.approver[0];
    const field = first ? assigned.reviewer[0] ? "reviewers" : "approvers" : "approvers";
    return [{ span: at(metadata, field, first), message: `${path} cannot be read as an OWNERS file (${owners}), so the assigned reviewers and approvers cannot be checked against it; fix ${path}` }];
  }
  for (const role of ["reviewer", "approver"]) {
    const field = FIELD[role];
    for (const handle of assigned[role]) {
      if (owners[field].includes(handle.user)) continue;
      reports.push({
        span: at(metadata, field, handle),
        message: `${field}[${handle.index}] "@${handle.user}" is marked # ${marker[role]}, but ${path} does not list "${handle.user}" under ${field}; add it there, or remove the marker`,
        expected: owners[field].map((user) => `@${user}`)
      });
    }
  }
  for (const role of ["reviewer", "approver"]) {
    const field = FIELD[role];
    for (const user of owners[field]) {
      if (assigned[role].some((handle) => handle.user === user)) continue;
      const unmarked = listed[role].find((handle) => handle.user === user);
      reports.push(
        unmarked ? {
          span: at(metadata, field, unmarked),
          message: `${field}[${unmarked.index}] "@${user}" is listed under ${field} in ${path} but not marked; write the comment "# ${marker[role]}" after it on its line, or remove "${user}" from ${path}`
        } : {
          span: at(metadata, field),
          message: `${path} lists "${user}" under ${field}, but ${field} does not name "@${user}" marked # ${marker[role]}; add the item - "@${user}" # ${marker[role]} to ${field}, or remove "${user}" from ${path}`
        }
      );
    }
  }
  return reports;
}
function checkTechLead(metadata, fields, context) {
  const options = context.options;
  const text = (field) => (scalarText(metadata, [field], fields[field]) ?? "").trim();
  if (options.inactiveStatuses.includes(text("status"))) return [];
  const milestone = text("latest-milestone");
  const minor = milestoneMinor(milestone);
  if (minor < milestoneMinor(options.since)) return [];
  const approvers = listedHandles(metadata, "approvers", options.approverMarker) ?? [];
  if (approvers.length === 0) {
    return [
      {
        span: at(metadata, "approvers"),
        message: `approvers lists no one; a KEP of ${options.folders.join(", ")} whose latest-milestone is ${options.since} or later (${milestone}) needs an approver: a member of ${options.techLeads} (${options.aliases})`
      }
    ];
  }
  const techLeads = aliasMembers(context.dataFiles?.get(options.aliases), options.aliases, options.techLeads);
  if (typeof techLeads === "string") {
    return [{ span: at(metadata, "approvers"), message: `cannot tell whether approvers include a member of ${options.techLeads}: ${techLeads}` }];
  }
  const leads = [...techLeads].sort().map((user) => `@${user}`);
  const hasTechLead = approvers.some((handle) => techLeads.has(handle.user));
  const marked = approvers.filter((handle) => handle.marked);
  const stage = text("stage");
  const release = options.release ?? context.release;
  const upcoming = release === void 0 ? upcomingMinor(context.repository) : milestoneMinor(release);
  const listed = approvers.map((handle) => `@${handle.user}`).join(", ");
  if (options.techLeadStages.includes(stage) && minor >= upcoming) {
    const reports = [];
    const why = `stage is ${stage} and latest-milestone ${milestone} is the upcoming release (v1.${upcoming}) or later`;
    if (!hasTechLead)
      reports.push({ span: at(metadata, "approvers"), message: `${why}, so approvers must include a member of ${options.techLeads} (${options.aliases}: ${leads.join(", ")}); it lists ${listed} \u2014 add one of them`, expected: leads });
    for (const handle of marked) {
      reports.push({
        span: at(metadata, "approvers", handle),
        message: `approvers[${handle.index}] "@${handle.user}" is marked # ${options.approverMarker}, but ${why}: its approver is a member of ${options.techLeads}, and an assigned approver comes after ${options.techLeadStages.join(", ")} \u2014 remove the marker`
      });
    }
    return reports;
  }
  if (hasTechLead || marked.length > 0) return [];
  return [
    {
      span: at(metadata, "approvers"),
      message: `approvers (${listed}) include no member of ${options.techLeads} (${options.aliases}: ${leads.join(", ")}) and no approver marked # ${options.approverMarker}; a KEP of ${options.folders.join(", ")} at stage ${stage || "(none)"} whose latest-milestone is ${options.since} or later needs one \u2014 add a tech lead, or an assigned approver marked "# ${options.approverMarker}" and listed in its folder's ${options.owners}`,
      expected: leads
    }
  ];
}
var assignedApprovers = kepRule(
  {
    id: "assigned-approvers",
    description: "Reviewers and approvers a kep.yaml marks as assigned (# sig-node-assigned-reviewer, # sig-node-assigned-approver) are the ones its folder's OWNERS lists, and from v1.36 on a SIG Node KEP's approvers include a SIG Node tech lead (at alpha in the upcoming release) or an assigned approver (kubernetes/enhancements' pkg/nodeapprovers).",
    examples: {
      ok: { kep: 'approvers:\n  - "@tallclair" # sig-node-assigned-approver', others: { "keps/sig-node/42-pod-overhead/OWNERS": "approvers:\n  - tallclair\n" } },
      notOk: { kep: 'approvers:\n  - "@tallclair" # sig-node-assigned-approver', others: { "keps/sig-node/42-pod-overhead/OWNERS": "approvers:\n  - someoneelse\n" } }
    }
  },
  (doc, context) => {
    const metadata = doc.metadata;
    const fields = fieldsOf(doc);
    if (!metadata || !fields) return [];
    const reports = checkOwners(metadata, doc.file, context);
    if (context.options.folders.some((folder) => doc.file.startsWith(`${folder}/`))) reports.push(...checkTechLead(metadata, fields, context));
    return reports;
  },
  // A KEP that writes a marker is looked up for where its handles end (their comments): its first read keeps the positions.
  (options) => ({ besideKep: [options.owners], atRoot: [options.aliases], keepsPositions: ({ text }) => text.includes(options.reviewerMarker) || text.includes(options.approverMarker) })
);

// src/schema/schemaReports.ts
function decodePointer(pointer) {
  return pointer.split("/").slice(1).map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function instancePath(error) {
  return decodePointer(error.instancePath).map((part) => /^\d+$/.test(part) ? Number(part) : part);
}
function describePath(path) {
  if (path.length === 0) return "metadata";
  return path.map((part, i) => typeof part === "number" ? `[${part}]` : i === 0 ? asWritten(part) : `.${asWritten(part)}`).join("");
}
function typeName(value) {
  if (value === null) return "empty (null)";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "number") return `the number ${value}`;
  if (typeof value === "boolean") return `the boolean ${value}`;
  return `the text ${quote(value)}`;
}
function isUnder(path, prefix) {
  return path === prefix || path.startsWith(`${prefix}/`);
}
var SHAPE_KEYWORDS = /* @__PURE__ */ new Set(["type", "const", "enum", "anyOf"]);
var VALUE_KEYWORDS = /* @__PURE__ */ new Set(["pattern", "format", "minLength", "minimum"]);
function collapseAnyOf(errors, index, prefix = "") {
  let result = errors.map((error) => prefix ? { ...error, instancePath: prefix + error.instancePath } : error);
  const anyOfs = result.map((error, order) => ({ error, order })).filter(({ error }) => error.keyword === "anyOf").sort((a, b) => a.error.instancePath.length - b.error.instancePath.length || b.order - a.order).map(({ error }) => error);
  for (const anyOf of anyOfs) {
    if (!result.includes(anyOf)) continue;
    const at2 = anyOf.instancePath;
    result = result.filter((e) => e === anyOf || !isUnder(e.instancePath, at2));
    const branches = Array.isArray(anyOf.schema) ? anyOf.schema.length : 0;
    const matched = [];
    for (let i = 0; i < branches; i++) {
      const validate = index.branchValidatorFor(anyOf.parentSchema, i);
      if (!validate || validate(anyOf.data)) continue;
      const branchErrors = collapseAnyOf(validate.errors ?? [], index, at2);
      const otherShape = branchErrors.some((e) => e.keyword === "const" || e.instancePath === at2 && SHAPE_KEYWORDS.has(e.keyword));
      if (!otherShape) matched.push(branchErrors);
    }
    if (matched.length === 1 && !matched[0].every((e) => e.instancePath === at2 && VALUE_KEYWORDS.has(e.keyword))) {
      result = [...result.filter((e) => e !== anyOf), ...matched[0]];
    }
  }
  return result;
}
function guessFor(found, path, error) {
  if (typeof found !== "string") return void 0;
  let guess;
  const padded = padDate(found);
  const handle = found.trim().replace(/^[“"']|[”"']$/g, "");
  if (path.at(-1) === "github" && found.startsWith("@")) guess = found.slice(1);
  else if (error.keyword === "pattern" && String(error.schema).startsWith("^@") && /^@?[A-Za-z0-9-]+$/.test(handle)) guess = handle.startsWith("@") ? handle : `@${handle}`;
  else if (padded !== void 0 && (error.keyword === "pattern" || error.keyword === "format")) guess = realDate(padded);
  else if (/^kep-?\d+$/i.test(found)) guess = `KEP-${Number(found.replace(/\D/g, ""))}`;
  else if (/^\s*(sig|wg)[\s_-]/i.test(found))
    guess = found.trim().toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return guess === found ? void 0 : guess;
}
function exampleOf(root, field) {
  const properties = root.properties;
  const examples = properties?.[field]?.examples;
  if (!Array.isArray(examples) || examples.length === 0 || typeof examples[0] === "object") return void 0;
  return `${field}: ${String(examples[0])}`;
}
function messageFor(error, index, subject) {
  const path = instancePath(error);
  const where = describePath(path);
  const allowed = index.allowedText(error.parentSchema);
  const found = error.data;
  switch (error.keyword) {
    case "required": {
      const missing = error.params.missingProperty;
      const example = path.length === 0 ? exampleOf(index.root, missing) : void 0;
      return {
        text: `${path.length === 0 ? subject : where} has no "${missing}", which is required; add it${example ? ` (for example "${example}")` : ""}`,
        path,
        part: "value"
      };
    }
    case "additionalProperties": {
      const extra = error.params.additionalProperty;
      const known = Object.keys(error.parentSchema?.properties ?? {});
      const guess = didYouMean(extra, known);
      return {
        text: `unknown field ${excerpt(extra)} in ${path.length === 0 ? subject : where}; allowed fields are ${listOf(known)}${guess ? `; did you mean "${guess}"?` : "; remove it"}`,
        expected: guess ? [guess] : void 0,
        path: [...path, extra],
        part: "key"
      };
    }
    case "enum": {
      const values = (error.params.allowedValues ?? []).filter((value) => value !== null).map(String);
      const guess = typeof found === "string" ? didYouMean(found, values) : void 0;
      const fix = typeof found === "string" ? uniqueMatch(found, values) : void 0;
      return {
        text: `${where} ${quote(found)} is not one of ${listOf(values)}${guess ? `; did you mean "${guess}"?` : ""}`,
        expected: guess ? [guess] : values,
        path,
        part: "value",
        fix,
        // A state is a meaning: "implementing" is not "implemented" mistyped, so it is only suggested.
        applicability: fix !== void 0 && isSlipOf(found, fix) ? "safe" : "suggestion"
      };
    }
    case "type": {
      const values = error.parentSchema?.enum;
      const expected = allowed ?? (Array.isArray(values) ? `one of ${values.map(String).join(", ")}` : `${/^[aeiou]/.test(String(error.params.type)) ? "an" : "a"} ${String(error.params.type)}`);
      return {
        text: `${where} is ${typeName(found)}; expected ${expected}`,
        path,
        part: "value"
      };
    }
    case "uniqueItems": {
      const { i, j } = error.params;
      return {
        text: `${where} lists ${quote(found[i])} twice (items ${j + 1} and ${i + 1}); remove the repeat`,
        path: [...path, i],
        part: "value"
      };
    }
    case "minItems":
      return { text: `${where} is an empty list; expected ${allowed ?? "at least one item"}`, path, part: "value" };
    default: {
      const guess = guessFor(found, path, error);
      return {
        text: `${where} is ${typeName(found)}, which is not allowed; expected ${allowed ?? error.message ?? "another value"}${guess ? `; did you mean "${guess}"?` : ""}`,
        expected: guess ? [guess] : void 0,
        path,
        part: "value",
        fix: guess
      };
    }
  }
}
function topicOf(error, message2) {
  if (error.keyword === "additionalProperties" && message2.path.length === 1) return "unknown-field";
  if (error.keyword === "required" && message2.path.length === 0) {
    return error.params.missingProperty;
  }
  return String(message2.path[0] ?? "metadata");
}
function schemaReports(metadata, schema2, subject = "the metadata", knownErrors) {
  if (knownErrors === void 0 && schema2.validate(metadata.data)) return [];
  const errors = collapseAnyOf(knownErrors ?? schema2.validate.errors ?? [], schema2.index);
  const seen = /* @__PURE__ */ new Set();
  const reports = [];
  const wrongType = new Set(errors.filter((e) => e.keyword === "type").map((e) => e.instancePath));
  for (const error of errors) {
    if (error.keyword !== "type" && error.keyword !== "required" && error.keyword !== "additionalProperties" && wrongType.has(error.instancePath)) continue;
    const message2 = messageFor(error, schema2.index, subject);
    const span = error.keyword === "required" && message2.path.length === 0 ? metadata.block : spanAt(metadata, message2.path, message2.part);
    if (metadata.errorLines.has(span.line)) continue;
    const key = `${span.line}:${span.column}:${message2.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const fix = message2.fix === void 0 ? void 0 : fixOf(message2.applicability ?? "safe", replaceScalar(metadata, message2.path, message2.fix));
    reports.push({ span, message: message2.text, expected: message2.expected, topic: topicOf(error, message2), ...fix ? { fix } : {} });
  }
  return reports;
}

// src/rules/invalidFields.ts
var findingsCache = /* @__PURE__ */ new WeakMap();
function findingsOf(metadata, schema2, schemaErrors) {
  let findings = findingsCache.get(metadata);
  if (findings?.schema !== schema2) {
    const data = metadata.data;
    const reports = schemaReports(metadata, schema2, void 0, typeof data === "object" && data !== null ? schemaErrors?.get(data) : void 0);
    findings = { schema: schema2, reports, fields: new Set(reports.map((report) => report.topic ?? "metadata")) };
    findingsCache.set(metadata, findings);
  }
  return findings;
}
function cachedSchemaReports(metadata, schema2, schemaErrors) {
  return findingsOf(metadata, schema2, schemaErrors).reports;
}
function invalidFields(doc, { schema: schema2, schemaValid, schemaErrors }) {
  const metadata = doc.metadata;
  const data = metadata?.data;
  if (!metadata || typeof data === "object" && data !== null && schemaValid?.has(data)) return NONE;
  return findingsOf(metadata, schema2, schemaErrors).fields;
}
var NONE = /* @__PURE__ */ new Set();
function fieldsValid(doc, context, ...fields) {
  const invalid = invalidFields(doc, context);
  return fields.every((field) => !invalid.has(field));
}

// src/rules/kep/date-order.ts
var DATE = /^\d{4}-\d{2}-\d{2}$/;
var dateOrder = kepRule(
  {
    id: "date-order",
    description: "last-updated is not before creation-date (when both are valid dates).",
    examples: {
      ok: { kep: "creation-date: 2024-01-15\nlast-updated: 2024-03-01" },
      notOk: { kep: "creation-date: 2024-01-15\nlast-updated: 2023-12-01" }
    }
  },
  (doc, context) => {
    const created = stringField(doc, "creation-date");
    const updated = stringField(doc, "last-updated");
    if (!doc.metadata || !created || !updated || !DATE.test(created) || !DATE.test(updated) || !fieldsValid(doc, context, "creation-date", "last-updated")) return [];
    if (updated >= created) return [];
    return [
      {
        span: spanAt(doc.metadata, ["last-updated"]),
        message: `last-updated ${updated} is before creation-date ${created}; a KEP cannot change before it exists \u2014 use a date on or after ${created}`,
        expected: [created]
      }
    ];
  }
);

// src/rules/kep/draft-date.ts
function isRealDate(yyyy, mm, dd) {
  const date = /* @__PURE__ */ new Date(0);
  date.setUTCFullYear(yyyy, mm - 1, dd);
  return date.getUTCFullYear() === yyyy && date.getUTCMonth() === mm - 1 && date.getUTCDate() === dd;
}
var draftDate = kepRule(
  {
    id: "draft-date",
    description: "The date in draft-YYYYMMDD is a real date and equals creation-date (when creation-date is itself valid).",
    examples: {
      ok: { file: DRAFT_FILE, kep: "kep-number: draft-20240115\ncreation-date: 2024-01-15\nstatus: Draft" },
      notOk: { file: DRAFT_FILE, kep: "kep-number: draft-20240116\ncreation-date: 2024-01-15\nstatus: Draft" }
    }
  },
  (doc, context) => {
    const draft = draftNumber(doc);
    if (!doc.metadata || draft === void 0) return [];
    const digits = draft.slice("draft-".length);
    const [yyyy, mm, dd] = [digits.slice(0, 4), digits.slice(4, 6), digits.slice(6, 8)].map(Number);
    const created = fieldsValid(doc, context, "creation-date") ? stringField(doc, "creation-date") : void 0;
    const createdDigits = created && /^\d{4}-\d{2}-\d{2}$/.test(created) ? created.replaceAll("-", "") : void 0;
    const metadata = doc.metadata;
    const span = () => spanAt(metadata, ["kep-number"]);
    if (!isRealDate(yyyy, mm, dd)) {
      return [
        {
          span: span(),
          message: `kep-number "${draft}" does not hold a real date (YYYYMMDD)${createdDigits ? `; with creation-date ${created} it is draft-${createdDigits}` : ""}`,
          expected: createdDigits ? [`draft-${createdDigits}`] : void 0
        }
      ];
    }
    if (createdDigits && createdDigits !== digits) {
      return [
        {
          span: span(),
          message: `kep-number "${draft}" does not match creation-date ${created}: the draft number carries the date the KEP was created; did you mean "draft-${createdDigits}"?`,
          expected: [`draft-${createdDigits}`]
        }
      ];
    }
    return [];
  }
);

// src/rules/kep/folder-number.ts
var folderNumber = kepRule(
  {
    id: "folder-number",
    description: "kep-number is the number the KEP's folder starts with.",
    examples: {
      ok: { kep: "kep-number: 42" },
      notOk: { kep: "kep-number: 43" }
    }
  },
  (doc) => {
    const metadata = doc.metadata;
    if (!metadata) return [];
    const folder = doc.file.split("/").at(-2) ?? "";
    const match = /^(\d+)-/.exec(folder);
    const number = assignedNumber(doc);
    if (!match) {
      return [{ span: FILE_START, message: `the KEP's folder "${folder}" does not start with its number; name it <kep-number>-<short-title>${number !== void 0 ? `, here ${number}-\u2026` : ""}` }];
    }
    const folderNumberValue = Number(match[1]);
    if (number === void 0 || number === folderNumberValue) return [];
    return [
      {
        span: spanAt(metadata, ["kep-number"]),
        message: `kep-number is ${number} but the KEP's folder is ${folder}; the number and the folder must agree: set kep-number to ${folderNumberValue} or rename the folder`,
        expected: [String(folderNumberValue)]
      }
    ];
  }
);

// src/rules/kep/folder-sig.ts
var folderSig = kepRule(
  {
    id: "folder-sig",
    description: "A KEP lives in the folder of its owning SIG or working group (or the newcomers folder).",
    examples: {
      ok: { file: "sig-node/0042-pod-overhead.md", kep: "owning-sig: sig-node" },
      notOk: { file: "sig-node/0042-pod-overhead.md", kep: "owning-sig: sig-apps" }
    }
  },
  (doc, { options }) => {
    const { segment } = options;
    const owningSig = stringField(doc, "owning-sig");
    const top = doc.file.split("/")[segment] ?? "";
    const where = doc.file.split("/").slice(0, segment + 1).join("/");
    if (!doc.metadata || owningSig === void 0 || !/^(sig|wg|committee)-/.test(top) || top === owningSig) return [];
    return [
      {
        span: spanAt(doc.metadata, ["owning-sig"]),
        message: `owning-sig is ${owningSig} but the KEP is in ${where}/; move the KEP to the folder of ${owningSig} or set owning-sig to ${top}`,
        expected: [top]
      }
    ];
  }
);

// src/rules/kep/folder-status.ts
var folderStatus = kepRule(
  {
    id: "folder-status",
    description: "A KEP in a deferred/, orphaned/ or retired/ folder has a matching status, and a KEP with such a status is in such a folder.",
    examples: {
      ok: { file: "sig-node/deferred/draft-20240115-pod-overhead.md", kep: "kep-number: draft-20240115\nstatus: Deferred" },
      notOk: { file: DRAFT_FILE, kep: "kep-number: draft-20240115\nstatus: Deferred" }
    }
  },
  (doc, { lifecycle }) => {
    const status = stringField(doc, "status");
    if (!doc.metadata || status === void 0 || !lifecycle.states.includes(status)) return [];
    const folder = statusFolderOf(doc.file, lifecycle);
    const metadata = doc.metadata;
    const span = () => spanAt(metadata, ["status"]);
    const reports = [];
    const homes = Object.entries(lifecycle.folders).filter(([, states]) => states.includes(status)).map(([name]) => name);
    const sig = doc.file.split("/")[0];
    if (folder !== void 0 && !lifecycle.folders[folder].includes(status)) {
      const move = homes.length > 0 ? `move the file to ${sig}/${homes[0]}/` : `move the file out of ${folder}/`;
      reports.push({
        span: span(),
        message: `the KEP is in ${folder}/ but its status is ${status}; KEPs in ${folder}/ have status ${lifecycle.folders[folder].join(" or ")} \u2014 change the status, or ${move}`,
        expected: lifecycle.folders[folder],
        dependsOn: ["status"]
      });
    } else if (folder === void 0 && homes.length > 0) {
      reports.push({ span: span(), message: `status ${status} KEPs live in ${homes.map((home) => `${home}/`).join(" or ")}; move the file to ${sig}/${homes[0]}/`, dependsOn: ["status"] });
    }
    return reports;
  }
);

// src/rules/kep/handle-at.ts
function handleAtMessage(where, handle) {
  return `${where} is "${handle}" without @; kubernetes/enhancements' tooling reads it as the same person, but the template writes handles "@${handle}" \u2014 write "@${handle}"`;
}
var HANDLE_FIELDS = ["authors", "reviewers", "approvers", "prr-approvers"];
function lacksAt(item) {
  return typeof item === "string" && item !== "TBD" && GITHUB_HANDLE.test(item);
}
function hasHandleWithoutAt(fields) {
  return HANDLE_FIELDS.some((field) => {
    const list = fields[field];
    return Array.isArray(list) && list.some(lacksAt);
  });
}
var handleAt = kepRule(
  {
    id: "handle-at",
    description: "GitHub handles in authors, reviewers, approvers and prr-approvers (and production readiness approvals) are written with @, as the template writes them.",
    severity: "warning",
    fixable: ["safe"],
    examples: {
      ok: { kep: 'authors:\n  - "@janedoe"' },
      notOk: { kep: "authors:\n  - janedoe" }
    }
  },
  (doc) => {
    const metadata = doc.metadata;
    const fields = fieldsOf(doc);
    if (!metadata || !fields) return [];
    const reports = [];
    for (const field of HANDLE_FIELDS) {
      const list = fields[field];
      if (!Array.isArray(list)) continue;
      list.forEach((item, index) => {
        if (!lacksAt(item)) return;
        const fix = fixOf("safe", replaceScalar(metadata, [field, index], `@${item}`));
        reports.push({ span: spanAt(metadata, [field, index]), message: handleAtMessage(`${field}[${index}]`, item), expected: [`@${item}`], ...fix ? { fix } : {} });
      });
    }
    return reports;
  },
  // Its findings and fixes look up where each such handle is written: the first read keeps the positions.
  () => ({ keepsPositions: ({ fields }) => fields !== void 0 && hasHandleWithoutAt(fields) })
);

// src/rules/kep/implemented-stage.ts
var FINAL_STAGES = ["stable", "deprecated", "disabled", "removed"];
var implementedStage = kepRule(
  {
    id: "implemented-stage",
    description: "An implemented KEP has reached stage stable (or, for a deprecation, deprecated, disabled or removed).",
    examples: {
      ok: { kep: "status: implemented\nstage: stable" },
      notOk: { kep: "status: implemented\nstage: alpha" }
    }
  },
  (doc, context) => {
    const stage = stringField(doc, "stage");
    if (!doc.metadata || stringField(doc, "status") !== "implemented" || stage === void 0 || FINAL_STAGES.includes(stage) || !fieldsValid(doc, context, "stage")) return [];
    return [
      {
        span: spanAt(doc.metadata, ["stage"]),
        message: `status is implemented but stage is ${stage}; a KEP is implemented once it is stable \u2014 set stage to stable, or status back to implementable while it graduates`,
        expected: ["stable"],
        dependsOn: ["status", "stage"]
      }
    ];
  }
);

// src/rules/kep/milestone-order.ts
var milestoneOrder = kepRule(
  {
    id: "milestone-order",
    description: "The releases of the stages come in the order of the stages: milestone.alpha \u2264 milestone.beta \u2264 milestone.stable, and deprecated \u2264 disabled \u2264 removed.",
    examples: {
      ok: { kep: 'stage: beta\nmilestone:\n  alpha: "v1.29"\n  beta: "v1.30"' },
      notOk: { kep: 'stage: beta\nmilestone:\n  alpha: "v1.29"\n  beta: "v1.28"' }
    }
  },
  (doc) => {
    const milestones = milestonesOf(fieldsOf(doc));
    if (!doc.metadata || !milestones) return [];
    const reports = [];
    for (const order of STAGE_ORDERS) {
      let latest;
      for (const stage of order) {
        const release = releaseOf(milestones[stage]);
        if (!release) continue;
        if (latest && compareReleases(release, latest.release) < 0) {
          reports.push({
            span: spanAt(doc.metadata, ["milestone", stage]),
            message: `milestone.${stage} is ${release.text}, before milestone.${latest.stage} ${latest.release.text}; a feature reaches ${stage} after ${latest.stage} \u2014 correct the release of one of them`
          });
          continue;
        }
        latest = { stage, release };
      }
    }
    return reports;
  }
);

// src/rules/support/stagedKep.ts
var STAGED_STATUSES = ["implementable", "implemented"];
function stagedKep(doc) {
  const status = stringField(doc, "status");
  const fields = fieldsOf(doc);
  if (!doc.metadata || !fields || status === void 0 || !STAGED_STATUSES.includes(status)) return void 0;
  return { status, metadata: doc.metadata, fields };
}

// src/rules/kep/milestone-required.ts
var MILESTONE_FIELDS = ["latest-milestone", "milestone"];
var milestoneRequired = kepRule(
  {
    id: "milestone-required",
    description: "An implementable or implemented KEP says its latest-milestone and the milestone of each stage.",
    severity: "warning",
    examples: {
      ok: { kep: 'status: implementable\nstage: alpha\nlatest-milestone: "v1.30"\nmilestone:\n  alpha: "v1.30"' },
      notOk: { kep: "status: implementable\nstage: alpha" }
    }
  },
  (doc) => {
    const staged = stagedKep(doc);
    if (!staged) return [];
    const { status, metadata, fields } = staged;
    const missing = MILESTONE_FIELDS.filter((field) => fields[field] === void 0);
    if (missing.length === 0) return [];
    return [
      {
        span: spanAt(metadata, ["status"]),
        message: `status is ${status} but ${missing.join(" and ")} ${missing.length === 1 ? "is" : "are"} missing; say in which release the KEP is worked on and reaches each stage (for example "latest-milestone: v1.30" and "milestone: {alpha: v1.30}")`,
        dependsOn: ["status"]
      }
    ];
  },
  // Its finding is written at status: a staged KEP without them keeps its positions from the first read.
  () => ({
    keepsPositions: ({ fields }) => {
      const status = fields?.status;
      return fields !== void 0 && typeof status === "string" && STAGED_STATUSES.includes(status) && MILESTONE_FIELDS.some((field) => fields[field] === void 0);
    }
  })
);

// src/rules/kep/number-assigned.ts
function disagreement(fields, lifecycle) {
  const status = fields?.status;
  if (typeof status !== "string") return void 0;
  const draft = draftNumberIn(fields);
  if (draft !== void 0 && lifecycle.numbered.includes(status)) return { status, draft };
  const number = assignedNumberIn(fields);
  if (number === void 0) return void 0;
  const before = preApprovalStates(lifecycle);
  return before.includes(status) ? { status, number, before } : void 0;
}
var numberAssigned = kepRule(
  {
    id: "number-assigned",
    description: "A KEP in an approved state (Approved, Final, Replaced) has an assigned number, not draft-YYYYMMDD; a KEP in a state reached only before approval (Draft, Deferred, Rejected) has a draft-YYYYMMDD one, whether it is new or changed.",
    examples: {
      ok: { kep: "kep-number: 42\nstatus: Approved" },
      notOk: { kep: "kep-number: draft-20240115\nstatus: Approved" }
    }
  },
  (doc, context) => {
    const { lifecycle, repository } = context;
    const found = disagreement(fieldsOf(doc), lifecycle);
    if (!doc.metadata || !found) return [];
    const { status } = found;
    if ("draft" in found) {
      const next = (repository.numbers().at(-1) ?? 0) + 1;
      return [
        {
          span: spanAt(doc.metadata, ["kep-number"]),
          message: `kep-number is still "${found.draft}" but status ${status} needs an assigned number (states that do: ${lifecycle.numbered.join(", ")}); the next free number is ${next}`,
          expected: [String(next)],
          dependsOn: ["status"]
        }
      ];
    }
    const { number, before } = found;
    const created = fieldsValid(doc, context, "creation-date") ? stringField(doc, "creation-date") : void 0;
    const suggestion = created !== void 0 && /^\d{4}-\d{2}-\d{2}$/.test(created) ? `draft-${created.replaceAll("-", "")}` : void 0;
    return [
      {
        span: spanAt(doc.metadata, ["kep-number"]),
        message: `kep-number is ${number} but status ${status} comes before approval (${before.join(", ")}), when the number is draft-YYYYMMDD until the change to ${lifecycle.numberAssignedOn ?? lifecycle.numbered[0]} assigns one; ${suggestion ? `write "${suggestion}"` : "write draft- and the creation date as YYYYMMDD"}`,
        expected: suggestion ? [suggestion] : void 0,
        dependsOn: ["status"]
      }
    ];
  },
  // Its finding is written at kep-number: a KEP whose number and status disagree keeps its positions from the first read.
  () => ({ keepsPositions: ({ fields }, { lifecycle }) => disagreement(fields, lifecycle) !== void 0 })
);

// src/rules/kep/number-unique.ts
var numberUnique = kepRule(
  {
    id: "number-unique",
    description: "No two KEPs of the repository share an assigned kep-number.",
    examples: {
      ok: { kep: "kep-number: 42", others: { "sig-node/0043-pod-priority.md": KEP_43 } },
      notOk: { kep: "kep-number: 42", others: { "sig-node/0043-pod-priority.md": "---\nkep-number: 42\ntitle: Pod Priority\n\u2026\n---\n" } }
    }
  },
  (doc, { repository }) => {
    const number = assignedNumber(doc);
    if (!doc.metadata || number === void 0) return [];
    const others = repository.withNumber(number).filter((other) => other !== doc);
    if (others.length === 0) return [];
    const next = (repository.numbers().at(-1) ?? 0) + 1;
    return [
      {
        span: spanAt(doc.metadata, ["kep-number"]),
        message: `kep-number ${number} is also used by ${others.map((other) => other.file).join(", ")}; every KEP needs its own number (the next free one is ${next})`,
        expected: [String(next)]
      }
    ];
  }
);

// src/rules/kep/prod-readiness.ts
var PRR_SINCE_MINOR = 21;
function minorOf(milestone) {
  const match = typeof milestone === "string" ? /^v?1\.(\d+)$/.exec(milestone.trim()) : null;
  return match ? Number(match[1]) : void 0;
}
function beforeReview(fields) {
  const minor = minorOf(fields["latest-milestone"]);
  return minor === void 0 || minor < PRR_SINCE_MINOR;
}
function unapprovedStage(fields, approvals) {
  const stage = fields.stage;
  const sig = fields["owning-sig"];
  const number = assignedNumberIn(fields);
  if (typeof stage !== "string" || stage === "" || typeof sig !== "string" || sig === "" || number === void 0) return void 0;
  const path = `keps/prod-readiness/${sig}/${number}.yaml`;
  const approval = approvals.get(path);
  const forStage = approval?.[stage];
  if (forStage && typeof forStage.approver === "string" && forStage.approver !== "") return void 0;
  return { path, stage, number, approval };
}
var prodReadiness = kepRule(
  {
    id: "prod-readiness",
    description: "An implementable or implemented KEP has keps/prod-readiness/<sig>/<number>.yaml approving its current stage (a warning for KEPs implemented and last worked on before v1.21, when the review began \u2014 in a change, at the base too).",
    examples: {
      ok: { kep: "status: implementable\nstage: alpha", others: { [PRR]: 'kep-number: 42\nalpha:\n  approver: "@deads2k"\n' } },
      notOk: { kep: "status: implementable\nstage: alpha" }
    }
  },
  (doc, context) => {
    const approvals = context.prodReadiness;
    const staged = stagedKep(doc);
    if (!staged || !approvals) return [];
    const unapproved = unapprovedStage(staged.fields, approvals);
    if (!unapproved || !fieldsValid(doc, context, "stage", "owning-sig")) return [];
    const { status, metadata, fields } = staged;
    const { path, stage, number, approval } = unapproved;
    const base = context.baseOf?.(doc);
    const baseFields = base && fieldsOf(base);
    const baseBefore = base === void 0 || baseFields !== void 0 && beforeReview(baseFields);
    const relaxed = status === "implemented" && beforeReview(fields) && baseBefore;
    const why = status === "implemented" && beforeReview(fields) && !baseBefore ? ` (latest-milestone was ${JSON.stringify(baseFields?.["latest-milestone"] ?? null)} at the base: the review applies, whatever the change sets it to)` : "";
    if (approval === void 0) {
      return [
        {
          span: spanAt(metadata, ["status"]),
          message: `status is ${status} but ${path} does not exist; an ${status} KEP needs a production readiness approval of its stage \u2014 add that file with "kep-number: ${number}" and "${stage}: {approver: "@\u2026"}"${why}`,
          relaxed,
          dependsOn: ["status", "stage"]
        }
      ];
    }
    const covered = Object.keys(approval ?? {}).filter((key) => key !== "kep-number");
    return [
      {
        span: spanAt(metadata, ["stage"]),
        message: `stage is ${stage} but ${path} has no approver for ${stage} (it approves ${covered.join(", ") || "no stage"}); ask a PRR approver to add "${stage}: {approver: "@\u2026"}"${why}`,
        relaxed,
        dependsOn: ["status", "stage"]
      }
    ];
  },
  // Its finding is written at status or stage: a staged KEP whose approval is missing or does not cover its stage keeps its positions from the first read.
  () => ({
    keepsPositions: ({ fields }, { prodReadiness: prodReadiness2 }) => {
      const status = fields?.status;
      return prodReadiness2 !== void 0 && fields !== void 0 && typeof status === "string" && STAGED_STATUSES.includes(status) && unapprovedStage(fields, prodReadiness2) !== void 0;
    }
  })
);

// src/rules/kep/recommended-fields.ts
function writtenEmpty(value) {
  return value === null || Array.isArray(value) && value.length === 0;
}
var recommendedFields = kepRule(
  {
    id: "recommended-fields",
    description: "The metadata has the fields the template asks for beyond what the project's validator requires (kubernetes: reviewers, creation-date, and approvers not empty).",
    severity: "warning",
    examples: {
      ok: { kep: 'approvers:\n  - "@approver"' },
      notOk: { kep: "approvers: []" }
    }
  },
  (doc, context) => {
    const { options } = context;
    const metadata = doc.metadata;
    const fields = fieldsOf(doc);
    if (!metadata || !fields) return [];
    return options.fields.filter((field) => (fields[field] === void 0 || writtenEmpty(fields[field])) && fieldsValid(doc, context, field)).map(
      (field) => fields[field] === void 0 ? { span: metadata.block, message: `the metadata has no "${field}"; kubernetes/enhancements' validator does not require it, but the template asks for it \u2014 add it` } : { span: spanAt(metadata, [field], "key"), message: `${field} is empty; kubernetes/enhancements' validator accepts that, but the template asks for ${field} \u2014 fill it in` }
    );
  },
  // A field written empty is reported at its key: such metadata keeps its positions from the first read.
  (options) => ({
    keepsPositions: ({ fields }) => fields !== void 0 && options.fields.some((field) => writtenEmpty(fields[field]))
  })
);

// src/rules/kep/reference-exists.ts
var REFERENCE_FIELDS = ["see-also", "replaces", "superseded-by"];
function referencedFolder(reference) {
  const match = /^\/?(keps\/.+?)\/?(?:README\.md|kep\.yaml)?$/.exec(reference);
  return match?.[1];
}
function mayNameNoKep(file, fields, reading, paths) {
  if (!fields) return false;
  return REFERENCE_FIELDS.some((field) => {
    const list = fields[field];
    return Array.isArray(list) && list.some((item) => {
      const number = kepNumberOf(item);
      if (number !== void 0) return number === assignedNumberIn(fields) || !reading.listedNumbers.has(number);
      const folder = paths && typeof item === "string" ? referencedFolder(item) : void 0;
      return folder !== void 0 && (folder === folderOf(file) || !reading.kepFolders.has(folder));
    });
  });
}
var folderCache = /* @__PURE__ */ new WeakMap();
function knownFolders(documents) {
  let folders = folderCache.get(documents);
  if (!folders) {
    folders = new Set(documents.map((doc) => folderOf(doc.file)));
    folderCache.set(documents, folders);
  }
  return folders;
}
var referenceExists = kepRule(
  {
    id: "reference-exists",
    description: "Every KEP named in see-also, replaces and superseded-by (by KEP-number or bare number, or by folder where the preset allows) exists in the repository, and is not this KEP.",
    examples: {
      ok: { kep: "see-also:\n  - KEP-43", others: { "sig-node/0043-pod-priority.md": KEP_43 } },
      notOk: { kep: "see-also:\n  - KEP-99", others: { "sig-node/0043-pod-priority.md": KEP_43 } }
    }
  },
  (doc, { repository, options }) => {
    const metadata = doc.metadata;
    const fields = fieldsOf(doc);
    if (!metadata || !fields) return [];
    const own = assignedNumber(doc);
    const reports = [];
    for (const field of REFERENCE_FIELDS) {
      const list = fields[field];
      if (!Array.isArray(list)) continue;
      list.forEach((item, index) => {
        if (typeof item !== "string" && typeof item !== "number") return;
        const span = () => spanAt(metadata, [field, index]);
        const number = kepNumberOf(item);
        if (number !== void 0) {
          if (number === own) {
            reports.push({ span: span(), message: `${field} names KEP-${number}, which is this KEP itself; remove it` });
          } else if (repository.withNumber(number).length === 0) {
            reports.push({
              span: span(),
              message: options.paths ? `${field} names ${item}, but no KEP in this repository is there; correct the path or remove the reference` : `${field} names KEP-${number}, but no KEP in this repository has kep-number ${number}; correct the number or remove the reference`
            });
          }
          return;
        }
        const folder = options.paths && typeof item === "string" ? referencedFolder(item) : void 0;
        if (folder === void 0) return;
        if (folder === folderOf(doc.file)) {
          reports.push({ span: span(), message: `${field} names ${item}, which is this KEP's own folder; remove it` });
          return;
        }
        const folders = knownFolders(repository.documents);
        if (folders.has(folder)) return;
        const suffix = `/${folder.split("/").at(-1)}`;
        let guess;
        for (const known of folders) {
          if (known.endsWith(suffix)) {
            guess = known;
            break;
          }
        }
        reports.push({
          span: span(),
          message: `${field} names ${item}, but no KEP in this repository is there${guess ? `; did you mean "/${guess}"?` : "; correct the path or remove the reference"}`,
          expected: guess ? [`/${guess}`] : void 0
        });
      });
    }
    return reports;
  },
  // Its findings are written at the reference: a KEP whose references may name no KEP keeps its positions from the first read.
  (options) => ({ keepsPositions: ({ file, fields }, reading) => mayNameNoKep(file, fields, reading, options.paths) })
);

// src/rules/kep/reference-form.ts
var referenceForm = kepRule(
  {
    id: "reference-form",
    description: "A KEP named in see-also, replaces or superseded-by is written KEP-1539 (or as its path, /keps/sig-node/1539-hugepages, where the preset allows), not as a bare number.",
    severity: "warning",
    fixable: ["safe"],
    examples: {
      ok: { kep: "see-also:\n  - KEP-43", others: { "sig-node/0043-pod-priority.md": KEP_43 } },
      notOk: { kep: "see-also:\n  - 43", others: { "sig-node/0043-pod-priority.md": KEP_43 } }
    }
  },
  (doc, { repository, options }) => {
    const metadata = doc.metadata;
    const fields = fieldsOf(doc);
    if (!metadata || !fields) return [];
    const reports = [];
    for (const field of REFERENCE_FIELDS) {
      const list = fields[field];
      if (!Array.isArray(list)) continue;
      list.forEach((item, index) => {
        const bare = typeof item === "number" ? Number.isInteger(item) && item > 0 ? String(item) : void 0 : typeof item === "string" && /^[1-9]\d*$/.test(item) ? item : void 0;
        if (bare === void 0) return;
        const named = repository.withNumber(Number(bare));
        const path = options.paths && named.length > 0 ? `/${folderOf(named[0].file)}` : void 0;
        const expected = path ? [path, `KEP-${bare}`] : [`KEP-${bare}`];
        const fix = named.length < 2 ? fixOf("safe", replaceScalar(metadata, [field, index], expected[0])) : void 0;
        reports.push({
          span: spanAt(metadata, [field, index]),
          message: `${field}[${index}] is the bare number "${bare}"; name the KEP as the template does: ${expected.map((e) => `"${e}"`).join(" or ")}`,
          expected,
          ...fix ? { fix } : {}
        });
      });
    }
    return reports;
  }
);

// src/rules/kep/replaced-status.ts
var replacedStatus = kepRule(
  {
    id: "replaced-status",
    description: "A KEP that names superseded-by is in a superseded state (Replaced), as KEP-1 pairs them.",
    severity: "warning",
    examples: {
      ok: { kep: "status: Replaced\nsuperseded-by:\n  - KEP-43", others: { "sig-node/0043-pod-priority.md": "---\nkep-number: 43\ntitle: Pod Priority\nreplaces:\n  - KEP-42\n\u2026\n---\n" } },
      notOk: { kep: "status: Approved\nsuperseded-by:\n  - KEP-43", others: { "sig-node/0043-pod-priority.md": "---\nkep-number: 43\ntitle: Pod Priority\nreplaces:\n  - KEP-42\n\u2026\n---\n" } }
    }
  },
  (doc, context) => {
    const { lifecycle } = context;
    const status = stringField(doc, "status");
    const supersededBy = fieldsOf(doc)?.["superseded-by"];
    if (!doc.metadata || status === void 0 || lifecycle.superseded.length === 0 || !lifecycle.states.includes(status) || lifecycle.superseded.includes(status)) return [];
    if (!Array.isArray(supersededBy) || supersededBy.length === 0 || !fieldsValid(doc, context, "superseded-by")) return [];
    return [
      {
        span: spanAt(doc.metadata, ["superseded-by"], "key"),
        message: `superseded-by names ${supersededBy.length === 1 ? "a KEP" : `${supersededBy.length} KEPs`} but status is ${status}; KEP-1 pairs superseded-by with the move to ${lifecycle.superseded.join(" or ")} \u2014 change status, or remove superseded-by`,
        expected: lifecycle.superseded,
        dependsOn: ["status"]
      }
    ];
  }
);

// src/rules/kep/replaces-reciprocal.ts
function lists(target, field, number) {
  return kepReferences(target, field).some((reference) => reference.number === number);
}
var RECIPROCAL = {
  replaces: "superseded-by",
  "superseded-by": "replaces"
};
var replacesReciprocal = kepRule(
  {
    id: "replaces-reciprocal",
    description: "replaces and superseded-by agree: if KEP-A replaces KEP-B, KEP-B is superseded by KEP-A, and the other way round.",
    fixable: ["safe"],
    examples: {
      ok: { kep: "replaces:\n  - KEP-43", others: { "sig-node/0043-pod-priority.md": "---\nkep-number: 43\ntitle: Pod Priority\nstatus: Replaced\nsuperseded-by:\n  - KEP-42\n\u2026\n---\n" } },
      notOk: { kep: "replaces:\n  - KEP-43", others: { "sig-node/0043-pod-priority.md": KEP_43 } }
    }
  },
  (doc, { repository }) => {
    const own = assignedNumber(doc);
    if (!doc.metadata || own === void 0) return [];
    const reports = [];
    for (const field of ["replaces", "superseded-by"]) {
      const other = RECIPROCAL[field];
      for (const { index, number } of kepReferences(doc, field)) {
        if (number === own) continue;
        const targets = repository.withNumber(number);
        for (const target of targets) {
          if (lists(target, other, own)) continue;
          const edit = targets.length === 1 && target.metadata ? appendListItem(target.metadata, other, `KEP-${own}`) : void 0;
          const fix = edit && fixOf("safe", { ...edit, file: target.file });
          reports.push({
            ...fix ? { fix } : {},
            span: spanAt(doc.metadata, [field, index]),
            message: `this KEP lists KEP-${number} in ${field}, but ${target.file} does not list KEP-${own} in ${other}; add "KEP-${own}" to ${other} there, or remove this entry`
          });
        }
      }
    }
    return reports;
  }
);

// src/rules/kep/schema.ts
var schema = kepRule(
  {
    id: "schema",
    description: "The metadata matches the preset's JSON Schema (or the repository's own): required fields, types, allowed values.",
    topics: true,
    fixable: ["safe", "suggestion"],
    examples: {
      ok: { kep: "status: Approved" },
      notOk: { kep: "status: draft" }
    }
  },
  (doc, { schema: schema2, schemaValid, schemaErrors }) => {
    const metadata = doc.metadata;
    if (!metadata) return [];
    const data = metadata.data;
    if (typeof data === "object" && data !== null && schemaValid?.has(data)) return [];
    return cachedSchemaReports(metadata, schema2, schemaErrors);
  }
);

// src/rules/kep/sig-known.ts
var sigKnown = kepRule(
  {
    id: "sig-known",
    description: "owning-sig and participating-sigs name SIGs, working groups or committees of the configured sigs.yaml.",
    examples: {
      ok: { kep: "owning-sig: sig-node", sigs: "sigs:\n  - dir: sig-node\n    name: Node\n" },
      notOk: { kep: "owning-sig: sig-node\nparticipating-sigs:\n  - sig-nodes", sigs: "sigs:\n  - dir: sig-node\n    name: Node\n" }
    }
  },
  (doc, { knownSigs }) => {
    const metadata = doc.metadata;
    const fields = fieldsOf(doc);
    if (!metadata || !fields || !knownSigs) return [];
    const known = [...knownSigs];
    const reports = [];
    const report = (value, path) => {
      if (typeof value !== "string" || value === "kubernetes-wide" || knownSigs.has(value)) return;
      const guess = didYouMean(value, known);
      reports.push({
        span: spanAt(metadata, path),
        message: `${path[0]} ${JSON.stringify(value)} is not a SIG, working group or committee of sigs.yaml${guess ? `; did you mean "${guess}"?` : ""}`,
        expected: guess ? [guess] : void 0
      });
    };
    report(fields["owning-sig"], ["owning-sig"]);
    const participating = fields["participating-sigs"];
    if (Array.isArray(participating)) participating.forEach((sig, index) => report(sig, ["participating-sigs", index]));
    return reports;
  }
);

// src/rules/kep/stage-required.ts
var stageRequired = kepRule(
  {
    id: "stage-required",
    description: "An implementable or implemented KEP says its stage.",
    examples: {
      ok: { kep: "status: implementable\nstage: alpha" },
      notOk: { kep: "status: implementable" }
    }
  },
  (doc) => {
    const staged = stagedKep(doc);
    if (!staged || staged.fields.stage !== void 0) return [];
    const { status, metadata } = staged;
    return [
      {
        span: spanAt(metadata, ["status"]),
        message: `status is ${status} but there is no stage; an ${status} KEP says which stage it targets: add "stage: alpha" (or beta, stable, deprecated, disabled, removed)`,
        dependsOn: ["status"]
      }
    ];
  }
);

// src/rules/kep/superseded-by-required.ts
function statusWithoutSuccessors(fields, superseded) {
  const status = fields?.status;
  const supersededBy = fields?.["superseded-by"];
  return typeof status === "string" && superseded.includes(status) && !(Array.isArray(supersededBy) && supersededBy.length > 0) ? status : void 0;
}
var supersededByRequired = kepRule(
  {
    id: "superseded-by-required",
    description: "A Replaced KEP names the KEPs that supersede it in superseded-by.",
    examples: {
      ok: { kep: "status: Replaced\nsuperseded-by:\n  - KEP-43", others: { "sig-node/0043-pod-priority.md": "---\nkep-number: 43\ntitle: Pod Priority\nreplaces:\n  - KEP-42\n\u2026\n---\n" } },
      notOk: { kep: "status: Replaced" }
    }
  },
  (doc, { lifecycle }) => {
    const fields = fieldsOf(doc);
    const status = statusWithoutSuccessors(fields, lifecycle.superseded);
    if (!doc.metadata || status === void 0) return [];
    const supersededBy = fields?.["superseded-by"];
    return [
      {
        span: spanAt(doc.metadata, ["status"]),
        message: `status is ${status} but superseded-by ${supersededBy === void 0 ? "is missing" : supersededBy === null || Array.isArray(supersededBy) ? "is empty" : `is not a list (it is ${JSON.stringify(supersededBy)})`}; list the KEPs that replace this one in superseded-by`,
        dependsOn: ["status"]
      }
    ];
  },
  // Its finding is written at status: such a KEP keeps its positions from the first read.
  () => ({ keepsPositions: ({ fields }, { lifecycle }) => statusWithoutSuccessors(fields, lifecycle.superseded) !== void 0 })
);

// src/rules/kep/toc.ts
var exemptions = /* @__PURE__ */ new WeakMap();
function exempted(readmes, list) {
  if (list === void 0) return /* @__PURE__ */ new Set();
  let byList = exemptions.get(readmes);
  if (!byList) exemptions.set(readmes, byList = /* @__PURE__ */ new Map());
  let files = byList.get(list);
  if (!files) {
    const text = readmes.ruleFile(list).text ?? "";
    files = new Set(text.split("\n").filter((line) => line !== ""));
    byList.set(list, files);
  }
  return files;
}
var REGENERATE = "regenerate it: kep-validator check --fix, or hack/update-toc.sh";
var toc = kepRule(
  {
    id: "toc",
    description: `A KEP README's table of contents between \`${TOC_START}\` and \`${TOC_END}\` is what mdtoc generates from its headings (kubernetes/enhancements' hack/verify-toc.sh: mdtoc's anchors, indentation and --max-depth=5), and a README that hack/.notableofcontents does not list has one.`,
    // Regenerating the table from the headings cannot change what the author meant: safe.
    fixable: ["safe"],
    readsReadme: true,
    examples: {
      ok: { kep: "status: provisional", others: { [README]: readmeText("KEP-42: Pod Overhead", TOC, SECTIONS) } },
      notOk: { kep: "status: provisional", others: { [README]: readmeText("KEP-42: Pod Overhead", "- [Summary](#summary)\n- [Motivation](#motivation)\n", SECTIONS) } }
    }
  },
  (doc, { readmes, options }) => {
    if (!readmes) return [];
    const readme = readmes.readmeOf(doc);
    if (readme.text === void 0 || exempted(readmes, options.exclude).has(readme.file)) return [];
    const state = readme.toc(options.maxDepth);
    if (state.state === "fresh") return [];
    const lines = readme.text.split("\n");
    if (state.state === "no-markers") {
      const what = state.missing === "start" ? `no ${TOC_START} marker` : state.missing === "end" ? `no ${TOC_END} marker` : `${TOC_END} before ${TOC_START}`;
      const listed = options.exclude === void 0 ? "" : `, or list the file in ${options.exclude}`;
      return [
        {
          file: readme.file,
          span: { line: 1, column: 1, endLine: 1, endColumn: lines[0].length + 1 },
          message: `this README has ${what}: mdtoc (hack/verify-toc.sh) writes the table of contents between ${TOC_START} and ${TOC_END}; put both below the title, as the template does, then ${REGENERATE}${listed}`
        }
      ];
    }
    const line = state.first.line;
    const report = {
      file: readme.file,
      span: { line, column: 1, endLine: line, endColumn: lines[line - 1].length + 1 },
      message: `the table of contents is not what mdtoc generates from the headings (--max-depth=${options.maxDepth}): ${state.differing} of its lines differ, the first at line ${line}; ${REGENERATE}`,
      fix: { applicability: "safe", edits: [state.fix] }
    };
    if (state.first.expected !== void 0) report.expected = [state.first.expected];
    return [report];
  }
);

// src/rules/registry.ts
var FIRST = [
  ...READING_RULES,
  schema,
  recommendedFields,
  handleAt,
  numberAssigned,
  draftDate,
  dateOrder,
  supersededByRequired,
  replacedStatus,
  numberUnique,
  referenceExists,
  referenceForm,
  replacesReciprocal,
  folderSig,
  folderStatus,
  fileName,
  sigKnown,
  folderNumber,
  stageRequired,
  milestoneRequired,
  milestoneOrder,
  implementedStage,
  prodReadiness,
  prodReadinessSchema,
  assignedApprovers,
  toc,
  statusTransition,
  stageTransition,
  milestoneMovedBack,
  initialStatus,
  numberChanged,
  numberAssignment,
  numberNext,
  creationDateChanged,
  lastUpdated,
  fileDeleted,
  templateSections,
  baseUnreadable
];
var LAST = [indexStale, configuration];
var RULES = /* @__PURE__ */ new Map();
var registry = RULES;
function addRules(rules, from) {
  const ids = /* @__PURE__ */ new Set();
  for (const rule of rules) {
    if (registry.has(rule.meta.id) || ids.has(rule.meta.id)) throw new Error(`the rule ${rule.meta.id} of ${from} is another rule's id`);
    ids.add(rule.meta.id);
  }
  for (const rule of LAST) registry.delete(rule.meta.id);
  for (const rule of [...rules, ...LAST]) registry.set(rule.meta.id, rule);
}
addRules(FIRST, "kep-validator");

// src/indexFile/templateView.ts
import { posix } from "node:path";
function kepTableView(documents, indexFile) {
  const rank = (doc) => {
    const number = assignedNumber(doc);
    if (number !== void 0) return [0, number, doc.file];
    const draft = draftNumber(doc);
    return draft !== void 0 ? [1, Number(draft.slice(6)), doc.file] : [2, 0, doc.file];
  };
  const sorted = [...documents].sort((a, b) => {
    const [ra, rb] = [rank(a), rank(b)];
    return ra[0] - rb[0] || ra[1] - rb[1] || (ra[2] < rb[2] ? -1 : ra[2] > rb[2] ? 1 : 0);
  });
  const keps = sorted.map((doc) => {
    const link = posix.relative(posix.dirname(indexFile), doc.file) || doc.file;
    const fields = fieldsOf(doc);
    if (!fields || doc.readProblems.some((p) => isGraveReadProblem(p.rule))) return { file: doc.file, link, unreadable: true };
    const undashed = Object.fromEntries(Object.entries(fields).flatMap(([key, value]) => key.includes("-") && !Object.hasOwn(fields, key.replace(/-/g, "")) ? [[key.replace(/-/g, ""), value]] : []));
    return { ...fields, ...undashed, file: doc.file, link, number: assignedNumber(doc) ?? draftNumber(doc) ?? fields["kep-number"] };
  });
  return { keps };
}

// src/presets/changeRules.ts
var LIFECYCLE_CHANGE_RULES = {
  "status-transition": true,
  "initial-status": true,
  "creation-date-changed": true,
  "last-updated": true,
  "file-deleted": true,
  "base-unreadable": true
};
var CHANGE_RULES = {
  ...LIFECYCLE_CHANGE_RULES,
  // Checks only where the lifecycle has stages (kubernetes).
  "stage-transition": true,
  "number-changed": true,
  "number-assignment": true,
  "number-next": true
};

// src/presets/kep-0001/lifecycle.json
var lifecycle_default = {
  $schema: "../../../schemas/lifecycle.schema.json",
  name: "kep-0001",
  description: `KEP-1's status values ("KEP Metadata"), with the edges of its workflow paths (a)-(k) mapped onto them: Draft = opened/accepted, Approved = scoped/started, Final = implemented, Deferred = deferred, Rejected = rejected, Withdrawn = orphaned/retired, Replaced = superseded. Two edges are added by decision: Deferred -> Draft (a deferred KEP is picked up again) and Final -> Replaced (an implemented KEP is superseded).`,
  states: ["Draft", "Deferred", "Approved", "Rejected", "Withdrawn", "Final", "Replaced"],
  initial: ["Draft"],
  transitions: {
    Draft: ["Approved", "Deferred", "Rejected", "Withdrawn"],
    Deferred: ["Draft"],
    Approved: ["Final", "Replaced", "Withdrawn"],
    Final: ["Replaced", "Withdrawn"],
    Rejected: [],
    Withdrawn: [],
    Replaced: []
  },
  numbered: ["Approved", "Final", "Replaced"],
  numberAssignedOn: "Approved",
  superseded: ["Replaced"],
  inFlight: ["Draft", "Approved"],
  folders: {
    deferred: ["Deferred"],
    orphaned: ["Withdrawn"],
    retired: ["Withdrawn"]
  },
  mapping: {
    Draft: ["opened", "accepted"],
    Approved: ["scoped", "started"],
    Final: ["implemented"],
    Deferred: ["deferred"],
    Rejected: ["rejected"],
    Withdrawn: ["orphaned", "retired"],
    Replaced: ["superseded"]
  }
};

// src/presets/kep-0001/lifecycle-workflow.json
var lifecycle_workflow_default = {
  $schema: "../../../schemas/lifecycle.schema.json",
  name: "kep-0001-workflow",
  description: `KEP-1's workflow states ("KEP Workflow") with exactly its paths (a)-(k).`,
  states: ["opened", "accepted", "scoped", "started", "implemented", "deferred", "superseded", "retired", "rejected", "orphaned"],
  initial: ["opened"],
  transitions: {
    opened: ["deferred", "rejected", "orphaned", "accepted"],
    accepted: ["orphaned", "scoped"],
    scoped: ["superseded", "orphaned", "started"],
    started: ["retired", "orphaned", "superseded", "implemented"],
    implemented: ["retired"],
    deferred: [],
    superseded: [],
    retired: [],
    rejected: [],
    orphaned: []
  },
  numbered: ["scoped", "started", "implemented", "superseded", "retired"],
  numberAssignedOn: "scoped",
  superseded: ["superseded"],
  inFlight: ["opened", "accepted", "scoped", "started"],
  folders: {
    deferred: ["deferred"],
    orphaned: ["orphaned"],
    retired: ["retired"]
  }
};

// src/presets/kep-0001/schema.json
var schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://raw.githubusercontent.com/kep-validator/kep-validator/v1/schemas/kep-0001.schema.json",
  title: "KEP metadata (KEP-1)",
  description: 'The metadata of a Kubernetes Enhancement Proposal, as KEP-1 "KEP Metadata" defines it. The status values are replaced at load time by the states of the selected lifecycle.',
  type: "object",
  required: ["kep-number", "title", "status", "authors", "owning-sig", "reviewers", "approvers", "editor", "creation-date"],
  additionalProperties: false,
  properties: {
    "kep-number": {
      description: "A positive integer once the KEP is approved; draft-YYYYMMDD (the creation date) before.",
      "x-allowed": "a positive integer such as 42, or draft-YYYYMMDD before approval",
      anyOf: [
        { type: "integer", minimum: 1 },
        { type: "string", pattern: "^draft-[0-9]{8}$" }
      ],
      examples: [42, "draft-20240115"]
    },
    title: {
      description: "The title in plain language; the file name carries its slug.",
      type: "string",
      minLength: 1,
      pattern: "^[^\\n]*\\S[^\\n]*$",
      "x-allowed": "a one-line title in plain language",
      examples: ["Kubernetes Enhancement Proposal Process"]
    },
    status: {
      description: "The current state of the KEP.",
      type: "string",
      enum: ["Draft", "Deferred", "Approved", "Rejected", "Withdrawn", "Final", "Replaced"],
      examples: ["Draft"]
    },
    authors: {
      description: "The authors: a name (a pseudonym is fine) and a GitHub handle each.",
      type: "array",
      minItems: 1,
      items: { $ref: "#/$defs/person" },
      "x-allowed": "a list of authors, each with name and github (email and slack optional)",
      examples: [[{ name: "Jane Doe", github: "janedoe" }]]
    },
    "owning-sig": {
      description: "The SIG or working group most closely associated with the KEP.",
      $ref: "#/$defs/sig",
      examples: ["sig-architecture"]
    },
    "participating-sigs": {
      description: "SIGs involved or impacted; kubernetes-wide for the whole project.",
      type: "array",
      uniqueItems: true,
      items: {
        "x-allowed": "sig-abc-def, wg-abc-def or kubernetes-wide",
        anyOf: [{ $ref: "#/$defs/sig" }, { const: "kubernetes-wide" }]
      },
      "x-allowed": "a list of SIGs such as sig-node, or kubernetes-wide",
      examples: [["sig-node", "sig-storage"], ["kubernetes-wide"]]
    },
    reviewers: { $ref: "#/$defs/peopleOrTbd", examples: ["TBD", [{ name: "Jane Doe", github: "janedoe" }]] },
    approvers: { $ref: "#/$defs/peopleOrTbd", examples: ["TBD", [{ name: "Jane Doe", github: "janedoe" }]] },
    editor: {
      description: "Someone to keep things moving forward, or TBD.",
      "x-allowed": "TBD, a person with name and github, or name: TBD",
      anyOf: [{ $ref: "#/$defs/tbd" }, { $ref: "#/$defs/person" }],
      examples: ["TBD", { name: "Jane Doe", github: "janedoe" }]
    },
    "creation-date": { $ref: "#/$defs/date", description: "The date the KEP was first submitted in a PR.", examples: ["2024-01-15"] },
    "last-updated": { $ref: "#/$defs/date", description: "The date the KEP last changed significantly.", examples: ["2024-03-01"] },
    "see-also": { $ref: "#/$defs/kepRefs", description: "Other relevant KEPs.", examples: [["KEP-1"]] },
    replaces: { $ref: "#/$defs/kepRefs", description: "KEPs this KEP replaces; they list it in superseded-by.", examples: [["KEP-12"]] },
    "superseded-by": { $ref: "#/$defs/kepRefs", description: "KEPs that supersede this one; pairs with status Replaced.", examples: [["KEP-34"]] }
  },
  $defs: {
    githubHandle: {
      type: "string",
      pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$",
      "x-allowed": 'a GitHub handle without "@": letters, digits and single hyphens, at most 39 characters'
    },
    person: {
      type: "object",
      required: ["name", "github"],
      additionalProperties: false,
      "x-allowed": "a person: name and github, with optional email and slack",
      properties: {
        name: { type: "string", minLength: 1, "x-allowed": "a non-empty name" },
        github: { $ref: "#/$defs/githubHandle" },
        email: { type: "string", format: "email", "x-allowed": "an e-mail address" },
        slack: { type: "string", minLength: 1, "x-allowed": "a Slack handle" }
      }
    },
    tbd: {
      "x-allowed": "TBD, or name: TBD",
      anyOf: [
        { const: "TBD" },
        {
          type: "object",
          required: ["name"],
          additionalProperties: false,
          properties: { name: { const: "TBD" } }
        }
      ]
    },
    peopleOrTbd: {
      description: "Chosen after triage; TBD until then. Same scheme as authors.",
      "x-allowed": "TBD, or a list of people (name and github each) or name: TBD",
      anyOf: [
        { const: "TBD" },
        {
          type: "array",
          minItems: 1,
          items: {
            "x-allowed": "a person with name and github, TBD, or name: TBD",
            anyOf: [{ $ref: "#/$defs/tbd" }, { $ref: "#/$defs/person" }]
          }
        }
      ]
    },
    sig: {
      type: "string",
      pattern: "^(sig|wg)-[a-z0-9]+(-[a-z0-9]+)*$",
      "x-allowed": "a SIG or working group as sig-abc-def or wg-abc-def, matching its kubernetes/community directory"
    },
    date: {
      type: "string",
      format: "date",
      pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
      "x-allowed": "a real date as yyyy-mm-dd"
    },
    kepRefs: {
      type: "array",
      uniqueItems: true,
      items: { type: ["string", "integer"], pattern: "^(KEP-)?[1-9][0-9]*$", minimum: 1, "x-allowed": "KEP-123", description: "KEP-1 writes KEP-123; a bare 123 names the KEP as clearly (rule reference-form warns)." },
      "x-allowed": "a list of KEP references such as KEP-123"
    }
  }
};

// src/presets/kep-0001/preset.ts
var KEP_0001 = {
  name: "kep-0001",
  description: "KEP-1's markdown KEPs",
  recognisedBy: KEP_0001_LAYOUT,
  layout: KEP_0001_LAYOUT,
  format: MARKDOWN,
  schema: "kep-0001",
  lifecycle: "kep-0001",
  // kep-0001-workflow: KEP-1's states with the moves its workflow section describes.
  lifecycles: [
    { name: "kep-0001", data: lifecycle_default },
    { name: "kep-0001-workflow", data: lifecycle_workflow_default }
  ],
  index: "index.md",
  indexTemplate: null,
  indexView: kepTableView,
  numbersFromOpenPullRequests: false,
  rules: {
    schema: true,
    "number-assigned": true,
    "draft-date": true,
    "date-order": true,
    "superseded-by-required": true,
    "replaced-status": true,
    "number-unique": true,
    "reference-exists": { paths: false },
    "reference-form": { paths: false },
    "replaces-reciprocal": true,
    "folder-sig": { segment: 0 },
    "folder-status": true,
    "file-name": true,
    "sig-known": true,
    ...CHANGE_RULES
  },
  prodReadiness: false,
  severity: {},
  carries: { schema: schema_default },
  author: { takesSig: true, create: async (context, request) => (await import("./newKep-DSYEBB6N.js")).createKep0001(context, request) },
  example: {
    file: "sig-node/0042-pod-overhead.md",
    fields: ["kep-number: 42", "title: Pod Overhead", "authors:", "  - name: Jane Doe", "    github: janedoe", "owning-sig: sig-node", "reviewers: TBD", "approvers: TBD", "editor: TBD", "creation-date: 2024-01-15", "status: Approved"].join(
      "\n"
    ),
    wrap: (yaml) => `---
${yaml}---

# Pod Overhead
`,
    language: "markdown"
  }
};

// src/read/formats/kepYaml.ts
import { posix as posix2 } from "node:path";
var METADATA = "kep.yaml";
var TEXT = "README.md";
var KEP_YAML = {
  name: "kep.yaml",
  markdown: false,
  read: (file, text, options) => readYamlFile(file, text, options),
  textFile: (file) => posix2.join(posix2.dirname(file), TEXT),
  metadataFileOf: (file) => posix2.basename(file) === TEXT ? posix2.join(posix2.dirname(file), METADATA) : void 0,
  edit: editMetadata
};

// src/presets/kubernetes/lifecycle.json
var lifecycle_default2 = {
  $schema: "../../../schemas/lifecycle.schema.json",
  name: "kubernetes",
  description: "kubernetes/enhancements' statuses (keps/NNNN-kep-template/kep.yaml). A KEP may start as provisional or, as KEPs with a straightforward design do, directly as implementable. Reverts are allowed where the process has them: implemented -> implementable reopens a KEP for further work (a new stage, a deprecation), implementable -> provisional sends a design back, and a deferred KEP resumes as provisional or implementable. rejected, withdrawn and replaced are final.",
  states: ["provisional", "implementable", "implemented", "deferred", "rejected", "withdrawn", "replaced"],
  initial: ["provisional", "implementable"],
  transitions: {
    provisional: ["implementable", "deferred", "rejected", "withdrawn", "replaced"],
    implementable: ["implemented", "provisional", "deferred", "withdrawn", "replaced"],
    implemented: ["implementable", "withdrawn", "replaced"],
    deferred: ["provisional", "implementable", "withdrawn", "rejected"],
    rejected: [],
    withdrawn: [],
    replaced: []
  },
  numbered: ["provisional", "implementable", "implemented", "deferred", "rejected", "withdrawn", "replaced"],
  superseded: ["replaced"],
  stageTransitions: {
    alpha: ["beta", "stable", "deprecated", "disabled", "removed"],
    beta: ["stable", "deprecated", "disabled", "removed"],
    stable: ["deprecated", "disabled", "removed"],
    deprecated: ["disabled", "removed"],
    disabled: ["removed"],
    removed: []
  },
  inFlight: ["provisional", "implementable"],
  folders: {}
};

// src/presets/kubernetes/schema.json
var schema_default2 = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://raw.githubusercontent.com/kep-validator/kep-validator/v1/schemas/kubernetes.schema.json",
  title: "KEP metadata (kubernetes/enhancements kep.yaml)",
  description: "The kep.yaml beside each KEP's README.md in kubernetes/enhancements, as its template (keps/NNNN-kep-template/kep.yaml) and its Go types define it. The status values are replaced at load time by the states of the selected lifecycle.",
  type: "object",
  required: ["title", "kep-number", "authors", "owning-sig", "status", "approvers"],
  additionalProperties: false,
  properties: {
    title: {
      type: "string",
      minLength: 1,
      pattern: "^[^\\n]*\\S[^\\n]*$",
      "x-allowed": "a one-line title",
      description: "The title of the KEP.",
      examples: ["HugePages"]
    },
    "kep-number": {
      description: "The KEP's number: the number its folder starts with (1539-hugepages has 1539).",
      "x-allowed": "a positive integer, the number of the KEP's folder",
      anyOf: [
        {
          type: "integer",
          minimum: 1
        },
        {
          type: "string",
          pattern: "^[1-9][0-9]*$"
        }
      ],
      examples: [1539]
    },
    authors: {
      description: "The authors, as GitHub handles with @.",
      type: "array",
      minItems: 1,
      items: {
        $ref: "#/$defs/handle"
      },
      "x-allowed": 'a list of GitHub handles such as "@jane.doe"',
      examples: [["@derekwaynecarr"]]
    },
    "owning-sig": {
      description: "The SIG that owns the KEP; its folder under keps/.",
      $ref: "#/$defs/sig",
      examples: ["sig-node"]
    },
    "participating-sigs": {
      description: "Other SIGs involved.",
      type: ["array", "null"],
      uniqueItems: true,
      items: {
        $ref: "#/$defs/sig"
      },
      "x-allowed": "a list of SIGs such as sig-node",
      examples: [["sig-scheduling"]]
    },
    status: {
      description: "The current state of the KEP.",
      type: "string",
      enum: ["provisional", "implementable", "implemented", "deferred", "rejected", "withdrawn", "replaced"],
      examples: ["provisional"]
    },
    "creation-date": {
      description: "The date the KEP was first proposed.",
      $ref: "#/$defs/date",
      examples: ["2024-01-15"]
    },
    "last-updated": {
      description: "The date the KEP last changed significantly.",
      $ref: "#/$defs/date",
      examples: ["2024-03-01"]
    },
    reviewers: {
      description: "Reviewers: GitHub handles, or TBD. Not required by kubernetes/enhancements' validator; the template asks for them (rule recommended-fields).",
      type: ["array", "null"],
      items: {
        $ref: "#/$defs/handleOrTbd"
      },
      "x-allowed": "a list of GitHub handles with @ (TBD until chosen)",
      examples: [["@alice.doe"]]
    },
    approvers: {
      description: `Approvers: GitHub handles, or TBD. Required, as kubernetes/enhancements' validator requires it; an empty list passes there (validate:"required" asks for a list, not for items), and is a recommended-fields warning here.`,
      type: "array",
      items: {
        $ref: "#/$defs/handleOrTbd"
      },
      "x-allowed": "a list of GitHub handles with @ (TBD until chosen)",
      examples: [["@oscar.doe"]]
    },
    "prr-approvers": {
      description: "Production readiness approvers.",
      $ref: "#/$defs/handlesOrTbd",
      examples: [["@deads2k"]]
    },
    editor: {
      description: "Someone to keep things moving forward, or TBD.",
      type: ["string", "null"],
      "x-allowed": "a name or handle, or TBD",
      examples: ["TBD"]
    },
    "see-also": {
      description: "Related KEPs (paths such as /keps/sig-node/1539-hugepages, or KEP-1539), or other documents by URL.",
      type: ["array", "null"],
      items: {
        "x-allowed": "a KEP path such as /keps/sig-node/1539-hugepages, KEP-1539, or an https:// URL",
        anyOf: [
          {
            $ref: "#/$defs/kepReference"
          },
          {
            type: "string",
            pattern: "^https?://\\S+$"
          }
        ]
      },
      examples: [["/keps/sig-node/1539-hugepages"]]
    },
    replaces: {
      description: "KEPs this KEP replaces.",
      type: ["array", "null"],
      items: {
        $ref: "#/$defs/kepReference"
      },
      examples: [["/keps/sig-ccc/3456-replaced-kep"]]
    },
    "superseded-by": {
      description: "KEPs that replace this one; pairs with status replaced.",
      type: ["array", "null"],
      items: {
        $ref: "#/$defs/kepReference"
      },
      examples: [["/keps/sig-node/2133-kubelet-credential-providers"]]
    },
    stage: {
      description: "The target maturity stage in the current release cycle.",
      type: "string",
      enum: ["alpha", "beta", "stable", "deprecated", "disabled", "removed"],
      examples: ["alpha"]
    },
    "latest-milestone": {
      description: "The most recent release with work on this KEP.",
      $ref: "#/$defs/milestone",
      examples: ["v1.19"]
    },
    milestone: {
      description: "The release of each stage.",
      type: ["object", "null"],
      additionalProperties: false,
      "x-allowed": "a mapping of stages (alpha, beta, stable, deprecated, disabled, removed) to releases such as v1.19",
      properties: {
        alpha: {
          $ref: "#/$defs/milestoneOrEmpty"
        },
        beta: {
          $ref: "#/$defs/milestoneOrEmpty"
        },
        stable: {
          $ref: "#/$defs/milestoneOrEmpty"
        },
        deprecated: {
          $ref: "#/$defs/milestoneOrEmpty"
        },
        disabled: {
          $ref: "#/$defs/milestoneOrEmpty"
        },
        removed: {
          $ref: "#/$defs/milestoneOrEmpty"
        }
      },
      examples: [
        {
          alpha: "v1.19",
          beta: "v1.20",
          stable: "v1.22"
        }
      ]
    },
    "feature-gates": {
      description: "Feature gates and the components that must enable them.",
      type: ["array", "null"],
      items: {
        type: "object",
        required: ["name"],
        additionalProperties: false,
        "x-allowed": "a feature gate: name and components",
        properties: {
          name: {
            type: "string",
            pattern: "^[A-Z][A-Za-z0-9]*$",
            "x-allowed": "a feature gate name in UpperCamelCase"
          },
          components: {
            type: ["array", "null"],
            items: {
              type: "string",
              minLength: 1,
              "x-allowed": "a component such as kube-apiserver"
            }
          }
        }
      },
      examples: [
        [
          {
            name: "MyFeature",
            components: ["kube-apiserver"]
          }
        ]
      ]
    },
    "disable-supported": {
      description: "Whether the feature can be disabled once enabled.",
      type: ["boolean", "null"],
      "x-allowed": "true or false",
      examples: [true]
    },
    metrics: {
      description: "Metrics that tell the feature is in use.",
      type: ["array", "null"],
      items: {
        type: "string",
        minLength: 1,
        "x-allowed": "a metric name"
      },
      examples: [["my_feature_metric"]]
    }
  },
  $defs: {
    handle: {
      description: "kubernetes/enhancements' tooling reads a handle with or without @ as the same person; the template's @ is a convention (rule handle-at).",
      type: "string",
      pattern: "^@?[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$",
      "x-allowed": 'a GitHub handle with @, such as "@jane-doe"'
    },
    handleOrTbd: {
      "x-allowed": "a GitHub handle with @, or TBD",
      anyOf: [
        {
          $ref: "#/$defs/handle"
        },
        {
          const: "TBD"
        }
      ]
    },
    handlesOrTbd: {
      type: "array",
      minItems: 1,
      items: {
        $ref: "#/$defs/handleOrTbd"
      },
      "x-allowed": "a list of GitHub handles with @ (TBD until chosen)"
    },
    sig: {
      type: "string",
      pattern: "^(sig|wg|committee)-[a-z0-9]+(-[a-z0-9]+)*$",
      "x-allowed": "a SIG, working group or committee as sig-abc-def, matching its kubernetes/community directory"
    },
    date: {
      type: "string",
      format: "date",
      pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
      "x-allowed": "a real date as yyyy-mm-dd"
    },
    milestone: {
      type: "string",
      pattern: "^v[0-9]+\\.[0-9]+$",
      "x-allowed": 'a release such as "v1.19"'
    },
    milestoneOrEmpty: {
      type: ["string", "null"],
      pattern: "^(v[0-9]+\\.[0-9]+)?$",
      "x-allowed": 'a release such as "v1.19"'
    },
    kepReference: {
      type: "string",
      description: 'A bare number ("1539") names the KEP as clearly; the path or KEP-1539 is the convention (rule reference-form).',
      pattern: "^(/keps/[a-z0-9-]+(/[A-Za-z0-9._-]+)*/[0-9]+-[A-Za-z0-9._-]+|KEP-[1-9][0-9]*|[1-9][0-9]*)$",
      "x-allowed": "a KEP path such as /keps/sig-node/1539-hugepages, or KEP-1539"
    }
  }
};

// src/presets/kubernetes/preset.ts
var LAYOUT = {
  include: ["keps/**/kep.yaml"],
  // Templates are copied, not proposed. Real KEPs numbered 0000 are checked like any other.
  exclude: ["keps/NNNN-kep-template/**", "keps/sig-cloud-provider/providers/0000-cloud-provider-template/**"]
};
var KUBERNETES = {
  name: "kubernetes",
  description: "kubernetes/enhancements: kep.yaml files",
  recognisedBy: LAYOUT,
  layout: LAYOUT,
  format: KEP_YAML,
  schema: "kubernetes",
  lifecycle: "kubernetes",
  lifecycles: [{ name: "kubernetes", data: lifecycle_default2 }],
  // kubernetes/enhancements keeps no index.md; a repository that wants one sets index.
  index: null,
  indexTemplate: null,
  indexView: kepTableView,
  numbersFromOpenPullRequests: false,
  rules: {
    schema: true,
    // What kubernetes/enhancements' validator does not require but its template asks for: warnings.
    "recommended-fields": { fields: ["reviewers", "creation-date", "approvers"] },
    "handle-at": true,
    "folder-number": true,
    "number-unique": true,
    "stage-required": true,
    "milestone-required": true,
    "milestone-order": true,
    "implemented-stage": true,
    "prod-readiness": true,
    "date-order": true,
    "superseded-by-required": true,
    "replaced-status": true,
    "reference-exists": { paths: true },
    "reference-form": { paths: true },
    "folder-sig": { segment: 1 },
    "sig-known": true,
    // hack/verify-node-approvers.sh (pkg/nodeapprovers), with its values; the upcoming release comes from the KEPs (release unset).
    "assigned-approvers": {
      reviewerMarker: "sig-node-assigned-reviewer",
      approverMarker: "sig-node-assigned-approver",
      owners: "OWNERS",
      aliases: "OWNERS_ALIASES",
      techLeads: "sig-node-tech-leads",
      folders: ["keps/sig-node"],
      since: "v1.36",
      techLeadStages: ["alpha"],
      inactiveStatuses: ["withdrawn", "rejected", "replaced"]
    },
    // hack/verify-toc.sh (update-toc.sh runs mdtoc --max-depth=5), per README.
    toc: { maxDepth: 5, exclude: "hack/.notableofcontents" },
    ...CHANGE_RULES,
    "milestone-moved-back": true,
    // hack/verify-toc-vs-template.sh, judged by what a change brings.
    "template-sections": { template: "keps/NNNN-kep-template/README.md" }
  },
  prodReadiness: true,
  carries: { schema: schema_default2 },
  severity: {
    // The release a KEP targets is read by people, not tools: "1.22" for "v1.22" is a slip.
    "schema/latest-milestone": "warning",
    "schema/milestone": "warning",
    // see-also is free to point at design documents; a malformed entry misleads, it breaks nothing.
    "schema/see-also": "warning",
    "reference-exists": "warning",
    // latest-milestone only moves forward; a stage's milestone may be a plan, pulled in.
    "milestone-moved-back/milestone": "warning"
  },
  author: { takesSig: true, create: async (context, request) => (await import("./newKep-X6GFDFDF.js")).createKubernetesKep(context, request) },
  example: {
    file: "keps/sig-node/42-pod-overhead/kep.yaml",
    fields: ["title: Pod Overhead", "kep-number: 42", "authors:", '  - "@janedoe"', "owning-sig: sig-node", "reviewers:", '  - "@reviewer"', "approvers:", '  - "@approver"', "creation-date: 2024-01-15", "status: provisional"].join("\n"),
    wrap: (yaml) => yaml,
    language: "yaml"
  },
  // stage-transition finds something only under a lifecycle with stages.
  showsExamplesOf: ["stage-transition"]
};

// src/presets/openshift/examples.ts
var OPENSHIFT_EXAMPLE_KEP = {
  file: "enhancements/installer/neat-enhancement-idea.md",
  fields: [
    "title: neat-enhancement-idea",
    "authors:",
    '  - "@janedoe"',
    "reviewers:",
    '  - "@alicedoe"',
    "approvers:",
    '  - "@oscardoe"',
    "api-approvers:",
    "  - None",
    "creation-date: 2024-01-15",
    "last-updated: 2024-03-01",
    "status: provisional",
    "tracking-link:",
    "  - https://issues.redhat.com/browse/OCPSTRAT-1234"
  ].join("\n")
};

// src/presets/openshift/rules/upstream.ts
function notNew(doc, context) {
  return context.newFiles?.has(doc.file) !== true;
}
function goString(metadata, path, value) {
  if (typeof value === "string") return value;
  if (value === null || value === void 0) return "";
  const position = metadata.positions.get(pathKey(path));
  return position?.value ? metadata.source.slice(...position.value) : String(value);
}
var METADATA_LINT = "OpenShift's metadata-lint (hack/metadata-lint.sh)";
var TEMPLATE_LINT = "OpenShift's template-lint (hack/template-lint.sh)";
function listedStrings(metadata, field, value) {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item, index) => item === null ? [] : [{ index, text: goString(metadata, [field, index], item) }]);
}

// src/presets/openshift/rules/people-required.ts
var PEOPLE = ["authors", "reviewers", "approvers", "api-approvers"];
function hint(field) {
  return field === "api-approvers" ? 'a GitHub handle such as "@janedoe", or None when the enhancement changes no API' : 'a GitHub handle such as "@janedoe"';
}
var peopleRequired = kepRule(
  {
    id: "people-required",
    description: "authors, reviewers, approvers and api-approvers each name at least one person (api-approvers may say None), and no entry is TBD or empty (OpenShift's metadata-lint; an error on an enhancement a change adds, a warning on any other).",
    topics: true,
    examples: {
      ok: { kep: "api-approvers:\n  - None   # the enhancement changes no API" },
      notOk: { kep: "api-approvers:\n  - TBD" }
    }
  },
  (doc, context) => {
    const metadata = doc.metadata;
    const fields = fieldsOf(doc);
    if (!metadata || !fields) return [];
    const relaxed = notNew(doc, context);
    const reports = [];
    for (const field of PEOPLE) {
      if (!fieldsValid(doc, context, field)) continue;
      const value = fields[field];
      const before = reports.length;
      let valid = 0;
      listedStrings(metadata, field, value).forEach(({ index, text: person }) => {
        if (person !== "TBD" && person !== "") {
          valid++;
          return;
        }
        const what = person === "TBD" ? "is TBD" : "is empty";
        reports.push({ span: spanAt(metadata, [field, index]), message: `${field}[${index}] ${what}; ${METADATA_LINT} requires ${hint(field)} \u2014 name the person`, topic: field, relaxed });
      });
      if (valid > 0 || reports.length > before) continue;
      const span = value === void 0 ? metadata.block : spanAt(metadata, [field], "key");
      reports.push({ span, message: `${value === void 0 ? `the metadata has no ${field}` : `${field} is empty`}; ${METADATA_LINT} requires at least one: ${hint(field)}`, topic: field, relaxed });
    }
    return reports;
  }
);

// src/presets/openshift/rules/required-sections.ts
function headingPattern(heading) {
  let source = "^";
  for (let i = 0; i < heading.length; i++) {
    const c = heading[i];
    const close = c === "[" ? heading.indexOf("]", i + 2) : -1;
    if (c === "\\" && i + 1 < heading.length) source += heading[++i].replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
    else if (c === ".") source += ".";
    else if (c === "*" && i > 0) source += "*";
    else if (close !== -1) {
      source += heading.slice(i, close + 1).replace(/\\/g, "\\\\");
      i = close;
    } else source += c.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  }
  return new RegExp(source);
}
var patterns = /* @__PURE__ */ new Map();
function patternOf(heading) {
  let pattern = patterns.get(heading);
  if (!pattern) patterns.set(heading, pattern = headingPattern(heading));
  return pattern;
}
function bodySpan(doc) {
  const title = doc.outline?.find((line) => line.text.startsWith("# "));
  return title ? { line: title.line, column: 1, endLine: title.line, endColumn: title.text.length + 1 } : FILE_START;
}
var BODY = BUILTIN_TEMPLATE.slice(BUILTIN_TEMPLATE.indexOf("\n---\n") + 5);
var requiredSectionsRule = kepRule(
  {
    id: "required-sections",
    description: "The enhancement has every section heading of the template (the repository's guidelines/enhancement_template.md) that is not [optional] (OpenShift's template-lint; an error on an enhancement a change adds, a warning on any other).",
    examples: {
      ok: { kep: `---
\u2026
---
${BODY}`, shown: "---\n\u2026\n---\n\n# Neat Enhancement Idea\n\n## Summary\n\n## Motivation\n\n### User Stories\n\n\u2026   # every heading of the template that is not [optional]\n" },
      notOk: { kep: "---\n\u2026\n---\n\n# Neat Enhancement Idea\n\n## Summary\n\nIt is neat.\n" }
    }
  },
  (doc, context) => {
    const outline = doc.outline;
    if (!outline) return [];
    const missing = context.options.sections.filter((section) => !outline.some((line) => patternOf(section).test(line.text)));
    if (missing.length === 0) return [];
    const count = missing.length === 1 ? "a section of the template is missing" : `${missing.length} sections of the template are missing`;
    return [
      {
        span: bodySpan(doc),
        message: `${count}: ${missing.map((section) => `"${section}"`).join(", ")}; ${TEMPLATE_LINT} requires every heading of guidelines/enhancement_template.md that is not [optional] \u2014 add them (a section that does not apply says why)`,
        expected: missing,
        relaxed: notNew(doc, context)
      }
    ];
  }
);

// src/presets/openshift/rules/title-heading.ts
var titleHeading = kepRule(
  {
    id: "title-heading",
    description: `The enhancement has a title: a line that starts with "# " (OpenShift's template-lint; an error on an enhancement a change adds, a warning on any other).`,
    examples: {
      ok: { kep: "---\n\u2026\n---\n\n# Neat Enhancement Idea\n\n## Summary\n" },
      notOk: { kep: "---\n\u2026\n---\n\n## Summary\n\nIt is neat.\n" }
    }
  },
  (doc, context) => {
    const outline = doc.outline;
    if (!outline || outline.some((line) => line.text.startsWith("# "))) return [];
    const span = doc.metadata ? { line: doc.metadata.block.endLine, column: 1, endLine: doc.metadata.block.endLine, endColumn: 4 } : FILE_START;
    return [{ span, message: `the enhancement has no title: no line starts with "# "; ${TEMPLATE_LINT} requires one \u2014 add a heading such as "# Neat Enhancement Idea" below the front matter`, relaxed: notNew(doc, context) }];
  }
);

// src/presets/openshift/rules/title-matches-file.ts
var FILE_BASE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
var titleMatchesFile = kepRule(
  {
    id: "title-matches-file",
    description: "title is the file's name without .md (OpenShift's metadata-lint; an error on an enhancement a change adds, a warning on any other).",
    examples: {
      ok: { kep: "title: neat-enhancement-idea" },
      notOk: { kep: "title: Neat Enhancement Idea" }
    }
  },
  (doc, context) => {
    const metadata = doc.metadata;
    const fields = fieldsOf(doc);
    if (!metadata || !fields || !fieldsValid(doc, context, "title")) return [];
    const name = doc.file.split("/").at(-1);
    const base = name.replace(/\.md$/, "");
    const title = goString(metadata, ["title"], fields.title);
    if (title === base) return [];
    const relaxed = notNew(doc, context);
    if (title === "") {
      const span = fields.title === void 0 ? metadata.block : spanAt(metadata, ["title"], "key");
      return [{ span, message: `the metadata has no title; ${METADATA_LINT} requires it to be the file's name without .md \u2014 write title: ${base}`, expected: [base], relaxed }];
    }
    const rename = FILE_BASE.test(title) ? ` (or rename the file to ${title}.md)` : "";
    return [
      {
        span: spanAt(metadata, ["title"]),
        message: `title is "${title}" but the file is ${name}; ${METADATA_LINT} requires the title to be the file's name without .md \u2014 write title: ${base}${rename}`,
        expected: [base],
        relaxed
      }
    ];
  }
);

// src/presets/openshift/goUrl.ts
var isAlpha = (c) => c >= "a" && c <= "z" || c >= "A" && c <= "Z";
var isDigit = (c) => c >= "0" && c <= "9";
var isHex = (c) => c !== void 0 && /^[0-9A-Fa-f]$/.test(c);
function getScheme(raw) {
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (isAlpha(c)) continue;
    if (isDigit(c) || c === "+" || c === "-" || c === ".") {
      if (i === 0) return { scheme: "", rest: raw };
      continue;
    }
    if (c === ":") return i === 0 ? { error: "missing protocol scheme" } : { scheme: raw.slice(0, i), rest: raw.slice(i + 1) };
    return { scheme: "", rest: raw };
  }
  return { scheme: "", rest: raw };
}
function hostMayHold(c) {
  return isAlpha(c) || isDigit(c) || `!$&'()*+,;=:[]<>"-_.~`.includes(c);
}
function unescape(s, mode) {
  for (let i = 0; i < s.length; ) {
    const c = s[i];
    if (c === "%") {
      if (i + 2 >= s.length || !isHex(s[i + 1]) || !isHex(s[i + 2])) return `invalid URL escape ${JSON.stringify(s.slice(i, i + 3))}`;
      const code = parseInt(s.slice(i + 1, i + 3), 16);
      if (mode === "host" && code >> 4 < 8 && s.slice(i, i + 3) !== "%25") return `invalid URL escape ${JSON.stringify(s.slice(i, i + 3))}`;
      if (mode === "zone" && s.slice(i, i + 3) !== "%25" && code !== 32 && !(code < 128 && hostMayHold(String.fromCharCode(code)))) return `invalid URL escape ${JSON.stringify(s.slice(i, i + 3))}`;
      i += 3;
      continue;
    }
    if ((mode === "host" || mode === "zone") && c.charCodeAt(0) < 128 && !hostMayHold(c)) return `invalid character ${JSON.stringify(c)} in host name`;
    i++;
  }
  return void 0;
}
function validOptionalPort(port) {
  return port === "" || /^:[0-9]*$/.test(port);
}
function parseHost(host) {
  if (host.startsWith("[")) {
    const i = host.lastIndexOf("]");
    if (i < 0) return "missing ']' in host";
    const colonPort = host.slice(i + 1);
    if (!validOptionalPort(colonPort)) return `invalid port ${JSON.stringify(colonPort)} after host`;
    const zone = host.slice(0, i).indexOf("%25");
    if (zone >= 0) return unescape(host.slice(0, zone), "host") ?? unescape(host.slice(zone, i), "zone") ?? unescape(host.slice(i), "host");
  } else {
    const i = host.lastIndexOf(":");
    if (i !== -1 && !validOptionalPort(host.slice(i))) return `invalid port ${JSON.stringify(host.slice(i))} after host`;
  }
  return unescape(host, "host");
}
function validUserinfo(userinfo) {
  return /^[A-Za-z0-9\-._:~!$&'()*+,;=%@]*$/.test(userinfo);
}
function parseAuthority(authority) {
  const at2 = authority.lastIndexOf("@");
  const hostError = parseHost(authority.slice(at2 + 1));
  if (hostError !== void 0 || at2 < 0) return hostError;
  const userinfo = authority.slice(0, at2);
  if (!validUserinfo(userinfo)) return "net/url: invalid userinfo";
  const colon = userinfo.indexOf(":");
  return colon < 0 ? unescape(userinfo, "user") : unescape(userinfo.slice(0, colon), "user") ?? unescape(userinfo.slice(colon + 1), "user");
}
function parseGoUrl(raw) {
  const hash = raw.indexOf("#");
  const beforeFragment = hash < 0 ? raw : raw.slice(0, hash);
  const fragment = hash < 0 ? "" : raw.slice(hash + 1);
  const parsed = parse(beforeFragment);
  if ("error" in parsed || fragment === "") return parsed;
  const error = unescape(fragment, "fragment");
  return error === void 0 ? parsed : { error };
}
function parse(raw) {
  if ([...raw].some((c) => c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127)) return { error: "net/url: invalid control character in URL" };
  if (raw === "*") return { scheme: "" };
  const schemed = getScheme(raw);
  if ("error" in schemed) return schemed;
  const scheme = schemed.scheme.toLowerCase();
  let rest = schemed.rest;
  if (rest.endsWith("?") && rest.split("?").length === 2) rest = rest.slice(0, -1);
  else if (rest.includes("?")) rest = rest.slice(0, rest.indexOf("?"));
  if (!rest.startsWith("/")) {
    if (scheme !== "") return { scheme };
    if (rest.split("/")[0].includes(":")) return { error: "first path segment in URL cannot contain colon" };
  }
  if ((scheme !== "" || !rest.startsWith("///")) && rest.startsWith("//")) {
    let authority = rest.slice(2);
    rest = "";
    const slash = authority.indexOf("/");
    if (slash >= 0) {
      rest = authority.slice(slash);
      authority = authority.slice(0, slash);
    }
    const error2 = parseAuthority(authority);
    if (error2 !== void 0) return { error: error2 };
  }
  const error = unescape(rest, "path");
  return error === void 0 ? { scheme } : { error };
}

// src/presets/openshift/rules/tracking-link.ts
var EXAMPLE = "https://issues.redhat.com/browse/OCPSTRAT-1234";
var trackingLink = kepRule(
  {
    id: "tracking-link",
    description: "tracking-link lists at least one URL of the tracking ticket, and no entry that is TBD, empty or not a URL (OpenShift's metadata-lint; an error on an enhancement a change adds, a warning on any other).",
    examples: {
      ok: { kep: "tracking-link:\n  - https://issues.redhat.com/browse/OCPSTRAT-1234" },
      notOk: { kep: "tracking-link:\n  - TBD" }
    }
  },
  (doc, context) => {
    const metadata = doc.metadata;
    const fields = fieldsOf(doc);
    if (!metadata || !fields || !fieldsValid(doc, context, "tracking-link")) return [];
    const relaxed = notNew(doc, context);
    const value = fields["tracking-link"];
    const reports = [];
    let valid = 0;
    listedStrings(metadata, "tracking-link", value).forEach(({ index, text: link }) => {
      const where = `tracking-link[${index}]`;
      const report = (what) => {
        reports.push({ span: spanAt(metadata, ["tracking-link", index]), message: `${where} ${what}; ${METADATA_LINT} requires the link to the tracking ticket (a Jira Feature or Epic), such as ${EXAMPLE}`, relaxed });
      };
      if (link === "TBD") return report("is TBD");
      if (link === "") return report("is empty");
      const url = parseGoUrl(link);
      if ("error" in url) return report(`"${link}" is not a URL (${url.error})`);
      if (url.scheme === "") return report(`"${link}" is not a URL: it has no scheme such as https://`);
      valid++;
    });
    if (valid === 0 && reports.length === 0) {
      const span = value === void 0 ? metadata.block : spanAt(metadata, ["tracking-link"], "key");
      reports.push({
        span,
        message: `${value === void 0 ? "the metadata has no tracking-link" : "tracking-link is empty"}; ${METADATA_LINT} requires at least one link to the tracking ticket (a Jira Feature or Epic) \u2014 add one, such as ${EXAMPLE}`,
        relaxed
      });
    }
    return reports;
  }
);

// src/presets/openshift/rules/index.ts
var OPENSHIFT_RULES = [titleMatchesFile, trackingLink, peopleRequired, requiredSectionsRule, titleHeading];

// src/presets/openshift/lifecycle.json
var lifecycle_default3 = {
  $schema: "../../../schemas/lifecycle.schema.json",
  name: "openshift",
  description: "openshift/enhancements' statuses (guidelines/enhancement_template.md): KEP-1's as kubernetes/enhancements has them, plus informational, for a document that records a design or a decision rather than proposing work. OpenShift's own tooling reads no status (tools/enhancements/metadata.go has no status field), so this lifecycle is the template's convention: an enhancement starts as provisional, implementable or informational; implemented -> implementable reopens it, implementable -> provisional sends a design back, a deferred enhancement resumes; rejected, withdrawn and replaced are final. Enhancements have no numbers.",
  states: ["provisional", "implementable", "implemented", "deferred", "rejected", "withdrawn", "replaced", "informational"],
  initial: ["provisional", "implementable", "informational"],
  transitions: {
    provisional: ["implementable", "informational", "deferred", "rejected", "withdrawn", "replaced"],
    implementable: ["implemented", "provisional", "deferred", "withdrawn", "replaced"],
    implemented: ["implementable", "withdrawn", "replaced"],
    deferred: ["provisional", "implementable", "withdrawn", "rejected"],
    informational: ["withdrawn", "replaced"],
    rejected: [],
    withdrawn: [],
    replaced: []
  },
  numbered: [],
  superseded: ["replaced"],
  inFlight: ["provisional", "implementable"],
  folders: {}
};

// src/presets/openshift/schema.json
var schema_default3 = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://github.com/kep-validator/kep-validator/src/presets/openshift/schema.json",
  title: "OpenShift enhancement metadata",
  description: "The YAML front matter of an openshift/enhancements enhancement (guidelines/enhancement_template.md). title, authors, reviewers, approvers, api-approvers and tracking-link are typed as OpenShift's own reader decodes them (tools/enhancements/metadata.go: a string, lists of strings, with yaml.v3, which reads any scalar into a string): a list or mapping where it expects a string, or a single value where it expects a list, is metadata its tools cannot read. Everything else is the template's convention (the preset makes those findings warnings). The status values are replaced at load time by the lifecycle's states.",
  type: "object",
  additionalProperties: false,
  properties: {
    title: {
      description: "The file's name without .md (metadata-lint compares them): lowercase, words joined by -.",
      type: ["string", "number", "boolean", "null"],
      "x-allowed": "the file's name without .md, such as neat-enhancement-idea",
      examples: ["neat-enhancement-idea"]
    },
    authors: { $ref: "#/$defs/people", description: "GitHub handles of the authors.", examples: [["@janedoe"]] },
    reviewers: { $ref: "#/$defs/people", description: "GitHub handles of the reviewers, each with the expertise expected of them.", examples: [["@networkguru, for networking aspects"]] },
    approvers: { $ref: "#/$defs/people", description: "GitHub handle of the approver (the template asks for one).", examples: [["@oscardoe"]] },
    "api-approvers": { $ref: "#/$defs/people", description: "GitHub handles of the API approvers, or None when the enhancement changes no API.", examples: [["None"]] },
    "creation-date": { $ref: "#/$defs/date", examples: ["2024-01-15"] },
    "last-updated": { $ref: "#/$defs/date", examples: ["2024-03-01"] },
    status: {
      description: "The current state of the enhancement.",
      type: "string",
      enum: ["provisional", "implementable", "implemented", "deferred", "rejected", "withdrawn", "replaced", "informational"],
      examples: ["provisional"]
    },
    "tracking-link": {
      description: "Links to the tracking tickets (a Jira Feature or Epic).",
      type: ["array", "null"],
      items: { $ref: "#/$defs/scalar" },
      "x-allowed": "a list of URLs such as https://issues.redhat.com/browse/OCPSTRAT-1",
      examples: [["https://issues.redhat.com/browse/OCPSTRAT-1"]]
    },
    "see-also": { $ref: "#/$defs/references", description: "Related enhancements.", examples: [["/enhancements/this-other-neat-thing.md"]] },
    replaces: { $ref: "#/$defs/references", description: "Enhancements this one replaces.", examples: [["/enhancements/that-less-than-great-idea.md"]] },
    "superseded-by": { $ref: "#/$defs/references", description: "Enhancements that replace this one.", examples: [["/enhancements/our-past-effort.md"]] }
  },
  $defs: {
    scalar: {
      type: ["string", "number", "boolean", "null"],
      "x-allowed": "a single value (a GitHub handle, a URL), not a list or a mapping"
    },
    people: {
      type: ["array", "null"],
      items: { $ref: "#/$defs/scalar" },
      "x-allowed": 'a list of GitHub handles such as "@janedoe"'
    },
    date: {
      type: "string",
      format: "date",
      pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
      "x-allowed": "a real date as yyyy-mm-dd"
    },
    references: {
      type: ["array", "null"],
      items: { type: "string", minLength: 1, "x-allowed": "an enhancement's path such as /enhancements/this-other-neat-thing.md, or a URL" },
      "x-allowed": "a list of enhancement paths such as /enhancements/this-other-neat-thing.md"
    }
  }
};

// src/presets/openshift/preset.ts
var LINT_IGNORES_FILE = "hack/lint-ignores";
function exactGlobs(path) {
  const escaped = path.replace(/[^A-Za-z0-9/._-]/g, "\\$&");
  return [escaped, `${escaped}/**`];
}
function lintIgnores(text) {
  return (text ?? "").split(/\s+/).filter((path) => path !== "").flatMap(exactGlobs);
}
var RULES2 = {
  schema: true,
  // hack/metadata-lint.sh (tools/cmd/metadataLint.go, tools/enhancements/metadata.go): on new files.
  "title-matches-file": true,
  "tracking-link": true,
  "people-required": true,
  // hack/template-lint.sh: on new files.
  "required-sections": { sections: requiredSections(BUILTIN_TEMPLATE) },
  "title-heading": true,
  // Beyond OpenShift's checks: warnings (the severities below).
  "date-order": true,
  "superseded-by-required": true,
  "replaced-status": true,
  // What a change may do, by the lifecycle: no numbers, no stages.
  ...LIFECYCLE_CHANGE_RULES
};
var OPENSHIFT = {
  name: "openshift",
  description: "openshift/enhancements",
  recognisedBy: { include: ["enhancements/**/*.md"], exclude: [] },
  // hack/find_changed.sh: `grep '^enhancements.*\.md$'`.
  layout: { include: ["enhancements/**/*.md"], exclude: [] },
  format: MARKDOWN,
  schema: "openshift",
  lifecycle: "openshift",
  lifecycles: [{ name: "openshift", data: lifecycle_default3 }],
  // openshift/enhancements keeps no generated index.
  index: null,
  indexTemplate: null,
  indexView: kepTableView,
  numbersFromOpenPullRequests: false,
  rules: RULES2,
  ownRules: OPENSHIFT_RULES,
  prodReadiness: false,
  severity: {
    // OpenShift's tools read neither status nor dates nor references: the template's conventions.
    "schema/status": "warning",
    "schema/creation-date": "warning",
    "schema/last-updated": "warning",
    "schema/see-also": "warning",
    "schema/replaces": "warning",
    "schema/superseded-by": "warning",
    "schema/unknown-field": "warning",
    "date-order": "warning",
    "superseded-by-required": "warning",
    "status-transition": "warning",
    "initial-status": "warning",
    "creation-date-changed": "warning",
    "file-deleted": "warning"
  },
  outline: true,
  carries: { schema: schema_default3 },
  fromRepository: (files) => ({
    exclude: lintIgnores(files.read(LINT_IGNORES_FILE)),
    rules: { ...RULES2, "required-sections": { sections: requiredSections(files.read(TEMPLATE_FILE) ?? BUILTIN_TEMPLATE) } }
  }),
  author: { takesSig: true, create: async (context, request) => (await import("./newEnhancement-6SA3OKJ4.js")).createEnhancement(context, request) },
  example: { ...OPENSHIFT_EXAMPLE_KEP, wrap: (yaml) => `---
${yaml}---

# Pod Overhead
`, language: "markdown" }
};

// src/presets/tekton/indexView.ts
import { posix as posix3 } from "node:path";
var sortKey = (value) => typeof value === "string" ? value : JSON.stringify(value);
function tepTableView(documents) {
  const teps = [...documents].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0).map((doc) => {
    const readable = !doc.readProblems.some((p) => isGraveReadProblem(p.rule) && p.rule !== "file-encoding");
    const fields = readable ? fieldsOf(doc) ?? {} : {};
    const tep = { link: posix3.basename(doc.file), ...fields, number: numberAsRead(doc).value };
    if (!pythonTruthy(tep["last-updated"])) tep["last-updated"] = tep["creation-date"] ?? null;
    tep.lastupdated = tep["last-updated"];
    return tep;
  });
  const keyed = teps.map((tep) => ({ tep, key: sortKey(tep.number) }));
  keyed.sort((a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  return { teps: keyed.map(({ tep }) => tep) };
}

// src/presets/tekton/format.ts
var NUMBER_HEADING = /^# (TEP-[0-9]{4}): [^\n]*$/;
var SEPARATOR = "---";
function scanBody(text) {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const complete = (i) => i < lines.length - 1;
  let section = "";
  let closingLine;
  const numberHeadings = [];
  lines.forEach((line, i) => {
    const separator = line === SEPARATOR && complete(i);
    if (separator && section === "") section = "header";
    else if (separator && section === "header") {
      section = "body";
      closingLine = i + 1;
    }
    if (section !== "body") return;
    const match = NUMBER_HEADING.exec(line);
    if (match) numberHeadings.push({ line: i + 1, label: match[1], length: line.length });
  });
  return closingLine === void 0 ? { numberHeadings } : { closingLine, numberHeadings };
}
function readTep(file, text, options, bom) {
  const { metadata, problems } = readMarkdownMetadata(file, text, options);
  return { metadata, problems, body: scanBody(bom ? `\uFEFF${text}` : text) };
}
var TEP_FORMAT = {
  name: "markdown+heading",
  markdown: true,
  read: readTep,
  textFile: (file) => file,
  edit: editMetadata
};

// src/presets/tekton/examples.ts
var EXAMPLE_TEP = {
  file: "teps/0042-pod-overhead.md",
  fields: ["title: Pod Overhead", "authors:", '  - "@janedoe"', "creation-date: 2024-01-15", "last-updated: 2024-01-15", "status: proposed"].join("\n"),
  heading: "# TEP-0042: Pod Overhead"
};
var TEP_43 = "---\ntitle: Pod Priority\n\u2026\n---\n\n# TEP-0043: Pod Priority\n";

// src/presets/tekton/rules/tep-file-name.ts
import { posix as posix4 } from "node:path";
var tepFileName = kepRule(
  {
    id: "tep-file-name",
    description: "A TEP file is named by its number: four digits, a hyphen, then the slug (0042-my-title.md), as teps.py validate requires of every file in teps/.",
    examples: {
      ok: { kep: "title: Pod Overhead" },
      notOk: { file: "teps/pod-overhead.md", kep: "title: Pod Overhead" }
    }
  },
  (doc) => {
    if (fileNumberOf(doc.file) !== void 0) return [];
    const name = posix4.basename(doc.file);
    return [
      {
        span: FILE_START,
        message: `the file is named ${name}, but teps.py validate takes every file in teps/ for a TEP and requires its name to start with its four-digit number and a hyphen, then the slug, as 0042-my-title.md; rename it (kep-validator new --preset tekton names a new TEP), or move a file that is not a TEP out of teps/`
      }
    ];
  }
);

// src/presets/tekton/rules/tep-number-heading.ts
var headingSpan = (heading) => ({ line: heading.line, column: 1, endLine: heading.line, endColumn: heading.length + 1 });
var tepNumberHeading = kepRule(
  {
    id: "tep-number-heading",
    description: `A TEP has one "# TEP-NNNN: Title" heading after its front matter, and its number is the file's, as teps.py validate requires.`,
    examples: {
      ok: { kep: "---\n\u2026\n---\n\n# TEP-0042: Pod Overhead\n" },
      notOk: { kep: "---\n\u2026\n---\n\n# TEP-0041: Pod Overhead\n" }
    }
  },
  (doc) => {
    const body = doc.body;
    if (!body) return [];
    const fileNumber = fileNumberOf(doc.file);
    const wanted = fileNumber === void 0 ? "TEP-NNNN" : tepLabel(fileNumber);
    if (body.closingLine === void 0) {
      return [
        {
          span: doc.metadata?.block ?? FILE_START,
          message: `teps.py reads the "# ${wanted}: Title" heading only after the front matter, and no line that is exactly "---" (nothing after the dashes, with a line break) closes it; close the front matter with such a line, then write the heading`
        }
      ];
    }
    const [first, ...more] = body.numberHeadings;
    const reports = [];
    const fromFrontMatter = doc.metadata && numberAsRead(doc).from === "front matter";
    if (!first && !fromFrontMatter) {
      reports.push({
        span: { line: body.closingLine, column: 1, endLine: body.closingLine, endColumn: 4 },
        message: `there is no "# ${wanted}: Title" heading after the front matter (closed on line ${body.closingLine}); teps.py validate reads the TEP's number from it: add the line "# ${wanted}: <the title>"`,
        expected: [`# ${wanted}: `]
      });
    }
    if (fromFrontMatter) {
      for (const heading of body.numberHeadings) {
        reports.push({
          span: headingSpan(heading),
          message: `the front matter has a "number" field, and teps.py validate reads the heading's ${heading.label} as a second number ("number" found more than once); remove the field \u2014 the heading carries the number`
        });
      }
    } else {
      for (const heading of more) {
        reports.push({
          span: headingSpan(heading),
          message: `a second "# TEP-NNNN:" heading (${heading.label}; the first is on line ${first.line}); teps.py validate rejects a TEP with two \u2014 make this one a heading of another level, or write it otherwise`
        });
      }
    }
    const { value, from } = numberAsRead(doc);
    if (fileNumber !== void 0 && value !== wanted) {
      const span = from === "heading" ? headingSpan(first) : from === "front matter" && doc.metadata ? spanAt(doc.metadata, ["number"]) : void 0;
      if (span) {
        reports.push({
          span,
          message: `the ${from} says ${typeof value === "string" ? value : JSON.stringify(value)}, but the file is numbered ${wanted}; teps.py validate requires them to agree \u2014 correct the ${from === "heading" ? "heading" : "field"}, or rename the file`,
          expected: [wanted]
        });
      }
    }
    return reports;
  }
);

// src/presets/tekton/rules/tep-number-next.ts
var tepNumberNext = changeRule(
  {
    id: "tep-number-next",
    description: 'A TEP a change adds or renumbers takes the next number: one past the highest of the TEPs and, in the action, of the open pull requests titled "TEP-NNNN" (as teps.py new numbers).',
    severity: "warning",
    examples: {
      ok: { file: "teps/0044-pod-overhead.md", after: "---\n\u2026\n---\n\n# TEP-0044: Pod Overhead\n", others: { "teps/0043-pod-priority.md": TEP_43 } },
      notOk: { file: "teps/0045-pod-overhead.md", after: "---\n\u2026\n---\n\n# TEP-0045: Pod Overhead\n", others: { "teps/0043-pod-priority.md": TEP_43 } }
    }
  },
  ({ change, after }, { repository, openPullRequests = [] }) => {
    if (!after || change.kind !== "added" && change.kind !== "renamed" && change.kind !== "copied") return [];
    const number = fileNumberOf(after.file);
    if (number === void 0) return [];
    if (change.previousPath !== void 0 && fileNumberOf(change.previousPath) === number) return [];
    const claims = openPullRequests.flatMap((pull) => {
      const claimed = claimedNumberOf(pull.title);
      return claimed === void 0 ? [] : [{ ...pull, claimed }];
    });
    const next = nextTepNumber(
      repository.documents.filter((doc) => doc !== after && doc.file !== after.file),
      claims.map((claim) => claim.claimed)
    );
    const rival = claims.find((claim) => claim.claimed === number);
    if (rival) {
      return [
        {
          span: FILE_START,
          message: `${tepLabel(number)} is claimed by open pull request #${rival.number} ("${rival.title.slice(0, 80)}"); teps.py new numbers after the open pull requests titled "TEP-NNNN" \u2014 take ${tepLabel(next)}, the next free number (teps.py renumber)`,
          expected: [tepLabel(next)]
        }
      ];
    }
    if (number === next) return [];
    return [
      {
        span: FILE_START,
        message: `${tepLabel(number)} is not the next TEP number, ${tepLabel(next)}${claims.length > 0 ? ' (after the TEPs and the open pull requests titled "TEP-NNNN")' : " (after the TEPs of this repository)"}; teps.py new numbers one past the highest in use \u2014 rename the file and its heading to ${tepLabel(next)} (teps.py renumber)`,
        expected: [tepLabel(next)]
      }
    ];
  }
);

// src/presets/tekton/rules/tep-number-unique.ts
var byNumberOf = /* @__PURE__ */ new WeakMap();
function byNumber(repository) {
  let map = byNumberOf.get(repository);
  if (!map) {
    map = /* @__PURE__ */ new Map();
    for (const doc of repository.documents) {
      const number = fileNumberOf(doc.file);
      if (number !== void 0) map.set(number, [...map.get(number) ?? [], doc]);
    }
    byNumberOf.set(repository, map);
  }
  return map;
}
var tepNumberUnique = kepRule(
  {
    id: "tep-number-unique",
    description: "No two TEPs share a number (teps.py validate means to check it, but its check never fires).",
    examples: {
      ok: { kep: "title: Pod Overhead", others: { "teps/0043-pod-priority.md": TEP_43 } },
      notOk: { kep: "title: Pod Overhead", others: { "teps/0042-pod-priority.md": TEP_43.replace("TEP-0043", "TEP-0042") } }
    }
  },
  (doc, { repository }) => {
    const number = fileNumberOf(doc.file);
    if (number === void 0) return [];
    const others = (byNumber(repository).get(number) ?? []).filter((other) => other !== doc);
    if (others.length === 0) return [];
    const next = tepLabel(nextTepNumber(repository.documents));
    return [
      {
        span: { line: 1, column: 1, endLine: 1, endColumn: 1 },
        message: `${tepLabel(number)} is also the number of ${others.map((other) => other.file).join(", ")}; every TEP needs its own number \u2014 renumber the newer one (teps.py renumber), to ${next}, the next free one`,
        expected: [next]
      }
    ];
  }
);

// src/presets/tekton/rules/tep-required-fields.ts
var REQUIRED = [
  ["title", "title: My Enhancement"],
  ["authors", 'authors: ["@handle"]'],
  ["creation-date", "creation-date: 2024-01-15"],
  ["status", "status: proposed"]
];
var tepRequiredFields = kepRule(
  {
    id: "tep-required-fields",
    description: "The front matter has title, authors, creation-date and status, none of them empty (null), as teps.py validate requires.",
    examples: {
      ok: { kep: "status: proposed" },
      notOk: { kep: "status:" }
    }
  },
  (doc) => {
    const fields = fieldsOf(doc);
    if (!doc.metadata || !fields || doc.readProblems.some((p) => isGraveReadProblem(p.rule))) return [];
    const reports = [];
    for (const [field, example] of REQUIRED) {
      if (fields[field] !== void 0 && fields[field] !== null) continue;
      const absent = !Object.hasOwn(fields, field);
      reports.push({
        span: absent ? doc.metadata.block : spanAt(doc.metadata, [field], "key"),
        message: `${absent ? `the front matter has no "${field}"` : `"${field}" is empty`}, which teps.py validate requires (title, authors, creation-date and status); ${absent ? "add it" : "give it a value"}, for example "${example}"`
      });
    }
    return reports;
  }
);

// src/presets/tekton/rules.ts
var TEKTON_RULES = [tepFileName, tepNumberHeading, tepRequiredFields, tepYamlDate, tepNumberUnique, tepNumberNext];

// src/presets/tekton/lifecycle.json
var lifecycle_default4 = {
  $schema: "../../../schemas/lifecycle.schema.json",
  name: "tekton",
  description: `TEP-0001's states ("TEP Workflow"): a TEP starts proposed, or implementable when it needs no more discussion ("it gets merged directly into implementable"); proposed moves to implementable, or to withdrawn when rejected; implementable to implemented; a TEP not worked on with open questions is deferred, and a deferred one can be picked up again (proposed, implementable) or closed (withdrawn, replaced); another TEP that covers its use cases replaces it. Decisions: an implementable TEP may also be deferred, withdrawn or replaced, and an implemented one replaced; withdrawn and replaced are final. teps.py checks none of this: status-transition is a warning in the tekton preset.`,
  states: ["proposed", "implementable", "implemented", "deferred", "withdrawn", "replaced"],
  initial: ["proposed", "implementable"],
  transitions: {
    proposed: ["implementable", "deferred", "withdrawn", "replaced"],
    implementable: ["implemented", "deferred", "withdrawn", "replaced"],
    implemented: ["replaced"],
    deferred: ["proposed", "implementable", "withdrawn", "replaced"],
    withdrawn: [],
    replaced: []
  },
  numbered: ["proposed", "implementable", "implemented", "deferred", "withdrawn", "replaced"],
  superseded: ["replaced"],
  inFlight: ["proposed", "implementable"]
};

// src/presets/tekton/schema.json
var schema_default4 = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://github.com/kep-validator/kep-validator/schemas/tekton.schema.json",
  title: "TEP metadata (Tekton)",
  description: 'The front matter of a Tekton Enhancement Proposal, as TEP-0001 "TEP Metadata" and teps/tools/tep-template.md.template define it. teps.py validate requires title, authors, creation-date and status to be present and not null: rule tep-required-fields reports that, as an error. Everything this schema checks beyond it is a warning of the tekton preset, so it lets those four be null and requires nothing. The status values are replaced at load time by the states of the selected lifecycle (null stays allowed).',
  type: "object",
  additionalProperties: false,
  properties: {
    title: {
      description: "The title in plain language; the file name carries its slug.",
      type: ["string", "null"],
      minLength: 1,
      pattern: "^[^\\n]*\\S[^\\n]*$",
      "x-allowed": "a one-line title in plain language",
      examples: ["Tekton Enhancement Proposal Process"]
    },
    status: {
      description: "The current state of the TEP.",
      type: ["string", "null"],
      enum: ["proposed", "implementable", "implemented", "deferred", "withdrawn", "replaced", null],
      examples: ["proposed"]
    },
    authors: {
      description: "The authors' GitHub handles, written with @ (teps.py new writes them so).",
      type: ["array", "null"],
      items: { $ref: "#/$defs/handle" },
      "x-allowed": 'a list of GitHub handles such as "@vdemeester"',
      examples: [["@vdemeester"]]
    },
    collaborators: {
      description: "Collaborators' GitHub handles, as authors (teps.py new writes the list).",
      type: ["array", "null"],
      items: { $ref: "#/$defs/handle" },
      "x-allowed": 'a list of GitHub handles such as "@vdemeester"',
      examples: [["@vdemeester"]]
    },
    "creation-date": { $ref: "#/$defs/date", description: "The date the TEP was first submitted in a PR.", examples: ["2020-03-10"] },
    "last-updated": { $ref: "#/$defs/date", description: "The date the TEP last changed significantly.", examples: ["2020-06-11"] },
    "see-also": { $ref: "#/$defs/tepRefs", description: "Other relevant TEPs.", examples: [["TEP-0001"]] },
    replaces: { $ref: "#/$defs/tepRefs", description: "TEPs this TEP replaces; they list it in superseded-by.", examples: [["TEP-0001"]] },
    "superseded-by": { $ref: "#/$defs/tepRefs", description: "TEPs that supersede this one; pairs with status replaced.", examples: [["TEP-0002"]] }
  },
  $defs: {
    handle: {
      type: "string",
      pattern: "^@[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$",
      "x-allowed": 'a GitHub handle with @, such as "@vdemeester"'
    },
    date: {
      type: ["string", "null"],
      format: "date",
      pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
      "x-allowed": "a real date as yyyy-mm-dd"
    },
    tepRefs: {
      type: ["array", "null"],
      uniqueItems: true,
      items: { type: "string", pattern: "^TEP-[0-9]{4}$", "x-allowed": "TEP-0042" },
      "x-allowed": "a list of TEP references such as TEP-0042"
    }
  }
};

// src/presets/tekton/preset.ts
var TEKTON_PRESET = {
  name: "tekton",
  description: "tektoncd/community: TEPs",
  recognisedBy: { include: ["teps/[0-9][0-9][0-9][0-9]-*.md"], exclude: [] },
  layout: {
    // teps.py takes every file directly in teps/ for a TEP, but these three (and what .gitignore ignores).
    include: ["teps/*"],
    exclude: ["teps/README.md", "teps/README.md.mustache", "teps/OWNERS", "teps/.*"]
  },
  format: TEP_FORMAT,
  schema: "tekton",
  lifecycle: "tekton",
  lifecycles: [{ name: "tekton", data: lifecycle_default4 }],
  index: "teps/README.md",
  indexTemplate: "teps/README.md.mustache",
  indexView: tepTableView,
  numbersFromOpenPullRequests: true,
  ownRules: TEKTON_RULES,
  rules: {
    // What teps.py validate rejects: errors.
    "tep-file-name": true,
    "tep-number-heading": true,
    "tep-required-fields": true,
    "tep-yaml-date": true,
    // What it means to reject, and does not (its duplicate check never fires): an error too.
    "tep-number-unique": true,
    // Beyond teps.py: warnings (see severity below).
    schema: true,
    "date-order": true,
    "superseded-by-required": true,
    "replaced-status": true,
    // What a change may do, by the lifecycle; TEP numbers follow teps.py (tep-number-next), not KEP-1's.
    ...LIFECYCLE_CHANGE_RULES,
    "tep-number-next": true
  },
  prodReadiness: false,
  carries: { schema: schema_default4 },
  severity: {
    // teps.py checks no value beyond the four required fields being there: the schema's findings
    // (a status such as "implementing", a handle without @, a date as 2020-1-5) are warnings.
    schema: "warning",
    "schema/*": "warning",
    "date-order": "warning",
    "superseded-by-required": "warning",
    "status-transition": "warning",
    "initial-status": "warning",
    "creation-date-changed": "warning",
    "file-deleted": "warning",
    // teps.py reads a file as UTF-8 and stops on a byte that is not.
    "file-encoding": "error",
    // ruamel.yaml reads integers of any size: one past 2^53 is read exactly there.
    "yaml-unsafe-integer": "warning"
  },
  author: {
    // A TEP has no SIG: teps.py new takes a title.
    takesSig: false,
    noSig: "a TEP has no SIG, stage or milestone",
    async create(context, request) {
      const { createTep } = await import("./newTep-KAHPJA6W.js");
      const created = await createTep(context, { title: request.title, authors: request.authors, status: request.status, today: request.today });
      return {
        ...created,
        files: [created.file],
        numberLabel: tepLabel(created.number),
        // teps.py new also counts the numbers open pull requests claim; the CLI asks no one (it has no token).
        notes: ["numbered after the TEPs of this checkout; an open pull request titled with this number may claim it too: the check of the pull request (the action) says so"]
      };
    }
  },
  example: { file: EXAMPLE_TEP.file, fields: EXAMPLE_TEP.fields, wrap: (yaml) => `---
${yaml}---

${EXAMPLE_TEP.heading}
`, language: "markdown" }
};

// src/presets/registry.ts
var REGISTERED = [KEP_0001, KUBERNETES, OPENSHIFT, TEKTON_PRESET];
for (const preset of REGISTERED) addRules(preset.ownRules ?? [], `preset ${preset.name}`);
var PRESETS = Object.fromEntries(REGISTERED.map((preset) => [preset.name, preset]));
var PRESET_NAMES = REGISTERED.map((preset) => preset.name);
var DEFAULT_PRESET = REGISTERED[0];
function presets() {
  return REGISTERED;
}
function presetNamed(name) {
  return Object.hasOwn(PRESETS, name) ? PRESETS[name] : void 0;
}
function builtinLifecycles() {
  return REGISTERED.flatMap((preset) => preset.lifecycles.map((lifecycle) => lifecycle.name));
}
var SHIPPED_LIFECYCLES = new Set(REGISTERED.flatMap((preset) => preset.lifecycles));
function isShippedLifecycle(lifecycle) {
  return SHIPPED_LIFECYCLES.has(lifecycle);
}
function builtinLifecycle(name) {
  for (const preset of REGISTERED) for (const lifecycle of preset.lifecycles) if (lifecycle.name === name) return lifecycle;
  return void 0;
}
function formatNamed(name) {
  const format = REGISTERED.find((preset) => preset.format.name === name)?.format;
  if (!format) throw new Error(`internal error: no preset reads the format ${name}`);
  return format;
}

export {
  schemaReports,
  READ_PROBLEMS,
  isGraveReadProblem,
  statusFolderOf,
  allowedNext,
  findMarkers,
  checkToc,
  folderOf,
  besidePath,
  handleAtMessage,
  RULES,
  PRESETS,
  PRESET_NAMES,
  DEFAULT_PRESET,
  presets,
  presetNamed,
  builtinLifecycles,
  isShippedLifecycle,
  builtinLifecycle,
  formatNamed
};
