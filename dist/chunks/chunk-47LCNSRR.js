import { createRequire as __kepCreateRequire } from 'node:module';
const require = __kepCreateRequire(import.meta.url);
import {
  FILE_START,
  spanAt
} from "./chunk-5YNXQUVT.js";

// src/core/glob.ts
function globToRegExp(glob) {
  let source = "";
  let depth = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "*") {
      if (glob[i + 1] === "*") {
        const slashAfter = glob[i + 2] === "/";
        const atSegmentStart = i === 0 || glob[i - 1] === "/";
        if (atSegmentStart && slashAfter) {
          source += "(?:[^/]+/)*";
          i += 2;
        } else {
          source += ".*";
          i += 1;
        }
      } else {
        source += "[^/]*";
      }
    } else if (c === "?") {
      source += "[^/]";
    } else if (c === "{") {
      depth++;
      source += "(?:";
    } else if (c === "}" && depth > 0) {
      depth--;
      source += ")";
    } else if (c === "," && depth > 0) {
      source += "|";
    } else if (c === "[") {
      const end = glob.indexOf("]", i + 1);
      if (end === -1) {
        source += "\\[";
      } else {
        const body = glob.slice(i + 1, end).replace(/^!/, "^").replace(/\\/g, "\\\\");
        source += `[${body}]`;
        i = end;
      }
    } else {
      source += c.replace(/[.+^$()|\\\]]/g, "\\$&");
    }
  }
  return new RegExp(`^${source}$`);
}
function matcher(globs) {
  const patterns = globs.map(globToRegExp);
  return (path) => patterns.some((pattern) => pattern.test(path));
}

// src/read/findKepFiles.ts
var KEP_0001_LAYOUT = {
  include: ["{sig-*,wg-*,unsorted-to-be-used-by-newcomers-only}/**/*.md"],
  exclude: ["**/0000-kep-template.md", "**/index.md", "**/README.md", "**/readme.md"]
};
var byPath = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function selectKepFiles(entries, layout) {
  const isKep = isKepPath(layout);
  const files = [];
  const symlinks = [];
  for (const entry of entries) {
    if (entry.kind === "submodule" || !isKep(entry.path)) continue;
    (entry.kind === "file" ? files : symlinks).push(entry.path);
  }
  return { files: files.sort(byPath), symlinks: symlinks.sort(byPath) };
}
function isKepPath(layout) {
  const included = matcher(layout.include);
  const excluded = matcher(layout.exclude);
  return (path) => included(path) && !excluded(path);
}

// src/config/presets.ts
var PRESET_NAMES = ["kep-0001", "kubernetes"];
var CHANGE_RULES = {
  "status-transition": true,
  "initial-status": true,
  "number-changed": true,
  "number-assignment": true,
  "number-next": true,
  "creation-date-changed": true,
  "file-deleted": true,
  "base-unreadable": true
};
var PRESETS = {
  "kep-0001": {
    name: "kep-0001",
    layout: KEP_0001_LAYOUT,
    format: "markdown",
    schema: "kep-0001",
    lifecycle: "kep-0001",
    index: "index.md",
    rules: {
      schema: true,
      "number-assigned": true,
      "draft-date": true,
      "date-order": true,
      "superseded-by-required": true,
      "number-unique": true,
      "reference-exists": { paths: false },
      "replaces-reciprocal": true,
      "folder-sig": { segment: 0 },
      "folder-status": true,
      "file-name": true,
      "sig-known": true,
      ...CHANGE_RULES
    },
    prodReadiness: false,
    severity: {}
  },
  kubernetes: {
    name: "kubernetes",
    layout: {
      include: ["keps/**/kep.yaml"],
      // Templates are copied, not proposed. Real KEPs numbered 0000 are checked like any other.
      exclude: ["keps/NNNN-kep-template/**", "keps/sig-cloud-provider/providers/0000-cloud-provider-template/**"]
    },
    format: "kep.yaml",
    schema: "kubernetes",
    lifecycle: "kubernetes",
    // kubernetes/enhancements keeps no index.md; a repository that wants one sets index.
    index: null,
    rules: {
      schema: true,
      "folder-number": true,
      "number-unique": true,
      "stage-required": true,
      "milestone-required": true,
      "implemented-stage": true,
      "prod-readiness": true,
      "date-order": true,
      "superseded-by-required": true,
      "reference-exists": { paths: true },
      "folder-sig": { segment: 1 },
      "sig-known": true,
      ...CHANGE_RULES
    },
    prodReadiness: true,
    severity: {
      // The release a KEP targets is read by people, not tools: "1.22" for "v1.22" is a slip.
      "schema/latest-milestone": "warning",
      "schema/milestone": "warning",
      // see-also is free to point at design documents; a malformed entry misleads, it breaks nothing.
      "schema/see-also": "warning",
      "reference-exists": "warning"
    }
  }
};

// src/parse/readProblems.ts
var READ_PROBLEMS = {
  "file-unreadable": { severity: "error", description: "A KEP file can be read: it exists, is not binary, and is UTF-8 text." },
  "file-symlink": { severity: "error", description: "A KEP is a file, not a symbolic link (links are never followed: they could point outside the repository)." },
  "metadata-missing": { severity: "error", description: `A KEP has metadata: YAML front matter, or a fenced YAML block under a "Metadata" heading (KEP-1's own form).` },
  "metadata-too-large": { severity: "error", description: "The metadata is at most 256 KB (a few dozen lines is usual); larger metadata is not read." },
  "metadata-too-deep": { severity: "error", description: "The metadata nests at most 64 levels; deeper metadata is not read." },
  "metadata-not-mapping": { severity: "error", description: "The metadata is a YAML mapping of fields, not empty, a list or a single value." },
  "metadata-fence-unclosed": { severity: "error", description: "The fenced metadata block is closed." },
  "metadata-fence-marker": { severity: "warning", description: `The fenced metadata block starts with a line "---", as KEP-1's template does.` },
  "frontmatter-unclosed": { severity: "error", description: 'Front matter opened with "---" is closed with "---".' },
  "frontmatter-duplicate": { severity: "warning", description: 'There is one front matter block; a second "---" block right after it is not metadata.' },
  "yaml-syntax": { severity: "error", description: "The metadata is valid YAML." },
  "yaml-duplicate-key": { severity: "error", description: "No key appears twice in one mapping of the metadata." },
  "yaml-aliases": { severity: "error", description: "The metadata expands YAML aliases at most 100 times." }
};
function isGraveReadProblem(rule) {
  return READ_PROBLEMS[rule]?.severity !== "warning";
}

// src/rules/rule.ts
var RULES_PAGE = "docs/rules.md";
function metaOf(input) {
  return { ...input, severity: input.severity ?? "error", docs: `${RULES_PAGE}#${input.id}` };
}
function kepRule(meta, check) {
  return { meta: metaOf(meta), subject: "kep", check };
}
function changeRule(meta, check) {
  return { meta: metaOf(meta), subject: "change", check };
}
function foundRule(meta) {
  return { meta: metaOf(meta), subject: "found" };
}

// src/rules/found.ts
var READING_RULES = Object.entries(READ_PROBLEMS).map(([id, { severity, description }]) => foundRule({ id, severity, description }));
var indexStale = foundRule({ id: "index-stale", description: "index.md is what `kep-validator index` generates from the KEPs: present, readable, and up to date." });
var prodReadinessSchema = foundRule({
  id: "prod-readiness-schema",
  description: "A production readiness approval file matches its schema, and its kep-number is its file name.",
  topics: true
});

// src/rules/change/base-unreadable.ts
var baseUnreadable = changeRule(
  { id: "base-unreadable", description: "The base version of a changed KEP can be read, so that the change's transition is checked." },
  ({ baseError }) => {
    if (!baseError) return [];
    return [{ span: FILE_START, message: `the base version of this KEP (${baseError.path}) could not be read, so its transition cannot be checked: ${baseError.message}` }];
  }
);

// src/core/document.ts
function fieldsOf(doc) {
  const data = doc.metadata?.data;
  return typeof data === "object" && data !== null && !Array.isArray(data) ? data : void 0;
}
function stringField(doc, name) {
  const value = fieldsOf(doc)?.[name];
  return typeof value === "string" ? value : void 0;
}
function assignedNumber(doc) {
  const value = fieldsOf(doc)?.["kep-number"];
  if (typeof value === "number") return Number.isInteger(value) && value > 0 ? value : void 0;
  return typeof value === "string" && /^[1-9]\d*$/.test(value) ? Number(value) : void 0;
}
function draftNumber(doc) {
  const value = stringField(doc, "kep-number");
  return value !== void 0 && /^draft-\d{8}$/.test(value) ? value : void 0;
}
function kepReferences(doc, name) {
  const value = fieldsOf(doc)?.[name];
  if (!Array.isArray(value)) return [];
  const references = [];
  value.forEach((item, index) => {
    const match = typeof item === "string" ? /^KEP-([1-9]\d*)$/.exec(item) : null;
    if (match) references.push({ index, number: Number(match[1]) });
  });
  return references;
}

// src/rules/change/versions.ts
function statusOf(doc, lifecycle) {
  const status = doc && stringField(doc, "status");
  return status !== void 0 && lifecycle.states.includes(status) ? status : void 0;
}
function fieldSpan(doc, field) {
  return doc.metadata ? spanAt(doc.metadata, [field]) : FILE_START;
}

// src/rules/change/creation-date-changed.ts
var creationDateChanged = changeRule({ id: "creation-date-changed", description: "creation-date never changes." }, ({ before, after }) => {
  const was = before && stringField(before, "creation-date");
  if (!after || was === void 0) return [];
  const now = fieldsOf(after)?.["creation-date"];
  if (now === was) return [];
  return [
    {
      span: fieldSpan(after, "creation-date"),
      message: `creation-date was ${was} and ${now === void 0 ? "is gone" : `changed to ${JSON.stringify(now)}`}; it records when the KEP was first proposed and never changes: set it back to ${was} (use last-updated for later changes)`,
      expected: [was]
    }
  ];
});

// src/rules/change/file-deleted.ts
var fileDeleted = changeRule(
  { id: "file-deleted", description: "A KEP file is never deleted: its life ends in a state, not in removal." },
  ({ change, before }, { lifecycle }) => {
    if (change.kind !== "deleted") return [];
    const ends = Object.entries(lifecycle.transitions).filter(([, next]) => next.length === 0).map(([state]) => state);
    const status = before && stringField(before, "status");
    return [
      {
        span: FILE_START,
        message: `this KEP${status ? ` (status ${status})` : ""} is deleted; a KEP is never removed \u2014 restore the file and set its status to one of ${ends.join(", ")} instead`
      }
    ];
  }
);

// src/rules/change/initial-status.ts
var initialStatus = changeRule({ id: "initial-status", description: "A new KEP starts in an initial state of the lifecycle." }, ({ change, after }, { lifecycle }) => {
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
});

// src/rules/change/number-assignment.ts
var numberAssignment = changeRule(
  { id: "number-assignment", description: "A draft-YYYYMMDD number becomes a number only on the transition to the state that assigns numbers (Approved)." },
  ({ before, after }, { lifecycle }) => {
    const draft = before && draftNumber(before);
    const number = after && assignedNumber(after);
    const on = lifecycle.numberAssignedOn;
    if (!after || draft === void 0 || number === void 0 || on === void 0) return [];
    const from = statusOf(before, lifecycle);
    const to = statusOf(after, lifecycle);
    if (to === on && from !== on) return [];
    return [
      {
        span: fieldSpan(after, "kep-number"),
        message: `kep-number ${number} replaces ${draft} while status ${from === to ? `stays ${to ?? "unchanged"}` : `changes from ${from} to ${to}`}; a number is assigned only on the change to ${on} \u2014 keep ${draft} until then`,
        expected: [draft]
      }
    ];
  }
);

// src/rules/change/number-changed.ts
var numberChanged = changeRule({ id: "number-changed", description: "An assigned kep-number never changes or disappears." }, ({ before, after }) => {
  const was = before && assignedNumber(before);
  if (!after || was === void 0) return [];
  const now = fieldsOf(after)?.["kep-number"];
  if (now === was) return [];
  const found = now === void 0 ? "is gone" : `changed to ${JSON.stringify(now)}`;
  return [
    {
      span: fieldSpan(after, "kep-number"),
      message: `kep-number was ${was} and ${found}; an assigned number never changes: set it back to ${was}`,
      expected: [String(was)]
    }
  ];
});

// src/rules/change/number-next.ts
var numberNext = changeRule(
  {
    id: "number-next",
    description: "A draft-YYYYMMDD number that becomes a number becomes the next free one: numbers are sequential and dense.",
    severity: "warning"
  },
  ({ before, after }, { repository }) => {
    const number = after && assignedNumber(after);
    if (!before || !after || draftNumber(before) === void 0 || number === void 0) return [];
    const others = repository.numbers().filter((n) => !repository.withNumber(n).includes(after));
    const next = (others.at(-1) ?? 0) + 1;
    if (number === next || others.includes(number)) return [];
    return [
      {
        span: fieldSpan(after, "kep-number"),
        message: `kep-number ${number} is free but not the next one: numbers are sequential and dense, and the next free number is ${next}`,
        expected: [String(next)]
      }
    ];
  }
);

// src/rules/change/status-transition.ts
function allowedNext(from, lifecycle) {
  const next = lifecycle.transitions[from] ?? [];
  return next.length === 0 ? `${from} is final: it may not change` : `${from} may change only to ${next.join(", ")}`;
}
var statusTransition = changeRule({ id: "status-transition", description: "A status change follows an edge of the lifecycle." }, ({ before, after }, { lifecycle }) => {
  const from = statusOf(before, lifecycle);
  const to = statusOf(after, lifecycle);
  if (!after || from === void 0 || to === void 0 || from === to) return [];
  if ((lifecycle.transitions[from] ?? []).includes(to)) return [];
  return [
    {
      span: fieldSpan(after, "status"),
      message: `status changed from ${from} to ${to}, which the ${lifecycle.name} lifecycle does not allow: ${allowedNext(from, lifecycle)}`,
      expected: lifecycle.transitions[from]
    }
  ];
});

// src/rules/kep/date-order.ts
var DATE = /^\d{4}-\d{2}-\d{2}$/;
var dateOrder = kepRule({ id: "date-order", description: "last-updated is not before creation-date." }, (doc) => {
  const created = stringField(doc, "creation-date");
  const updated = stringField(doc, "last-updated");
  if (!doc.metadata || !created || !updated || !DATE.test(created) || !DATE.test(updated)) return [];
  if (updated >= created) return [];
  return [
    {
      span: spanAt(doc.metadata, ["last-updated"]),
      message: `last-updated ${updated} is before creation-date ${created}; a KEP cannot change before it exists \u2014 use a date on or after ${created}`,
      expected: [created]
    }
  ];
});

// src/rules/kep/draft-date.ts
function isRealDate(yyyy, mm, dd) {
  const date = new Date(Date.UTC(yyyy, mm - 1, dd));
  return date.getUTCFullYear() === yyyy && date.getUTCMonth() === mm - 1 && date.getUTCDate() === dd;
}
var draftDate = kepRule({ id: "draft-date", description: "The date in draft-YYYYMMDD is a real date and equals creation-date." }, (doc) => {
  const draft = draftNumber(doc);
  if (!doc.metadata || draft === void 0) return [];
  const digits = draft.slice("draft-".length);
  const [yyyy, mm, dd] = [digits.slice(0, 4), digits.slice(4, 6), digits.slice(6, 8)].map(Number);
  const created = stringField(doc, "creation-date");
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
});

// src/rules/kep/file-name.ts
function slugOf(title) {
  return title.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
}
var fileName = kepRule(
  {
    id: "file-name",
    description: "The file name is the kep-number (4 digits or more) or the draft number, then the slug of the title: 0042-my-title.md.",
    severity: "warning"
  },
  (doc) => {
    const title = stringField(doc, "title");
    const number = assignedNumber(doc);
    const draft = draftNumber(doc);
    if (!doc.metadata || title === void 0 || number === void 0 && draft === void 0) return [];
    const prefix = number !== void 0 ? String(number).padStart(4, "0") : draft;
    const expected = `${prefix}-${slugOf(title)}.md`;
    const name = doc.file.split("/").at(-1);
    if (name === expected) return [];
    return [{ span: FILE_START, message: `the file is named ${name}, but its number and title make it ${expected}; rename it (git mv) so links and listings agree`, expected: [expected] }];
  }
);

// src/rules/kep/folder-number.ts
var folderNumber = kepRule({ id: "folder-number", description: "kep-number is the number the KEP's folder starts with." }, (doc) => {
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
});

// src/rules/kep/folder-sig.ts
var folderSig = kepRule(
  { id: "folder-sig", description: "A KEP lives in the folder of its owning SIG or working group (or the newcomers folder)." },
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

// src/core/lifecycle.ts
function statusFolderOf(relativeFile, lifecycle) {
  const dirs = relativeFile.split("/").slice(1, -1);
  return dirs.reverse().find((dir) => Object.hasOwn(lifecycle.folders, dir));
}

// src/rules/kep/folder-status.ts
var folderStatus = kepRule(
  {
    id: "folder-status",
    description: "A KEP in a deferred/, orphaned/ or retired/ folder has a matching status, and a KEP with such a status is in such a folder."
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
        expected: lifecycle.folders[folder]
      });
    } else if (folder === void 0 && homes.length > 0) {
      reports.push({ span: span(), message: `status ${status} KEPs live in ${homes.map((home) => `${home}/`).join(" or ")}; move the file to ${sig}/${homes[0]}/` });
    }
    return reports;
  }
);

// src/rules/kep/implemented-stage.ts
var FINAL_STAGES = ["stable", "deprecated", "disabled", "removed"];
var implementedStage = kepRule(
  { id: "implemented-stage", description: "An implemented KEP has reached stage stable (or, for a deprecation, deprecated, disabled or removed)." },
  (doc) => {
    const stage = stringField(doc, "stage");
    if (!doc.metadata || stringField(doc, "status") !== "implemented" || stage === void 0 || FINAL_STAGES.includes(stage)) return [];
    return [
      {
        span: spanAt(doc.metadata, ["stage"]),
        message: `status is implemented but stage is ${stage}; a KEP is implemented once it is stable \u2014 set stage to stable, or status back to implementable while it graduates`,
        expected: ["stable"]
      }
    ];
  }
);

// src/rules/kep/stagedKep.ts
var STAGED = ["implementable", "implemented"];
function stagedKep(doc) {
  const status = stringField(doc, "status");
  const fields = fieldsOf(doc);
  if (!doc.metadata || !fields || status === void 0 || !STAGED.includes(status)) return void 0;
  return { status, metadata: doc.metadata, fields };
}

// src/rules/kep/milestone-required.ts
var milestoneRequired = kepRule(
  {
    id: "milestone-required",
    description: "An implementable or implemented KEP says its latest-milestone and the milestone of each stage.",
    severity: "warning"
  },
  (doc) => {
    const staged = stagedKep(doc);
    if (!staged) return [];
    const { status, metadata, fields } = staged;
    const missing = ["latest-milestone", "milestone"].filter((field) => fields[field] === void 0);
    if (missing.length === 0) return [];
    return [
      {
        span: spanAt(metadata, ["status"]),
        message: `status is ${status} but ${missing.join(" and ")} ${missing.length === 1 ? "is" : "are"} missing; say in which release the KEP is worked on and reaches each stage (for example "latest-milestone: v1.30" and "milestone: {alpha: v1.30}")`
      }
    ];
  }
);

// src/rules/kep/number-assigned.ts
var numberAssigned = kepRule(
  { id: "number-assigned", description: "A KEP in an approved state (Approved, Final, Replaced) has an assigned number, not draft-YYYYMMDD." },
  (doc, { lifecycle, repository }) => {
    const status = stringField(doc, "status");
    const draft = draftNumber(doc);
    if (!doc.metadata || status === void 0 || draft === void 0 || !lifecycle.numbered.includes(status)) return [];
    const next = (repository.numbers().at(-1) ?? 0) + 1;
    return [
      {
        span: spanAt(doc.metadata, ["kep-number"]),
        message: `kep-number is still "${draft}" but status ${status} needs an assigned number (states that do: ${lifecycle.numbered.join(", ")}); the next free number is ${next}`,
        expected: [String(next)]
      }
    ];
  }
);

// src/rules/kep/number-unique.ts
var numberUnique = kepRule({ id: "number-unique", description: "No two KEPs of the repository share an assigned kep-number." }, (doc, { repository }) => {
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
});

// src/rules/kep/prod-readiness.ts
var PRR_SINCE_MINOR = 21;
function minorOf(milestone) {
  const match = typeof milestone === "string" ? /^v?1\.(\d+)$/.exec(milestone.trim()) : null;
  return match ? Number(match[1]) : void 0;
}
var prodReadiness = kepRule(
  {
    id: "prod-readiness",
    description: "An implementable or implemented KEP has keps/prod-readiness/<sig>/<number>.yaml approving its current stage (a warning for KEPs last worked on before v1.21, when the review began)."
  },
  (doc, { prodReadiness: approvals }) => {
    const staged = stagedKep(doc);
    const stage = stringField(doc, "stage");
    const sig = stringField(doc, "owning-sig");
    const number = assignedNumber(doc);
    if (!staged || !approvals || !stage || !sig || number === void 0) return [];
    const { status, metadata, fields } = staged;
    const minor = minorOf(fields["latest-milestone"]);
    const relaxed = status === "implemented" && (minor === void 0 || minor < PRR_SINCE_MINOR);
    const path = `keps/prod-readiness/${sig}/${number}.yaml`;
    const approval = approvals.get(path);
    if (approval === void 0) {
      return [
        {
          span: spanAt(metadata, ["status"]),
          message: `status is ${status} but ${path} does not exist; an ${status} KEP needs a production readiness approval of its stage \u2014 add that file with "kep-number: ${number}" and "${stage}: {approver: "@\u2026"}"`,
          relaxed
        }
      ];
    }
    const forStage = approval?.[stage];
    if (forStage && typeof forStage.approver === "string" && forStage.approver !== "") return [];
    const covered = Object.keys(approval ?? {}).filter((key) => key !== "kep-number");
    return [
      {
        span: spanAt(metadata, ["stage"]),
        message: `stage is ${stage} but ${path} has no approver for ${stage} (it approves ${covered.join(", ") || "no stage"}); ask a PRR approver to add "${stage}: {approver: "@\u2026"}"`,
        relaxed
      }
    ];
  }
);

// src/rules/kep/reference-exists.ts
var REFERENCE_FIELDS = ["see-also", "replaces", "superseded-by"];
function referencedFolder(reference) {
  const match = /^\/?(keps\/.+?)\/?(?:README\.md|kep\.yaml)?$/.exec(reference);
  return match?.[1];
}
function folderOf(doc) {
  return doc.file.split("/").slice(0, -1).join("/");
}
var folderCache = /* @__PURE__ */ new WeakMap();
function knownFolders(documents) {
  let folders = folderCache.get(documents);
  if (!folders) {
    folders = new Set(documents.map(folderOf));
    folderCache.set(documents, folders);
  }
  return folders;
}
var referenceExists = kepRule(
  {
    id: "reference-exists",
    description: "Every KEP named in see-also, replaces and superseded-by (by KEP-number, or by folder where the preset allows) exists in the repository, and is not this KEP."
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
        if (typeof item !== "string") return;
        const span = () => spanAt(metadata, [field, index]);
        const byNumber = /^KEP-([1-9]\d*)$/.exec(item);
        if (byNumber) {
          const number = Number(byNumber[1]);
          if (number === own && !options.paths) {
            reports.push({ span: span(), message: `${field} names KEP-${number}, which is this KEP itself; remove it` });
          } else if (repository.withNumber(number).length === 0) {
            reports.push({
              span: span(),
              message: options.paths ? `${field} names ${item}, but no KEP in this repository is there; correct the path or remove the reference` : `${field} names KEP-${number}, but no KEP in this repository has kep-number ${number}; correct the number or remove the reference`
            });
          }
          return;
        }
        const folder = options.paths ? referencedFolder(item) : void 0;
        if (folder === void 0) return;
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
    description: "replaces and superseded-by agree: if KEP-A replaces KEP-B, KEP-B is superseded by KEP-A, and the other way round."
  },
  (doc, { repository }) => {
    const own = assignedNumber(doc);
    if (!doc.metadata || own === void 0) return [];
    const reports = [];
    for (const field of ["replaces", "superseded-by"]) {
      const other = RECIPROCAL[field];
      for (const { index, number } of kepReferences(doc, field)) {
        if (number === own) continue;
        for (const target of repository.withNumber(number)) {
          if (lists(target, other, own)) continue;
          reports.push({
            span: spanAt(doc.metadata, [field, index]),
            message: `this KEP lists KEP-${number} in ${field}, but ${target.file} does not list KEP-${own} in ${other}; add "KEP-${own}" to ${other} there, or remove this entry`
          });
        }
      }
    }
    return reports;
  }
);

// src/core/suggest.ts
function editDistance(a, b, max = Infinity) {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length];
}
function didYouMean(found, allowed) {
  const fold = (s) => s.toLowerCase().replace(/[\s_-]+/g, "");
  const folded = fold(found);
  const sameWord = allowed.find((candidate) => fold(candidate) === folded);
  if (sameWord !== void 0) return sameWord;
  const limit = Math.max(1, Math.floor(found.length / 3));
  let best;
  let bestDistance = limit + 1;
  for (const candidate of allowed) {
    const distance = editDistance(found.toLowerCase(), candidate.toLowerCase(), limit);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
function quote(value) {
  if (typeof value === "string") return JSON.stringify(value);
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return String(value);
}
function listOf(values) {
  return values.join(", ");
}

// src/schema/schemaReports.ts
function decodePointer(pointer) {
  return pointer.split("/").slice(1).map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function instancePath(error) {
  return decodePointer(error.instancePath).map((part) => /^\d+$/.test(part) ? Number(part) : part);
}
function describePath(path) {
  if (path.length === 0) return "metadata";
  return path.map((part, i) => typeof part === "number" ? `[${part}]` : i === 0 ? part : `.${part}`).join("");
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
    const at = anyOf.instancePath;
    result = result.filter((e) => e === anyOf || !isUnder(e.instancePath, at));
    const branches = Array.isArray(anyOf.schema) ? anyOf.schema.length : 0;
    const matched = [];
    for (let i = 0; i < branches; i++) {
      const validate = index.branchValidatorFor(anyOf.parentSchema, i);
      if (!validate || validate(anyOf.data)) continue;
      const branchErrors = collapseAnyOf(validate.errors ?? [], index, at);
      const otherShape = branchErrors.some((e) => e.keyword === "const" || e.instancePath === at && SHAPE_KEYWORDS.has(e.keyword));
      if (!otherShape) matched.push(branchErrors);
    }
    if (matched.length === 1 && !matched[0].every((e) => e.instancePath === at && VALUE_KEYWORDS.has(e.keyword))) {
      result = [...result.filter((e) => e !== anyOf), ...matched[0]];
    }
  }
  return result;
}
function guessFor(found, path, error) {
  if (typeof found !== "string") return void 0;
  let guess;
  const handle = found.trim().replace(/^[“"']|[”"']$/g, "");
  if (path.at(-1) === "github" && found.startsWith("@")) guess = found.slice(1);
  else if (error.keyword === "pattern" && String(error.schema).startsWith("^@") && /^@?[A-Za-z0-9-]+$/.test(handle)) guess = handle.startsWith("@") ? handle : `@${handle}`;
  else if (/^kep-?\d+$/i.test(found)) guess = `KEP-${Number(found.replace(/\D/g, ""))}`;
  else if (/^\s*(sig|wg)[\s_-]/i.test(found)) guess = found.trim().toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
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
        text: `unknown field "${extra}" in ${path.length === 0 ? subject : where}; allowed fields are ${listOf(known)}${guess ? `; did you mean "${guess}"?` : "; remove it"}`,
        expected: guess ? [guess] : void 0,
        path: [...path, extra],
        part: "key"
      };
    }
    case "enum": {
      const values = (error.params.allowedValues ?? []).map(String);
      const guess = typeof found === "string" ? didYouMean(found, values) : void 0;
      return {
        text: `${where} ${quote(found)} is not one of ${listOf(values)}${guess ? `; did you mean "${guess}"?` : ""}`,
        expected: guess ? [guess] : values,
        path,
        part: "value"
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
        part: "value"
      };
    }
  }
}
function topicOf(error, message) {
  if (error.keyword === "additionalProperties" && message.path.length === 1) return "unknown-field";
  if (error.keyword === "required" && message.path.length === 0) {
    return error.params.missingProperty;
  }
  return String(message.path[0] ?? "metadata");
}
function schemaReports(metadata, schema2, subject = "the metadata") {
  if (schema2.validate(metadata.data)) return [];
  const errors = collapseAnyOf(schema2.validate.errors ?? [], schema2.index);
  const seen = /* @__PURE__ */ new Set();
  const reports = [];
  const wrongType = new Set(errors.filter((e) => e.keyword === "type").map((e) => e.instancePath));
  for (const error of errors) {
    if (error.keyword !== "type" && error.keyword !== "required" && error.keyword !== "additionalProperties" && wrongType.has(error.instancePath)) continue;
    const message = messageFor(error, schema2.index, subject);
    const span = error.keyword === "required" && message.path.length === 0 ? metadata.block : spanAt(metadata, message.path, message.part);
    if (metadata.errorLines.has(span.line)) continue;
    const key = `${span.line}:${span.column}:${message.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    reports.push({ span, message: message.text, expected: message.expected, topic: topicOf(error, message) });
  }
  return reports;
}

// src/rules/kep/schema.ts
var schema = kepRule(
  { id: "schema", description: "The metadata matches the preset's JSON Schema (or the repository's own): required fields, types, allowed values.", topics: true },
  (doc, { schema: schema2, schemaValid }) => {
    const metadata = doc.metadata;
    if (!metadata) return [];
    const data = metadata.data;
    if (typeof data === "object" && data !== null && schemaValid?.has(data)) return [];
    return schemaReports(metadata, schema2);
  }
);

// src/rules/kep/sig-known.ts
var sigKnown = kepRule(
  { id: "sig-known", description: "owning-sig and participating-sigs name SIGs, working groups or committees of the configured sigs.yaml." },
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
var stageRequired = kepRule({ id: "stage-required", description: "An implementable or implemented KEP says its stage." }, (doc) => {
  const staged = stagedKep(doc);
  if (!staged || staged.fields.stage !== void 0) return [];
  const { status, metadata } = staged;
  return [
    {
      span: spanAt(metadata, ["status"]),
      message: `status is ${status} but there is no stage; an ${status} KEP says which stage it targets: add "stage: alpha" (or beta, stable, deprecated, disabled, removed)`
    }
  ];
});

// src/rules/kep/superseded-by-required.ts
var supersededByRequired = kepRule(
  { id: "superseded-by-required", description: "A Replaced KEP names the KEPs that supersede it in superseded-by." },
  (doc, { lifecycle }) => {
    const status = stringField(doc, "status");
    if (!doc.metadata || status === void 0 || !lifecycle.superseded.includes(status)) return [];
    const supersededBy = fieldsOf(doc)?.["superseded-by"];
    if (Array.isArray(supersededBy) && supersededBy.length > 0) return [];
    return [
      {
        span: spanAt(doc.metadata, ["status"]),
        message: `status is ${status} but superseded-by ${supersededBy === void 0 ? "is missing" : "is empty"}; list the KEPs that replace this one in superseded-by`
      }
    ];
  }
);

// src/rules/registry.ts
var ALL = [
  ...READING_RULES,
  schema,
  numberAssigned,
  draftDate,
  dateOrder,
  supersededByRequired,
  numberUnique,
  referenceExists,
  replacesReciprocal,
  folderSig,
  folderStatus,
  fileName,
  sigKnown,
  folderNumber,
  stageRequired,
  milestoneRequired,
  implementedStage,
  prodReadiness,
  prodReadinessSchema,
  statusTransition,
  initialStatus,
  numberChanged,
  numberAssignment,
  numberNext,
  creationDateChanged,
  fileDeleted,
  baseUnreadable,
  indexStale
];
var RULES = new Map(ALL.map((rule) => [rule.meta.id, rule]));
if (RULES.size !== ALL.length) throw new Error("internal error: two rules share an id");
function ruleMetaOf(id) {
  const rule = RULES.get(id) ?? RULES.get(id.slice(0, id.indexOf("/")));
  return rule && (rule.meta.id === id || rule.meta.topics) ? rule.meta : void 0;
}

// src/rules/severity.ts
var SeverityPolicy = class {
  patterns;
  byRule = /* @__PURE__ */ new Map();
  constructor(layers) {
    this.patterns = layers.flatMap(
      (overrides, layer) => Object.entries(overrides).map(([pattern, severity]) => ({ pattern, severity, layer, exact: !/[*?{[]/.test(pattern), regexp: globToRegExp(pattern) }))
    ).sort((a, b) => b.layer - a.layer || Number(b.exact) - Number(a.exact) || b.pattern.length - a.pattern.length);
  }
  override(rule) {
    if (!this.byRule.has(rule)) {
      const match = this.patterns.find((p) => p.exact ? p.pattern === rule : p.regexp.test(rule));
      this.byRule.set(rule, match?.severity);
    }
    return this.byRule.get(rule);
  }
  /** A finding of `rule` whose rule's own severity is `ruleSeverity`; relaxed findings are warnings unless overridden. */
  severityOf(rule, ruleSeverity, relaxed = false) {
    return this.override(rule) ?? (relaxed ? "warning" : ruleSeverity);
  }
};

export {
  schemaReports,
  selectKepFiles,
  isKepPath,
  PRESET_NAMES,
  PRESETS,
  fieldsOf,
  stringField,
  assignedNumber,
  draftNumber,
  isGraveReadProblem,
  RULES,
  ruleMetaOf,
  SeverityPolicy
};
