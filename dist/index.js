import { createRequire as __kepCreateRequire } from 'node:module';
const require = __kepCreateRequire(import.meta.url);
import {
  FileSystemTree,
  GitError,
  GitTree,
  basePath,
  checkChanges,
  checkRepository,
  countBySeverity,
  git,
  gitChanges,
  headPath,
  isKepPath,
  loadSettings,
  readRepository,
  repositoryPrefix,
  summarize,
  withIndexCheck
} from "./chunks/chunk-6K4LYIIX.js";
import {
  annotate,
  getInput,
  info,
  setFailed,
  setOutput
} from "./chunks/chunk-E26RRQPM.js";
import "./chunks/chunk-4736BS7E.js";
import "./chunks/chunk-P2YXREQ5.js";

// src/action/run.ts
import { relative as relative2, resolve, sep as sep2 } from "node:path";

// src/action/event.ts
import { readFileSync } from "node:fs";
var EventError = class extends Error {
};
function readEvent(env = process.env) {
  const name = env.GITHUB_EVENT_NAME ?? "";
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? "/").split("/");
  if (name !== "pull_request" && name !== "pull_request_target") {
    return { kind: "audit", name: name || "local", owner: owner || void 0, repo: repo || void 0, sha: env.GITHUB_SHA };
  }
  const path = env.GITHUB_EVENT_PATH;
  if (!path) throw new EventError(`event ${name} but GITHUB_EVENT_PATH is not set`);
  let payload;
  try {
    payload = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new EventError(`cannot read the ${name} event payload at ${path}: ${error.message}`);
  }
  const pr = payload.pull_request;
  const base = pr?.base;
  const head = pr?.head;
  if (!pr || typeof pr.number !== "number" || !base?.sha || !head?.sha) {
    throw new EventError(`the ${name} event payload at ${path} has no pull_request with number, base.sha and head.sha`);
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
function readInputs() {
  const failOn = optional("fail-on") ?? "error";
  if (failOn !== "error" && failOn !== "warning" && failOn !== "never") {
    throw new Error(`input fail-on must be error, warning or never, not "${failOn}"`);
  }
  return {
    token: optional("token"),
    root: optional("root") ?? ".",
    lifecycle: optional("lifecycle"),
    schema: optional("schema"),
    index: optional("index") === "none" ? null : optional("index") ?? "index.md",
    failOn
  };
}

// src/action/pullRequestChanges.ts
import { relative, sep } from "node:path";

// src/api/getFileAtRef.ts
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

// src/api/client.ts
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
  const { getOctokit } = await import("./chunks/github-3IPQPPZM.js");
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

// src/api/listPullRequestFiles.ts
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
    head: new GitTree(settings.root, event.headSha, prefix),
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
    throw new Error(
      `the pull request changes more than ${LIST_FILES_LIMIT} files, more than the GitHub API lists, and git could not be used; check out with actions/checkout and fetch-depth: 0`
    );
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
  const fetch = async (path, sha) => [
    path,
    await getFileAtRef(client, event.owner, event.repo, prefix ? `${prefix}/${path}` : path, sha)
  ];
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
  if (!token) {
    throw new Error(`git could not provide the pull request's changes (${gitProblem}), and there is no token for the GitHub API; check out with actions/checkout, or pass a token`);
  }
  log(`git could not provide the pull request's changes (${gitProblem}); using the GitHub API`);
  return fromApi(settings, workspace, event, token, log);
}

// src/action/run.ts
async function checkForEvent(inputs, workspace) {
  const settings = loadSettings({
    root: resolve(workspace, inputs.root),
    lifecycle: inputs.lifecycle,
    schema: inputs.schema === void 0 ? void 0 : resolve(workspace, inputs.schema),
    indexFile: inputs.index
  });
  const event = readEvent();
  if (event.kind === "audit") {
    info(`${event.name}: checking every KEP under ${inputs.root}`);
    const repository = readRepository(settings, new FileSystemTree(settings.root));
    return withIndexCheck(settings, repository, checkRepository(settings, repository));
  }
  info(`${event.name} #${event.number}: checking the KEPs it changes against ${event.baseSha.slice(0, 7)}`);
  const sources = await collectPullRequest(settings, workspace, event, inputs.token, (message) => info(message));
  info(`read the changes with ${sources.via}: ${sources.changes.length} files changed`);
  const head = readRepository(settings, sources.head);
  return withIndexCheck(settings, head, checkChanges(settings, head, sources.changes, sources.base));
}
async function run() {
  try {
    const inputs = readInputs();
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const result = await checkForEvent(inputs, workspace);
    const root = resolve(workspace, inputs.root);
    annotate(result.diagnostics, (file) => relative2(workspace, resolve(root, file)).split(sep2).join("/"));
    const { errors, warnings } = countBySeverity(result.diagnostics);
    info(summarize(result.diagnostics, result.checked.length));
    setOutput("errors", errors);
    setOutput("warnings", warnings);
    setOutput("changed-keps", JSON.stringify("keps" in result ? result.keps : []));
    const failing = inputs.failOn === "never" ? 0 : inputs.failOn === "warning" ? errors + warnings : errors;
    if (failing > 0) setFailed(`${errors} error${errors === 1 ? "" : "s"} and ${warnings} warning${warnings === 1 ? "" : "s"} in KEP metadata; see the annotations`);
  } catch (error) {
    setFailed(`kep-validator could not check the KEPs: ${error.message}`);
  }
}

// src/main.ts
await run();
