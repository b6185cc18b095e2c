import { createRequire as __kepCreateRequire } from 'node:module';
const require = __kepCreateRequire(import.meta.url);
import {
  FILE_START,
  GITHUB_HANDLE,
  READ_PROBLEMS,
  appendListItem,
  assignedNumber,
  cachedSchemaReports,
  canonicalData,
  changeRule,
  didYouMean,
  draftNumber,
  editDistance,
  fieldsOf,
  fieldsValid,
  fixOf,
  kepNumberOf,
  kepReferences,
  kepRule,
  onPresetRegistered,
  pathKey,
  presets,
  realDate,
  replaceScalar,
  sameValue,
  spanAt,
  stageRule,
  stringField
} from "./chunk-NSLFPTWQ.js";

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
    const name = doc.file.split("/").at(-1);
    const slug = slugOf(title);
    const expected = slug !== "" ? `${prefix}-${slug}.md` : `${prefix}${/^(?:\d+|draft-\d{8})((?:-.+)?\.md)$/.exec(name)?.[1] ?? ".md"}`;
    if (name === expected) return [];
    return [{ span: FILE_START, message: `the file is named ${name}, but its number and title make it ${expected}; rename it (git mv) so links and listings agree`, expected: [expected] }];
  }
);

// src/rules/stageRules.ts
var READING_RULES = Object.entries(READ_PROBLEMS).map(([id, read]) => stageRule({ id, severity: read.severity, description: read.description, ..."fixable" in read ? { fixable: read.fixable } : {} }));
var indexStale = stageRule({ id: "index-stale", description: "index.md is what `kep-validator index` generates from the KEPs: present, readable, and up to date.", fixable: ["safe"], neverBaselined: true });
var configuration = stageRule({
  id: "configuration",
  description: "The rules files a change adds or edits \u2014 .kep-validator.yml, the baseline, a schema, lifecycle or SIG list they name \u2014 load as they will once it is merged (the change itself is judged by its base's).",
  topics: true,
  neverBaselined: true
});
var prodReadinessSchema = stageRule({
  id: "prod-readiness-schema",
  description: "A production readiness approval file matches its schema, and its kep-number is its file name.",
  topics: true,
  // Its schema has no allowed-value lists, where a did-you-mean could be only a suggestion.
  fixable: ["safe"]
});

// src/rules/change/base-unreadable.ts
var baseUnreadable = changeRule({ id: "base-unreadable", description: "The base version of a changed KEP can be read, so that the change's transition is checked." }, ({ baseError }) => {
  if (!baseError) return [];
  return [{ span: FILE_START, message: `the base version of this KEP (${baseError.path}) could not be read, so its transition cannot be checked: ${baseError.message}` }];
});

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
  { id: "creation-date-changed", description: "creation-date never changes \u2014 unless the base had no real date there (2023-14-05): changing that is its correction.", fixable: ["safe"] },
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
var fileDeleted = changeRule({ id: "file-deleted", description: "A KEP file is never deleted: its life ends in a state, not in removal." }, ({ change, before }, { lifecycle }) => {
  if (change.kind !== "deleted") return [];
  const ends = Object.entries(lifecycle.transitions).filter(([, next]) => next.length === 0).map(([state]) => state);
  const status = before && stringField(before, "status");
  const fix = status && ends.includes(status) ? `restore the file: ${status} is already a final state, where a KEP stays` : `restore the file and set its status to one of ${ends.join(", ")} instead`;
  return [{ span: FILE_START, message: `this KEP${status ? ` (status ${status})` : ""} is deleted; a KEP is never removed \u2014 ${fix}` }];
});

// src/rules/change/initial-status.ts
var initialStatus = changeRule({ id: "initial-status", description: "A new KEP starts in an initial state of the lifecycle.", rejects: "status" }, ({ change, after }, { lifecycle }) => {
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

// src/rules/change/last-updated.ts
function todayUtc(now = /* @__PURE__ */ new Date()) {
  return now.toISOString().slice(0, 10);
}
var lastUpdated = changeRule(
  {
    id: "last-updated",
    description: "When a change edits a KEP's metadata, it updates last-updated to the day of the change, as KEP-1 asks of a significant change.",
    severity: "warning",
    fixable: ["safe"]
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
    topics: true
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
var numberAssignment = changeRule({ id: "number-assignment", description: "A draft-YYYYMMDD number becomes a number only on the transition to the state that assigns numbers (Approved)." }, ({ before, after }, { lifecycle }) => {
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
});

// src/rules/change/number-changed.ts
var numberChanged = changeRule({ id: "number-changed", description: "An assigned kep-number never changes or disappears." }, ({ before, after }) => {
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
});

// src/rules/change/number-next.ts
var numberNext = changeRule(
  {
    id: "number-next",
    description: "A draft-YYYYMMDD number that becomes a number becomes the next free one: numbers are sequential and dense.",
    severity: "warning"
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
  { id: "stage-transition", description: "A stage change follows an edge of the lifecycle's stages: a feature graduates (alpha \u2192 beta \u2192 stable) or is retired, it does not regress.", rejects: "stage" },
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
var templateSections = changeRule(
  {
    id: "template-sections",
    description: "A change keeps the sections of the repository's README template (kubernetes/enhancements' keps/NNNN-kep-template/README.md, read from the base) that a KEP's README had; a new KEP's README has every section that is not optional; a KEP that moves to a stage has the sections the template asks for from that stage on (the production readiness questionnaire).",
    // A convention of the template that the project's own script prints and never fails on: a warning (docs/presets.md).
    severity: "warning",
    readsReadme: true
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
var statusTransition = changeRule({ id: "status-transition", description: "A status change follows an edge of the lifecycle.", rejects: "status" }, ({ before, after }, { lifecycle }) => {
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
});

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
function ownersLists(file) {
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
    description: "Reviewers and approvers a kep.yaml marks as assigned (# sig-node-assigned-reviewer, # sig-node-assigned-approver) are the ones its folder's OWNERS lists, and from v1.36 on a SIG Node KEP's approvers include a SIG Node tech lead (at alpha in the upcoming release) or an assigned approver (kubernetes/enhancements' pkg/nodeapprovers)."
  },
  (doc, context) => {
    const metadata = doc.metadata;
    const fields = fieldsOf(doc);
    if (!metadata || !fields) return [];
    const reports = checkOwners(metadata, doc.file, context);
    if (context.options.folders.some((folder) => doc.file.startsWith(`${folder}/`))) reports.push(...checkTechLead(metadata, fields, context));
    return reports;
  },
  (options) => ({ besideKep: [options.owners], atRoot: [options.aliases] })
);

// src/rules/kep/date-order.ts
var DATE = /^\d{4}-\d{2}-\d{2}$/;
var dateOrder = kepRule({ id: "date-order", description: "last-updated is not before creation-date (when both are valid dates)." }, (doc, context) => {
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
});

// src/rules/kep/draft-date.ts
function isRealDate(yyyy, mm, dd) {
  const date = /* @__PURE__ */ new Date(0);
  date.setUTCFullYear(yyyy, mm - 1, dd);
  return date.getUTCFullYear() === yyyy && date.getUTCMonth() === mm - 1 && date.getUTCDate() === dd;
}
var draftDate = kepRule({ id: "draft-date", description: "The date in draft-YYYYMMDD is a real date and equals creation-date (when creation-date is itself valid)." }, (doc, context) => {
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
});

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
var folderSig = kepRule({ id: "folder-sig", description: "A KEP lives in the folder of its owning SIG or working group (or the newcomers folder)." }, (doc, { options }) => {
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
});

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
var handleAt = kepRule(
  {
    id: "handle-at",
    description: "GitHub handles in authors, reviewers, approvers and prr-approvers (and production readiness approvals) are written with @, as the template writes them.",
    severity: "warning",
    fixable: ["safe"]
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
        if (typeof item !== "string" || item === "TBD" || !GITHUB_HANDLE.test(item)) return;
        const fix = fixOf("safe", replaceScalar(metadata, [field, index], `@${item}`));
        reports.push({ span: spanAt(metadata, [field, index]), message: handleAtMessage(`${field}[${index}]`, item), expected: [`@${item}`], ...fix ? { fix } : {} });
      });
    }
    return reports;
  }
);

// src/rules/kep/implemented-stage.ts
var FINAL_STAGES = ["stable", "deprecated", "disabled", "removed"];
var implementedStage = kepRule({ id: "implemented-stage", description: "An implemented KEP has reached stage stable (or, for a deprecation, deprecated, disabled or removed)." }, (doc, context) => {
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
});

// src/rules/kep/milestone-order.ts
var milestoneOrder = kepRule(
  {
    id: "milestone-order",
    description: "The releases of the stages come in the order of the stages: milestone.alpha \u2264 milestone.beta \u2264 milestone.stable, and deprecated \u2264 disabled \u2264 removed."
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
        message: `status is ${status} but ${missing.join(" and ")} ${missing.length === 1 ? "is" : "are"} missing; say in which release the KEP is worked on and reaches each stage (for example "latest-milestone: v1.30" and "milestone: {alpha: v1.30}")`,
        dependsOn: ["status"]
      }
    ];
  }
);

// src/rules/kep/number-assigned.ts
var numberAssigned = kepRule(
  {
    id: "number-assigned",
    description: "A KEP in an approved state (Approved, Final, Replaced) has an assigned number, not draft-YYYYMMDD; a KEP in a state reached only before approval (Draft, Deferred, Rejected) has a draft-YYYYMMDD one, whether it is new or changed."
  },
  (doc, context) => {
    const { lifecycle, repository } = context;
    const status = stringField(doc, "status");
    if (!doc.metadata || status === void 0) return [];
    const draft = draftNumber(doc);
    if (draft !== void 0 && lifecycle.numbered.includes(status)) {
      const next = (repository.numbers().at(-1) ?? 0) + 1;
      return [
        {
          span: spanAt(doc.metadata, ["kep-number"]),
          message: `kep-number is still "${draft}" but status ${status} needs an assigned number (states that do: ${lifecycle.numbered.join(", ")}); the next free number is ${next}`,
          expected: [String(next)],
          dependsOn: ["status"]
        }
      ];
    }
    const number = assignedNumber(doc);
    const before = preApprovalStates(lifecycle);
    if (number === void 0 || !before.includes(status)) return [];
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
function beforeReview(fields) {
  const minor = minorOf(fields["latest-milestone"]);
  return minor === void 0 || minor < PRR_SINCE_MINOR;
}
var prodReadiness = kepRule(
  {
    id: "prod-readiness",
    description: "An implementable or implemented KEP has keps/prod-readiness/<sig>/<number>.yaml approving its current stage (a warning for KEPs implemented and last worked on before v1.21, when the review began \u2014 in a change, at the base too)."
  },
  (doc, context) => {
    const approvals = context.prodReadiness;
    const staged = stagedKep(doc);
    const stage = stringField(doc, "stage");
    const sig = stringField(doc, "owning-sig");
    const number = assignedNumber(doc);
    if (!staged || !approvals || !stage || !sig || number === void 0 || !fieldsValid(doc, context, "stage", "owning-sig")) return [];
    const { status, metadata, fields } = staged;
    const base = context.baseOf?.(doc);
    const baseFields = base && fieldsOf(base);
    const baseBefore = base === void 0 || baseFields !== void 0 && beforeReview(baseFields);
    const relaxed = status === "implemented" && beforeReview(fields) && baseBefore;
    const why = status === "implemented" && beforeReview(fields) && !baseBefore ? ` (latest-milestone was ${JSON.stringify(baseFields?.["latest-milestone"] ?? null)} at the base: the review applies, whatever the change sets it to)` : "";
    const path = `keps/prod-readiness/${sig}/${number}.yaml`;
    const approval = approvals.get(path);
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
    const forStage = approval?.[stage];
    if (forStage && typeof forStage.approver === "string" && forStage.approver !== "") return [];
    const covered = Object.keys(approval ?? {}).filter((key) => key !== "kep-number");
    return [
      {
        span: spanAt(metadata, ["stage"]),
        message: `stage is ${stage} but ${path} has no approver for ${stage} (it approves ${covered.join(", ") || "no stage"}); ask a PRR approver to add "${stage}: {approver: "@\u2026"}"${why}`,
        relaxed,
        dependsOn: ["status", "stage"]
      }
    ];
  }
);

// src/rules/kep/recommended-fields.ts
var recommendedFields = kepRule(
  {
    id: "recommended-fields",
    description: "The metadata has the fields the template asks for beyond what the project's validator requires (kubernetes: reviewers, creation-date, and approvers not empty).",
    severity: "warning"
  },
  (doc, context) => {
    const { options } = context;
    const metadata = doc.metadata;
    const fields = fieldsOf(doc);
    if (!metadata || !fields) return [];
    return options.fields.filter((field) => (fields[field] === void 0 || fields[field] === null || Array.isArray(fields[field]) && fields[field].length === 0) && fieldsValid(doc, context, field)).map(
      (field) => fields[field] === void 0 ? { span: metadata.block, message: `the metadata has no "${field}"; kubernetes/enhancements' validator does not require it, but the template asks for it \u2014 add it` } : { span: spanAt(metadata, [field], "key"), message: `${field} is empty; kubernetes/enhancements' validator accepts that, but the template asks for ${field} \u2014 fill it in` }
    );
  }
);

// src/rules/kep/reference-exists.ts
var REFERENCE_FIELDS = ["see-also", "replaces", "superseded-by"];
function referencedFolder(reference) {
  const match = /^\/?(keps\/.+?)\/?(?:README\.md|kep\.yaml)?$/.exec(reference);
  return match?.[1];
}
function folderOf2(doc) {
  return doc.file.split("/").slice(0, -1).join("/");
}
var folderCache = /* @__PURE__ */ new WeakMap();
function knownFolders(documents) {
  let folders = folderCache.get(documents);
  if (!folders) {
    folders = new Set(documents.map(folderOf2));
    folderCache.set(documents, folders);
  }
  return folders;
}
var referenceExists = kepRule(
  {
    id: "reference-exists",
    description: "Every KEP named in see-also, replaces and superseded-by (by KEP-number or bare number, or by folder where the preset allows) exists in the repository, and is not this KEP."
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
        if (folder === folderOf2(doc)) {
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
  }
);

// src/rules/kep/reference-form.ts
var referenceForm = kepRule(
  {
    id: "reference-form",
    description: "A KEP named in see-also, replaces or superseded-by is written KEP-1539 (or as its path, /keps/sig-node/1539-hugepages, where the preset allows), not as a bare number.",
    severity: "warning",
    fixable: ["safe"]
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
        const path = options.paths && named.length > 0 ? `/${named[0].file.split("/").slice(0, -1).join("/")}` : void 0;
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
    severity: "warning"
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
    fixable: ["safe"]
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
  { id: "schema", description: "The metadata matches the preset's JSON Schema (or the repository's own): required fields, types, allowed values.", topics: true, fixable: ["safe", "suggestion"] },
  (doc, { schema: schema2, schemaValid }) => {
    const metadata = doc.metadata;
    if (!metadata) return [];
    const data = metadata.data;
    if (typeof data === "object" && data !== null && schemaValid?.has(data)) return [];
    return cachedSchemaReports(metadata, schema2);
  }
);

// src/rules/kep/sig-known.ts
var sigKnown = kepRule({ id: "sig-known", description: "owning-sig and participating-sigs name SIGs, working groups or committees of the configured sigs.yaml." }, (doc, { knownSigs }) => {
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
});

// src/rules/kep/stage-required.ts
var stageRequired = kepRule({ id: "stage-required", description: "An implementable or implemented KEP says its stage." }, (doc) => {
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
});

// src/rules/kep/superseded-by-required.ts
var supersededByRequired = kepRule({ id: "superseded-by-required", description: "A Replaced KEP names the KEPs that supersede it in superseded-by." }, (doc, { lifecycle }) => {
  const status = stringField(doc, "status");
  if (!doc.metadata || status === void 0 || !lifecycle.superseded.includes(status)) return [];
  const supersededBy = fieldsOf(doc)?.["superseded-by"];
  if (Array.isArray(supersededBy) && supersededBy.length > 0) return [];
  return [
    {
      span: spanAt(doc.metadata, ["status"]),
      message: `status is ${status} but superseded-by ${supersededBy === void 0 ? "is missing" : supersededBy === null || Array.isArray(supersededBy) ? "is empty" : `is not a list (it is ${JSON.stringify(supersededBy)})`}; list the KEPs that replace this one in superseded-by`,
      dependsOn: ["status"]
    }
  ];
});

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
    readsReadme: true
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
var ALL = [
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
  baseUnreadable,
  // The presets' own rules, kept in their folders (src/presets/<name>/), in the registry's order.
  ...presets().flatMap((preset) => preset.ownRules ?? []),
  indexStale,
  configuration
];
var RULES = new Map(ALL.map((rule) => [rule.meta.id, rule]));
if (RULES.size !== ALL.length) throw new Error("internal error: two rules share an id");
onPresetRegistered((preset) => {
  for (const rule of preset.ownRules ?? []) {
    if (RULES.has(rule.meta.id)) throw new Error(`the rule ${rule.meta.id} of preset ${preset.name} is another rule's id`);
    RULES.set(rule.meta.id, rule);
  }
});

export {
  slugOf,
  folderOf,
  besidePath,
  statusFolderOf,
  allowedNext,
  findMarkers,
  checkToc,
  handleAtMessage,
  RULES
};
