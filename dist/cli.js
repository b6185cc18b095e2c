#!/usr/bin/env node
import { createRequire as __kepCreateRequire } from 'node:module';
const require = __kepCreateRequire(import.meta.url);
import {
  setIfPresent
} from "./chunks/chunk-FFQ6MDVB.js";
import {
  AuthorError
} from "./chunks/chunk-DCDJXFAV.js";
import {
  BASELINE_FILE,
  CHECK_FORMATS,
  EditOverlapError,
  FORMATTERS,
  Files,
  GitError,
  GitTree,
  OverlayTree,
  PARALLEL_THRESHOLD,
  applyTextEdits,
  buildBaseline,
  changeRepository,
  chooseFixes,
  computeMetrics,
  escapeMarkdown,
  filesSource,
  fixesAsLineChanges,
  git,
  gitChanges,
  indexFixCommand,
  indexOfRepository,
  lineDiff,
  loadRules,
  locateEdits,
  mergeBase,
  pathInside,
  presetNote,
  presetsHelp,
  proposedRulesNote,
  readHistory,
  readRepository,
  renderMetrics,
  repositoryAround,
  repositoryPrefix,
  resolveLifecycleOption,
  validate
} from "./chunks/chunk-QVDXOG4D.js";
import {
  checkReport,
  logLines,
  plural,
  printable,
  summaryLine
} from "./chunks/chunk-QZVNYD6J.js";
import "./chunks/chunk-S7IOJFZU.js";
import {
  FileSystemTree,
  LoadError,
  NotRegularFileError
} from "./chunks/chunk-KD4UMMRR.js";
import {
  readKep
} from "./chunks/chunk-67SQXAKB.js";
import {
  allowedNext,
  builtinLifecycles,
  presetNamed,
  statusFolderOf
} from "./chunks/chunk-2OSR2RJD.js";
import {
  slugOf
} from "./chunks/chunk-WY54ZU3J.js";
import {
  GITHUB_HANDLE,
  MetadataEditError,
  didYouMean,
  loadMarkdownParser
} from "./chunks/chunk-FD7XQS5Z.js";
import {
  assignedNumber,
  draftNumber,
  fieldsOf,
  isKepPath,
  stringField
} from "./chunks/chunk-3ZQSLKZL.js";
import "./chunks/chunk-NSMHY4JS.js";
import "./chunks/chunk-M7YJJPLV.js";
import "./chunks/chunk-ZZYXWRD5.js";

// src/cli/run.ts
import { dirname as dirname3, resolve as resolve3 } from "node:path";
import { parseArgs } from "node:util";

// src/cli/io.ts
var forLog = (text) => process.env.GITHUB_ACTIONS === "true" ? logLines(text) : text;
var processIo = {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(forLog(text)),
  stderr: (text) => process.stderr.write(forLog(text))
};
var UsageError = class extends Error {
};
function readingLog(io) {
  return (message, problem) => {
    if (problem) io.stderr(`kep-validator: ${printable(message)}
`);
  };
}
var EXIT_OK = 0;
var EXIT_PROBLEMS = 1;
var EXIT_FAILURE = 2;

// src/cli/command.ts
var GivenOptions = class {
  constructor(values) {
    this.values = values;
  }
  values;
  string(name) {
    const value = this.values[name];
    return typeof value === "string" ? value : void 0;
  }
  flag(name) {
    return this.values[name] === true;
  }
  strings(name) {
    const value = this.values[name];
    return Array.isArray(value) ? value.map(String) : void 0;
  }
  /** The names given, in the order of the table. */
  names() {
    return Object.keys(this.values).filter((name) => this.values[name] !== void 0);
  }
};

// src/cli/check.ts
import { dirname, relative, resolve, sep } from "node:path";

// src/edit/fileText.ts
import { isUtf8 } from "node:buffer";
var BOM = "\uFEFF";
var REPLACEMENT = 65533;
var FileText = class _FileText {
  constructor(text, bytes, bom, byteAt) {
    this.text = text;
    this.bytes = bytes;
    this.bom = bom;
    this.byteAt = byteAt;
  }
  text;
  bytes;
  bom;
  byteAt;
  static of(bytes) {
    const decoded = bytes.toString("utf8");
    const bom = decoded.charCodeAt(0) === 65279;
    const byteAt = isUtf8(bytes) ? void 0 : byteOffsets(bytes, decoded);
    return new _FileText(bom ? decoded.slice(1) : decoded, bytes, bom, byteAt);
  }
  /** A file the edits create. */
  static created() {
    return new _FileText("", void 0, false, void 0);
  }
  /** Why edits cannot be written back keeping every other byte; undefined when they can. */
  get uneditable() {
    if (!this.bytes || this.byteAt || isUtf8(this.bytes)) return void 0;
    return "it has bytes that are not UTF-8, which could not be kept exactly as they are; save it as UTF-8";
  }
  /** The bytes with the edits applied; every other byte as it was. Undefined when that cannot be promised. */
  withEdits(edits) {
    if (this.uneditable) return void 0;
    const text = applyTextEdits(this.text, edits);
    if (!this.byteAt || !this.bytes) return Buffer.from(this.bom ? BOM + text : text, "utf8");
    const shift = this.bom ? 1 : 0;
    const parts = [];
    let at = 0;
    for (const edit of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
      const start = this.byteAt[edit.start + shift];
      parts.push(this.bytes.subarray(at, start), Buffer.from(edit.text, "utf8"));
      at = Math.max(at, this.byteAt[edit.end + shift]);
    }
    parts.push(this.bytes.subarray(at));
    const result = Buffer.concat(parts);
    const decoded = result.toString("utf8");
    return (this.bom ? decoded.slice(1) : decoded) === text ? result : void 0;
  }
};
function byteOffsets(bytes, decoded) {
  const at = new Uint32Array(decoded.length + 1);
  let i = 0;
  let j = 0;
  while (j < decoded.length) {
    if (i >= bytes.length) return void 0;
    at[j] = i;
    const code = decoded.codePointAt(j);
    const encodedReplacement = bytes[i] === 239 && bytes[i + 1] === 191 && bytes[i + 2] === 189;
    const length = code === REPLACEMENT && !encodedReplacement ? invalidLength(bytes, i) : code < 128 ? 1 : code < 2048 ? 2 : code < 65536 ? 3 : 4;
    if (code > 65535) at[j + 1] = i;
    i += length;
    j += code > 65535 ? 2 : 1;
  }
  at[decoded.length] = i;
  return i === bytes.length ? at : void 0;
}
function invalidLength(bytes, i) {
  const lead = bytes[i];
  const needed = lead >= 194 && lead <= 223 ? 1 : lead >= 224 && lead <= 239 ? 2 : lead >= 240 && lead <= 244 ? 3 : 0;
  let k = 1;
  for (; k <= needed && i + k < bytes.length; k++) {
    const c = bytes[i + k];
    const low = k > 1 ? 128 : lead === 224 ? 160 : lead === 240 ? 144 : 128;
    const high = k > 1 ? 191 : lead === 237 ? 159 : lead === 244 ? 143 : 191;
    if (c < low || c > high) break;
  }
  return k;
}

// src/fix/fixInMemory.ts
var MAX_FIX_PASSES = 10;
function fileTextOf(tree, file) {
  const content = tree.readFiles([file]).get(file);
  return Buffer.isBuffer(content) ? FileText.of(content) : FileText.created();
}
function applyPass(tree, diagnostics, leftAlone) {
  const texts = /* @__PURE__ */ new Map();
  const textOf2 = (file) => {
    if (!texts.has(file)) texts.set(file, fileTextOf(tree, file));
    return texts.get(file);
  };
  for (; ; ) {
    const safe = diagnostics.filter((d) => d.fix?.applicability === "safe" && d.fix.edits.every((edit) => !leftAlone.has(edit.file)));
    for (const diagnostic of safe) {
      for (const edit of diagnostic.fix.edits) {
        const reason = textOf2(edit.file).uneditable;
        if (reason) leftAlone.set(edit.file, reason);
      }
    }
    const usable = safe.filter((d) => d.fix.edits.every((edit) => !leftAlone.has(edit.file)));
    const { taken, edits } = chooseFixes(
      usable.map((d) => d.fix),
      (file) => textOf2(file).text
    );
    const written = /* @__PURE__ */ new Map();
    let refused;
    for (const [file, fileEdits] of edits) {
      const bytes = edited(textOf2(file), fileEdits);
      if (!bytes) refused = file;
      else written.set(file, bytes);
    }
    if (refused !== void 0) {
      leftAlone.set(refused, "its bytes with the fixes would not read as the fixed text; nothing was written to it");
      continue;
    }
    for (const [file, bytes] of written) {
      const current = tree.readFiles([file]).get(file);
      if (!Buffer.isBuffer(current) || !bytes.equals(current)) tree.set(file, bytes);
    }
    return taken.map((index) => usable[index]);
  }
}
function edited(text, edits) {
  try {
    return text.withEdits(edits);
  } catch {
    return void 0;
  }
}
async function fixInMemory(head, check2) {
  const tree = new OverlayTree(head.label, /* @__PURE__ */ new Map(), { under: head });
  const fixed = [];
  const leftAlone = /* @__PURE__ */ new Map();
  let result = await check2(tree);
  let passes = 0;
  while (passes < MAX_FIX_PASSES) {
    const before = new Map(tree.changed());
    const applied = applyPass(tree, result.diagnostics, leftAlone);
    const changed = [...tree.changed()].some(([file, content]) => !before.get(file)?.equals(content));
    if (applied.length === 0 || !changed) break;
    passes++;
    fixed.push(...applied);
    result = await check2(tree);
  }
  const files = [];
  for (const [file, after] of [...tree.changed()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) {
    const original = head.readFiles([file]).get(file);
    const before = Buffer.isBuffer(original) ? original : void 0;
    if (!before?.equals(after)) files.push({ file, before, after });
  }
  const suggestions = fixesAsLineChanges(
    result.diagnostics.filter((d) => d.fix?.applicability === "suggestion"),
    (file) => fileTextOf(tree, file).text
  );
  return { result, files, fixed, passes, suggestions, leftAlone: [...leftAlone].map(([file, reason]) => ({ file, reason })) };
}

// src/fix/describeFixes.ts
function notApplied(outcome, displayPath) {
  const lines = [];
  for (const { file, reason } of outcome.leftAlone) lines.push(`left alone ${displayPath(file)}: ${reason}`);
  if (outcome.suggestions.length > 0) {
    lines.push(`${plural(outcome.suggestions.length, "suggested fix", "suggested fixes")} not applied: each may change what the author meant; make it by hand where it is what was meant:`);
    for (const change of outcome.suggestions) {
      for (const d of change.diagnostics) lines.push(`${displayPath(d.file)}:${d.line}:${d.column}  suggestion  ${d.rule}  ${d.message}`);
      lines.push(...change.current.split("\n").map((line) => `  - ${line}`), ...change.replacement.split("\n").map((line) => `  + ${line}`));
    }
  }
  return lines.length > 0 ? [...lines, ""] : [];
}
function describeFixes(outcome, displayPath) {
  const rest = notApplied(outcome, displayPath);
  if (outcome.fixed.length === 0) return `Nothing to fix: no problem has a safe fix.
${rest.length > 0 ? `
${rest.join("\n")}
` : ""}`;
  const lines = outcome.fixed.map((d) => `${displayPath(d.file)}:${d.line}:${d.column}  fixed  ${d.rule}  ${d.message}`);
  const files = outcome.files.map((file) => `${file.before === void 0 ? "created" : "wrote"} ${displayPath(file.file)}`);
  return `${[...lines, "", ...files, ...rest.length > 0 ? ["", ...rest] : [], `Fixed ${plural(outcome.fixed.length, "problem")} in ${plural(outcome.files.length, "file")}; what remains:`].join("\n")}

`;
}
function diffOfFixes(outcome) {
  const rest = notApplied(outcome, (file) => file);
  if (outcome.fixed.length === 0) return `Nothing to fix: no problem has a safe fix.
${rest.length > 0 ? `
${rest.join("\n")}
` : ""}`;
  const diffs = outcome.files.map((file) => lineDiff(file.file, file.before?.toString("utf8") ?? "", file.after.toString("utf8")).diff);
  return `${diffs.join("")}
${rest.length > 0 ? `${rest.join("\n")}
` : ""}${plural(outcome.fixed.length, "problem")} would be fixed in ${plural(outcome.files.length, "file")} (nothing was written; --fix writes it); what would remain:

`;
}

// src/cli/check.ts
function toPosix(path) {
  return path.split(sep).join("/");
}
function rootRelative(io, settings, paths) {
  return paths.map((path) => {
    const absolute = resolve(io.cwd, path);
    const rel = pathInside(settings.root, absolute);
    if (rel === void 0) throw new UsageError(`${path} is outside the KEP root ${settings.root}`);
    const entry = new Files(settings.root, "the KEP root").entry(rel);
    if (entry === void 0) throw new UsageError(`${path} does not exist`);
    return { path: rel, directory: entry.kind === "folder" };
  });
}
async function check(io, command) {
  return checker(io, command)(new FileSystemTree(command.settings.root));
}
function checker(io, command) {
  const { settings } = command;
  const paths = rootRelative(io, settings, command.paths);
  const base = command.base === void 0 ? void 0 : mergeBase(settings.root, command.base);
  const changes = base === void 0 ? void 0 : { base: new GitTree(settings.root, base, repositoryPrefix(settings.root)), files: gitChanges(settings.root, base) };
  const baseline = changes && !command.allProblems ? void 0 : command.baseline?.();
  return (head) => validate(settings, {
    head,
    paths,
    jobs: command.jobs,
    log: readingLog(io),
    onlyNew: !command.allProblems,
    baseline,
    indexFixCommand: command.indexFixCommand,
    surroundings: () => repositoryAround(settings.root),
    ...changes ? { changes, proposedRules: command.proposedRules } : {}
  });
}
async function checkAndFix(io, command, displayPath) {
  const outcome = await fixInMemory(new FileSystemTree(command.settings.root), checker(io, command));
  if (command.fixMode === "dry-run") {
    if (command.format === "text") io.stdout(diffOfFixes(outcome));
    return outcome;
  }
  const files = new Files(command.settings.root, "the KEP root");
  for (const file of outcome.files) files.write(file.file, file.after);
  if (command.format === "text") io.stdout(describeFixes(outcome, displayPath));
  return outcome;
}
async function runCheck(io, command) {
  const { settings } = command;
  const displayPath = (file) => toPosix(relative(io.cwd, resolve(settings.root, file))) || file;
  const outcome = command.fixMode ? await checkAndFix(io, command, displayPath) : void 0;
  const result = outcome ? outcome.result : await check(io, command);
  const report = checkReport(result);
  const fixed = outcome ? { written: command.fixMode === "write", files: outcome.files.map((file) => file.file), problems: outcome.fixed.length } : void 0;
  const context = { displayPath, root: toPosix(settings.root), fixed };
  if (command.format === "github") {
    const { writeAnnotations } = await import("./chunks/workflowCommands-VBEMY5M7.js");
    if (outcome) io.stdout(command.fixMode === "dry-run" ? diffOfFixes(outcome) : describeFixes(outcome, displayPath));
    writeAnnotations(FORMATTERS.github(report, context));
    io.stdout(`${summaryLine(report)}
`);
  } else io.stdout(FORMATTERS[command.format](report, context));
  return report.counts.errors > 0 ? EXIT_PROBLEMS : EXIT_OK;
}
var checkCommand = {
  name: "check",
  help: `  check [PATH\u2026]     validate KEP metadata (every KEP, the PATHs given, or with --base the changed ones)
                    and compare index.md with the KEPs
`,
  options: {
    base: { type: "string" },
    "all-problems": { type: "boolean" },
    format: { type: "string" },
    jobs: { type: "string" },
    fix: { type: "boolean" },
    "fix-dry-run": { type: "boolean" }
  },
  together: [["fix", "fix-dry-run"]],
  formats: CHECK_FORMATS,
  // check --base judges the changes by the rules of their base, as the action judges a pull request.
  rulesBase: (io, options) => {
    const base = options.string("base");
    if (base === void 0) return void 0;
    const root = options.string("root");
    const config = options.string("config");
    const top = changeRepository([root === void 0 ? void 0 : resolve(io.cwd, root), config === void 0 ? void 0 : dirname(resolve(io.cwd, config)), io.cwd]);
    if (top === void 0) throw new GitError(`--base ${base}: ${io.cwd} is not in a git repository, whose base commit the changes are judged by`);
    return { top, commit: mergeBase(top, base) };
  },
  run: ({ io, options, paths, rules, settings, format, jobs, indexFixCommand: indexFixCommand2 }) => {
    if (options.flag("all-problems") && options.string("base") === void 0) throw new UsageError("--all-problems goes with --base: without it every problem counts already");
    if (options.flag("fix") && options.flag("fix-dry-run")) throw new UsageError("--fix and --fix-dry-run exclude each other");
    if (rules.proposed.files.length > 0)
      io.stderr(
        `kep-validator: ${printable(
          proposedRulesNote(
            "the working tree",
            rules.proposed.files.map((path) => relative(io.cwd, path) || path),
            rules.base
          )
        )}
`
      );
    return runCheck(io, {
      settings,
      base: options.string("base"),
      format,
      paths,
      jobs,
      allProblems: options.flag("all-problems") || void 0,
      baseline: rules.baseline,
      proposedRules: rules.proposed.problems,
      indexFixCommand: indexFixCommand2,
      fixMode: options.flag("fix") ? "write" : options.flag("fix-dry-run") ? "dry-run" : void 0
    });
  }
};

// src/cli/indexCommand.ts
import { join, relative as relative2 } from "node:path";
async function runIndex(io, settings, mode, options = {}) {
  if (settings.indexFile === null) {
    throw new UsageError(`this repository keeps no index (${presetNamed(settings.preset)?.index === null ? `the ${settings.preset} preset has none` : "--no-index or index: none"}); name one with --index index.md`);
  }
  const repository = await readRepository(settings, new FileSystemTree(settings.root), { jobs: options.jobs, log: readingLog(io) });
  const index = indexOfRepository({ ...settings, indexFile: settings.indexFile }, repository.tree, repository.documents, options.fixCommand);
  const shown = relative2(io.cwd, join(settings.root, index.file)) || index.file;
  if (index.state === "broken") {
    io.stderr(`${shown}:${index.problem.span.line}: ${index.problem.message}
`);
    return EXIT_FAILURE;
  }
  if (mode === "print") {
    io.stdout(index.expected);
    return EXIT_OK;
  }
  if (mode === "write") {
    if (index.state === "fresh") {
      io.stdout(`${shown} is up to date (${repository.documents.length} KEPs)
`);
    } else {
      new Files(settings.root, "the KEP root").write(index.file, index.expected);
      io.stdout(`wrote ${shown} (${repository.documents.length} KEPs)
`);
    }
    return EXIT_OK;
  }
  if (index.state === "fresh") {
    io.stdout(`${shown} is up to date (${repository.documents.length} KEPs)
`);
    return EXIT_OK;
  }
  io.stdout(`${shown}:${index.problem.span.line}:1  error  index-stale  ${index.problem.message}

${index.diff ?? ""}
Fix: ${index.fixCommand}
`);
  return EXIT_PROBLEMS;
}
var indexCommand = {
  name: "index",
  help: `  index             print the generated index.md; --write writes it, --check fails when it is stale
`,
  options: { write: { type: "boolean" }, check: { type: "boolean" }, jobs: { type: "string" } },
  run: ({ io, settings, options, paths, jobs, indexFixCommand: indexFixCommand2 }) => {
    if (options.flag("write") && options.flag("check")) throw new UsageError("--write and --check exclude each other");
    if (paths.length > 0) throw new UsageError("index takes no paths");
    return runIndex(io, settings, options.flag("write") ? "write" : options.flag("check") ? "check" : "print", { jobs, fixCommand: indexFixCommand2 });
  }
};

// src/reports/releaseNotes.ts
function keyOf(doc) {
  const number = assignedNumber(doc);
  return number !== void 0 ? `#${number}` : doc.file;
}
function textOf(node) {
  if ("value" in node && typeof node.value === "string") return node.value;
  if ("children" in node) return node.children.map(textOf).join("");
  return "";
}
async function firstSummaryParagraph(markdown) {
  const tree = (await loadMarkdownParser()).parse(markdown);
  const children = tree.children;
  const heading = children.findIndex((node) => node.type === "heading" && /^summary$/i.test(textOf(node).trim()));
  if (heading === -1) return "";
  for (const node of children.slice(heading + 1)) {
    if (node.type === "heading") return "";
    if (node.type === "paragraph") return textOf(node).replace(/\s+/g, " ").trim();
  }
  return "";
}
async function releaseNotes(before, after, tree, format) {
  const previous = new Map(before.map((doc) => [keyOf(doc), doc]));
  const notes = [];
  for (const doc of after) {
    const to = stringField(doc, "status");
    if (to === void 0) continue;
    const from = previous.get(keyOf(doc)) ?? before.find((old) => old.file === doc.file);
    const was = from && stringField(from, "status");
    if (was === to) continue;
    const textFile = format.textFile(doc.file);
    const text = tree.readFiles([textFile]).get(textFile);
    const summary = Buffer.isBuffer(text) ? await firstSummaryParagraph(text.toString("utf8")) : "";
    notes.push({
      sig: stringField(doc, "owning-sig") ?? "(no owning-sig)",
      file: doc.file,
      number: assignedNumber(doc),
      title: stringField(doc, "title") ?? doc.file,
      from: was,
      to,
      summary
    });
  }
  return notes.sort((a, b) => a.sig < b.sig ? -1 : a.sig > b.sig ? 1 : (a.number ?? Infinity) - (b.number ?? Infinity) || (a.file < b.file ? -1 : 1));
}
function renderReleaseNotes(notes, since) {
  const lines = [`## Enhancements since ${escapeMarkdown(since)}`, "", notes.length === 0 ? "No KEP changed status." : `${plural(notes.length, "KEP")} changed status.`, ""];
  let sig;
  for (const note of notes) {
    if (note.sig !== sig) {
      if (sig !== void 0) lines.push("");
      sig = note.sig;
      lines.push(`### ${escapeMarkdown(sig)}`, "");
    }
    const transition = note.from === void 0 ? `new, ${note.to}` : `${note.from} \u2192 ${note.to}`;
    lines.push(`- **${note.number !== void 0 ? `KEP-${note.number}: ` : ""}${escapeMarkdown(note.title)}** (${escapeMarkdown(transition)})${note.summary ? ` \u2014 ${escapeMarkdown(note.summary)}` : ""}`);
  }
  return lines.join("\n") + "\n";
}
function roadmap(documents, lifecycle) {
  const inFlight = lifecycle.inFlight;
  return documents.filter((doc) => inFlight.includes(stringField(doc, "status") ?? "")).map((doc) => ({ sig: stringField(doc, "owning-sig") ?? "(no owning-sig)", state: stringField(doc, "status"), file: doc.file, number: assignedNumber(doc), title: stringField(doc, "title") ?? doc.file })).sort((a, b) => a.sig < b.sig ? -1 : a.sig > b.sig ? 1 : inFlight.indexOf(a.state) - inFlight.indexOf(b.state) || (a.number ?? Infinity) - (b.number ?? Infinity));
}
function renderRoadmap(entries) {
  const lines = ["## KEPs in flight", "", `${plural(entries.length, "KEP")}.`, ""];
  let sig;
  for (const entry of entries) {
    if (entry.sig !== sig) {
      if (sig !== void 0) lines.push("");
      sig = entry.sig;
      lines.push(`### ${escapeMarkdown(sig)}`, "", "| State | KEP | Title |", "| --- | ---: | --- |");
    }
    lines.push(`| ${escapeMarkdown(entry.state)} | ${entry.number ?? ""} | ${escapeMarkdown(entry.title)} |`);
  }
  return lines.join("\n") + "\n";
}

// src/cli/reportCommand.ts
var REPORTS = ["metrics", "release-notes", "roadmap"];
async function runReport(io, settings, report, options) {
  if (!REPORTS.includes(report ?? "")) {
    throw new UsageError(`report needs one of ${REPORTS.join(", ")}${report ? `, not "${report}"` : ""}`);
  }
  const current = await readRepository(settings, new FileSystemTree(settings.root));
  const output = (data, markdown) => {
    io.stdout(options.format === "json" ? `${JSON.stringify(data, null, 2)}
` : markdown);
    return EXIT_OK;
  };
  if (report === "roadmap") {
    const entries = roadmap(current.documents, settings.lifecycle);
    return output({ roadmap: entries }, renderRoadmap(entries));
  }
  if (report === "metrics") {
    const metrics = computeMetrics(current.documents, await readHistory(settings), settings.lifecycle);
    return output(metrics, renderMetrics(metrics));
  }
  if (options.since === void 0) throw new UsageError("report release-notes needs --since REF");
  const commit = git(settings.root, ["rev-parse", "--verify", "--end-of-options", `${options.since}^{commit}`]).trim();
  const before = await readRepository(settings, new GitTree(settings.root, commit, repositoryPrefix(settings.root)));
  const notes = await releaseNotes(before.documents, current.documents, current.tree, settings.format);
  return output({ since: options.since, notes }, renderReleaseNotes(notes, options.since));
}
var reportCommand = {
  name: "report",
  help: `  report metrics    KEPs per status and SIG, time in each state, outcomes, first-time authors
  report release-notes --since REF
                    a release-note draft: the KEPs whose status changed since REF, by SIG
  report roadmap    the KEPs in flight, by SIG and state
`,
  options: { since: { type: "string" }, format: { type: "string" } },
  formats: ["markdown", "json"],
  run: ({ io, settings, options, paths, format }) => {
    if (paths.length > 1) throw new UsageError("report takes one report name");
    return runReport(io, settings, paths[0], { since: options.string("since"), format });
  }
};

// src/cli/baselineCommand.ts
import { basename, dirname as dirname2, join as join2, relative as relative3 } from "node:path";
async function runBaseline(io, settings, options) {
  const result = await validate(settings, { head: new FileSystemTree(settings.root), jobs: options.jobs, log: readingLog(io), surroundings: () => repositoryAround(settings.root) });
  const baseline = buildBaseline(result.diagnostics);
  const text = `${JSON.stringify(baseline, null, 2)}
`;
  if (!options.write) {
    io.stdout(text);
    return EXIT_OK;
  }
  const file = options.file ?? join2(settings.root, BASELINE_FILE);
  if (options.file === void 0) new Files(settings.root, "the KEP root").write(BASELINE_FILE, text);
  else new Files(dirname2(file)).write(basename(file), text);
  const errors = Object.values(baseline).reduce((sum, rules) => sum + Object.values(rules).reduce((n, { count }) => n + count, 0), 0);
  io.stdout(`wrote ${relative3(io.cwd, file) || file}: ${plural(errors, "error")} in ${plural(Object.keys(baseline).length, "file")} (${plural(result.checked.length, "KEP")} checked)
`);
  return EXIT_OK;
}
var baselineCommand = {
  name: "baseline",
  help: `  baseline          today's errors counted by file and rule (JSON); --write writes ${BASELINE_FILE} at the root,
                    and full audits then fail only for problems beyond it
`,
  options: { write: { type: "boolean" }, jobs: { type: "string" } },
  run: ({ io, settings, options, paths, baselineFile, jobs }) => {
    if (paths.length > 0) throw new UsageError("baseline takes no paths: it records the whole repository");
    return runBaseline(io, settings, { write: options.flag("write"), file: baselineFile, jobs });
  }
};

// src/cli/rulesCommand.ts
var rulesCommand = {
  name: "rules",
  help: `  rules             every rule: what it checks and its severity under each preset (--format markdown or json)
`,
  options: { format: { type: "string" } },
  formats: ["markdown", "json"],
  standalone: async (io, _options, paths, format) => {
    if (paths.length > 0) throw new UsageError("rules takes no paths");
    const { renderRulesPage, ruleRows } = await import("./chunks/rulesTable-D2SY3HYB.js");
    io.stdout(format === "json" ? `${JSON.stringify(ruleRows(), null, 2)}
` : renderRulesPage());
    return 0;
  }
};

// src/author/authors.ts
function gitConfig(cwd, key) {
  try {
    return git(cwd, ["config", "--get", key]).trim() || void 0;
  } catch (error) {
    if (error instanceof GitError) return void 0;
    throw error;
  }
}
function resolveAuthors(cwd, given) {
  const own = gitConfig(cwd, "github.user")?.replace(/^@/, "");
  const handles = given.length > 0 ? given.map((handle) => handle.replace(/^@/, "")) : own !== void 0 ? [own] : [];
  if (handles.length === 0) {
    throw new AuthorError("who is the author? Pass --author @handle (a GitHub handle), or set yours once: git config --global github.user HANDLE");
  }
  const invalid = handles.find((handle) => !GITHUB_HANDLE.test(handle));
  if (invalid !== void 0) throw new AuthorError(`"${invalid}" is not a GitHub handle: letters, digits and single hyphens, at most 39 characters`);
  const name = gitConfig(cwd, "user.name");
  return handles.map((handle) => ({ handle, name: handle === own && name !== void 0 ? name : handle }));
}

// src/author/kepText.ts
async function readKepText(file, bytes, format) {
  const text = FileText.of(bytes);
  const document = await readKep(file, bytes, format);
  if (!document.metadata) throw new AuthorError(`${file}: ${document.readProblems[0]?.message ?? "it has no metadata"}; fix it first (kep-validator check ${file})`);
  return { file, text, format, document };
}
function editorOf(kep) {
  return kep.format.edit(kep.document);
}
async function editedBytes(kep, editor) {
  let bytes;
  try {
    bytes = kep.text.withEdits(locateEdits(kep.text.text, editor.edits));
  } catch (error) {
    if (error instanceof EditOverlapError) throw new MetadataEditError("two edits of the metadata overlap");
    throw error;
  }
  if (!bytes) throw new AuthorError(`${kep.file}: ${kep.text.uneditable ?? "its edited bytes would not read as the edited text"}`);
  const reread = await readKep(kep.file, bytes, kep.format);
  editor.verify(reread.metadata?.data);
  return bytes;
}
function today(now = /* @__PURE__ */ new Date()) {
  const pad = (n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

// src/author/newKep.ts
import { join as join3 } from "node:path";

// src/author/updateIndex.ts
async function updateIndex(settings) {
  if (settings.indexFile === null) return { state: "none" };
  const repository = await readRepository(settings, new FileSystemTree(settings.root));
  const index = indexOfRepository({ ...settings, indexFile: settings.indexFile }, repository.tree, repository.documents);
  if (index.state === "broken") return { state: "broken", file: index.file, message: index.problem.message };
  if (index.state === "fresh") return { state: "fresh", file: index.file };
  new Files(settings.root, "the KEP root").write(index.file, index.expected);
  return { state: "written", file: index.file };
}

// src/author/newKep.ts
var SIG = /^(sig|wg|committee)-[a-z0-9]+(-[a-z0-9]+)*$/;
var MILESTONE = /^v\d+\.\d+$/;
function readTemplate(shape, files) {
  if ("file" in shape.template) {
    const file = shape.template.file;
    if (files.exists(file)) return { source: file, files: /* @__PURE__ */ new Map([[file, files.read(file)]]) };
  } else if (files.exists(`${shape.template.folder}/${shape.metadataFile}`)) {
    const folder = shape.template.folder;
    const entries = files.list(folder);
    const other = entries.find((entry) => entry.kind !== "file");
    if (other !== void 0) {
      const what = { folder: "a folder", symlink: "a symbolic link", other: "not a regular file", file: "" }[other.kind];
      throw new AuthorError(`the template ${folder}/ holds ${other.name}, which is ${what}: a template's files are copied into the new KEP, and only regular files are; nothing was created`);
    }
    return { source: `${folder}/`, files: new Map(entries.map(({ name }) => [name, files.read(`${folder}/${name}`)])) };
  }
  return { source: "built-in", files: new Map(Object.entries(shape.builtIn).map(([name, text]) => [name, Buffer.from(text)])) };
}
async function createKep(settings, request, shape) {
  const { lifecycle } = settings;
  const sig = request.sig ?? "";
  if (!SIG.test(sig)) throw new AuthorError(`--sig ${sig} is not a SIG's folder name: sig-\u2026, wg-\u2026 or committee-\u2026`);
  if (settings.knownSigs && !settings.knownSigs.has(sig)) throw new AuthorError(`--sig ${sig} is not in the SIG list (sigs.yaml)`);
  const title = request.title.trim();
  const slug = slugOf(title);
  if (slug === "" || /[\r\n]/.test(title)) throw new AuthorError("--title must be one line with letters or digits");
  const status = request.status ?? lifecycle.initial[0];
  if (!lifecycle.initial.includes(status)) throw new AuthorError(`a new KEP starts as ${lifecycle.initial.join(" or ")} in the ${lifecycle.name} lifecycle, not ${status}`);
  const stages = Object.keys(lifecycle.stageTransitions);
  if (stages.length === 0 && (request.stage !== void 0 || request.milestone !== void 0)) throw new AuthorError(`the ${lifecycle.name} lifecycle has no stages or milestones`);
  const stage = request.stage ?? stages[0];
  if (stages.length > 0) {
    if (!stages.includes(stage)) throw new AuthorError(`--stage ${stage} is not one of ${stages.join(", ")}`);
    if (request.milestone === void 0) throw new AuthorError("pass --milestone vX.Y: the release this KEP targets (latest-milestone, and the milestone of its stage)");
    if (!MILESTONE.test(request.milestone)) throw new AuthorError(`--milestone ${request.milestone} is not a release such as v1.32`);
  }
  const repository = await readRepository(settings, new FileSystemTree(settings.root));
  const number = lifecycle.numbered.includes(status) ? repository.index.nextFree() : `draft-${request.today.replaceAll("-", "")}`;
  const { file, claims, folder } = shape.place(sig, number, slug);
  if (!isKepPath(settings.layout)(file)) throw new AuthorError(`${file} would not be found by this repository's layout (include/exclude): nothing was created`);
  const files = new Files(settings.root, "the KEP root");
  if (files.exists(claims)) throw new AuthorError(`${claims} already exists`);
  const template = readTemplate(shape, files);
  const metadataName = shape.metadataFile ?? [...template.files.keys()][0];
  const kep = await readKepText(template.source === "built-in" ? metadataName : join3(template.source, metadataName), template.files.get(metadataName), settings.format);
  const fields = kep.document.metadata.data;
  const editor = editorOf(kep);
  editor.set(["kep-number"], number);
  editor.set(["title"], title);
  editor.set(["authors"], shape.authors(request.authors));
  editor.set(["owning-sig"], sig);
  editor.set(["status"], status);
  editor.set(["creation-date"], request.today, { after: ["owning-sig"] });
  setIfPresent(editor, fields, "last-updated", request.today);
  shape.fill?.(editor, fields);
  if (stages.length > 0) {
    editor.set(["stage"], stage, { after: ["status"] });
    editor.set(["latest-milestone"], request.milestone, { after: ["stage"], quote: "double" });
    editor.set(["milestone"], { [stage]: request.milestone }, { after: ["latest-milestone"], quote: "double" });
  }
  const metadata = await editedBytes(kep, editor);
  const written = shape.files({ file, folder, title, number, metadata, metadataEndLine: kep.document.metadata.block.endLine, template: template.files });
  for (const path of written.keys()) files.makeFolders(path.slice(0, path.lastIndexOf("/")));
  for (const [path, bytes] of written) files.write(path, bytes, { create: true });
  return { file, files: [...written.keys()], number, status, template: template.source, index: await updateIndex(settings) };
}
function proposalContext(settings) {
  return {
    lifecycle: settings.lifecycle,
    layout: settings.layout,
    format: settings.format,
    knownSigs: settings.knownSigs,
    files: new Files(settings.root, "the KEP root"),
    readRepository: () => readRepository(settings, new FileSystemTree(settings.root)),
    async editMetadata(file, bytes, edit) {
      const kep = await readKepText(file, bytes, settings.format);
      const editor = editorOf(kep);
      edit(editor, kep.document.metadata.data);
      return editedBytes(kep, editor);
    },
    createKep: (request, shape) => createKep(settings, request, shape),
    updateIndex: () => updateIndex(settings)
  };
}

// src/cli/authorOutput.ts
import { relative as relative4, resolve as resolve2, sep as sep2 } from "node:path";
function shownPath(io, settings, file) {
  return relative4(io.cwd, resolve2(settings.root, file)).split(sep2).join("/") || file;
}
function indexLine(io, settings, index) {
  if (index.state === "none") return "";
  const shown = shownPath(io, settings, index.file);
  if (index.state === "broken") return `${shown} was not updated: ${index.message}
`;
  return index.state === "written" ? `updated ${shown}
` : `${shown} is up to date
`;
}
async function checkWritten(io, settings, file) {
  const result = await validate(settings, { head: new FileSystemTree(settings.root), paths: [{ path: file, directory: false }], log: readingLog(io) });
  const diagnostics = result.diagnostics.filter((diagnostic) => diagnostic.file === file);
  if (diagnostics.length === 0) return EXIT_OK;
  const report = checkReport({ diagnostics, checked: [file] });
  io.stdout(`
kep-validator check still reports:
${FORMATTERS.text(report, { displayPath: (path) => shownPath(io, settings, path) })}`);
  return report.counts.errors > 0 ? EXIT_PROBLEMS : EXIT_OK;
}

// src/cli/newCommand.ts
async function runNew(io, settings, command) {
  const author = presetNamed(settings.preset).author;
  if (author.takesSig) {
    if (command.sig === void 0 || command.title === void 0) throw new UsageError("new needs --sig SIG and --title TITLE");
  } else {
    if (command.title === void 0) throw new UsageError("new needs --title TITLE");
    if (command.sig !== void 0 || command.stage !== void 0 || command.milestone !== void 0) throw new UsageError(`${author.noSig ?? "this process has no SIG, stage or milestone"}: new takes --title, --author and --status`);
  }
  const authors = resolveAuthors(settings.root, command.authors);
  const created = await author.create(proposalContext(settings), { sig: command.sig, title: command.title, authors, status: command.status, stage: command.stage, milestone: command.milestone, today: today() });
  const from = created.template === "built-in" ? "the built-in template" : shownPath(io, settings, created.template);
  const number = created.numberLabel !== void 0 ? `${created.numberLabel}, ` : created.number === void 0 ? "" : `kep-number ${created.number}, `;
  io.stdout(`created ${shownPath(io, settings, created.file)} from ${from}: ${number}status ${created.status}
`);
  for (const file of created.files) if (file !== created.file) io.stdout(`created ${shownPath(io, settings, file)}
`);
  for (const note of created.notes ?? []) io.stdout(`  ${note}
`);
  io.stdout(indexLine(io, settings, created.index));
  return checkWritten(io, settings, created.file);
}
var newCommand = {
  name: "new",
  help: `  new --sig SIG --title TITLE [--author @HANDLE\u2026] [--status S] [--stage S --milestone vX.Y]
                    create a KEP from the repository's template in the SIG's folder, with its number,
                    today's creation-date and the authors (default: git config github.user), and update the index
`,
  options: {
    sig: { type: "string" },
    title: { type: "string" },
    author: { type: "string", multiple: true },
    status: { type: "string" },
    stage: { type: "string" },
    milestone: { type: "string" }
  },
  run: ({ io, settings, options, paths }) => {
    if (paths.length > 0) throw new UsageError("new takes no paths: --sig and --title say where the KEP goes");
    return runNew(io, settings, {
      sig: options.string("sig"),
      title: options.string("title"),
      authors: options.strings("author") ?? [],
      status: options.string("status"),
      stage: options.string("stage"),
      milestone: options.string("milestone")
    });
  }
};

// src/author/promoteKep.ts
function findKep(documents, target) {
  const path = target.replace(/\/+$/, "");
  const doc = documents.find((d) => d.file === path) ?? documents.find((d) => d.file === `${path}/kep.yaml`);
  if (!doc) throw new AuthorError(`${target} is not a KEP of this repository (as its layout finds them)`);
  return doc;
}
function checkMove(field, from, to, graph, lifecycle) {
  const known = field === "status" ? lifecycle.states : Object.keys(graph);
  if (!known.includes(to)) {
    const guess = didYouMean(to, known);
    throw new AuthorError(`${field} "${to}" is not one of ${known.join(", ")}${guess ? `; did you mean "${guess}"?` : ""}`);
  }
  if (from === void 0 && field === "stage") return;
  if (typeof from !== "string" || !known.includes(from)) throw new AuthorError(`its ${field} ${JSON.stringify(from)} is not one of the ${lifecycle.name} lifecycle's; fix it first`);
  if (from === to) throw new AuthorError(`its ${field} is already ${to}`);
  if (!(graph[from] ?? []).includes(to)) throw new AuthorError(`${field} cannot change from ${from} to ${to}, which the ${lifecycle.name} lifecycle does not allow: ${allowedNext(from, graph[from] ?? [])}`);
}
function destination(file, lifecycle, status, draft, number) {
  const parts = file.split("/");
  let name = parts.pop();
  if (draft !== void 0 && number !== void 0 && name.startsWith(`${draft}-`)) name = `${String(number).padStart(4, "0")}${name.slice(draft.length)}`;
  const current = statusFolderOf(file, lifecycle);
  const homes = Object.keys(lifecycle.folders).filter((folder) => lifecycle.folders[folder].includes(status));
  if (current === void 0 ? homes.length > 0 : !homes.includes(current)) {
    if (current !== void 0) parts.splice(parts.lastIndexOf(current), 1);
    if (homes.length > 0) parts.push(homes[0]);
  }
  return [...parts, name].join("/");
}
function isTracked(root, file) {
  try {
    git(root, ["ls-files", "--error-unmatch", "--", file]);
    return true;
  } catch (error) {
    if (error instanceof GitError) return false;
    throw error;
  }
}
async function promoteKep(settings, request) {
  const { lifecycle } = settings;
  const stages = lifecycle.stageTransitions;
  if (request.status === void 0 && request.stage === void 0) throw new AuthorError("say where to: --status STATE or --stage STAGE");
  if (Object.keys(stages).length === 0 && (request.stage !== void 0 || request.milestone !== void 0)) throw new AuthorError(`the ${lifecycle.name} lifecycle has no stages or milestones`);
  if (request.milestone !== void 0 && !MILESTONE.test(request.milestone)) throw new AuthorError(`--milestone ${request.milestone} is not a release such as v1.32`);
  const repository = await readRepository(settings, new FileSystemTree(settings.root));
  const doc = findKep(repository.documents, request.target);
  const files = new Files(settings.root, "the KEP root");
  const kep = await readKepText(doc.file, files.read(doc.file), settings.format);
  const fields = fieldsOf(kep.document) ?? {};
  if (request.status !== void 0) checkMove("status", fields.status, request.status, lifecycle.transitions, lifecycle);
  if (request.stage !== void 0) checkMove("stage", fields.stage, request.stage, stages, lifecycle);
  const editor = editorOf(kep);
  const changes = [];
  const set = (path, to, options) => {
    const from = path.reduce((value, key) => value?.[key], fields);
    if (from === to) return;
    editor.set(path, to, options);
    changes.push({ field: path.join("."), from, to });
  };
  const status = request.status ?? String(fields.status);
  if (request.status !== void 0) set(["status"], request.status);
  if (request.stage !== void 0) set(["stage"], request.stage, { after: ["status"] });
  const draft = draftNumber(kep.document);
  const number = request.status !== void 0 && request.status === lifecycle.numberAssignedOn && draft !== void 0 ? repository.index.nextFree(doc) : void 0;
  if (number !== void 0) set(["kep-number"], number);
  if (request.milestone !== void 0) {
    const stage = request.stage ?? fields.stage;
    if (typeof stage !== "string" || !Object.hasOwn(stages, stage)) throw new AuthorError("--milestone sets the milestone of a stage: give --stage, or set the KEP's stage first");
    set(["latest-milestone"], request.milestone, { after: ["stage", "status"], quote: "double" });
    const earlier = Object.keys(stages).slice(0, Object.keys(stages).indexOf(stage)).reverse();
    set(["milestone", stage], request.milestone, { after: [...earlier, "latest-milestone", "stage"], quote: "double" });
  }
  set(["last-updated"], request.today, { after: ["creation-date"] });
  const bytes = await editedBytes(kep, editor);
  const target = destination(doc.file, lifecycle, status, draft, number);
  if (target !== doc.file) {
    if (files.exists(target)) throw new AuthorError(`cannot move ${doc.file} to ${target}: it exists`);
    if (target.includes("/")) files.makeFolders(target.slice(0, target.lastIndexOf("/")));
  }
  files.write(doc.file, bytes);
  let gitMoved = false;
  if (target !== doc.file) {
    gitMoved = isTracked(settings.root, doc.file);
    if (gitMoved) git(settings.root, ["mv", "--", doc.file, target]);
    else files.move(doc.file, target);
  }
  return { file: target, previousFile: target === doc.file ? void 0 : doc.file, gitMoved, changes, index: await updateIndex(settings) };
}

// src/cli/promoteCommand.ts
async function runPromote(io, settings, command) {
  if (command.paths.length !== 1) throw new UsageError("promote takes one KEP: its file, or its folder");
  const [target] = rootRelative(io, settings, command.paths);
  const promotion = await promoteKep(settings, { target: target.path, status: command.status, stage: command.stage, milestone: command.milestone, today: today() });
  const shown = shownPath(io, settings, promotion.file);
  io.stdout(`promoted ${promotion.previousFile === void 0 ? shown : shownPath(io, settings, promotion.previousFile)}
`);
  for (const { field, from, to } of promotion.changes) io.stdout(`  ${field}: ${from === void 0 ? "(none)" : String(from)} \u2192 ${String(to)}
`);
  if (promotion.previousFile !== void 0) io.stdout(`  moved to ${shown}${promotion.gitMoved ? " (git mv)" : ""}
`);
  io.stdout(indexLine(io, settings, promotion.index));
  return checkWritten(io, settings, promotion.file);
}
var promoteCommand = {
  name: "promote",
  help: `  promote KEP (--status S | --stage S) [--milestone vX.Y]
                    move a KEP (its file, or its folder) along the lifecycle: refuses moves it does not
                    allow; sets last-updated, the milestones, the number on approval, and updates the index
`,
  options: {
    status: { type: "string" },
    stage: { type: "string" },
    milestone: { type: "string" }
  },
  run: ({ io, settings, options, paths }) => runPromote(io, settings, { paths, status: options.string("status"), stage: options.string("stage"), milestone: options.string("milestone") })
};

// src/cli/run.ts
var COMMANDS = [checkCommand, indexCommand, reportCommand, baselineCommand, rulesCommand, newCommand, promoteCommand];
var RULE_OPTIONS = {
  root: { type: "string" },
  preset: { type: "string" },
  config: { type: "string" },
  sigs: { type: "string" },
  lifecycle: { type: "string" },
  schema: { type: "string" },
  index: { type: "string" },
  "no-index": { type: "boolean" },
  "index-template": { type: "string" },
  baseline: { type: "string" },
  "no-baseline": { type: "boolean" }
};
var HELP_OPTION = { help: { type: "boolean", short: "h" } };
var USAGE = `Usage: kep-validator <command> [options]

Commands:
${COMMANDS.map((command) => command.help).join("")}
Options:
  --root DIR        the KEP root (default: the current folder)
  --preset NAME     ${presetsHelp()}
  --config FILE     the configuration (default: .kep-validator.yml in the current folder, if any)
  --sigs FILE       a sigs.yaml (kubernetes/community's format): SIG names must be in it
  --base REF        check the KEPs changed between the merge base of REF and HEAD and the working tree;
                    only problems the changes bring count (those the base had are shown, not counted)
  --all-problems    with --base: every problem of the changed KEPs counts
  --baseline FILE   the baseline file (default: ${BASELINE_FILE} at the root, when it exists)
  --no-baseline     ignore the baseline file
  --format FORMAT   text (default), json, or github (workflow annotations); for report: markdown or json
  --since REF       for report release-notes: the commit or tag to compare with
  --lifecycle NAME  the preset's (default), ${builtinLifecycles().join(", ")}, or a lifecycle JSON file
  --schema FILE     a metadata JSON Schema to use instead of the built-in one
  --index FILE      the index file, relative to the root (default: index.md)
  --no-index        the repository keeps no index: do not check one
  --index-template FILE  a mustache template, relative to the root, that renders the whole index
                    (tekton: teps/README.md.mustache); --index-template none: the built-in index
  --sig SIG         for new: the owning SIG (sig-node, wg-\u2026), the folder the KEP goes in (openshift: the domain)
  --title TITLE     for new: the KEP's title (its file or folder is named from it)
  --author HANDLE   for new: an author's GitHub handle; repeat for more (default: git config github.user)
  --status STATE    for new: the first state (default: the lifecycle's first); for promote: the next one
  --stage STAGE     kubernetes: for new, the stage it targets (default: alpha); for promote, the next one
  --milestone vX.Y  kubernetes: the release: latest-milestone and milestone.<stage>
  --fix             for check: apply every safe fix (the index, a handle's @, a date's zero, a status
                    misspelt, last-updated, the other half of replaces/superseded-by), then report what remains
  --fix-dry-run     for check: print the diff --fix would make, and write nothing
  --jobs N          threads that read KEPs (default: 2 from ${PARALLEL_THRESHOLD} KEPs on, else 1)
  -h, --help        show this help

Exit status: 0 no errors (warnings allowed), 1 errors found, 2 usage error or internal failure.
`;
var ALL_OPTIONS = Object.assign({}, HELP_OPTION, RULE_OPTIONS, ...COMMANDS.map((command) => command.options));
function optionsOf(command) {
  return /* @__PURE__ */ new Set([...Object.keys(HELP_OPTION), ...command.standalone ? [] : Object.keys(RULE_OPTIONS), ...Object.keys(command.options)]);
}
function rejectMisplaced(command, given) {
  const own = optionsOf(command);
  const misplaced = given.names().find((name) => !own.has(name));
  if (misplaced === void 0) return;
  const owners = COMMANDS.filter((other) => optionsOf(other).has(misplaced));
  const choice = owners.flatMap((owner) => owner.together ?? []).find((group) => group.includes(misplaced)) ?? [misplaced];
  const names = (words) => words.length === 1 ? words[0] : `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
  const verb = choice.length === 1 ? "belongs" : "belong";
  throw new UsageError(`${names(choice.map((option) => `--${option}`))} ${verb} to the ${names(owners.map((owner) => owner.name))} command${owners.length === 1 ? "" : "s"}`);
}
async function runCli(argv, io) {
  try {
    const { values, positionals } = parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: ALL_OPTIONS });
    const given = new GivenOptions(values);
    const [name, ...paths] = positionals;
    if (given.flag("help") || name === "help") {
      io.stdout(USAGE);
      return 0;
    }
    const command = COMMANDS.find((candidate) => candidate.name === name);
    if (command === void 0) throw new UsageError(name === void 0 ? "no command given" : `unknown command "${name}"`);
    rejectMisplaced(command, given);
    const formats = command.formats ?? [];
    const format = given.string("format") ?? formats[0] ?? "";
    if (given.string("format") !== void 0 && !formats.includes(format)) throw new UsageError(`--format must be one of ${formats.join(", ")}, not "${format}"`);
    if (command.standalone) return await command.standalone(io, given, paths, format);
    const jobsOption = given.string("jobs");
    const jobs = jobsOption === void 0 ? void 0 : Number(jobsOption);
    if (jobs !== void 0 && !(Number.isInteger(jobs) && jobs >= 1 && jobs <= 64)) throw new UsageError(`--jobs must be a whole number from 1 to 64, not "${jobsOption}"`);
    if (given.string("index") !== void 0 && given.flag("no-index")) throw new UsageError("--index and --no-index exclude each other");
    if (given.string("baseline") !== void 0 && given.flag("no-baseline")) throw new UsageError("--baseline and --no-baseline exclude each other");
    const { rules, baselineFile, indexFixCommand: indexFixCommand2 } = await loadCommandRules(io, command, given);
    return await command.run({ io, options: given, paths, rules, settings: rules.settings, indexFixCommand: indexFixCommand2, baselineFile, format, jobs });
  } catch (error) {
    if (error instanceof UsageError || error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS")) {
      io.stderr(`kep-validator: ${error.message}

${USAGE}`);
    } else if (error instanceof LoadError || error instanceof GitError || error instanceof AuthorError || error instanceof MetadataEditError || error instanceof NotRegularFileError) {
      io.stderr(`kep-validator: ${error.message}
`);
    } else {
      io.stderr(`kep-validator: internal error: ${error.stack ?? String(error)}
`);
    }
    return EXIT_FAILURE;
  }
}
async function loadCommandRules(io, command, given) {
  const baselineOption = given.string("baseline");
  const baselineFile = baselineOption === void 0 ? void 0 : resolve3(io.cwd, baselineOption);
  const base = command.rulesBase?.(io, given);
  const root = given.string("root");
  const config = given.string("config");
  const sigs = given.string("sigs");
  const schema = given.string("schema");
  const lifecycle = resolveLifecycleOption(given.string("lifecycle"), io.cwd);
  const indexTemplate = given.string("index-template");
  const named = { config, sigs, schema, lifecycle: lifecycle === given.string("lifecycle") ? void 0 : lifecycle, baseline: baselineFile };
  const rules = await loadRules({
    checkout: commandLineFiles(io.cwd, root, named),
    base,
    configDir: io.cwd,
    config,
    defaultRoot: io.cwd,
    options: {
      preset: given.string("preset"),
      recognisePreset: true,
      sigs: sigs === void 0 ? void 0 : resolve3(io.cwd, sigs),
      root: root === void 0 ? void 0 : resolve3(io.cwd, root),
      lifecycle,
      schema: schema === void 0 ? void 0 : resolve3(io.cwd, schema),
      indexFile: given.flag("no-index") ? null : given.string("index"),
      indexTemplate: indexTemplate === void 0 ? void 0 : indexTemplate === "none" ? null : indexTemplate
    },
    baseline: given.flag("no-baseline") ? null : baselineFile
  });
  if (command.name === "check") for (const line of presetNote(rules.settings)) io.stderr(`kep-validator: ${line}
`);
  return { rules, baselineFile, indexFixCommand: indexFixCommand(rules.settings, { from: io.cwd, config: rules.config, lifecycle }) };
}
function commandLineFiles(cwd, root, files) {
  const named = Object.values(files).filter((file) => file !== void 0);
  const roots = [cwd, ...root === void 0 ? [] : [resolve3(cwd, root)], ...named.map((file) => dirname3(resolve3(cwd, file)))];
  return filesSource(
    roots,
    (path) => `${path} is outside the folders kep-validator reads: the current folder, the KEP root and the folders of the files named on the command line; name it with --config, --schema, --sigs or --lifecycle to read it`
  );
}

// src/cli.ts
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});
process.exitCode = await runCli(process.argv.slice(2), processIo);
