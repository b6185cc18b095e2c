import { createRequire as __kepCreateRequire } from 'node:module';
const require = __kepCreateRequire(import.meta.url);
import {
  error,
  fail,
  getInput,
  info,
  notice,
  setOutput,
  summary,
  warning,
  workspaceRelative,
  writeAnnotations
} from "./chunks/chunk-WJQYZNBF.js";
import {
  FORMATTERS,
  GitError,
  GitTree,
  OverlayTree,
  SCHEMAS_DIR,
  basePath,
  changeRepository,
  code,
  codeBlock,
  computeMetrics,
  filesSource,
  fixesAsLineChanges,
  gfm,
  git,
  gitChangedLines,
  gitChanges,
  headLinesOf,
  headPath,
  inclusiveEndColumn,
  indexFixCommand,
  joinMarkdown,
  loadRules,
  pathInside,
  presetNote,
  proposedRulesNote,
  readHistory,
  readNamedFile,
  readmeFilesOfChanges,
  realPath,
  renderMetrics,
  repositoryAround,
  repositoryPrefix,
  resolveLifecycleOption,
  text,
  validate,
  workTreeRoot
} from "./chunks/chunk-QVDXOG4D.js";
import {
  checkReport,
  plural,
  summaryLine
} from "./chunks/chunk-QZVNYD6J.js";
import "./chunks/chunk-S7IOJFZU.js";
import {
  FileSystemTree,
  LoadError,
  entryAt
} from "./chunks/chunk-KD4UMMRR.js";
import "./chunks/chunk-67SQXAKB.js";
import {
  RULES
} from "./chunks/chunk-2OSR2RJD.js";
import "./chunks/chunk-WY54ZU3J.js";
import "./chunks/chunk-FD7XQS5Z.js";
import {
  isKepPath
} from "./chunks/chunk-3ZQSLKZL.js";
import "./chunks/chunk-NSMHY4JS.js";
import "./chunks/chunk-M7YJJPLV.js";
import "./chunks/chunk-ZZYXWRD5.js";

// src/action/actionRules.ts
import { relative, resolve } from "node:path";

// src/action/confinedSource.ts
function workspaceFiles(workspace) {
  return filesSource([workspace], (path) => outsideWorkspace(workspace, path));
}
function outsideWorkspace(workspace, path) {
  return `${path} is outside the workspace ${workspace}: the action reads its configuration, schemas, lifecycles, SIG lists and baseline only from the checked-out repositories`;
}
function confinedTo(workspace, source) {
  const check = (path) => {
    if (pathInside(workspace, path) === void 0 && pathInside(SCHEMAS_DIR, path) === void 0) throw new LoadError(outsideWorkspace(workspace, path));
  };
  return {
    confine: check,
    exists: (path) => {
      check(path);
      return source.exists(path);
    },
    read: (path) => {
      check(path);
      return source.read(path);
    }
  };
}

// src/action/event.ts
var SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
var NOTHING = /^0+$/;
function parsePayload(path) {
  const text2 = readNamedFile(path).toString("utf8");
  try {
    return JSON.parse(text2);
  } catch {
    throw new Error(`it is not JSON (${text2.length} characters)`);
  }
}
function readPayload(name, path) {
  if (!path) throw new EventError(`event ${name} but GITHUB_EVENT_PATH is not set`);
  try {
    const payload = parsePayload(path);
    if (typeof payload !== "object" || payload === null) throw new Error("it is not a JSON object");
    return payload;
  } catch (error2) {
    throw new EventError(`cannot read the ${name} event payload at ${path}: ${error2.message}`);
  }
}
function isSha(value) {
  return typeof value === "string" && SHA.test(value);
}
var EventError = class extends Error {
};
function readEvent(env = process.env, warn = warning) {
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
    if (name === "push") {
      let payload2;
      try {
        payload2 = readPayload(name, env.GITHUB_EVENT_PATH);
      } catch (error2) {
        warn(`kep-validator checks every KEP: ${error2.message}`);
      }
      if (payload2) {
        const repository = payload2.repository;
        toDefaultBranch = typeof payload2.ref === "string" && typeof repository?.default_branch === "string" && payload2.ref === `refs/heads/${repository.default_branch}`;
        ({ before, after } = payload2);
        const wrong = [["before", before], ["after", after]].filter(([, sha]) => !isSha(sha)).map(([field, sha]) => `${field} is ${sha === void 0 ? "missing" : `${JSON.stringify(sha)?.slice(0, 80)}, not a commit id (40 or 64 hex digits)`}`);
        if (wrong.length > 0) warn(`kep-validator checks every KEP: the push event payload at ${env.GITHUB_EVENT_PATH} cannot say what the push changed: ${wrong.join("; ")}`);
      }
    }
    if (isSha(before) && !NOTHING.test(before) && isSha(after) && !NOTHING.test(after) && owner && repo) {
      return { kind: "push", name, owner, repo, baseSha: before, headSha: after, toDefaultBranch };
    }
    return { kind: "audit", name: name || "local", owner: owner || void 0, repo: repo || void 0, sha: env.GITHUB_SHA || (isSha(after) && !NOTHING.test(after) ? after : void 0), toDefaultBranch };
  }
  const path = env.GITHUB_EVENT_PATH;
  const payload = readPayload(name, path);
  const pr = payload.pull_request;
  const base = pr?.base;
  const head = pr?.head;
  if (!pr || typeof pr.number !== "number" || !base?.sha || !head?.sha) {
    throw new EventError(`the ${name} event payload at ${path} has no pull_request with number, base.sha and head.sha`);
  }
  for (const [field, sha] of [
    ["base.sha", base.sha],
    ["head.sha", head.sha]
  ]) {
    if (!isSha(sha)) {
      throw new EventError(`the ${name} event payload at ${path} has a pull_request.${field} that is not a commit id (40 or 64 hex digits): ${JSON.stringify(sha).slice(0, 80)}`);
    }
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
function eventSubject(event) {
  if (event.kind === "pull-request") return "this pull request";
  return event.name === "merge_group" ? "this merge group" : "this push";
}
function describeEvent(event) {
  if (event.kind === "pull-request") return `pull request #${event.number} against ${event.baseSha.slice(0, 7)}`;
  if (event.name === "merge_group") return `merge group ${event.headSha.slice(0, 7)} against ${event.baseSha.slice(0, 7)}`;
  return `push ${event.baseSha.slice(0, 7)}..${event.headSha.slice(0, 7)}`;
}

// src/action/actionRules.ts
async function loadActionRules(inputs, workspace, event, base) {
  const lifecycle = resolveLifecycleOption(inputs.lifecycle, workspace);
  const rules = await loadRules({
    checkout: confinedTo(workspace, workspaceFiles(workspace)),
    base,
    configDir: workspace,
    config: inputs.config,
    defaultRoot: workspace,
    options: {
      preset: inputs.preset,
      recognisePreset: true,
      sigs: inputs.sigs === void 0 ? void 0 : resolve(workspace, inputs.sigs),
      root: inputs.root === void 0 ? void 0 : resolve(workspace, inputs.root),
      lifecycle,
      schema: inputs.schema === void 0 ? void 0 : resolve(workspace, inputs.schema),
      indexFile: inputs.index
    },
    baseline: inputs.baseline === null ? null : inputs.baseline === void 0 ? void 0 : resolve(workspace, inputs.baseline)
  });
  for (const line of presetNote(rules.settings)) info(line);
  if (event.kind !== "audit" && rules.proposed.files.length > 0) {
    notice(
      proposedRulesNote(
        eventSubject(event),
        rules.proposed.files.map((path) => relative(workspace, path)),
        rules.base
      )
    );
  }
  return { rules, lifecycle };
}

// src/action/baselineDecision.ts
function baselineFor(rules, run2) {
  if (run2.change && run2.base === void 0) {
    info("the baseline is not applied: without the base commit, it would be the one the changes bring");
    return void 0;
  }
  const baseline = rules.baseline();
  if (baseline) info("problems the baseline records are shown and not counted");
  return baseline;
}

// src/github/client.ts
var DEFAULT_CLIENT = { requestTimeoutMs: 3e4, retries: 3, maxRateLimitWaitS: 60 };
var NetworkError = class extends Error {
  request;
  status;
  constructor(message, request, retryable) {
    super(message);
    this.name = "NetworkError";
    this.request = request;
    if (retryable) this.status = 500;
  }
};
var PERMANENT = /^(ENOTFOUND|ECONNREFUSED|EAI_FAIL|EAI_NONAME|CERT_|ERR_TLS_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|ERR_INVALID_URL)/;
function networkCause(error2) {
  let current = error2;
  let found = { text: error2.message ?? String(error2) };
  for (let depth = 0; current && depth < 5; depth++, current = current.cause) {
    if (current.name === "TimeoutError") return { code: "TIMEOUT", text: "no answer in time" };
    if (typeof current.code === "string") found = { code: current.code, text: current.message ?? current.code };
    else if (current.message) found = { ...found, text: current.message };
  }
  return found;
}
function describeRequestFailure(error2) {
  if (error2 instanceof NetworkError) return error2.message;
  const failure = error2;
  if (failure?.response !== void 0 && failure.status !== void 0) return `GitHub answered ${failure.status} (${failure.message})`;
  return error2?.message ?? String(error2);
}
function logger(log) {
  const quiet = () => {
  };
  return { debug: quiet, info: quiet, warn: (message) => log(message), error: (message) => log(message) };
}
function attemptsPlugin(options, log) {
  return (octokit) => {
    octokit.hook.wrap("request", async (request, requestOptions) => {
      const what = `${requestOptions.method} ${octokit.request.endpoint.parse(requestOptions).url}`;
      requestOptions.request = { ...requestOptions.request, signal: AbortSignal.timeout(options.requestTimeoutMs), log: logger(log) };
      try {
        return await request(requestOptions);
      } catch (error2) {
        const failure = error2;
        if (failure.response !== void 0) {
          log(`GitHub answered ${failure.status} to ${what}`);
          throw error2;
        }
        const cause = networkCause(failure);
        const permanent = cause.code === void 0 || PERMANENT.test(cause.code);
        const message = cause.code === "TIMEOUT" ? `no answer from GitHub to ${what} within ${options.requestTimeoutMs / 1e3} s` : `could not reach GitHub for ${what}: network error ${cause.code ? `${cause.code} ` : ""}(${cause.text})`;
        const attempt = requestOptions.request?.retryCount ?? 0;
        const retries = requestOptions.request?.retries ?? options.retries;
        log(permanent ? message : attempt < retries ? `${message}; retrying` : `${message}; no attempt left (${attempt + 1} made)`);
        throw new NetworkError(message, requestOptions, !permanent);
      }
    });
  };
}
async function createClient(token, options = DEFAULT_CLIENT, log = () => {
}) {
  const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([import("./chunks/github-ISL2RNFL.js"), import("./chunks/dist-bundle-DMS2S4EX.js"), import("./chunks/dist-bundle-24LU2OSH.js")]);
  const rateLimited = (kind) => (retryAfter, request, _octokit, retryCount) => {
    const wait = retryCount < options.retries && retryAfter <= options.maxRateLimitWaitS;
    log(`GitHub's ${kind} limit stopped ${request.method} ${request.url}; ${wait ? `retrying in ${retryAfter} s` : `not waiting ${retryAfter} s for it`}`);
    return wait;
  };
  return getOctokit(
    token,
    {
      ...options.baseUrl === void 0 ? {} : { baseUrl: options.baseUrl },
      retry: { retries: options.retries },
      log: logger(log),
      throttle: { onRateLimit: rateLimited("rate"), onSecondaryRateLimit: rateLimited("secondary rate") }
    },
    // First is innermost: the timeout and the telling apart apply to each attempt the others make.
    attemptsPlugin(options, log),
    retry,
    throttling
  );
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
var UnexpectedAnswerError = class extends Error {
};
function isListedFile(value) {
  const file = value;
  return typeof file === "object" && file !== null && typeof file.filename === "string" && file.filename !== "" && typeof file.status === "string" && (file.previous_filename === void 0 || typeof file.previous_filename === "string") && (file.patch === void 0 || typeof file.patch === "string");
}
function filesOf(data, page) {
  if (!Array.isArray(data)) {
    throw new UnexpectedAnswerError(`GitHub's list of the pull request's files (page ${page}) is not a list: ${JSON.stringify(data)?.slice(0, 120) ?? typeof data}`);
  }
  const bad = data.findIndex((file) => !isListedFile(file));
  if (bad !== -1) throw new UnexpectedAnswerError(`GitHub's list of the pull request's files (page ${page}) has an entry without filename and status: ${JSON.stringify(data[bad])?.slice(0, 120)}`);
  for (const file of data) {
    if (!(file.status in KINDS)) throw new UnexpectedAnswerError(`GitHub's list of the pull request's files (page ${page}) has an unknown status "${file.status.slice(0, 40)}" for ${file.filename}`);
  }
  return data;
}
async function listPullRequestFiles(client, owner, repo, pullNumber) {
  const changes = [];
  const patches = /* @__PURE__ */ new Map();
  let listed = 0;
  for (let page = 1; listed < LIST_FILES_LIMIT; page++) {
    const { data } = await client.rest.pulls.listFiles({ owner, repo, pull_number: pullNumber, per_page: 100, page });
    const files = filesOf(data, page);
    for (const file of files) {
      const kind = KINDS[file.status];
      if (kind === void 0) continue;
      patches.set(file.filename, file.patch ?? (file.changes === 0 ? "" : void 0));
      changes.push(file.previous_filename ? { kind, path: file.filename, previousPath: file.previous_filename } : { kind, path: file.filename });
    }
    listed += files.length;
    if (files.length < 100) return { changes, listed, truncated: false, patches };
  }
  return { changes, listed, truncated: true, patches };
}

// src/github/listOpenPullRequests.ts
var MAX_PAGES = 100;
async function listOpenPullRequests(client, owner, repo) {
  const open = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const { data } = await client.rest.pulls.list({ owner, repo, state: "open", per_page: 100, page });
    if (!Array.isArray(data)) throw new UnexpectedAnswerError(`GitHub's list of open pull requests (page ${page}) is not a list: ${JSON.stringify(data)?.slice(0, 120) ?? typeof data}`);
    for (const pull of data) {
      const { number, title } = pull ?? {};
      if (typeof number !== "number" || !Number.isInteger(number) || typeof title !== "string") {
        throw new UnexpectedAnswerError(`GitHub's list of open pull requests (page ${page}) has an entry without number and title: ${JSON.stringify(pull)?.slice(0, 120)}`);
      }
      open.push({ number, title });
    }
    if (data.length < 100) break;
  }
  return open;
}

// src/action/openPullRequests.ts
async function openPullRequestsFor(settings, event, token) {
  if (!settings.numbersFromOpenPullRequests || event.kind !== "pull-request") return void 0;
  if (!token) {
    info("no token: the numbers that open pull requests claim by their titles are not known, and a new number is checked against the files alone");
    return void 0;
  }
  try {
    const client = await createClient(token, void 0, info);
    const open = await listOpenPullRequests(client, event.owner, event.repo);
    info(`listed ${open.length} open pull requests for the numbers their titles claim`);
    return open.filter((pull) => pull.number !== event.number);
  } catch (error2) {
    warning(`kep-validator could not list the open pull requests (${describeRequestFailure(error2)}); a new number is checked against the files alone`);
    return void 0;
  }
}

// src/action/pullRequestChanges.ts
import { relative as relative2, sep } from "node:path";

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
  } catch (error2) {
    return new Error(`${describeRequestFailure(error2)} for ${path} at ${ref.slice(0, 12)}`);
  }
}

// src/tree/commitInWorkspaceTree.ts
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
      const differing = new Set(git(root, ["diff", "--name-only", "-z", "--no-renames", "--no-ext-diff", "--relative", "--end-of-options", this.commit.commit, "--"]).split("\0"));
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
      const entry = entryAt(this.workspace.root, path);
      return entry?.kind === "file" && entry.size === this.commit.sizeOf(path);
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

// src/action/pullRequestChanges.ts
function changedLinesOf(changes, paths, diff) {
  const byPath = new Map(changes.map((change) => [change.path, change]));
  const wanted = [...new Set(paths)].filter((path) => byPath.has(path));
  const lines = /* @__PURE__ */ new Map();
  const edited = wanted.filter((path) => byPath.get(path).kind !== "deleted");
  const found = edited.length === 0 ? /* @__PURE__ */ new Map() : diff(
    edited,
    edited.map((path) => byPath.get(path).previousPath).filter((path) => path !== void 0)
  );
  for (const path of wanted) lines.set(path, byPath.get(path).kind === "deleted" ? "all" : found.get(path) ?? /* @__PURE__ */ new Set());
  return lines;
}
function hasCommit(cwd, sha) {
  try {
    git(cwd, ["cat-file", "-e", "--end-of-options", `${sha}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}
function tryMergeBase(cwd, base, head) {
  try {
    return git(cwd, ["merge-base", "--end-of-options", base, head]).trim();
  } catch {
    return void 0;
  }
}
function gitMergeBase(cwd, event, log) {
  const wanted = [event.baseSha, event.headSha];
  if (!wanted.every((sha) => hasCommit(cwd, sha))) {
    log(`fetching the base and head commits (${wanted.map((sha) => sha.slice(0, 7)).join(", ")})`);
    git(cwd, ["fetch", "--no-tags", "--no-recurse-submodules", "--depth=1", "--end-of-options", "origin", ...wanted]);
  }
  let found = tryMergeBase(cwd, event.baseSha, event.headSha);
  for (const depth of [32, 256, 2048]) {
    if (found !== void 0) return found;
    log(`no merge base in the fetched history; fetching ${depth} commits of each side`);
    git(cwd, ["fetch", "--no-tags", "--no-recurse-submodules", `--depth=${depth}`, "--end-of-options", "origin", ...wanted]);
    found = tryMergeBase(cwd, event.baseSha, event.headSha);
  }
  if (found === void 0 && git(cwd, ["rev-parse", "--is-shallow-repository"]).trim() === "true") {
    log("no merge base yet; fetching the whole history");
    git(cwd, ["fetch", "--no-tags", "--no-recurse-submodules", "--unshallow", "--end-of-options", "origin", ...wanted]);
    found = tryMergeBase(cwd, event.baseSha, event.headSha);
  }
  if (found === void 0) throw new GitError(`base ${event.baseSha} and head ${event.headSha} have no common ancestor`);
  return found;
}
function fromGit(settings, event, log) {
  const base = gitMergeBase(settings.root, event, log);
  const prefix = repositoryPrefix(settings.root);
  const changes = gitChanges(settings.root, base, event.headSha);
  return {
    changes,
    changedLines: (paths) => changedLinesOf(changes, paths, (edited, previous) => gitChangedLines(settings.root, base, event.headSha, edited, previous)),
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
  if (event.changedFiles !== void 0 && listed.listed !== event.changedFiles) {
    throw new Error(`GitHub listed ${listed.listed} changed files, but the event says the pull request changes ${event.changedFiles}; re-run the job, or check out with actions/checkout and fetch-depth: 0`);
  }
  const prefix = relative2(workspace, settings.root).split(sep).join("/");
  const underRoot = (path) => prefix === "" ? path : path.startsWith(`${prefix}/`) ? path.slice(prefix.length + 1) : void 0;
  const isKep = isKepPath(settings.layout);
  const changes = [];
  const patches = /* @__PURE__ */ new Map();
  for (const change of listed.changes) {
    const path = underRoot(change.path);
    if (path !== void 0) patches.set(path, listed.patches.get(change.path));
    const previousPath = change.previousPath === void 0 ? void 0 : underRoot(change.previousPath);
    if (path === void 0 && previousPath === void 0) continue;
    if (path === void 0) changes.push({ kind: "deleted", path: previousPath });
    else if (change.previousPath !== void 0 && previousPath === void 0) changes.push({ kind: "added", path });
    else changes.push(previousPath === void 0 ? { kind: change.kind, path } : { kind: change.kind, path, previousPath });
  }
  const relevant = changes.filter((c) => isKep(c.path) || c.previousPath !== void 0 && isKep(c.previousPath));
  const fetch = async (path, sha) => [path, await getFileAtRef(client, event.owner, event.repo, prefix ? `${prefix}/${path}` : path, sha)];
  const readmes = readmeFilesOfChanges(settings, changes);
  const basePaths = [...relevant.map(basePath).filter((p) => p !== void 0), ...readmes.base];
  const indexChange = changes.filter((c) => c.path === settings.indexFile && c.kind !== "deleted").map((c) => c.path);
  const headPaths = [...relevant.map((c) => headPath(c)).filter((p) => p !== void 0 && isKep(p)), ...indexChange, ...readmes.head];
  const baseFiles = new Map(await mapLimit(basePaths, 8, (path) => fetch(path, event.baseSha)));
  const headFiles = new Map(await mapLimit(headPaths, 8, (path) => fetch(path, event.headSha)));
  const removed = new Set(relevant.flatMap((c) => c.kind === "deleted" ? [c.path] : c.kind === "renamed" ? [c.previousPath] : []));
  const fromPatches = (edited) => new Map(edited.map((path) => [path, patches.get(path) === void 0 ? "all" : headLinesOf(patches.get(path))]));
  return {
    changes,
    changedLines: (paths) => changedLinesOf(changes, paths, fromPatches),
    head: new OverlayTree(`head ${event.headSha.slice(0, 12)}`, headFiles, { under: new FileSystemTree(settings.root), removed }),
    base: new OverlayTree(`base ${event.baseSha.slice(0, 12)}`, baseFiles),
    via: "api"
  };
}
async function collectPullRequest(settings, repositoryRoot, event, token, log) {
  let gitProblem;
  try {
    return fromGit(settings, event, log);
  } catch (error2) {
    gitProblem = error2.message;
  }
  if (event.kind !== "pull-request") {
    throw new Error(`git could not provide the changes of the ${event.name} (${gitProblem}); check out with actions/checkout (fetch-depth: 0 if the commits are not reachable)`);
  }
  if (!token) {
    throw new Error(`git could not provide the pull request's changes (${gitProblem}), and there is no token for the GitHub API; check out with actions/checkout, or pass a token`);
  }
  log(`git could not provide the pull request's changes (${gitProblem}); using the GitHub API`);
  return fromApi(settings, repositoryRoot, event, token, log);
}

// src/action/repositoryPaths.ts
import { dirname, posix, relative as relative3, sep as sep2 } from "node:path";
var toPosix = (path) => path.split(sep2).join("/");
function pathInRepository(file, workspace) {
  const top = workTreeRoot(dirname(file));
  return toPosix(top === void 0 ? relative3(workspace, file) : relative3(top, realPath(file)));
}
function repositoryPaths(root, workspace) {
  const top = workTreeRoot(root);
  const rootInRepository = toPosix(top === void 0 ? relative3(workspace, root) : relative3(top, realPath(root)));
  return { repositoryRoot: top ?? workspace, displayPath: (file) => rootInRepository === "" ? file : posix.join(rootInRepository, file) };
}

// src/action/rulesBase.ts
import { dirname as dirname2, resolve as resolve2 } from "node:path";
function rulesBase(inputs, workspace, event) {
  if (event.kind === "audit") return void 0;
  const top = changeRepository([inputs.root, inputs.config === void 0 ? void 0 : dirname2(inputs.config), "."].map((path) => path === void 0 ? void 0 : resolve2(workspace, path)));
  if (top === void 0) {
    warning(`kep-validator reads the rules from the checkout: without git, the base commit of the changes cannot be read; a ${event.name} that changes the configuration is judged by it`);
    return void 0;
  }
  try {
    return { top, commit: gitMergeBase(top, event, info) };
  } catch (error2) {
    if (event.kind === "push") info(`the rules are the checkout's: the base commit is not available (${error2.message})`);
    else warning(`kep-validator reads the rules from the checkout: the base commit is not available (${error2.message})`);
    return void 0;
  }
}

// src/action/checkEvent.ts
async function checkEvent(inputs, event, workspace) {
  const base = rulesBase(inputs, workspace, event);
  const { rules, lifecycle } = await loadActionRules(inputs, workspace, event, base);
  const { config, settings } = rules;
  const { repositoryRoot, displayPath } = repositoryPaths(settings.root, workspace);
  const checked = (result2) => ({ inputs, event, result: result2, settings, repositoryRoot, displayPath });
  const indexCommand = indexFixCommand(settings, { from: repositoryRoot, config, lifecycle });
  const audit = async () => {
    info(`${event.name}: checking every KEP under ${JSON.stringify(displayPath("").replace(/\/$/, "") || ".")}`);
    const baseline2 = baselineFor(rules, { change: false, base });
    return checked(await validate(settings, { head: new FileSystemTree(settings.root), baseline: baseline2, log: info, indexFixCommand: indexCommand, surroundings: () => repositoryAround(settings.root) }));
  };
  if (event.kind === "audit") return audit();
  info(`${describeEvent(event)}: checking the KEPs it changes${inputs.onlyNew ? "; only the problems it brings count" : ""}`);
  let sources;
  try {
    sources = await collectPullRequest(settings, repositoryRoot, event, inputs.token, info);
  } catch (error2) {
    if (event.kind !== "push") throw error2;
    warning(`kep-validator could not compare the ${event.name} with ${event.baseSha.slice(0, 7)} (${error2.message}); checking every KEP instead`);
    return audit();
  }
  info(`read the changes with ${sources.via}: ${sources.changes.length} files changed`);
  const baseline = inputs.onlyNew ? void 0 : baselineFor(rules, { change: true, base });
  const openPullRequests = await openPullRequestsFor(settings, event, inputs.token);
  const result = await validate(settings, {
    head: sources.head,
    changes: { base: sources.base, files: sources.changes },
    onlyNew: inputs.onlyNew,
    baseline,
    proposedRules: rules.proposed.problems,
    indexFixCommand: indexCommand,
    surroundings: () => repositoryAround(settings.root),
    openPullRequests
  });
  return { ...checked(result), changes: { subject: eventSubject(event), changedLines: sources.changedLines } };
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
  const checkRun = { true: "always", false: "never" }[optional("check-run")?.toLowerCase() ?? ""] ?? optional("check-run") ?? "auto";
  if (checkRun !== "auto" && checkRun !== "always" && checkRun !== "never") {
    throw new Error(`input check-run must be auto, always (or true) or never (or false), not "${checkRun}"`);
  }
  const preexisting = optional("preexisting") ?? "annotations";
  if (preexisting !== "annotations" && preexisting !== "summary" && preexisting !== "none") {
    throw new Error(`input preexisting must be annotations, summary or none, not "${preexisting}"`);
  }
  return {
    checkRun,
    preexisting,
    checkName: optional("check-name") ?? "KEP metadata",
    metrics: booleanInput("metrics"),
    onlyNew: booleanInput("only-new", true),
    baseline: optional("baseline") === "none" ? null : optional("baseline"),
    suggestions: booleanInput("suggestions"),
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

// src/github/createCheckRun.ts
var ANNOTATIONS_PER_REQUEST = 50;
async function createCheckRun(client, request, describe = (error2) => error2.message) {
  const batches = [];
  for (let i = 0; i < request.annotations.length; i += ANNOTATIONS_PER_REQUEST) {
    batches.push(request.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  }
  if (batches.length === 0) batches.push([]);
  const output = (annotations, summary2 = request.summary) => ({ title: request.title, summary: summary2, annotations });
  const last = batches.length - 1;
  const completed = () => ({ status: "completed", conclusion: request.conclusion, completed_at: (/* @__PURE__ */ new Date()).toISOString() });
  const { data } = await client.rest.checks.create({
    owner: request.owner,
    repo: request.repo,
    name: request.name,
    head_sha: request.headSha,
    ...last === 0 ? completed() : { status: "in_progress" },
    output: output(batches[0])
  });
  const created = data;
  if (typeof created?.id !== "number") throw new Error(`GitHub's answer to creating the check run has no id: ${JSON.stringify(data)?.slice(0, 200)}`);
  const url = typeof created.html_url === "string" ? created.html_url : "";
  const update = (fields) => client.rest.checks.update({ owner: request.owner, repo: request.repo, check_run_id: created.id, ...fields });
  let annotated = batches[0].length;
  for (let i = 1; i <= last; i++) {
    try {
      await update({ ...i === last ? completed() : {}, output: output(batches[i]) });
      annotated += batches[i].length;
    } catch (error2) {
      const missing = request.annotations.length - annotated;
      const total = request.annotations.length;
      const why = describe(error2);
      const problem = `${missing} of ${total} annotations could not be added: ${why}`;
      try {
        await update({ ...completed(), output: output([], gfm`${request.summary}\n\n${missing} of ${total} annotations could not be added: ${code(why)}. The job summary lists every problem.`) });
      } catch (completion) {
        return { url, annotated, problem, notCompleted: describe(completion) };
      }
      return { url, annotated, problem };
    }
  }
  return { url, annotated };
}

// src/format/ruleLinks.ts
var PROJECT_REPOSITORY = "kep-validator/kep-validator";
function docsLocation(env = process.env) {
  const repository = env.GITHUB_ACTION_REPOSITORY?.trim();
  const ref = env.GITHUB_ACTION_REF?.trim();
  const server = (env.GITHUB_SERVER_URL?.trim() || "https://github.com").replace(/\/+$/, "");
  if (repository && /^[\w.-]+\/[\w.-]+$/.test(repository)) return { server, repository, ref: ref || "main" };
  return { server: "https://github.com", repository: PROJECT_REPOSITORY, ref: "main" };
}
function ruleOf(id) {
  if (RULES.has(id)) return id;
  const base = id.slice(0, id.indexOf("/"));
  return id.includes("/") && RULES.get(base)?.meta.topics ? base : void 0;
}
function ruleUrl(id, location) {
  const rule = ruleOf(id);
  if (rule === void 0) return void 0;
  const [path, anchor] = RULES.get(rule).meta.docs.split("#");
  return `${location.server}/${location.repository}/blob/${location.ref.split("/").map(encodeURIComponent).join("/")}/${path}#${anchor}`;
}

// src/action/jobSummary.ts
async function writeSummary(markdown) {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  try {
    await summary.addRaw(markdown).write();
  } catch (error2) {
    warning(`kep-validator could not write the job summary: ${error2.message}`);
  }
}

// src/action/publish.ts
var STEP_ANNOTATION_LIMIT = 10;
function toCheckAnnotation(annotation) {
  const carried = {
    path: annotation.file,
    start_line: annotation.startLine,
    end_line: annotation.endLine,
    annotation_level: annotation.level === "error" ? "failure" : annotation.level,
    message: annotation.message.slice(0, 64 * 1024),
    title: annotation.title
  };
  if (annotation.startColumn !== void 0) {
    carried.start_column = annotation.startColumn;
    carried.end_column = annotation.endColumn;
  }
  return carried;
}
function wantsCheckRun(inputs, { errors, warnings }) {
  if (inputs.checkRun === "never") return false;
  if (inputs.checkRun === "always") return true;
  return errors > STEP_ANNOTATION_LIMIT || warnings > STEP_ANNOTATION_LIMIT;
}
async function publishCheckRun(context, report, failing, annotations) {
  const { inputs } = context;
  const missing = !inputs.token ? "no token" : !context.owner || !context.repo ? "no repository in the environment (GITHUB_REPOSITORY)" : !context.sha ? "no commit in the environment (GITHUB_SHA)" : void 0;
  if (missing) {
    warning(`kep-validator could not create the "${inputs.checkName}" check run (${missing}); the step shows the first ${STEP_ANNOTATION_LIMIT} errors and warnings, the job summary has them all`);
    return void 0;
  }
  const { errors, warnings, preexisting } = report.counts;
  const notices = annotations.filter((annotation) => annotation.level === "notice").length;
  const before = preexisting === 0 ? gfm`` : notices > 0 ? gfm`; ${text(plural(preexisting, "problem"))} from before, not counted (${notices} shown as notices on the lines the changes show)` : gfm`; ${text(plural(preexisting, "problem"))} from before, not counted (${inputs.preexisting === "none" ? gfm`not listed: \`preexisting: none\`` : gfm`in the job summary`})`;
  let created;
  try {
    const client = await createClient(inputs.token, void 0, info);
    created = await createCheckRun(
      client,
      {
        owner: context.owner,
        repo: context.repo,
        name: inputs.checkName,
        headSha: context.sha,
        conclusion: failing ? "failure" : errors + warnings > 0 ? "neutral" : "success",
        title: summaryLine(report).replace(/^[✓✗] /, ""),
        summary: gfm`KEP metadata of ${text(context.scope)}: ${errors} errors, ${warnings} warnings${before}.`,
        annotations: annotations.map(toCheckAnnotation)
      },
      describeRequestFailure
    );
  } catch (error2) {
    const status = error2.response !== void 0 ? error2.status : void 0;
    const why = status === 403 ? 'the token may not write checks (a pull request from a fork gets a read-only token; add "permissions: checks: write" otherwise)' : describeRequestFailure(error2);
    warning(`kep-validator could not create the "${inputs.checkName}" check run: ${why}. The step shows the first ${STEP_ANNOTATION_LIMIT} errors and warnings; every problem is in the job summary.`);
    return void 0;
  }
  if (created.notCompleted !== void 0) {
    fail(
      `kep-validator created the "${inputs.checkName}" check run ${created.url}, but could not complete it: ${created.problem}, and completing it failed: ${created.notCompleted}. It stays in progress, without a conclusion; this step fails in its place. The step shows the first ${STEP_ANNOTATION_LIMIT} errors and warnings; every problem is in the job summary.`
    );
    return { url: created.url, complete: false };
  }
  if (created.problem) warning(`kep-validator completed the "${inputs.checkName}" check run, but ${created.problem}; the step shows the first ${STEP_ANNOTATION_LIMIT} errors and warnings as well`);
  return { url: created.url, complete: created.problem === void 0 };
}
function writeOutputs(outputs) {
  try {
    for (const [name, value] of Object.entries(outputs)) setOutput(name, value);
  } catch (error2) {
    warning(`kep-validator could not write the step outputs (GITHUB_OUTPUT): ${error2.message}`);
  }
}
async function publish(context, result) {
  const { inputs, displayPath } = context;
  const report = checkReport(result);
  const { errors, warnings, preexisting } = report.counts;
  const failing = inputs.failOn === "never" ? false : inputs.failOn === "warning" ? errors + warnings > 0 : errors > 0;
  const diff = diffContext(context, result);
  const shown = { displayPath, diff, preexisting: inputs.preexisting, scope: context.scope, failOn: inputs.failOn };
  const annotations = FORMATTERS.github(report, shown);
  const checkRun = wantsCheckRun(inputs, report.counts) ? await publishCheckRun(context, report, failing, annotations) : void 0;
  if (!checkRun?.complete) writeAnnotations(annotations);
  else info(`${annotations.length} annotations are in the check run ${checkRun.url}`);
  const unannotated = preexisting - annotations.filter((annotation) => annotation.level === "notice").length;
  if (unannotated > 0) info(`${plural(unannotated, "problem")} from before ${unannotated === 1 ? "is" : "are"} not annotated (${whereFromBefore(inputs.preexisting, diff !== void 0)})`);
  info(summaryLine(report));
  const server = process.env.GITHUB_SERVER_URL ?? "https://github.com";
  const deleted = new Set((result.keps ?? []).filter((kep) => kep.kind === "deleted").map((kep) => displayPath(kep.file)));
  const blob = (path) => deleted.has(path) && context.baseSha ? context.baseSha : context.sha;
  const lineUrl = context.owner && context.repo && context.sha ? (path, line) => `${server}/${context.owner}/${context.repo}/blob/${blob(path)}/${path.split("/").map(encodeURIComponent).join("/")}#L${line}` : void 0;
  const docs = docsLocation();
  await writeSummary(FORMATTERS.summary(report, { ...shown, lineUrl, ruleUrl: (rule) => ruleUrl(rule, docs), checkRunUrl: checkRun?.complete ? checkRun.url : void 0 }));
  const changedKeps = (result.keps ?? []).map((kep) => ({ ...kep, file: displayPath(kep.file), ...kep.previousFile === void 0 ? {} : { previousFile: displayPath(kep.previousFile) } }));
  writeOutputs({ errors, warnings, preexisting, "changed-keps": JSON.stringify(changedKeps), "index-state": result.index?.state ?? "off", "check-run-url": checkRun?.url ?? "" });
  return failing;
}
function diffContext(context, result) {
  if (!context.changes || !result.keps) return void 0;
  const moved = new Map(result.keps.flatMap((kep) => kep.previousFile === void 0 ? [] : [[kep.file, kep.previousFile]]));
  return {
    subject: context.changes.subject,
    lines: context.changes.changedLines([...new Set(result.diagnostics.map((d) => d.file))]),
    onlyNew: context.inputs.onlyNew,
    checkedWith: result.checkedWith,
    indexFile: result.index?.file,
    moved
  };
}
function whereFromBefore(shown, onChanges) {
  if (shown === "none") return "preexisting: none; they are counted in the outputs";
  if (shown === "summary") return "preexisting: summary; the job summary lists them";
  return onChanges ? "not on a line the changes show; the job summary lists them" : "a full audit changes no line; the job summary lists them";
}

// src/git/fullHistory.ts
function fetchFullHistory(cwd, log) {
  let shallow;
  try {
    shallow = git(cwd, ["rev-parse", "--is-shallow-repository"]).trim() === "true";
  } catch (error2) {
    return error2.message;
  }
  if (!shallow) return void 0;
  log("the checkout is shallow; fetching the whole history");
  try {
    git(cwd, ["fetch", "--no-tags", "--no-recurse-submodules", "--unshallow", "origin"]);
    return void 0;
  } catch (error2) {
    return `the checkout is shallow and the rest of its history could not be fetched (${error2.message})`;
  }
}

// src/action/publishMetrics.ts
function wantsMetrics(inputs, event) {
  return inputs.metrics && event.kind !== "pull-request" && event.toDefaultBranch;
}
async function publishMetrics(settings, result) {
  try {
    const problem = fetchFullHistory(settings.root, info);
    if (problem !== void 0) {
      warning(`kep-validator did not compute the KEP metrics: ${problem}. Check out with actions/checkout and fetch-depth: 0.`);
      await writeSummary(gfm`## KEP metrics\n\nNot computed: ${code(problem)}. Check out with \`fetch-depth: 0\`.\n`);
      return;
    }
    const metrics = computeMetrics(result.repository.documents, await readHistory(settings), settings.lifecycle);
    await writeSummary(renderMetrics(metrics));
  } catch (error2) {
    warning(`kep-validator could not compute the KEP metrics: ${error2.message}`);
  }
}

// src/github/createReview.ts
async function createReview(client, request) {
  const { data } = await client.rest.pulls.createReview({
    owner: request.owner,
    repo: request.repo,
    pull_number: request.pullNumber,
    commit_id: request.commitId,
    event: "COMMENT",
    body: request.body,
    comments: request.comments.map((comment) => ({
      path: comment.path,
      line: comment.line,
      side: "RIGHT",
      ...comment.startLine !== void 0 && comment.startLine !== comment.line ? { start_line: comment.startLine, start_side: "RIGHT" } : {},
      body: comment.body
    }))
  });
  return data.html_url;
}

// src/github/deleteReviewComment.ts
async function deleteReviewComment(client, owner, repo, commentId) {
  await client.rest.pulls.deleteReviewComment({ owner, repo, comment_id: commentId });
}

// src/github/listDiffLines.ts
async function listDiffLines(client, owner, repo, pullNumber) {
  const lines = /* @__PURE__ */ new Map();
  let listed = 0;
  for (let page = 1; listed < LIST_FILES_LIMIT; page++) {
    const { data } = await client.rest.pulls.listFiles({ owner, repo, pull_number: pullNumber, per_page: 100, page });
    for (const file of data) if (file.patch) lines.set(file.filename, headLinesOf(file.patch));
    listed += data.length;
    if (data.length < 100) break;
  }
  return lines;
}

// src/github/listReviewComments.ts
async function listReviewComments(client, owner, repo, pullNumber) {
  const comments = [];
  for (let page = 1; ; page++) {
    const { data } = await client.rest.pulls.listReviewComments({ owner, repo, pull_number: pullNumber, per_page: 100, page });
    for (const comment of data) comments.push({ id: comment.id, path: comment.path, line: comment.line ?? null, startLine: comment.start_line ?? null, body: comment.body });
    if (data.length < 100) return comments;
  }
}

// src/github/listReviews.ts
async function listReviews(client, owner, repo, pullNumber) {
  const reviews = [];
  for (let page = 1; ; page++) {
    const { data } = await client.rest.pulls.listReviews({ owner, repo, pull_number: pullNumber, per_page: 100, page });
    for (const review of data) reviews.push({ id: review.id, body: review.body ?? "" });
    if (data.length < 100) return reviews;
  }
}

// src/github/updateReview.ts
async function updateReview(client, owner, repo, pullNumber, reviewId, body) {
  await client.rest.pulls.updateReview({ owner, repo, pull_number: pullNumber, review_id: reviewId, body });
}

// src/action/reviewComment.ts
var REVIEW_MARKER = gfm`<!-- kep-validator -->`;
function reviewCommentBody(change) {
  const problems = change.diagnostics.map((d) => gfm`**${code(d.rule)}** (${d.severity === "error" ? gfm`error` : gfm`warning`}): ${code(d.message)}`);
  return joinMarkdown([REVIEW_MARKER, ...problems, gfm``, codeBlock(change.replacement, "suggestion")], gfm`\n`);
}

// src/action/publishSuggestions.ts
var OUTDATED = gfm`Outdated: kep-validator checked a later commit.`;
function sameComment(existing, wanted) {
  return existing.path === wanted.path && existing.line === wanted.line && (existing.startLine ?? existing.line) === (wanted.startLine ?? wanted.line) && existing.body === wanted.body;
}
async function wantedComments(context, diagnostics, diffLines) {
  const wanted = [];
  let elsewhere = 0;
  for (const change of fixesAsLineChanges(diagnostics, context.readText)) {
    const path = context.displayPath(change.file);
    const lines = diffLines.get(path);
    let inDiff = lines !== void 0;
    for (let line = change.startLine; inDiff && line <= change.endLine; line++) inDiff = lines.has(line);
    if (!inDiff) {
      elsewhere++;
      continue;
    }
    wanted.push({ path, line: change.endLine, ...change.startLine !== change.endLine ? { startLine: change.startLine } : {}, body: reviewCommentBody(change) });
  }
  return { wanted, elsewhere };
}
async function publishSuggestions(context, diagnostics) {
  const { token, owner, repo, pullNumber } = context;
  if (!token || !owner || !repo) {
    info("kep-validator posts no suggested changes: there is no token or no repository in the environment");
    return;
  }
  try {
    const client = await createClient(token, void 0, info);
    const { wanted, elsewhere } = await wantedComments(context, diagnostics, await listDiffLines(client, owner, repo, pullNumber));
    if (elsewhere > 0) info(`${plural(elsewhere, "suggested change")} left out: on lines this pull request does not change, where GitHub takes no review comment (kep-validator check --fix applies them)`);
    const earlier = (await listReviewComments(client, owner, repo, pullNumber)).filter((comment) => comment.body.startsWith(REVIEW_MARKER));
    const current = earlier.filter((comment) => comment.line !== null);
    if (current.length === earlier.length && current.length === wanted.length && wanted.every((comment) => current.some((existing) => sameComment(existing, comment)))) {
      info(wanted.length === 0 ? "kep-validator has no suggested changes" : `kep-validator's review has these suggested changes already (${plural(wanted.length, "comment")}); nothing posted`);
      return;
    }
    for (const comment of earlier) await deleteReviewComment(client, owner, repo, comment.id);
    const reviews = (await listReviews(client, owner, repo, pullNumber)).filter((review) => review.body.startsWith(REVIEW_MARKER) && !review.body.includes(OUTDATED));
    for (const review of reviews) await updateReview(client, owner, repo, pullNumber, review.id, gfm`${REVIEW_MARKER}\n${OUTDATED}`);
    if (wanted.length === 0) {
      info(`kep-validator deleted its ${plural(earlier.length, "earlier suggestion")}: none applies any more`);
      return;
    }
    const url = await createReview(client, {
      owner,
      repo,
      pullNumber,
      commitId: context.headSha,
      body: gfm`${REVIEW_MARKER}\nkep-validator suggests ${text(plural(wanted.length, "change"))} that fix problems of the KEP metadata: commit each with one click, or run \`kep-validator check --fix\`.`,
      comments: wanted
    });
    info(`kep-validator posted ${plural(wanted.length, "suggested change")} in the review ${url}${earlier.length > 0 ? `, replacing ${plural(earlier.length, "earlier one")}` : ""}`);
  } catch (error2) {
    const status = error2.status;
    if (status === 403) {
      info('kep-validator posts no suggested changes: the token may not write pull requests (a pull request from a fork gets a read-only token; add "permissions: pull-requests: write" otherwise)');
      return;
    }
    warning(`kep-validator could not post its suggested changes: ${error2.message}`);
  }
}
async function suggestForEvent(inputs, event, result, displayPath) {
  if (!inputs.suggestions) return;
  if (event.kind !== "pull-request") {
    info(`kep-validator suggests changes in pull requests only; this is a ${event.name}`);
    return;
  }
  const readText = (file) => {
    const content = result.repository.tree.readFiles([file]).get(file);
    return Buffer.isBuffer(content) ? content.toString("utf8") : void 0;
  };
  await publishSuggestions({ token: inputs.token, owner: event.owner, repo: event.repo, pullNumber: event.number, headSha: event.headSha, displayPath, readText }, result.diagnostics);
}

// src/action/reportFailure.ts
import { resolve as resolve3 } from "node:path";
async function reportFailure(error2, workspace) {
  if (error2 instanceof LoadError) {
    for (const found of error2.problems) {
      error(workspaceRelative(found.message, workspace), {
        title: found.rule,
        file: pathInRepository(resolve3(workspace, found.file), workspace),
        startLine: found.span.line,
        endLine: found.span.endLine,
        ...found.span.line === found.span.endLine ? { startColumn: found.span.column, endColumn: inclusiveEndColumn(found.span) } : {}
      });
    }
  }
  const message = workspaceRelative(error2.message, workspace);
  writeOutputs({ errors: 1, warnings: 0, preexisting: 0, "changed-keps": "[]", "index-state": "unchecked", "check-run-url": "" });
  await writeSummary(gfm`## KEP metadata: ❌ could not check the KEPs\n\n${codeBlock(message, "text")}\n`);
  fail(`kep-validator could not check the KEPs: ${message}`);
}

// src/main.ts
async function run() {
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  let checked;
  try {
    checked = await checkEvent(readInputs(), readEvent(), workspace);
  } catch (error2) {
    await reportFailure(error2, workspace);
    return;
  }
  const { result, settings, displayPath, event, inputs } = checked;
  let failing;
  try {
    failing = await publish(
      {
        inputs,
        owner: event.owner,
        repo: event.repo,
        sha: event.kind === "audit" ? event.sha : event.headSha,
        baseSha: event.kind === "audit" ? void 0 : event.baseSha,
        scope: event.kind === "audit" || !result.keps ? `full audit on ${event.name}` : describeEvent(event),
        displayPath,
        changes: checked.changes
      },
      result
    );
    await suggestForEvent(inputs, event, result, displayPath);
  } catch (error2) {
    fail(`kep-validator checked the KEPs but could not report the result: ${error2.message}`);
    return;
  }
  if (wantsMetrics(inputs, event)) await publishMetrics(settings, result);
  if (failing) fail("KEP metadata has problems; see the annotations and the job summary");
}

// src/index.ts
await run();
