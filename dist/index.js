import { createRequire as __kepCreateRequire } from 'node:module';
const require = __kepCreateRequire(import.meta.url);
import {
  annotate,
  getInput,
  info,
  setFailed,
  setOutput,
  summary,
  warning
} from "./chunks/chunk-PQD6DRMK.js";
import {
  BASELINE_FILE,
  FIX_COMMAND,
  GitError,
  GitTree,
  basePath,
  codeBlock,
  computeMetrics,
  escapeMarkdown,
  findConfig,
  git,
  gitChanges,
  headPath,
  headsFromFiles,
  loadSettings,
  readBaseline,
  readHistory,
  renderMetrics,
  repositoryPrefix,
  validate
} from "./chunks/chunk-RYFIBYYD.js";
import {
  PREEXISTING_NOTE,
  plural,
  summarize
} from "./chunks/chunk-73YMZIVE.js";
import {
  isKepPath
} from "./chunks/chunk-2RGKGVEJ.js";
import {
  FileSystemTree
} from "./chunks/chunk-4JYLTBRN.js";
import "./chunks/chunk-WLXILH6K.js";
import {
  countBySeverity
} from "./chunks/chunk-7ZVSGYEH.js";
import "./chunks/chunk-7OISB3EX.js";
import "./chunks/chunk-P2YXREQ5.js";

// src/main.ts
import { join as join2, relative as relative2, resolve, sep as sep2 } from "node:path";

// src/action/event.ts
import { readFileSync } from "node:fs";
var SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
var NOTHING = /^0+$/;
function readPayload(name, path) {
  if (!path) throw new EventError(`event ${name} but GITHUB_EVENT_PATH is not set`);
  try {
    const payload = JSON.parse(readFileSync(path, "utf8"));
    if (typeof payload !== "object" || payload === null) throw new Error("it is not a JSON object");
    return payload;
  } catch (error) {
    throw new EventError(`cannot read the ${name} event payload at ${path}: ${error.message}`);
  }
}
function isSha(value) {
  return typeof value === "string" && SHA.test(value);
}
var EventError = class extends Error {
};
function readEvent(env = process.env) {
  const name = env.GITHUB_EVENT_NAME ?? "";
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? "/").split("/");
  if (name === "merge_group") {
    const payload2 = readPayload(name, env.GITHUB_EVENT_PATH);
    const group = payload2.merge_group;
    if (!isSha(group?.base_sha) || !isSha(group?.head_sha)) throw new EventError(`the merge_group event payload at ${env.GITHUB_EVENT_PATH} has no merge_group with base_sha and head_sha`);
    return { kind: "push", name, owner, repo, baseSha: group.base_sha, headSha: group.head_sha, toDefaultBranch: false };
  }
  if (name !== "pull_request" && name !== "pull_request_target") {
    let toDefaultBranch = false;
    let before;
    let after;
    if (name === "push" && env.GITHUB_EVENT_PATH) {
      try {
        const payload2 = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8"));
        toDefaultBranch = payload2.ref !== void 0 && payload2.ref === `refs/heads/${payload2.repository?.default_branch ?? ""}`;
        ({ before, after } = payload2);
      } catch {
      }
    }
    if (isSha(before) && !NOTHING.test(before) && isSha(after) && !NOTHING.test(after) && owner && repo) {
      return { kind: "push", name, owner, repo, baseSha: before, headSha: after, toDefaultBranch };
    }
    return { kind: "audit", name: name || "local", owner: owner || void 0, repo: repo || void 0, sha: env.GITHUB_SHA, toDefaultBranch };
  }
  const path = env.GITHUB_EVENT_PATH;
  const payload = readPayload(name, path);
  const pr = payload.pull_request;
  const base = pr?.base;
  const head = pr?.head;
  if (!pr || typeof pr.number !== "number" || !isSha(base?.sha) || !isSha(head?.sha)) {
    throw new EventError(`the ${name} event payload at ${path} has no pull_request with number, base.sha and head.sha (commit hashes)`);
  }
  return {
    kind: "pull-request",
    name,
    owner: base.repo?.owner?.login ?? owner,
    repo: base.repo?.name ?? repo,
    number: pr.number,
    baseSha: base.sha,
    headSha: head.sha,
    changedFiles: typeof pr.changed_files === "number" ? pr.changed_files : void 0,
    htmlUrl: typeof pr.html_url === "string" ? pr.html_url : void 0
  };
}

// src/action/inputs.ts
function optional(name) {
  const value = getInput(name).trim();
  return value === "" ? void 0 : value;
}
function booleanInput(name, fallback = false) {
  const value = optional(name) ?? String(fallback);
  if (!/^(true|false)$/i.test(value)) throw new Error(`input ${name} must be true or false, not "${value}"`);
  return value.toLowerCase() === "true";
}
function readInputs() {
  const failOn = optional("fail-on") ?? "error";
  if (failOn !== "error" && failOn !== "warning" && failOn !== "never") {
    throw new Error(`input fail-on must be error, warning or never, not "${failOn}"`);
  }
  const checkRun = optional("check-run") ?? "auto";
  if (checkRun !== "auto" && checkRun !== "always" && checkRun !== "never") {
    throw new Error(`input check-run must be auto, always or never, not "${checkRun}"`);
  }
  return {
    checkRun,
    checkName: optional("check-name") ?? "KEP metadata",
    metrics: booleanInput("metrics"),
    onlyNew: booleanInput("only-new", true),
    baseline: optional("baseline") === "none" ? null : optional("baseline"),
    token: optional("token"),
    root: optional("root"),
    preset: optional("preset"),
    config: optional("config"),
    sigs: optional("sigs"),
    lifecycle: optional("lifecycle"),
    schema: optional("schema"),
    index: optional("index") === void 0 ? void 0 : optional("index") === "none" ? null : optional("index"),
    failOn
  };
}

// src/github/client.ts
var DEFAULT_RETRY = { attempts: 4, baseDelayMs: 1e3, maxDelayMs: 6e4 };
function retryDelay(error, attempt, options, now = Date.now()) {
  const status = error.status;
  const headers = error.response?.headers ?? {};
  const rateLimited = status === 429 || status === 403 && (headers["retry-after"] !== void 0 || String(headers["x-ratelimit-remaining"]) === "0");
  if (!(rateLimited || status !== void 0 && status >= 500)) return void 0;
  if (attempt >= options.attempts) return void 0;
  let delay = options.baseDelayMs * 2 ** (attempt - 1);
  if (headers["retry-after"] !== void 0) delay = Number(headers["retry-after"]) * 1e3;
  else if (String(headers["x-ratelimit-remaining"]) === "0" && headers["x-ratelimit-reset"] !== void 0) {
    delay = Number(headers["x-ratelimit-reset"]) * 1e3 - now;
  }
  return Math.min(Math.max(0, Number.isFinite(delay) ? delay : options.baseDelayMs), options.maxDelayMs);
}
async function createClient(token, retry = DEFAULT_RETRY, log = () => {
}) {
  const { getOctokit } = await import("./chunks/github-B3KE5DNT.js");
  const octokit = getOctokit(token);
  octokit.hook.wrap("request", async (request, options) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await request(options);
      } catch (error) {
        const delay = retryDelay(error, attempt, retry);
        if (delay === void 0) throw error;
        log(`GitHub answered ${error.status} to ${options.method} ${options.url}; retrying in ${Math.round(delay / 1e3)} s (attempt ${attempt + 1} of ${retry.attempts})`);
        await new Promise((resolve2) => setTimeout(resolve2, delay));
      }
    }
  });
  return octokit;
}

// src/github/createCheckRun.ts
var ANNOTATIONS_PER_REQUEST = 50;
async function createCheckRun(client, request) {
  const batches = [];
  for (let i = 0; i < request.annotations.length; i += ANNOTATIONS_PER_REQUEST) {
    batches.push(request.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  }
  if (batches.length === 0) batches.push([]);
  const output = (annotations) => ({ title: request.title, summary: request.summary, annotations });
  const last = batches.length - 1;
  const completed = { status: "completed", conclusion: request.conclusion, completed_at: (/* @__PURE__ */ new Date()).toISOString() };
  const { data } = await client.rest.checks.create({
    owner: request.owner,
    repo: request.repo,
    name: request.name,
    head_sha: request.headSha,
    ...last === 0 ? completed : { status: "in_progress" },
    output: output(batches[0])
  });
  for (let i = 1; i <= last; i++) {
    await client.rest.checks.update({
      owner: request.owner,
      repo: request.repo,
      check_run_id: data.id,
      ...i === last ? completed : {},
      output: output(batches[i])
    });
  }
  return data.html_url ?? "";
}

// src/format/summary.ts
var PREEXISTING_HEADING = {
  base: "Already on the base",
  baseline: "In the baseline"
};
var PREEXISTING_WHY = {
  base: "The base version of these KEPs already had these problems: they are shown, and do not fail the check. Fixing them is welcome, in this pull request or another.",
  baseline: "The baseline file records these problems: they are shown, and do not fail the check until there are more of them than it records."
};
var SUMMARY_LIMIT = 1024 * 1024 - 4096;
var MAX_DIFF_LINES = 400;
function renderSummary(input) {
  const { errors, warnings, preexisting } = countBySeverity(input.diagnostics);
  const parts = [];
  const from = preexisting > 0 ? ` (${plural(preexisting, "problem")} from before, not counted)` : "";
  const verdict = errors + warnings === 0 ? `\u2705 no problems${preexisting > 0 ? " of its own" : ""}${from}` : `${errors > 0 ? "\u274C" : "\u26A0\uFE0F"} ${plural(errors, "error")}, ${plural(warnings, "warning")}${from}`;
  parts.push(`## KEP metadata: ${verdict}
`, `${plural(input.checked, "KEP")} checked (${escapeMarkdown(input.scope)}).
`);
  if (input.checkRunUrl) parts.push(`Every problem is annotated in the check run: ${input.checkRunUrl}
`);
  if (input.keps && input.keps.length > 0) {
    parts.push("### KEPs changed\n", "| KEP | Change | Status | Problems |", "| --- | --- | --- | --- |");
    for (const kep of input.keps) {
      const moved = kep.previousFile ? ` (from ${escapeMarkdown(kep.previousFile)})` : "";
      const status = kep.from !== void 0 && kep.to !== void 0 && kep.from !== kep.to ? `${escapeMarkdown(kep.from)} \u2192 ${escapeMarkdown(kep.to)}` : escapeMarkdown(kep.to ?? kep.from ?? "");
      parts.push(`| ${escapeMarkdown(input.displayPath(kep.file))} | ${kep.kind}${moved} | ${status} | ${problemCounts(input.diagnostics.filter((d) => d.file === kep.file))} |`);
    }
    parts.push("");
  }
  const counted = input.diagnostics.filter((d) => !d.preexisting);
  if (counted.length > 0) parts.push("### Problems\n", ...problemList(input, counted));
  for (const kind of ["base", "baseline"]) {
    const known = input.diagnostics.filter((d) => d.preexisting === kind);
    if (known.length === 0) continue;
    parts.push(`### ${PREEXISTING_HEADING[kind]}: ${plural(known.length, "problem")}
`, `${PREEXISTING_WHY[kind]}
`, "<details><summary>Show them</summary>\n", ...problemList(input, known), "</details>\n");
  }
  if (input.baselineFixed && input.baselineFixed.length > 0) {
    parts.push(`### Baseline entries to drop
`, "These files have fewer problems than the baseline records: run `kep-validator baseline --write` and commit the file.\n");
    for (const f of input.baselineFixed) parts.push(`- ${escapeMarkdown(input.displayPath(f.file))} \u2014 \`${f.rule}\`: recorded ${f.recorded}, now ${f.now}`);
    parts.push("");
  }
  if (input.index) {
    const file = escapeMarkdown(input.displayPath(input.index.file));
    parts.push(`### ${file}
`);
    if (input.index.state === "fresh") parts.push(`${file} is up to date.
`);
    else {
      parts.push(`${file} is ${input.index.state}. Fix it with:
`, codeBlock(FIX_COMMAND, "sh"));
      if (input.index.diff) {
        const lines = input.index.diff.split("\n");
        const shown = lines.length > MAX_DIFF_LINES ? [...lines.slice(0, MAX_DIFF_LINES), `\u2026 ${lines.length - MAX_DIFF_LINES} more lines`].join("\n") : input.index.diff;
        parts.push("<details><summary>What changes</summary>\n", codeBlock(shown, "diff"), "</details>\n");
      }
    }
  }
  return truncate(parts.join("\n"));
}
function problemCounts(diagnostics) {
  const { errors, warnings, preexisting } = countBySeverity(diagnostics);
  const counted = errors + warnings === 0 ? "none of its own" : [errors > 0 ? plural(errors, "error") : "", warnings > 0 ? plural(warnings, "warning") : ""].filter(Boolean).join(", ");
  return preexisting > 0 ? `${counted}; already on the base: ${preexisting}` : counted;
}
function problemList(input, diagnostics) {
  const parts = [];
  const byFile = /* @__PURE__ */ new Map();
  for (const d of diagnostics) byFile.set(d.file, [...byFile.get(d.file) ?? [], d]);
  for (const [file, list] of byFile) {
    const path = input.displayPath(file);
    parts.push(`#### ${escapeMarkdown(path)}
`);
    for (const d of list) {
      const where = input.lineUrl ? `[line ${d.line}](${input.lineUrl(path, d.line)})` : `line ${d.line}`;
      const icon = d.preexisting ? "\u2139\uFE0F" : d.severity === "error" ? "\u274C" : "\u26A0\uFE0F";
      parts.push(`- ${icon} ${where}, column ${d.column} \u2014 \`${d.rule}\`: ${escapeMarkdown(d.message)}`);
    }
    parts.push("");
  }
  return parts;
}
function truncate(text) {
  if (Buffer.byteLength(text) <= SUMMARY_LIMIT) return text;
  let cut = text.slice(0, SUMMARY_LIMIT);
  while (Buffer.byteLength(cut) > SUMMARY_LIMIT - 200) cut = cut.slice(0, cut.length - 1024);
  cut = cut.slice(0, cut.lastIndexOf("\n") + 1);
  return `${cut}

_The summary is cut here: GitHub keeps at most 1 MiB. Every problem is in the annotations and in \`kep-validator check\`'s output._
`;
}

// src/action/publish.ts
var STEP_ANNOTATION_LIMIT = 10;
function toCheckAnnotation(d, path) {
  const annotation = {
    path,
    start_line: d.line,
    end_line: d.endLine,
    annotation_level: d.preexisting ? "notice" : d.severity === "error" ? "failure" : "warning",
    message: (d.preexisting ? `${d.message} (${PREEXISTING_NOTE[d.preexisting]})` : d.message).slice(0, 64 * 1024),
    title: d.rule
  };
  if (d.line === d.endLine) {
    annotation.start_column = d.column;
    annotation.end_column = Math.max(d.column, d.endColumn);
  }
  return annotation;
}
function wantsCheckRun(inputs, diagnostics) {
  if (inputs.checkRun === "never") return false;
  if (inputs.checkRun === "always") return true;
  const { errors, warnings, preexisting } = countBySeverity(diagnostics);
  return errors > STEP_ANNOTATION_LIMIT || warnings > STEP_ANNOTATION_LIMIT || preexisting > STEP_ANNOTATION_LIMIT;
}
async function publishCheckRun(context, result, failing) {
  const { inputs } = context;
  const missing = !inputs.token ? "no token" : !context.owner || !context.repo || !context.sha ? "no repository or commit in the environment" : void 0;
  if (missing) {
    warning(`kep-validator could not create the "${inputs.checkName}" check run (${missing}); the step shows the first ${STEP_ANNOTATION_LIMIT} errors and warnings, the job summary has them all`);
    return void 0;
  }
  const { errors, warnings, preexisting } = countBySeverity(result.diagnostics);
  try {
    const client = await createClient(inputs.token, void 0, (message) => info(message));
    return await createCheckRun(client, {
      owner: context.owner,
      repo: context.repo,
      name: inputs.checkName,
      headSha: context.sha,
      conclusion: failing ? "failure" : errors + warnings > 0 ? "neutral" : "success",
      title: summarize(result.diagnostics, result.checked.length).replace(/^[✓✗] /, ""),
      summary: `KEP metadata of ${context.scope}: ${errors} errors, ${warnings} warnings${preexisting > 0 ? `; ${preexisting} problems from before, shown as notices and not counted` : ""}.`,
      annotations: result.diagnostics.map((d) => toCheckAnnotation(d, context.displayPath(d.file)))
    });
  } catch (error) {
    const status = error.status;
    const why = status === 403 ? 'the token may not write checks (a pull request from a fork gets a read-only token; add "permissions: checks: write" otherwise)' : error.message;
    warning(`kep-validator could not create the "${inputs.checkName}" check run: ${why}. The step shows the first ${STEP_ANNOTATION_LIMIT} errors and warnings; every problem is in the job summary.`);
    return void 0;
  }
}
async function publish(context, result) {
  const { inputs } = context;
  const { errors, warnings, preexisting } = countBySeverity(result.diagnostics);
  const failing = inputs.failOn === "never" ? false : inputs.failOn === "warning" ? errors + warnings > 0 : errors > 0;
  const checkRunUrl = wantsCheckRun(inputs, result.diagnostics) ? await publishCheckRun(context, result, failing) : void 0;
  if (!checkRunUrl) annotate(result.diagnostics, context.displayPath);
  else info(`${result.diagnostics.length} annotations are in the check run ${checkRunUrl}`);
  info(summarize(result.diagnostics, result.checked.length));
  const server = process.env.GITHUB_SERVER_URL ?? "https://github.com";
  const lineUrl = context.owner && context.repo && context.sha ? (path, line) => `${server}/${context.owner}/${context.repo}/blob/${context.sha}/${path.split("/").map(encodeURIComponent).join("/")}#L${line}` : void 0;
  const markdown = renderSummary({
    diagnostics: result.diagnostics,
    checked: result.checked.length,
    scope: context.scope,
    keps: result.keps,
    index: result.index,
    displayPath: context.displayPath,
    lineUrl,
    checkRunUrl,
    baselineFixed: result.baselineFixed
  });
  if (process.env.GITHUB_STEP_SUMMARY) {
    try {
      await summary.addRaw(markdown).write();
    } catch (error) {
      warning(`kep-validator could not write the job summary: ${error.message}`);
    }
  }
  setOutput("errors", errors);
  setOutput("warnings", warnings);
  setOutput("preexisting", preexisting);
  setOutput("changed-keps", JSON.stringify(result.keps ?? []));
  setOutput("index-state", result.index?.state ?? "off");
  setOutput("check-run-url", checkRunUrl ?? "");
  return failing;
}

// src/action/pullRequestChanges.ts
import { relative, sep } from "node:path";

// src/github/getFileAtRef.ts
async function getFileAtRef(client, owner, repo, path, ref) {
  try {
    const response = await client.rest.repos.getContent({
      owner,
      repo,
      path,
      ref,
      headers: { accept: "application/vnd.github.raw" },
      request: { parseSuccessResponseBody: false }
    });
    const body = response.data;
    if (typeof body === "string") return Buffer.from(body);
    if (body instanceof ArrayBuffer) return Buffer.from(body);
    if (body && typeof body.getReader === "function") {
      return Buffer.from(await new Response(body).arrayBuffer());
    }
    return new Error(`unexpected answer for ${path} at ${ref.slice(0, 12)}`);
  } catch (error) {
    const status = error.status;
    return new Error(`GitHub answered ${status ?? error.message} for ${path} at ${ref.slice(0, 12)}`);
  }
}

// src/github/listPullRequestFiles.ts
var LIST_FILES_LIMIT = 3e3;
var KINDS = {
  added: "added",
  removed: "deleted",
  modified: "modified",
  renamed: "renamed",
  copied: "copied",
  changed: "type-changed",
  unchanged: void 0
};
async function listPullRequestFiles(client, owner, repo, pullNumber) {
  const changes = [];
  let listed = 0;
  for (let page = 1; listed < LIST_FILES_LIMIT; page++) {
    const { data } = await client.rest.pulls.listFiles({ owner, repo, pull_number: pullNumber, per_page: 100, page });
    for (const file of data) {
      const kind = KINDS[file.status];
      if (kind === void 0) continue;
      changes.push(file.previous_filename ? { kind, path: file.filename, previousPath: file.previous_filename } : { kind, path: file.filename });
    }
    listed += data.length;
    if (data.length < 100) return { changes, truncated: false };
  }
  return { changes, truncated: true };
}

// src/tree/commitInWorkspaceTree.ts
import { statSync } from "node:fs";
import { join } from "node:path";
var CommitInWorkspaceTree = class {
  constructor(commit, workspace) {
    this.commit = commit;
    this.workspace = workspace;
    this.label = commit.label;
  }
  commit;
  workspace;
  label;
  same;
  list() {
    return this.commit.list();
  }
  /**
   * The commit's files that git finds unchanged in the workspace. git does not look at files
   * marked assume-unchanged or skip-worktree (a step of the workflow may have marked and
   * edited them): only files whose index entry is plain ("H") are trusted.
   */
  unchangedInWorkspace() {
    if (!this.same) {
      const root = this.workspace.root;
      const differing = new Set(git(root, ["diff", "--name-only", "-z", "--no-renames", "--no-ext-diff", "--relative", this.commit.commit, "--"]).split("\0"));
      const plain = /* @__PURE__ */ new Set();
      for (const record of git(root, ["ls-files", "-v", "-z", "--"]).split("\0")) if (record.startsWith("H ")) plain.add(record.slice(2));
      this.same = new Set(
        this.list().filter((entry) => entry.kind === "file" && plain.has(entry.path) && !differing.has(entry.path)).map((entry) => entry.path)
      );
    }
    return this.same;
  }
  /** Whether a file of the commit is read from the workspace (else from git). */
  readsFromWorkspace(path) {
    if (!this.unchangedInWorkspace().has(path)) return false;
    try {
      return statSync(join(this.workspace.root, path)).size === this.commit.sizeOf(path);
    } catch {
      return false;
    }
  }
  split(paths) {
    const workspace = [];
    const commit = [];
    for (const path of paths) (this.readsFromWorkspace(path) ? workspace : commit).push(path);
    return { workspace, commit };
  }
  readHeads(paths, bytes, visit) {
    const { workspace, commit } = this.split(paths);
    this.workspace.readHeads(workspace, bytes, visit);
    this.commit.readHeads(commit, bytes, visit);
  }
  readFiles(paths) {
    const { workspace, commit } = this.split(paths);
    return new Map([...this.workspace.readFiles(workspace), ...this.commit.readFiles(commit)]);
  }
};

// src/tree/memoryTree.ts
var OverlayTree = class {
  constructor(label, files, under, removed = /* @__PURE__ */ new Set()) {
    this.label = label;
    this.files = files;
    this.under = under;
    this.removed = removed;
  }
  label;
  files;
  under;
  removed;
  list() {
    const entries = /* @__PURE__ */ new Map();
    for (const entry of this.under?.list() ?? []) if (!this.removed.has(entry.path)) entries.set(entry.path, entry);
    for (const path of this.files.keys()) entries.set(path, { path, kind: "file" });
    return [...entries.values()];
  }
  readHeads(paths, bytes, visit) {
    const known = [];
    const below = [];
    for (const path of paths) (this.files.has(path) || !this.under || this.removed.has(path) ? known : below).push(path);
    headsFromFiles(this, known, visit);
    this.under?.readHeads(below, bytes, visit);
  }
  readFiles(paths) {
    const contents = /* @__PURE__ */ new Map();
    const rest = [];
    for (const path of paths) {
      const known = this.files.get(path);
      if (known !== void 0) contents.set(path, known);
      else if (this.under && !this.removed.has(path)) rest.push(path);
      else contents.set(path, new Error(`${path} is not in ${this.label}`));
    }
    if (this.under) for (const [path, content] of this.under.readFiles(rest)) contents.set(path, content);
    return contents;
  }
};

// src/action/pullRequestChanges.ts
function hasCommit(cwd, sha) {
  try {
    git(cwd, ["cat-file", "-e", `${sha}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}
function tryMergeBase(cwd, base, head) {
  try {
    return git(cwd, ["merge-base", base, head]).trim();
  } catch {
    return void 0;
  }
}
function gitMergeBase(cwd, event, log) {
  const wanted = [event.baseSha, event.headSha];
  if (!wanted.every((sha) => hasCommit(cwd, sha))) {
    log(`fetching the base and head commits (${wanted.map((sha) => sha.slice(0, 7)).join(", ")})`);
    git(cwd, ["fetch", "--no-tags", "--no-recurse-submodules", "--depth=1", "origin", ...wanted]);
  }
  let found = tryMergeBase(cwd, event.baseSha, event.headSha);
  for (const depth of [32, 256, 2048]) {
    if (found !== void 0) return found;
    log(`no merge base in the fetched history; fetching ${depth} commits of each side`);
    git(cwd, ["fetch", "--no-tags", "--no-recurse-submodules", `--depth=${depth}`, "origin", ...wanted]);
    found = tryMergeBase(cwd, event.baseSha, event.headSha);
  }
  if (found === void 0 && git(cwd, ["rev-parse", "--is-shallow-repository"]).trim() === "true") {
    log("no merge base yet; fetching the whole history");
    git(cwd, ["fetch", "--no-tags", "--no-recurse-submodules", "--unshallow", "origin", ...wanted]);
    found = tryMergeBase(cwd, event.baseSha, event.headSha);
  }
  if (found === void 0) throw new GitError(`base ${event.baseSha} and head ${event.headSha} have no common ancestor`);
  return found;
}
function fromGit(settings, event, log) {
  const base = gitMergeBase(settings.root, event, log);
  const prefix = repositoryPrefix(settings.root);
  return {
    changes: gitChanges(settings.root, base, event.headSha),
    // The workspace is a checkout of the merge (or the head): what git finds unchanged there is read from it.
    head: new CommitInWorkspaceTree(new GitTree(settings.root, event.headSha, prefix, { sizes: true }), new FileSystemTree(settings.root)),
    base: new GitTree(settings.root, base, prefix),
    via: "git"
  };
}
async function mapLimit(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]);
    }
  });
  await Promise.all(workers);
  return results;
}
async function fromApi(settings, workspace, event, token, log) {
  const client = await createClient(token, void 0, log);
  const listed = await listPullRequestFiles(client, event.owner, event.repo, event.number);
  if (listed.truncated || (event.changedFiles ?? 0) > LIST_FILES_LIMIT) {
    throw new Error(`the pull request changes more than ${LIST_FILES_LIMIT} files, more than the GitHub API lists, and git could not be used; check out with actions/checkout and fetch-depth: 0`);
  }
  const prefix = relative(workspace, settings.root).split(sep).join("/");
  const underRoot = (path) => prefix === "" ? path : path.startsWith(`${prefix}/`) ? path.slice(prefix.length + 1) : void 0;
  const isKep = isKepPath(settings.layout);
  const changes = [];
  for (const change of listed.changes) {
    const path = underRoot(change.path);
    const previousPath = change.previousPath === void 0 ? void 0 : underRoot(change.previousPath);
    if (path === void 0 && previousPath === void 0) continue;
    if (path === void 0) changes.push({ kind: "deleted", path: previousPath });
    else if (change.previousPath !== void 0 && previousPath === void 0) changes.push({ kind: "added", path });
    else changes.push(previousPath === void 0 ? { kind: change.kind, path } : { kind: change.kind, path, previousPath });
  }
  const relevant = changes.filter((c) => isKep(c.path) || c.previousPath !== void 0 && isKep(c.previousPath));
  const fetch = async (path, sha) => [path, await getFileAtRef(client, event.owner, event.repo, prefix ? `${prefix}/${path}` : path, sha)];
  const basePaths = relevant.map(basePath).filter((p) => p !== void 0);
  const indexChange = changes.filter((c) => c.path === settings.indexFile && c.kind !== "deleted").map((c) => c.path);
  const headPaths = [...relevant.map((c) => headPath(c)).filter((p) => p !== void 0 && isKep(p)), ...indexChange];
  const baseFiles = new Map(await mapLimit(basePaths, 8, (path) => fetch(path, event.baseSha)));
  const headFiles = new Map(await mapLimit(headPaths, 8, (path) => fetch(path, event.headSha)));
  const removed = new Set(relevant.flatMap((c) => c.kind === "deleted" ? [c.path] : c.kind === "renamed" ? [c.previousPath] : []));
  return {
    changes,
    head: new OverlayTree(`head ${event.headSha.slice(0, 12)}`, headFiles, new FileSystemTree(settings.root), removed),
    base: new OverlayTree(`base ${event.baseSha.slice(0, 12)}`, baseFiles),
    via: "api"
  };
}
async function collectPullRequest(settings, workspace, event, token, log) {
  let gitProblem;
  try {
    return fromGit(settings, event, log);
  } catch (error) {
    gitProblem = error.message;
  }
  if (event.kind !== "pull-request") {
    throw new Error(`git could not provide the changes of the ${event.name} (${gitProblem}); check out with actions/checkout (fetch-depth: 0 if the commits are not reachable)`);
  }
  if (!token) {
    throw new Error(`git could not provide the pull request's changes (${gitProblem}), and there is no token for the GitHub API; check out with actions/checkout, or pass a token`);
  }
  log(`git could not provide the pull request's changes (${gitProblem}); using the GitHub API`);
  return fromApi(settings, workspace, event, token, log);
}

// src/main.ts
async function checkForEvent(inputs, workspace, event) {
  const config = await findConfig(workspace, inputs.config);
  const settings = await loadSettings({
    config,
    preset: inputs.preset,
    sigs: inputs.sigs === void 0 ? void 0 : resolve(workspace, inputs.sigs),
    root: inputs.root !== void 0 ? resolve(workspace, inputs.root) : config?.root ?? workspace,
    lifecycle: inputs.lifecycle === void 0 ? void 0 : /[/\\]|\.json$/.test(inputs.lifecycle) ? resolve(workspace, inputs.lifecycle) : inputs.lifecycle,
    schema: inputs.schema === void 0 ? void 0 : resolve(workspace, inputs.schema),
    indexFile: inputs.index
  });
  const audit = async () => {
    info(`${event.name}: checking every KEP under ${relative2(workspace, settings.root) || "."}`);
    const baseline = inputs.baseline === null ? void 0 : readBaseline(inputs.baseline === void 0 ? join2(settings.root, BASELINE_FILE) : resolve(workspace, inputs.baseline), inputs.baseline !== void 0);
    if (baseline) info(`problems the baseline records are shown and not counted`);
    return { result: await validate(settings, { head: new FileSystemTree(settings.root), baseline, log: (message) => info(message) }), settings };
  };
  if (event.kind === "audit") return audit();
  info(`${describeEvent(event)}: checking the KEPs it changes${inputs.onlyNew ? "; only the problems it brings count" : ""}`);
  let sources;
  try {
    sources = await collectPullRequest(settings, workspace, event, inputs.token, (message) => info(message));
  } catch (error) {
    if (event.kind !== "push") throw error;
    warning(`kep-validator could not compare the ${event.name} with ${event.baseSha.slice(0, 7)} (${error.message}); checking every KEP instead`);
    return audit();
  }
  info(`read the changes with ${sources.via}: ${sources.changes.length} files changed`);
  return { result: await validate(settings, { head: sources.head, changes: { base: sources.base, files: sources.changes }, onlyNew: inputs.onlyNew }), settings };
}
function describeEvent(event) {
  if (event.kind === "pull-request") return `pull request #${event.number} against ${event.baseSha.slice(0, 7)}`;
  if (event.name === "merge_group") return `merge group ${event.headSha.slice(0, 7)} against ${event.baseSha.slice(0, 7)}`;
  return `push ${event.baseSha.slice(0, 7)}..${event.headSha.slice(0, 7)}`;
}
async function publishMetrics(settings, result) {
  try {
    const metrics = computeMetrics(result.repository.documents, await readHistory(settings), settings.lifecycle);
    await summary.addRaw(renderMetrics(metrics)).write();
  } catch (error) {
    warning(`kep-validator could not compute the KEP metrics: ${error.message}`);
  }
}
async function run() {
  try {
    const inputs = readInputs();
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const event = readEvent();
    const { result, settings } = await checkForEvent(inputs, workspace, event);
    const root = settings.root;
    const failing = await publish(
      {
        inputs,
        owner: event.owner,
        repo: event.repo,
        sha: event.kind === "audit" ? event.sha : event.headSha,
        scope: event.kind === "audit" || !result.keps ? `full audit on ${event.name}` : describeEvent(event),
        displayPath: (file) => relative2(workspace, resolve(root, file)).split(sep2).join("/")
      },
      result
    );
    if (inputs.metrics && event.kind !== "pull-request" && event.toDefaultBranch) await publishMetrics(settings, result);
    if (failing) setFailed("KEP metadata has problems; see the annotations and the job summary");
  } catch (error) {
    setFailed(`kep-validator could not check the KEPs: ${error.message}`);
  }
}

// src/index.ts
await run();
