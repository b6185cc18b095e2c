#!/usr/bin/env node
import { createRequire as __kepCreateRequire } from 'node:module';
const require = __kepCreateRequire(import.meta.url);
import {
  BASELINE_FILE,
  GitError,
  GitTree,
  LoadError,
  PARALLEL_THRESHOLD,
  buildBaseline,
  computeMetrics,
  escapeMarkdown,
  findConfig,
  git,
  gitChanges,
  indexFixCommand,
  indexOfRepository,
  loadSettings,
  mergeBase,
  readBaseline,
  readHistory,
  readRepository,
  renderMetrics,
  repositoryPrefix,
  validate
} from "./chunks/chunk-HCS3A2HT.js";
import {
  formatBaselineFixed,
  formatText,
  plural,
  summarize
} from "./chunks/chunk-73YMZIVE.js";
import {
  assignedNumber,
  stringField
} from "./chunks/chunk-OZRLQP4W.js";
import {
  FileSystemTree,
  loadMarkdownParser
} from "./chunks/chunk-YP5F6RKN.js";
import "./chunks/chunk-WLXILH6K.js";
import {
  countBySeverity
} from "./chunks/chunk-7ZVSGYEH.js";
import "./chunks/chunk-7OISB3EX.js";
import "./chunks/chunk-P2YXREQ5.js";

// src/cli/run.ts
import { resolve as resolve2 } from "node:path";
import { parseArgs } from "node:util";

// src/cli/check.ts
import { existsSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";

// src/format/json.ts
function formatJson(diagnostics, checked, extra = {}) {
  const problems = diagnostics.map((d) => ({
    file: d.file,
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    severity: d.severity,
    rule: d.rule,
    message: d.message,
    ...d.expected ? { expected: d.expected } : {},
    ...d.preexisting ? { preexisting: d.preexisting } : {}
  }));
  const { errors, warnings, preexisting } = countBySeverity(diagnostics);
  return JSON.stringify({ problems, summary: { errors, warnings, preexisting, checked: checked.length }, checked, ...extra }, null, 2) + "\n";
}

// src/cli/io.ts
var processIo = {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text)
};
var UsageError = class extends Error {
};
function readingLog(io) {
  return (message, problem) => {
    if (problem) io.stderr(`kep-validator: ${message}
`);
  };
}
var EXIT_OK = 0;
var EXIT_PROBLEMS = 1;
var EXIT_FAILURE = 2;

// src/cli/check.ts
function toPosix(path) {
  return path.split(sep).join("/");
}
function rootRelative(io, settings, paths) {
  return paths.map((path) => {
    const absolute = resolve(io.cwd, path);
    const rel = toPosix(relative(settings.root, absolute));
    if (rel === ".." || rel.startsWith("../") || resolve(settings.root, rel) !== absolute) {
      throw new UsageError(`${path} is outside the KEP root ${settings.root}`);
    }
    if (!existsSync(absolute)) throw new UsageError(`${path} does not exist`);
    return { path: rel, directory: statSync(absolute).isDirectory() };
  });
}
async function check(io, command) {
  const { settings } = command;
  const paths = rootRelative(io, settings, command.paths);
  const head = new FileSystemTree(settings.root);
  const baseline = command.baseline === null ? void 0 : readBaseline(command.baseline ?? join(settings.root, BASELINE_FILE), command.baseline !== void 0);
  const options = { head, paths, jobs: command.jobs, log: readingLog(io), onlyNew: !command.allProblems, baseline, indexFixCommand: command.indexFixCommand };
  if (command.base === void 0) return validate(settings, options);
  const base = mergeBase(settings.root, command.base);
  const files = gitChanges(settings.root, base);
  return validate(settings, { ...options, changes: { base: new GitTree(settings.root, base, repositoryPrefix(settings.root)), files } });
}
async function runCheck(io, command) {
  const result = await check(io, command);
  const { settings } = command;
  const displayPath = (file) => toPosix(relative(io.cwd, resolve(settings.root, file))) || file;
  if (command.format === "json") {
    const keps = result.keps ? { keps: result.keps } : {};
    const index = result.index ? { index: { file: result.index.file, state: result.index.state } } : {};
    const baselineFixed = result.baselineFixed && result.baselineFixed.length > 0 ? { baselineFixed: result.baselineFixed } : {};
    io.stdout(formatJson(result.diagnostics, result.checked, { root: toPosix(settings.root), ...keps, ...index, ...baselineFixed }));
  } else if (command.format === "github") {
    const { annotate } = await import("./chunks/annotations-X2BJOI5K.js");
    annotate(result.diagnostics, displayPath);
    io.stdout(`${summarize(result.diagnostics, result.checked.length)}
`);
  } else {
    io.stdout(formatText({ diagnostics: result.diagnostics, checked: result.checked.length, displayPath }));
    if (result.index?.diff) io.stdout(`
${result.index.diff}
Fix: ${result.index.fixCommand}
`);
    if (result.baselineFixed && result.baselineFixed.length > 0) io.stdout(formatBaselineFixed(result.baselineFixed, displayPath));
  }
  return countBySeverity(result.diagnostics).errors > 0 ? EXIT_PROBLEMS : EXIT_OK;
}

// src/cli/indexCommand.ts
import { writeFileSync } from "node:fs";
import { join as join2, relative as relative2 } from "node:path";
async function runIndex(io, settings, mode, options = {}) {
  if (settings.indexFile === null) {
    throw new UsageError(`this repository keeps no index (${settings.preset === "kubernetes" ? "the kubernetes preset has none" : "--no-index or index: none"}); name one with --index index.md`);
  }
  const repository = await readRepository(settings, new FileSystemTree(settings.root), { jobs: options.jobs, log: readingLog(io) });
  const index = indexOfRepository(settings.indexFile, repository.tree, repository.documents, settings.lifecycle, options.fixCommand);
  const shown = relative2(io.cwd, join2(settings.root, index.file)) || index.file;
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
      writeFileSync(join2(settings.root, index.file), index.expected);
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

// src/cli/baselineCommand.ts
import { lstatSync, writeFileSync as writeFileSync2 } from "node:fs";
import { join as join3, relative as relative3 } from "node:path";
async function runBaseline(io, settings, options) {
  const result = await validate(settings, { head: new FileSystemTree(settings.root), jobs: options.jobs, log: readingLog(io) });
  const baseline = buildBaseline(result.diagnostics);
  const text = `${JSON.stringify(baseline, null, 2)}
`;
  if (!options.write) {
    io.stdout(text);
    return EXIT_OK;
  }
  const file = options.file ?? join3(settings.root, BASELINE_FILE);
  let link = false;
  try {
    link = lstatSync(file).isSymbolicLink();
  } catch {
  }
  if (link) throw new UsageError(`${file} is a symbolic link; the baseline is never written through one: remove it first`);
  writeFileSync2(file, text);
  const errors = Object.values(baseline).reduce((sum, rules) => sum + Object.values(rules).reduce((n, { count }) => n + count, 0), 0);
  io.stdout(`wrote ${relative3(io.cwd, file) || file}: ${plural(errors, "error")} in ${plural(Object.keys(baseline).length, "file")} (${plural(result.checked.length, "KEP")} checked)
`);
  return EXIT_OK;
}

// src/reports/releaseNotes.ts
import { posix } from "node:path";
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
    const textFile = format === "kep.yaml" ? posix.join(posix.dirname(doc.file), "README.md") : doc.file;
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
  const commit = git(settings.root, ["rev-parse", "--verify", `${options.since}^{commit}`]).trim();
  const before = await readRepository(settings, new GitTree(settings.root, commit, repositoryPrefix(settings.root)));
  const notes = await releaseNotes(before.documents, current.documents, current.tree, settings.format);
  return output({ since: options.since, notes }, renderReleaseNotes(notes, options.since));
}

// src/cli/run.ts
var USAGE = `Usage: kep-validator <command> [options]

Commands:
  check [PATH\u2026]     validate KEP metadata (every KEP, the PATHs given, or with --base the changed ones)
                    and compare index.md with the KEPs
  index             print the generated index.md; --write writes it, --check fails when it is stale
  report metrics    KEPs per status and SIG, time in each state, outcomes, first-time authors
  report release-notes --since REF
                    a release-note draft: the KEPs whose status changed since REF, by SIG
  report roadmap    the KEPs in flight, by SIG and state
  baseline          today's errors counted by file and rule (JSON); --write writes ${BASELINE_FILE} at the root,
                    and full audits then fail only for problems beyond it
  rules             every rule: what it checks and its severity under each preset (--format markdown or json)

Options:
  --root DIR        the KEP root (default: the current folder)
  --preset NAME     kep-0001 (default: KEP-1's markdown KEPs) or kubernetes (kep.yaml files)
  --config FILE     the configuration (default: .kep-validator.yml in the current folder, if any)
  --sigs FILE       a sigs.yaml (kubernetes/community's format): SIG names must be in it
  --base REF        check the KEPs changed between the merge base of REF and HEAD and the working tree;
                    only problems the changes bring count (those the base had are shown, not counted)
  --all-problems    with --base: every problem of the changed KEPs counts
  --baseline FILE   the baseline file (default: ${BASELINE_FILE} at the root, when it exists)
  --no-baseline     ignore the baseline file
  --format FORMAT   text (default), json, or github (workflow annotations); for report: markdown or json
  --since REF       for report release-notes: the commit or tag to compare with
  --lifecycle NAME  kep-0001 (default), kep-0001-workflow, or a lifecycle JSON file
  --schema FILE     a metadata JSON Schema to use instead of the built-in one
  --index FILE      the index file, relative to the root (default: index.md)
  --no-index        the repository keeps no index: do not check one
  --jobs N          threads that read KEPs (default: 2 from ${PARALLEL_THRESHOLD} KEPs on, else 1)
  -h, --help        show this help

Exit status: 0 no errors (warnings allowed), 1 errors found, 2 usage error or internal failure.
`;
var FORMATS = ["text", "json", "github"];
async function runCli(argv, io) {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        root: { type: "string" },
        preset: { type: "string" },
        config: { type: "string" },
        sigs: { type: "string" },
        base: { type: "string" },
        format: { type: "string" },
        lifecycle: { type: "string" },
        schema: { type: "string" },
        index: { type: "string" },
        "no-index": { type: "boolean" },
        write: { type: "boolean" },
        since: { type: "string" },
        check: { type: "boolean" },
        "all-problems": { type: "boolean" },
        baseline: { type: "string" },
        "no-baseline": { type: "boolean" },
        jobs: { type: "string" },
        help: { type: "boolean", short: "h" }
      }
    });
    const [command, ...paths] = positionals;
    if (values.help || command === "help") {
      io.stdout(USAGE);
      return 0;
    }
    if (command === "rules") {
      if (paths.length > 0) throw new UsageError("rules takes no paths");
      const format2 = values.format ?? "markdown";
      if (format2 !== "markdown" && format2 !== "json") throw new UsageError(`--format must be one of markdown, json, not "${format2}"`);
      const { renderRulesPage, ruleRows } = await import("./chunks/rulesTable-UJMDOOFL.js");
      io.stdout(format2 === "json" ? `${JSON.stringify(ruleRows(), null, 2)}
` : renderRulesPage());
      return 0;
    }
    if (command !== "check" && command !== "index" && command !== "report" && command !== "baseline") {
      throw new UsageError(command === void 0 ? "no command given" : `unknown command "${command}"`);
    }
    const formats = command === "report" ? ["markdown", "json"] : FORMATS;
    const format = values.format ?? (command === "report" ? "markdown" : "text");
    if (!formats.includes(format)) throw new UsageError(`--format must be one of ${formats.join(", ")}, not "${values.format}"`);
    const jobs = values.jobs === void 0 ? void 0 : Number(values.jobs);
    if (jobs !== void 0 && !(Number.isInteger(jobs) && jobs >= 1 && jobs <= 64)) throw new UsageError(`--jobs must be a whole number from 1 to 64, not "${values.jobs}"`);
    if (values.index !== void 0 && values["no-index"]) throw new UsageError("--index and --no-index exclude each other");
    const config = await findConfig(io.cwd, values.config);
    const settings = await loadSettings({
      config,
      preset: values.preset,
      sigs: values.sigs === void 0 ? void 0 : resolveFrom(io.cwd, values.sigs),
      root: values.root === void 0 ? config?.root === void 0 ? io.cwd : void 0 : resolveFrom(io.cwd, values.root),
      lifecycle: values.lifecycle,
      schema: values.schema === void 0 ? void 0 : resolveFrom(io.cwd, values.schema),
      indexFile: values["no-index"] ? null : values.index
    });
    const fixCommand = indexFixCommand(settings, { from: io.cwd, config, lifecycle: values.lifecycle === void 0 ? void 0 : /[/\\]|\.json$/.test(values.lifecycle) ? resolveFrom(io.cwd, values.lifecycle) : values.lifecycle });
    if (command === "report") {
      if (paths.length > 1) throw new UsageError("report takes one report name");
      return await runReport(io, settings, paths[0], { since: values.since, format });
    }
    if (command === "index") {
      if (values.write && values.check) throw new UsageError("--write and --check exclude each other");
      if (paths.length > 0) throw new UsageError("index takes no paths");
      return await runIndex(io, settings, values.write ? "write" : values.check ? "check" : "print", { jobs, fixCommand });
    }
    if (values.baseline !== void 0 && values["no-baseline"]) throw new UsageError("--baseline and --no-baseline exclude each other");
    const baselineFile = values.baseline === void 0 ? void 0 : resolveFrom(io.cwd, values.baseline);
    if (command === "baseline") {
      if (values.check) throw new UsageError("--check belongs to the index command");
      if (paths.length > 0) throw new UsageError("baseline takes no paths: it records the whole repository");
      return await runBaseline(io, settings, { write: values.write === true, file: baselineFile, jobs });
    }
    if (values.write || values.check) throw new UsageError("--write and --check belong to the index and baseline commands");
    if (values["all-problems"] && values.base === void 0) throw new UsageError("--all-problems goes with --base: without it every problem counts already");
    return await runCheck(io, { settings, base: values.base, format, paths, jobs, allProblems: values["all-problems"], baseline: values["no-baseline"] ? null : baselineFile, indexFixCommand: fixCommand });
  } catch (error) {
    if (error instanceof UsageError || error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS")) {
      io.stderr(`kep-validator: ${error.message}

${USAGE}`);
    } else if (error instanceof LoadError || error instanceof GitError) {
      io.stderr(`kep-validator: ${error.message}
`);
    } else {
      io.stderr(`kep-validator: internal error: ${error.stack ?? String(error)}
`);
    }
    return EXIT_FAILURE;
  }
}
function resolveFrom(cwd, path) {
  return resolve2(cwd, path);
}

// src/cli.ts
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});
process.exitCode = await runCli(process.argv.slice(2), processIo);
