#!/usr/bin/env node
import { createRequire as __kepCreateRequire } from 'node:module';
const require = __kepCreateRequire(import.meta.url);
import {
  AuthorError
} from "./chunks/chunk-DCDJXFAV.js";
import {
  PREEXISTING_NOTE,
  checkReport,
  formatText,
  logLines,
  plural,
  printable,
  sumCounts,
  summaryLine
} from "./chunks/chunk-42AVOOTP.js";
import {
  severityPolicyOf
} from "./chunks/chunk-VYVNCYMW.js";
import {
  setIfPresent
} from "./chunks/chunk-FFQ6MDVB.js";
import {
  FileSystemTree,
  LoadError,
  MAX_FILE_BYTES,
  NotRegularFileError,
  documentFromTransfer,
  entryAt,
  listFolder,
  makeFolders,
  moveRegularFile,
  readDocuments,
  readRegularFile,
  writeRegularFile
} from "./chunks/chunk-ZEWEVCHK.js";
import {
  readKep
} from "./chunks/chunk-FQFJMZVD.js";
import {
  DEFAULT_PRESET,
  PRESETS,
  PRESET_NAMES,
  READ_PROBLEMS,
  RULES,
  allowedNext,
  besidePath,
  builtinLifecycle,
  builtinLifecycles,
  checkToc,
  findMarkers,
  folderOf,
  handleAtMessage,
  isGraveReadProblem,
  isShippedLifecycle,
  presetNamed,
  presets,
  schemaReports,
  statusFolderOf
} from "./chunks/chunk-FB3JDNN4.js";
import {
  slugOf
} from "./chunks/chunk-OGSLBZ3D.js";
import {
  GITHUB_HANDLE,
  MAX_METADATA_BYTES,
  MetadataEditError,
  asWritten,
  canonicalData,
  canonicalScalar,
  didYouMean,
  excerpt,
  loadMarkdownParser,
  markdownParser,
  pathOfKey,
  readYamlFile,
  replaceScalar,
  spanAt,
  splitLines
} from "./chunks/chunk-UP4ZCPWE.js";
import {
  FILE_START,
  assignedNumber,
  compareDiagnostics,
  draftNumber,
  fieldsIn,
  fieldsOf,
  fixOf,
  isKepPath,
  matcher,
  numberInPath,
  problem,
  selectKepFiles,
  stringField
} from "./chunks/chunk-P75TJVBV.js";
import {
  __glob
} from "./chunks/chunk-VKILGAQT.js";

// src/cli/run.ts
import { dirname as dirname8, resolve as resolve11 } from "node:path";
import { parseArgs } from "node:util";

// src/files/files.ts
import { realpathSync, statSync } from "node:fs";
import { basename, dirname as dirname2, isAbsolute, join as join2, resolve as resolve2 } from "node:path";

// src/core/paths.ts
import { relative, resolve, sep } from "node:path";
function pathInside(dir, path) {
  const rel = relative(dir, resolve(path));
  if (rel === ".." || rel.startsWith(`..${sep}`) || resolve(dir, rel) !== resolve(path)) return void 0;
  return rel.split(sep).join("/");
}

// src/files/ownFiles.ts
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
function findOwnFile(name, levels = Infinity) {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let level = 0; level < levels; level++) {
    if (existsSync(join(dir, name))) return join(dir, name);
    const parent = dirname(dir);
    if (parent === dir) return void 0;
    dir = parent;
  }
  return void 0;
}
function findSchemasDir() {
  const schema = findOwnFile(join("schemas", "lifecycle.schema.json"));
  if (schema === void 0) throw new Error(`schemas/ not found above ${fileURLToPath(import.meta.url)}`);
  return dirname(schema);
}
var SCHEMAS_DIR = findSchemasDir();

// src/files/files.ts
var Files = class {
  constructor(root, name = "the repository") {
    this.name = name;
    this.root = resolve2(root);
  }
  name;
  root;
  /** A path's place under the root: an absolute path inside it, or a root-relative POSIX path; '' is the root. */
  relative(path) {
    if (!isAbsolute(path)) return path;
    const rel = pathInside(this.root, path);
    if (rel === void 0) throw new NotRegularFileError(`${path} is outside ${this.name} ${this.root}`);
    return rel;
  }
  /** What is at a path (never following a link), or undefined when nothing is. */
  entry(path) {
    const rel = this.relative(path);
    return rel === "" ? { kind: "folder", size: 0 } : entryAt(this.root, rel);
  }
  /** Whether anything is at a path: a link is something (reading it is refused, never skipped as if absent). */
  exists(path) {
    return this.entry(path) !== void 0;
  }
  read(path, limit = MAX_FILE_BYTES) {
    return readRegularFile(this.root, this.relative(path), void 0, limit);
  }
  readText(path, limit = MAX_FILE_BYTES) {
    return this.read(path, limit).toString("utf8");
  }
  list(folder = "") {
    return listFolder(this.root, this.relative(folder));
  }
  /** Writes a regular file (`create`: one that does not exist yet), making the folders it needs. */
  write(path, content, options = {}) {
    const rel = this.relative(path);
    if (rel.includes("/")) makeFolders(this.root, rel.slice(0, rel.lastIndexOf("/")), rel);
    writeRegularFile(this.root, rel, content, options);
  }
  makeFolders(path) {
    const rel = this.relative(path);
    if (rel !== "") makeFolders(this.root, rel);
  }
  /** Renames a regular file to a path that does not exist yet, making the folders it needs. */
  move(from, to) {
    const target = this.relative(to);
    if (target.includes("/")) makeFolders(this.root, target.slice(0, target.lastIndexOf("/")), target);
    moveRegularFile(this.root, this.relative(from), target);
  }
};
function rootOf(roots, path) {
  let best;
  for (const files of roots) if (pathInside(files.root, path) !== void 0 && (best === void 0 || best.root.length < files.root.length)) best = files;
  return best;
}
function filesSource(roots, outside = (path) => `${path} is outside the folders this run reads (${roots.join(", ")})`) {
  const areas = [...roots.map((root) => new Files(root)), new Files(SCHEMAS_DIR, "the validator's schemas")];
  const areaOf = (path) => {
    const area = rootOf(areas, resolve2(path));
    if (area === void 0) throw new NotRegularFileError(outside(path));
    return area;
  };
  return {
    confine: (path) => void areaOf(path),
    exists: (path) => areaOf(path).exists(resolve2(path)),
    read: (path) => areaOf(path).readText(resolve2(path))
  };
}
function isFolder(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
function realPath(path) {
  try {
    return realpathSync(path);
  } catch {
    const parent = dirname2(path);
    return parent === path ? path : join2(realPath(parent), basename(path));
  }
}

// src/git/git.ts
import { execFile, execFileSync } from "node:child_process";
var GitError = class extends Error {
};
var MAX_OUTPUT = 256 * 1024 * 1024;
function failed(cwd, args, stderr, error) {
  return new GitError(`git ${args.join(" ")} failed in ${cwd}: ${stderr?.trim() || error.message}`);
}
function git(cwd, args) {
  try {
    return execFileSync("git", args, { cwd, encoding: "utf8", maxBuffer: MAX_OUTPUT, stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    throw failed(cwd, args, error.stderr, error);
  }
}
function gitInBackground(cwd, args) {
  return new Promise((resolve12, reject) => {
    execFile("git", args, { cwd, encoding: "utf8", maxBuffer: MAX_OUTPUT }, (error, stdout, stderr) => {
      if (error) reject(failed(cwd, args, stderr, error));
      else resolve12(stdout);
    }).stdin?.end();
  });
}
function workTreeRoot(dir) {
  try {
    return git(dir, ["rev-parse", "--show-toplevel"]).trim();
  } catch {
    return void 0;
  }
}

// src/config/loadRules.ts
import { join as join4, relative as relative2, sep as sep3 } from "node:path";

// src/git/commitDataSource.ts
import { resolve as resolve3, sep as sep2 } from "node:path";

// src/git/treeListing.ts
var KINDS = { "100644": "file", "100755": "file", "120000": "symlink", "160000": "submodule", "040000": "folder" };
function treeRecords(listing) {
  const records = [];
  for (const line of listing.split("\0")) {
    const match = /^(\d{6}) \w+ ([0-9a-f]+)(?: +(-|\d+))?\t(.*)$/s.exec(line);
    if (!match) continue;
    const size2 = match[3] === void 0 || match[3] === "-" ? void 0 : Number(match[3]);
    records.push({ mode: match[1], kind: KINDS[match[1]], id: match[2], size: size2, path: match[4] });
  }
  return records;
}

// src/git/commitDataSource.ts
var WHAT = { file: "a file", folder: "a folder", symlink: "a symbolic link", submodule: "a submodule" };
var CommitDataSource = class {
  constructor(top, commit, checkout) {
    this.top = top;
    this.commit = commit;
    this.checkout = checkout;
  }
  top;
  commit;
  checkout;
  /** Paths inside the repository that were asked about, absolute. */
  asked = /* @__PURE__ */ new Set();
  /** The top as the paths asked about name it, once found. */
  named;
  /**
   * A path's place in the repository, by its name: never by where a link of the checkout
   * points (a pull request that turns .kep-validator.yml into a link must not move where the
   * base's configuration is read). git names the top with links resolved, and the path may
   * name it through one (macOS's /tmp): the shallowest of the path's folders whose real path
   * is the top stands for it.
   */
  inside(path) {
    const absolute = resolve3(path);
    for (const top of [this.top, this.named]) {
      const rel = top === void 0 ? void 0 : pathInside(top, absolute);
      if (rel !== void 0) return rel === "" ? void 0 : rel;
    }
    const parts = absolute.split(sep2);
    for (let i = 1; i < parts.length; i++) {
      const folder = parts.slice(0, i).join(sep2) || sep2;
      if (realPath(folder) !== this.top) continue;
      this.named = folder;
      const rel = parts.slice(i).join("/");
      return rel === "" ? void 0 : rel;
    }
    return void 0;
  }
  /** Where the run may read is the checkout's to say (the workspace, the folders named): passed on, never dropped. */
  confine(path) {
    this.checkout.confine?.(path);
  }
  /** Each path's text in the commit, read once: undefined where the commit has nothing there, an Error where it is not a file. */
  texts = /* @__PURE__ */ new Map();
  /** The entries of each folder of the commit asked about, by name: one listing a folder. */
  folders = /* @__PURE__ */ new Map();
  /**
   * What the commit has at a path, told from the listing of its folder: asking about files the
   * commit does not have (.kep-validator.yaml beside .kep-validator.yml, a baseline) costs no
   * git process each.
   */
  entryAt(rel) {
    const slash = rel.lastIndexOf("/");
    const folder = slash === -1 ? "" : rel.slice(0, slash);
    let entries = this.folders.get(folder);
    if (entries === void 0) {
      entries = /* @__PURE__ */ new Map();
      let listing = "";
      try {
        listing = git(this.top, ["ls-tree", "-z", "--full-tree", "--end-of-options", this.commit, ...folder === "" ? [] : [`${folder}/`]]);
      } catch {
      }
      for (const record of treeRecords(listing)) entries.set(record.path.slice(record.path.lastIndexOf("/") + 1), record);
      this.folders.set(folder, entries);
    }
    return entries.get(rel.slice(slash + 1));
  }
  atCommit(path, rel) {
    this.asked.add(resolve3(path));
    if (!this.texts.has(rel)) {
      const entry = this.entryAt(rel);
      this.texts.set(
        rel,
        entry === void 0 ? void 0 : entry.kind === "file" ? git(this.top, ["cat-file", "blob", entry.id]) : new Error(
          `it is ${entry.kind === void 0 ? `an entry of mode ${entry.mode}` : WHAT[entry.kind]} in the base commit ${this.commit.slice(0, 7)}, not a file${entry.kind === "symlink" ? "; links are never followed (they could point outside the repository)" : ""}`
        )
      );
    }
    return this.texts.get(rel);
  }
  /** Whether the commit has anything at a path: a link is something (reading it is refused, never skipped as if absent). */
  exists(path) {
    const rel = this.inside(path);
    return rel === void 0 ? this.checkout.exists(path) : this.atCommit(path, rel) !== void 0;
  }
  read(path) {
    const rel = this.inside(path);
    if (rel === void 0) return this.checkout.read(path);
    const text2 = this.atCommit(path, rel);
    if (text2 instanceof Error) throw text2;
    if (text2 === void 0) throw new Error(`it is not a file in the base commit ${this.commit.slice(0, 7)}, whose rules a pull request is judged by`);
    return text2;
  }
  /** The files asked about whose checkout differs from the commit: the pull request changes its own rules. */
  changedInCheckout() {
    const changed = [];
    for (const path of this.asked) {
      const atCommit = this.atCommit(path, this.inside(path));
      let same;
      try {
        same = (this.checkout.exists(path) ? this.checkout.read(path) : void 0) === atCommit;
      } catch {
        same = false;
      }
      if (!same) changed.push(path);
    }
    return changed.sort();
  }
};

// src/git/catFile.ts
import { spawnSync } from "node:child_process";
function readBlobs(cwd, ids) {
  const contents = /* @__PURE__ */ new Map();
  if (ids.length === 0) return contents;
  const result = spawnSync("git", ["cat-file", "--batch"], { cwd, input: ids.join("\n") + "\n", maxBuffer: 1024 * 1024 * 1024 });
  if (result.status !== 0) throw new GitError(`git cat-file --batch failed in ${cwd}: ${result.stderr?.toString().trim()}`);
  const output = result.stdout;
  let offset = 0;
  for (const id of ids) {
    const newline = output.indexOf(10, offset);
    const header = output.subarray(offset, newline).toString();
    offset = newline + 1;
    const match = / blob (\d+)$/.exec(header);
    if (!match) continue;
    const size2 = Number(match[1]);
    contents.set(id, output.subarray(offset, offset + size2));
    offset += size2 + 1;
  }
  return contents;
}

// src/tree/tree.ts
function headsFromFiles(tree, paths, visit2) {
  for (let start = 0; start < paths.length; start += 256) {
    const batch = paths.slice(start, start + 256);
    const contents = tree.readFiles(batch);
    for (const path of batch) {
      const content = contents.get(path);
      visit2(path, Buffer.isBuffer(content) ? { head: content, complete: true } : content);
    }
  }
}

// src/tree/gitTree.ts
var GitTree = class {
  /**
   * @param cwd a folder inside the repository
   * @param commit the commit to read
   * @param prefix the KEP root relative to the repository top ('' or 'keps/')
   * @param options.sizes list the files' sizes too (sizeOf): with loose objects that costs a
   *   read of every object's header, so only a tree that needs them asks
   */
  constructor(cwd, commit, prefix, options = {}) {
    this.cwd = cwd;
    this.commit = commit;
    this.prefix = prefix;
    this.options = options;
    this.label = `commit ${commit.slice(0, 12)}`;
  }
  cwd;
  commit;
  prefix;
  options;
  label;
  objects;
  listObjects() {
    if (!this.objects) {
      const args = ["ls-tree", "-r", "-z", ...this.options.sizes ? ["-l"] : [], "--full-tree", "--end-of-options", this.commit];
      if (this.prefix) args.push("--", this.prefix);
      this.objects = /* @__PURE__ */ new Map();
      for (const { path, ...object } of treeRecords(git(this.cwd, args))) {
        if (path.startsWith(this.prefix)) this.objects.set(path.slice(this.prefix.length), object);
      }
    }
    return this.objects;
  }
  list() {
    const entries = [];
    for (const [path, { kind }] of this.listObjects()) {
      if (kind !== void 0 && kind !== "folder") entries.push({ path, kind });
    }
    return entries;
  }
  /** The size in bytes of a file of the commit (a tree made with sizes), or undefined. */
  sizeOf(path) {
    return this.listObjects().get(path)?.size;
  }
  readHeads(paths, _bytes, visit2) {
    headsFromFiles(this, paths, visit2);
  }
  readFiles(paths) {
    const objects = this.listObjects();
    const contents = /* @__PURE__ */ new Map();
    const wanted = [];
    for (const path of paths) {
      const object = objects.get(path);
      if (object === void 0) contents.set(path, new Error(`${path} is not in ${this.label}`));
      else if (object.kind !== "file")
        contents.set(path, new NotRegularFileError(`${path} is ${object.kind === "symlink" ? "a symbolic link; links are never followed" : `a ${object.kind ?? `mode ${object.mode}`} entry, not a file`} in ${this.label}`));
      else if (object.size !== void 0 && object.size > MAX_FILE_BYTES)
        contents.set(path, new NotRegularFileError(`${path} is ${Math.ceil(object.size / 1024 / 1024)} MB in ${this.label}, more than the ${MAX_FILE_BYTES / 1024 / 1024} MB a file may be; it is not read`));
      else wanted.push([path, object.id]);
    }
    const blobs = readBlobs(
      this.cwd,
      wanted.map(([, sha]) => sha)
    );
    for (const [path, sha] of wanted) contents.set(path, blobs.get(sha) ?? new Error(`${path} cannot be read from ${this.label}`));
    return contents;
  }
};
function repositoryPrefix(root) {
  const prefix = git(root, ["rev-parse", "--show-prefix"]).trim();
  return prefix;
}

// src/config/readDataFile.ts
var RULE = "configuration";
function invalidFile(what, path, problems) {
  const lines = problems.map((p) => `${p.file}:${p.span.line}:${p.span.column}: ${p.message}`);
  return new LoadError(`${what} ${path} is invalid:
${lines.join("\n")}`, problems);
}
function readDataFile(path, what, schema, source) {
  let text2;
  try {
    text2 = source.read(path);
  } catch (error) {
    throw new LoadError(`cannot read ${what} ${path}: ${error.message}`);
  }
  if (path.endsWith(".json")) {
    const data = parseJson(text2);
    if (data !== void 0 && (!schema || schema.validate(data))) return { data };
  }
  const read = readYamlFile(path, text2);
  const problems = [...read.problems];
  if (read.metadata && schema) problems.push(...schemaReports(read.metadata, schema, `the ${what.replace(/^the /, "")}`).map((report) => ({ ...report, file: path, rule: RULE })));
  if (problems.length > 0) throw invalidFile(what, path, problems);
  if (!read.metadata) throw new LoadError(`${what} ${path} is empty`);
  return { data: read.metadata.data };
}
function parseJson(text2) {
  try {
    return JSON.parse(text2);
  } catch {
    return void 0;
  }
}

// src/config/baselineFile.ts
var BASELINE_FILE = ".kep-validator-baseline.json";
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function nonEmpty(source) {
  return {
    exists: (path) => source.exists(path),
    read: (path) => {
      const text2 = source.read(path);
      if (text2.trim() === "") throw new Error("it is empty; write it with kep-validator baseline --write, or delete it");
      return text2;
    }
  };
}
function readBaseline(path, required, source) {
  if (!required && !source.exists(path)) return void 0;
  const { data } = readDataFile(path, "the baseline file", void 0, nonEmpty(source));
  const wrong = (where2, what) => new LoadError(`the baseline file ${path} is invalid: ${where2} ${what}; write it again with kep-validator baseline --write`);
  if (!isRecord(data)) throw wrong("the file", "is not an object of files");
  const baseline = /* @__PURE__ */ Object.create(null);
  for (const [file, rules] of Object.entries(data)) {
    if (!isRecord(rules)) throw wrong(excerpt(file), "is not an object of rules");
    baseline[file] = /* @__PURE__ */ Object.create(null);
    for (const [rule, entry] of Object.entries(rules)) {
      const count = isRecord(entry) ? entry.count : void 0;
      if (typeof count !== "number" || !Number.isInteger(count) || count < 1) throw wrong(`${excerpt(file)} \u2192 ${excerpt(rule)}`, "needs a count that is a positive integer");
      baseline[file][rule] = { count };
    }
  }
  return baseline;
}

// src/config/configFile.ts
import { dirname as dirname3, resolve as resolve4 } from "node:path";

// src/config/ruleSource.ts
var MADE_HERE = /* @__PURE__ */ Symbol("RuleSource");
var RuleSource = class {
  #files;
  constructor(made2, files) {
    if (made2 !== MADE_HERE) throw new Error("internal error: a RuleSource is made by config/loadRules.ts only");
    this.#files = files;
  }
  exists(path) {
    return this.#files.exists(path);
  }
  read(path) {
    return this.#files.read(path);
  }
  /** Throws when the run may not read under a folder (the KEP root a configuration names): passed on, never dropped. */
  confine(path) {
    this.#files.confine?.(path);
  }
};
function rulesAsTheyAre(files) {
  return new RuleSource(MADE_HERE, files);
}
function rulesOfBase(commit) {
  return new RuleSource(MADE_HERE, commit);
}

// src/schema/compiled/variants.json
var variants_default = ["kep-0001--kep-0001", "kep-0001--kep-0001-workflow", "kubernetes--kubernetes", "openshift--openshift", "tekton--tekton"];

// import("./compiled/**/*.cjs") in src/schema/precompiled.ts
var globImport_compiled_cjs = __glob({
  "./compiled/config.cjs": () => import("./chunks/config-G2VDZYVS.js"),
  "./compiled/kep-0001--kep-0001-workflow.cjs": () => import("./chunks/kep-0001--kep-0001-workflow-NWY3HDSS.js"),
  "./compiled/kep-0001--kep-0001.cjs": () => import("./chunks/kep-0001--kep-0001-BEAKDMP2.js"),
  "./compiled/kubernetes--kubernetes.cjs": () => import("./chunks/kubernetes--kubernetes-VPRAT5EB.js"),
  "./compiled/lifecycle.cjs": () => import("./chunks/lifecycle-ZA7GSK2U.js"),
  "./compiled/openshift--openshift.cjs": () => import("./chunks/openshift--openshift-YUOEYFEQ.js"),
  "./compiled/prod-readiness.cjs": () => import("./chunks/prod-readiness-TKK4BWKG.js"),
  "./compiled/tekton--tekton.cjs": () => import("./chunks/tekton--tekton-Z4GZERJ6.js")
});

// src/schema/precompiled.ts
function load(module) {
  const exports = module.default ?? module;
  const branches = new Map(exports.branchPointers.map((pointer, i) => [pointer, exports[`branch${i}`]]));
  return { schema: exports.schema, validate: exports.validate, branches };
}
var PRECOMPILED_VARIANTS = variants_default;
async function loadPrecompiledMetadata(key) {
  return PRECOMPILED_VARIANTS.includes(key) ? load(await globImport_compiled_cjs(`./compiled/${key}.cjs`)) : void 0;
}
async function loadPrecompiledProdReadiness() {
  return load(await import("./chunks/prod-readiness-TKK4BWKG.js"));
}
async function loadPrecompiledConfig() {
  return load(await import("./chunks/config-G2VDZYVS.js"));
}
async function loadPrecompiledLifecycle() {
  return load(await import("./chunks/lifecycle-ZA7GSK2U.js"));
}

// src/schema/ajv.ts
function commonJsExport(module, name) {
  const candidates = [module, module.default, (module.default ?? {}).default];
  for (const candidate of candidates) {
    if (typeof candidate === "function") return candidate;
    const named = candidate?.[name];
    if (typeof named === "function") return named;
  }
  throw new Error(`cannot find ${name} in a loaded module`);
}
async function createAjv() {
  const [ajvModule, formatsModule] = await Promise.all([import("./chunks/2020-CUPZEHSU.js"), import("./chunks/dist-5OPHUR7C.js")]);
  const Ajv = commonJsExport(ajvModule, "Ajv2020");
  const addFormats = commonJsExport(formatsModule, "default");
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
  addFormats(ajv);
  ajv.addKeyword({ keyword: "x-allowed", schemaType: "string" });
  return ajv;
}

// src/schema/schemaIndex.ts
function escapePointer(key) {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}
var SchemaIndex = class {
  constructor(root, branchValidator) {
    this.root = root;
    this.branchValidator = branchValidator;
  }
  root;
  branchValidator;
  indexed;
  /** Built on the first failure it explains: a run where everything passes never pays for it. */
  get pointers() {
    if (!this.indexed) {
      const pointers = /* @__PURE__ */ new Map();
      const visit2 = (node, pointer) => {
        if (typeof node !== "object" || node === null) return;
        const key = JSON.stringify(node);
        if (!pointers.has(key)) pointers.set(key, pointer);
        for (const [name, child] of Object.entries(node)) visit2(child, `${pointer}/${escapePointer(name)}`);
      };
      visit2(this.root, "");
      this.indexed = pointers;
    }
    return this.indexed;
  }
  pointerOf(node) {
    if (typeof node !== "object" || node === null) return void 0;
    if (this.found.has(node)) return this.found.get(node);
    const pointer = this.pointers.get(JSON.stringify(node));
    this.found.set(node, pointer);
    return pointer;
  }
  found = /* @__PURE__ */ new WeakMap();
  nodeAt(segments) {
    let node = this.root;
    for (const segment of segments) {
      if (typeof node !== "object" || node === null) return void 0;
      node = node[segment.replace(/~1/g, "/").replace(/~0/g, "~")];
    }
    return typeof node === "object" && node !== null ? node : void 0;
  }
  /** The nearest human wording (`x-allowed`) on the node or its ancestors, short of $defs. */
  allowedText(node) {
    const pointer = this.pointerOf(node);
    if (pointer === void 0) return void 0;
    const segments = pointer.split("/").slice(1);
    for (let depth = segments.length; depth > 0; depth--) {
      const current = this.nodeAt(segments.slice(0, depth));
      if (current && typeof current["x-allowed"] === "string") return current["x-allowed"];
      if (depth === 2 && segments[0] === "$defs") return void 0;
    }
    return void 0;
  }
  /** A validator for one branch of an anyOf, to explain why a value failed that branch. */
  branchValidatorFor(anyOfNode, branch) {
    const pointer = this.pointerOf(anyOfNode);
    return pointer === void 0 ? void 0 : this.branchValidator(`${pointer}/anyOf/${branch}`);
  }
};

// src/schema/metadataSchema.ts
function schemaFromPrecompiled(precompiled) {
  return {
    schema: precompiled.schema,
    validate: precompiled.validate,
    index: new SchemaIndex(precompiled.schema, (pointer) => precompiled.branches.get(pointer))
  };
}
async function precompiledMetadataSchema(name, lifecycle) {
  const precompiled = lifecycle.builtin ? await loadPrecompiledMetadata(`${name}--${lifecycle.name}`) : void 0;
  return precompiled && schemaFromPrecompiled(precompiled);
}
async function compileMetadataSchema(read, path, lifecycle) {
  const schema = read;
  if (typeof schema !== "object" || schema === null || Array.isArray(schema)) {
    throw new LoadError(`metadata schema ${path} must be a JSON object`);
  }
  const properties = schema.properties;
  if (properties?.status && typeof properties.status === "object") {
    const nullable = Array.isArray(properties.status.enum) && properties.status.enum.includes(null);
    properties.status = { ...properties.status, enum: nullable ? [...lifecycle.states, null] : [...lifecycle.states] };
  }
  if (typeof schema.$id !== "string") schema.$id = `file://${path}`;
  try {
    const ajv = await createAjv();
    const validate2 = ajv.compile(schema);
    const branches = /* @__PURE__ */ new Map();
    const branchValidator = (pointer) => {
      let compiled = branches.get(pointer);
      if (!compiled) {
        compiled = ajv.compile({ $ref: `${schema.$id}#${pointer}` });
        branches.set(pointer, compiled);
      }
      return compiled;
    };
    return { schema, validate: validate2, index: new SchemaIndex(schema, branchValidator) };
  } catch (error) {
    throw new LoadError(`metadata schema ${path} does not compile: ${error.message}`);
  }
}

// src/config/configFile.ts
var CONFIG_FILES = [".kep-validator.yml", ".kep-validator.yaml"];
var BUILTIN_LIFECYCLE = /^[a-z0-9-]+$/;
async function findConfig(dir, explicit, source = rulesAsTheyAre(filesSource(explicit === void 0 ? [dir] : [dir, dirname3(resolve4(dir, explicit))]))) {
  if (explicit !== void 0) return loadConfigFile(resolve4(dir, explicit), source);
  const found = CONFIG_FILES.map((name) => resolve4(dir, name)).find((path) => source.exists(path));
  return found === void 0 ? void 0 : loadConfigFile(found, source);
}
async function loadConfigFile(path, source = rulesAsTheyAre(filesSource([dirname3(resolve4(path))]))) {
  const data = readDataFile(path, "configuration", schemaFromPrecompiled(await loadPrecompiledConfig()), source).data;
  const dir = dirname3(path);
  const relativeTo = (value) => value === void 0 ? void 0 : resolve4(dir, value);
  return {
    file: path,
    root: relativeTo(data.root),
    preset: data.preset,
    lifecycle: data.lifecycle === void 0 || BUILTIN_LIFECYCLE.test(data.lifecycle) ? data.lifecycle : relativeTo(data.lifecycle),
    schema: relativeTo(data.schema),
    index: data.index === "none" ? null : data.index,
    indexTemplate: data["index-template"] === "none" ? null : data["index-template"],
    include: data.include,
    exclude: data.exclude,
    sigs: relativeTo(data.sigs),
    release: data.release,
    severity: data.severity,
    rules: data.rules
  };
}

// src/config/settings.ts
import { dirname as dirname5, join as join3, resolve as resolve7 } from "node:path";

// src/config/lifecycle.ts
import { dirname as dirname4, resolve as resolve5 } from "node:path";
async function loadLifecycle(nameOrPath, source) {
  const declared = builtinLifecycle(nameOrPath);
  const builtin = declared !== void 0;
  let raw;
  if (builtin) {
    if (!isShippedLifecycle(declared) && !(await loadPrecompiledLifecycle()).validate(declared.data)) throw new Error(`internal error: the built-in lifecycle ${nameOrPath} does not match schemas/lifecycle.schema.json`);
    raw = declared.data;
  } else {
    const from = source ?? filesSource([dirname4(resolve5(nameOrPath))]);
    if (!from.exists(nameOrPath)) throw new LoadError(`lifecycle "${nameOrPath}" is neither a built-in lifecycle (${builtinLifecycles().join(", ")}) nor an existing file`);
    raw = readDataFile(nameOrPath, "lifecycle", schemaFromPrecompiled(await loadPrecompiledLifecycle()), from).data;
  }
  const data = raw;
  const lifecycle = {
    name: data.name,
    builtin,
    description: data.description,
    states: data.states,
    initial: data.initial,
    transitions: data.transitions,
    numbered: data.numbered ?? [],
    numberAssignedOn: data.numberAssignedOn,
    superseded: data.superseded ?? [],
    stageTransitions: data.stageTransitions ?? {},
    inFlight: data.inFlight ?? data.states.filter((state) => (data.transitions[state] ?? []).length > 0),
    folders: data.folders ?? {}
  };
  checkLifecycleConsistency(lifecycle, nameOrPath);
  return lifecycle;
}
function checkLifecycleConsistency(lifecycle, path) {
  const known = new Set(lifecycle.states);
  const mentioned = [
    ...lifecycle.initial.map((s) => ["initial", s]),
    ...Object.entries(lifecycle.transitions).flatMap(([from, to]) => [["transitions", from], ...to.map((s) => [`transitions.${from}`, s])]),
    ...lifecycle.numbered.map((s) => ["numbered", s]),
    ...lifecycle.superseded.map((s) => ["superseded", s]),
    ...lifecycle.inFlight.map((s) => ["inFlight", s]),
    ...Object.entries(lifecycle.folders).flatMap(([folder, states]) => states.map((s) => [`folders.${folder}`, s]))
  ];
  if (lifecycle.numberAssignedOn !== void 0) mentioned.push(["numberAssignedOn", lifecycle.numberAssignedOn]);
  for (const [where2, state] of mentioned) {
    if (!known.has(state)) {
      throw new LoadError(`lifecycle ${path}: ${where2} names ${excerpt(state)}, which is not one of its states (${lifecycle.states.join(", ")})`);
    }
  }
  const stages = Object.keys(lifecycle.stageTransitions);
  for (const [from, to] of Object.entries(lifecycle.stageTransitions)) {
    const unknown = to.find((stage) => !stages.includes(stage));
    if (unknown !== void 0) throw new LoadError(`lifecycle ${path}: stageTransitions.${asWritten(from)} names ${excerpt(unknown)}, which is not one of its stages (${stages.join(", ")})`);
  }
}

// src/config/lifecycleOption.ts
import { resolve as resolve6 } from "node:path";
function isLifecycleFile(nameOrPath) {
  return /[/\\]|\.json$/.test(nameOrPath);
}
function resolveLifecycleOption(nameOrPath, from) {
  return nameOrPath === void 0 ? void 0 : isLifecycleFile(nameOrPath) ? resolve6(from, nameOrPath) : nameOrPath;
}

// src/presets/recognise.ts
function recognisePreset(tree, among = presets()) {
  const files = tree.list().filter((entry) => entry.kind === "file").map((entry) => entry.path);
  let best;
  for (const preset of among) {
    const count = files.filter(isKepPath(preset.recognisedBy)).length;
    if (count > (best?.count ?? 0)) best = { preset, count };
  }
  if (best) return { preset: best.preset.name, include: best.preset.recognisedBy.include, count: best.count };
  return { lookedFor: among.map((preset) => ({ preset: preset.name, include: preset.recognisedBy.include })) };
}
function describeRecognition(recognition) {
  return `preset ${recognition.preset}, found ${recognition.include.join(", ")} (${plural(recognition.count, "file")})`;
}
function lookedFor(recognition) {
  return recognition.lookedFor.map(({ preset, include }) => `${include.join(", ")} (${preset})`).join("; ");
}
function presetNote(settings) {
  const { recognition } = settings;
  return recognition?.preset !== void 0 && recognition.preset !== presets()[0].name ? [describeRecognition(recognition)] : [];
}
function presetsHelp() {
  const named = presets().map((preset) => `${preset.name} (${preset.description})`);
  return `${named.join(", ")};
                    default: the one whose layout is under the root, else ${presets()[0].name}`;
}

// src/config/settings.ts
function loadKnownSigs(path, source = rulesAsTheyAre(filesSource([dirname5(resolve7(path))]))) {
  const { data } = readDataFile(path, "the SIG list", void 0, source);
  const sigs = /* @__PURE__ */ new Set();
  for (const group of ["sigs", "workinggroups", "committees", "usergroups"]) {
    const list = data?.[group];
    if (!Array.isArray(list)) continue;
    for (const entry of list) {
      const dir = entry?.dir;
      if (typeof dir === "string") sigs.add(dir);
    }
  }
  if (sigs.size === 0) throw new LoadError(`the SIG list ${path} names no SIG: expected sigs: [{dir: sig-\u2026}, \u2026] as kubernetes/community's sigs.yaml`);
  return sigs;
}
async function loadMetadataSchema(file, lifecycle, source, preset) {
  if (file !== void 0) return compileMetadataSchema(readDataFile(file, "metadata schema", void 0, source).data, file, lifecycle);
  const precompiled = await precompiledMetadataSchema(preset.schema, lifecycle);
  return precompiled ?? compileMetadataSchema(structuredClone(preset.carries.schema), `${preset.name}/schema.json`, lifecycle);
}
function repositoryFiles(root, source) {
  return {
    read: (path) => {
      const absolute = join3(root, path);
      if (!source.exists(absolute)) return void 0;
      try {
        return source.read(absolute);
      } catch (error) {
        throw new LoadError(`cannot read ${path}, which the preset reads: ${error.message}`);
      }
    }
  };
}
function namedFolders(input, root) {
  const files = [input.schema, input.sigs, input.lifecycle !== void 0 && isLifecycleFile(input.lifecycle) ? input.lifecycle : void 0, input.config?.file];
  return [root, ...files.filter((file) => file !== void 0).map((file) => dirname5(resolve7(file)))];
}
async function loadSettings(input = {}) {
  const config = input.config;
  const presetName = input.preset ?? config?.preset;
  const named = presetName === void 0 ? void 0 : presetNamed(presetName);
  if (presetName !== void 0 && !named) {
    throw new LoadError(`preset "${presetName}" is not one of ${PRESET_NAMES.join(", ")}`);
  }
  const root = resolve7(input.root ?? config?.root ?? ".");
  if (!isFolder(root)) throw new LoadError(`the KEP root ${root} is not a folder`);
  const source = input.source ?? rulesAsTheyAre(filesSource(namedFolders(input, root)));
  try {
    source.confine(root);
  } catch (error) {
    const namedBy = config?.root === root ? ` that ${config.file} names` : "";
    throw new LoadError(`the KEP root ${root}${namedBy} cannot be read: ${error.message}`);
  }
  const recognition = named || !input.recognisePreset ? void 0 : recognisePreset(input.recognitionTree?.(root) ?? new FileSystemTree(root));
  const preset = named ?? presetNamed(recognition?.preset ?? "") ?? DEFAULT_PRESET;
  const lifecycle = await loadLifecycle(input.lifecycle ?? config?.lifecycle ?? preset.lifecycle, source);
  const sigs = input.sigs ?? config?.sigs;
  const own = preset.fromRepository?.(repositoryFiles(root, source)) ?? {};
  return {
    root,
    preset: preset.name,
    ...recognition && { recognition },
    layout: {
      include: input.include ?? config?.include ?? preset.layout.include,
      exclude: input.exclude ?? config?.exclude ?? [...preset.layout.exclude, ...own.exclude ?? []]
    },
    format: preset.format,
    lifecycle,
    schema: await loadMetadataSchema(input.schema ?? config?.schema, lifecycle, source, preset),
    indexFile: input.indexFile !== void 0 ? input.indexFile : config?.index !== void 0 ? config.index : preset.index,
    indexTemplate: input.indexTemplate !== void 0 ? input.indexTemplate : config?.indexTemplate !== void 0 ? config.indexTemplate : preset.indexTemplate,
    indexView: preset.indexView,
    numbersFromOpenPullRequests: preset.numbersFromOpenPullRequests,
    rules: own.rules ?? preset.rules,
    prodReadiness: preset.prodReadiness,
    outline: preset.outline === true,
    severity: [preset.severity, config?.severity ?? {}, config?.rules ?? {}, input.severity ?? {}],
    knownSigs: sigs === void 0 ? void 0 : loadKnownSigs(sigs, source),
    release: config?.release
  };
}

// src/config/loadRules.ts
async function load2(request, source, base) {
  const config = await findConfig(request.configDir, request.config, source);
  const recognitionTree = base && ((root) => new GitTree(root, base.commit, repositoryPrefix(root)));
  const settings = await loadSettings({ ...request.options, root: request.options.root ?? config?.root ?? request.defaultRoot, config, source, ...recognitionTree ? { recognitionTree } : {} });
  return { config, settings };
}
function baselinePath(request, settings) {
  return request.baseline === null ? void 0 : request.baseline ?? join4(settings.root, BASELINE_FILE);
}
async function loadRules(request) {
  const commit = request.base === void 0 ? void 0 : new CommitDataSource(request.base.top, request.base.commit, request.checkout);
  const source = commit ? rulesOfBase(commit) : rulesAsTheyAre(request.checkout);
  const { config, settings } = await load2(request, source, request.base);
  const baseline = baselinePath(request, settings);
  if (commit && baseline !== void 0) source.exists(baseline);
  return {
    config,
    settings,
    base: commit?.commit,
    baseline: () => baseline === void 0 ? void 0 : readBaseline(baseline, request.baseline !== void 0, source),
    proposed: commit ? await proposedRules(request, commit, settings.root) : { files: [], problems: [] }
  };
}
async function proposedRules(request, commit, root) {
  const files = commit.changedInCheckout();
  const problems = [];
  if (files.length === 0) return { files, problems };
  const proposed = rulesAsTheyAre(request.checkout);
  const where2 = (error, candidates) => proposedRulesProblems(error, candidates, root, request.base.top);
  let settings;
  try {
    ;
    ({ settings } = await load2(request, proposed));
  } catch (error) {
    problems.push(...where2(error, files));
  }
  const baseline = settings && baselinePath(request, settings);
  if (baseline !== void 0 && (files.includes(baseline) || !commit.asked.has(baseline))) {
    try {
      readBaseline(baseline, request.baseline !== void 0, proposed);
    } catch (error) {
      problems.push(...where2(error, [baseline]));
    }
  }
  return { files, problems };
}
var MERGED = "the rules this change proposes do not load: once it is merged, every run fails on this";
function proposedRulesProblems(error, candidates, root, top) {
  if (!(error instanceof LoadError)) throw error;
  const inRoot = (path) => relative2(root, path).split(sep3).join("/");
  const shown = (message) => message.split(`${top}${sep3}`).join("");
  if (error.problems.length > 0) return error.problems.map((found) => ({ ...found, file: inRoot(found.file), rule: "configuration", message: `${shown(found.message)} (${MERGED})` }));
  const file = candidates.find((path) => error.message.includes(path)) ?? candidates[0];
  return [problem(inRoot(file), FILE_START, "configuration", `${shown(error.message)} (${MERGED})`)];
}
function proposedRulesNote(subject, files, commit) {
  return `${subject} changes ${files.join(", ")}: it is judged by the rules of its base (${commit.slice(0, 7)}); the rules it proposes apply once it is merged`;
}
function changeRepository(folders) {
  for (const folder of folders) {
    if (folder === void 0) continue;
    const top = workTreeRoot(folder);
    if (top !== void 0) return top;
  }
  return void 0;
}

// src/config/indexFixCommand.ts
import { relative as relative3, resolve as resolve8, sep as sep4 } from "node:path";

// node_modules/diff/libesm/diff/base.js
var Diff = class {
  diff(oldStr, newStr, options = {}) {
    let callback;
    if (typeof options === "function") {
      callback = options;
      options = {};
    } else if ("callback" in options) {
      callback = options.callback;
    }
    const oldString = this.castInput(oldStr, options);
    const newString = this.castInput(newStr, options);
    const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
    const newTokens = this.removeEmpty(this.tokenize(newString, options));
    return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
  }
  diffWithOptionsObj(oldTokens, newTokens, options, callback) {
    var _a;
    const done = (value) => {
      value = this.postProcess(value, options);
      if (callback) {
        setTimeout(function() {
          callback(value);
        }, 0);
        return void 0;
      } else {
        return value;
      }
    };
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let editLength = 1;
    let maxEditLength = newLen + oldLen;
    if (options.maxEditLength != null) {
      maxEditLength = Math.min(maxEditLength, options.maxEditLength);
    }
    const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
    const abortAfterTimestamp = Date.now() + maxExecutionTime;
    const bestPath = [{ oldPos: -1, lastComponent: void 0 }];
    let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
    if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
      return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
    }
    let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
    const execEditLength = () => {
      for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
        let basePath2;
        const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
        if (removePath) {
          bestPath[diagonalPath - 1] = void 0;
        }
        let canAdd = false;
        if (addPath) {
          const addPathNewPos = addPath.oldPos - diagonalPath;
          canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
        }
        const canRemove = removePath && removePath.oldPos + 1 < oldLen;
        if (!canAdd && !canRemove) {
          bestPath[diagonalPath] = void 0;
          continue;
        }
        if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos) {
          basePath2 = this.addToPath(addPath, true, false, 0, options);
        } else {
          basePath2 = this.addToPath(removePath, false, true, 1, options);
        }
        newPos = this.extractCommon(basePath2, newTokens, oldTokens, diagonalPath, options);
        if (basePath2.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
          return done(this.buildValues(basePath2.lastComponent, newTokens, oldTokens)) || true;
        } else {
          bestPath[diagonalPath] = basePath2;
          if (basePath2.oldPos + 1 >= oldLen) {
            maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
          }
          if (newPos + 1 >= newLen) {
            minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
          }
        }
      }
      editLength++;
    };
    if (callback) {
      (function exec() {
        setTimeout(function() {
          if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
            return callback(void 0);
          }
          if (!execEditLength()) {
            exec();
          }
        }, 0);
      })();
    } else {
      while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
        const ret = execEditLength();
        if (ret) {
          return ret;
        }
      }
    }
  }
  addToPath(path, added, removed, oldPosInc, options) {
    const last = path.lastComponent;
    if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
      };
    } else {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: 1, added, removed, previousComponent: last }
      };
    }
  }
  extractCommon(basePath2, newTokens, oldTokens, diagonalPath, options) {
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let oldPos = basePath2.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
      newPos++;
      oldPos++;
      commonCount++;
      if (options.oneChangePerToken) {
        basePath2.lastComponent = { count: 1, previousComponent: basePath2.lastComponent, added: false, removed: false };
      }
    }
    if (commonCount && !options.oneChangePerToken) {
      basePath2.lastComponent = { count: commonCount, previousComponent: basePath2.lastComponent, added: false, removed: false };
    }
    basePath2.oldPos = oldPos;
    return newPos;
  }
  equals(left, right, options) {
    if (options.comparator) {
      return options.comparator(left, right);
    } else {
      return left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
    }
  }
  removeEmpty(array) {
    const ret = [];
    for (let i = 0; i < array.length; i++) {
      if (array[i]) {
        ret.push(array[i]);
      }
    }
    return ret;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  castInput(value, options) {
    return value;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  tokenize(value, options) {
    return Array.from(value);
  }
  join(chars) {
    return chars.join("");
  }
  postProcess(changeObjects, options) {
    return changeObjects;
  }
  get useLongestToken() {
    return false;
  }
  buildValues(lastComponent, newTokens, oldTokens) {
    const components = [];
    let nextComponent;
    while (lastComponent) {
      components.push(lastComponent);
      nextComponent = lastComponent.previousComponent;
      delete lastComponent.previousComponent;
      lastComponent = nextComponent;
    }
    components.reverse();
    const componentLen = components.length;
    let componentPos = 0, newPos = 0, oldPos = 0;
    for (; componentPos < componentLen; componentPos++) {
      const component = components[componentPos];
      if (!component.removed) {
        if (!component.added && this.useLongestToken) {
          let value = newTokens.slice(newPos, newPos + component.count);
          value = value.map(function(value2, i) {
            const oldValue = oldTokens[oldPos + i];
            return oldValue.length > value2.length ? oldValue : value2;
          });
          component.value = this.join(value);
        } else {
          component.value = this.join(newTokens.slice(newPos, newPos + component.count));
        }
        newPos += component.count;
        if (!component.added) {
          oldPos += component.count;
        }
      } else {
        component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
        oldPos += component.count;
      }
    }
    return components;
  }
};

// node_modules/diff/libesm/diff/line.js
var LineDiff = class extends Diff {
  constructor() {
    super(...arguments);
    this.tokenize = tokenize;
  }
  equals(left, right, options) {
    if (options.ignoreWhitespace) {
      if (!options.newlineIsToken || !left.includes("\n")) {
        left = left.trim();
      }
      if (!options.newlineIsToken || !right.includes("\n")) {
        right = right.trim();
      }
    } else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
      if (left.endsWith("\n")) {
        left = left.slice(0, -1);
      }
      if (right.endsWith("\n")) {
        right = right.slice(0, -1);
      }
    }
    return super.equals(left, right, options);
  }
};
var lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options) {
  return lineDiff.diff(oldStr, newStr, options);
}
function tokenize(value, options) {
  if (options.stripTrailingCr) {
    value = value.replace(/\r\n/g, "\n");
  }
  const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
  if (!linesAndNewlines[linesAndNewlines.length - 1]) {
    linesAndNewlines.pop();
  }
  for (let i = 0; i < linesAndNewlines.length; i++) {
    const line = linesAndNewlines[i];
    if (i % 2 && !options.newlineIsToken) {
      retLines[retLines.length - 1] += line;
    } else {
      retLines.push(line);
    }
  }
  return retLines;
}

// node_modules/diff/libesm/patch/create.js
function needsQuoting(s) {
  for (let i = 0; i < s.length; i++) {
    if (s[i] < " " || s[i] > "~" || s[i] === '"' || s[i] === "\\") {
      return true;
    }
  }
  return false;
}
function quoteFileNameIfNeeded(s) {
  if (!needsQuoting(s)) {
    return s;
  }
  let result = '"';
  const bytes = new TextEncoder().encode(s);
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b === 7) {
      result += "\\a";
    } else if (b === 8) {
      result += "\\b";
    } else if (b === 9) {
      result += "\\t";
    } else if (b === 10) {
      result += "\\n";
    } else if (b === 11) {
      result += "\\v";
    } else if (b === 12) {
      result += "\\f";
    } else if (b === 13) {
      result += "\\r";
    } else if (b === 34) {
      result += '\\"';
    } else if (b === 92) {
      result += "\\\\";
    } else if (b >= 32 && b <= 126) {
      result += String.fromCharCode(b);
    } else {
      result += "\\" + b.toString(8).padStart(3, "0");
    }
    i++;
  }
  result += '"';
  return result;
}
var INCLUDE_HEADERS = {
  includeIndex: true,
  includeUnderline: true,
  includeFileHeaders: true
};
var FILE_HEADERS_ONLY = {
  includeIndex: false,
  includeUnderline: false,
  includeFileHeaders: true
};
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  let optionsObj;
  if (!options) {
    optionsObj = {};
  } else if (typeof options === "function") {
    optionsObj = { callback: options };
  } else {
    optionsObj = options;
  }
  if (typeof optionsObj.context === "undefined") {
    optionsObj.context = 4;
  }
  const context = optionsObj.context;
  if (optionsObj.newlineIsToken) {
    throw new Error("newlineIsToken may not be used with patch-generation functions, only with diffing functions");
  }
  if (!optionsObj.callback) {
    return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
  } else {
    const { callback } = optionsObj;
    diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
      const patch = diffLinesResultToPatch(diff);
      callback(patch);
    } }));
  }
  function diffLinesResultToPatch(diff) {
    if (!diff) {
      return;
    }
    diff.push({ value: "", lines: [] });
    function contextLines(lines) {
      return lines.map(function(entry) {
        return " " + entry;
      });
    }
    const hunks = [];
    let oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
    for (let i = 0; i < diff.length; i++) {
      const current = diff[i], lines = current.lines || splitLines2(current.value);
      current.lines = lines;
      if (current.added || current.removed) {
        if (!oldRangeStart) {
          const prev = diff[i - 1];
          oldRangeStart = oldLine;
          newRangeStart = newLine;
          if (prev) {
            curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
            oldRangeStart -= curRange.length;
            newRangeStart -= curRange.length;
          }
        }
        for (const line of lines) {
          curRange.push((current.added ? "+" : "-") + line);
        }
        if (current.added) {
          newLine += lines.length;
        } else {
          oldLine += lines.length;
        }
      } else {
        if (oldRangeStart) {
          if (lines.length <= context * 2 && i < diff.length - 2) {
            for (const line of contextLines(lines)) {
              curRange.push(line);
            }
          } else {
            const contextSize = Math.min(lines.length, context);
            for (const line of contextLines(lines.slice(0, contextSize))) {
              curRange.push(line);
            }
            const hunk = {
              oldStart: oldRangeStart,
              oldLines: oldLine - oldRangeStart + contextSize,
              newStart: newRangeStart,
              newLines: newLine - newRangeStart + contextSize,
              lines: curRange
            };
            hunks.push(hunk);
            oldRangeStart = 0;
            newRangeStart = 0;
            curRange = [];
          }
        }
        oldLine += lines.length;
        newLine += lines.length;
      }
    }
    for (const hunk of hunks) {
      for (let i = 0; i < hunk.lines.length; i++) {
        if (hunk.lines[i].endsWith("\n")) {
          hunk.lines[i] = hunk.lines[i].slice(0, -1);
        } else {
          hunk.lines.splice(i + 1, 0, "\\ No newline at end of file");
          i++;
        }
      }
    }
    return {
      oldFileName,
      newFileName,
      oldHeader,
      newHeader,
      hunks
    };
  }
}
function formatPatch(patch, headerOptions) {
  var _a, _b, _c, _d, _e, _f;
  if (!headerOptions) {
    headerOptions = INCLUDE_HEADERS;
  }
  if (Array.isArray(patch)) {
    if (patch.length > 1 && !headerOptions.includeFileHeaders && !patch.every((p) => p.isGit)) {
      throw new Error("Cannot omit file headers on a multi-file patch. (The result would be unparseable; how would a tool trying to apply the patch know which changes are to which file?)");
    }
    return patch.map((p) => formatPatch(p, headerOptions)).join("\n");
  }
  const ret = [];
  if (patch.isGit) {
    headerOptions = INCLUDE_HEADERS;
    if (!patch.oldFileName) {
      throw new Error("oldFileName must be specified for Git patches");
    }
    if (!patch.newFileName) {
      throw new Error("newFileName must be specified for Git patches");
    }
    let gitOldName = patch.oldFileName;
    let gitNewName = patch.newFileName;
    if (patch.isCreate && gitOldName === "/dev/null") {
      gitOldName = gitNewName.replace(/^b\//, "a/");
    } else if (patch.isDelete && gitNewName === "/dev/null") {
      gitNewName = gitOldName.replace(/^a\//, "b/");
    }
    ret.push("diff --git " + quoteFileNameIfNeeded(gitOldName) + " " + quoteFileNameIfNeeded(gitNewName));
    if (patch.isDelete) {
      ret.push("deleted file mode " + ((_a = patch.oldMode) !== null && _a !== void 0 ? _a : "100644"));
    }
    if (patch.isCreate) {
      ret.push("new file mode " + ((_b = patch.newMode) !== null && _b !== void 0 ? _b : "100644"));
    }
    if (patch.oldMode && patch.newMode && !patch.isDelete && !patch.isCreate) {
      ret.push("old mode " + patch.oldMode);
      ret.push("new mode " + patch.newMode);
    }
    if (patch.isRename) {
      ret.push("rename from " + quoteFileNameIfNeeded(((_c = patch.oldFileName) !== null && _c !== void 0 ? _c : "").replace(/^a\//, "")));
      ret.push("rename to " + quoteFileNameIfNeeded(((_d = patch.newFileName) !== null && _d !== void 0 ? _d : "").replace(/^b\//, "")));
    }
    if (patch.isCopy) {
      ret.push("copy from " + quoteFileNameIfNeeded(((_e = patch.oldFileName) !== null && _e !== void 0 ? _e : "").replace(/^a\//, "")));
      ret.push("copy to " + quoteFileNameIfNeeded(((_f = patch.newFileName) !== null && _f !== void 0 ? _f : "").replace(/^b\//, "")));
    }
  } else {
    if (headerOptions.includeIndex && patch.oldFileName == patch.newFileName && patch.oldFileName !== void 0) {
      ret.push("Index: " + patch.oldFileName);
    }
    if (headerOptions.includeUnderline) {
      ret.push("===================================================================");
    }
  }
  const hasHunks = patch.hunks.length > 0;
  if (headerOptions.includeFileHeaders && patch.oldFileName !== void 0 && patch.newFileName !== void 0 && (!patch.isGit || hasHunks)) {
    ret.push("--- " + quoteFileNameIfNeeded(patch.oldFileName) + (patch.oldHeader ? "	" + patch.oldHeader : ""));
    ret.push("+++ " + quoteFileNameIfNeeded(patch.newFileName) + (patch.newHeader ? "	" + patch.newHeader : ""));
  }
  for (let i = 0; i < patch.hunks.length; i++) {
    const hunk = patch.hunks[i];
    const oldStart = hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart;
    const newStart = hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart;
    ret.push("@@ -" + oldStart + "," + hunk.oldLines + " +" + newStart + "," + hunk.newLines + " @@");
    for (const line of hunk.lines) {
      ret.push(line);
    }
  }
  return ret.join("\n") + "\n";
}
function splitLines2(text2) {
  const hasTrailingNl = text2.endsWith("\n");
  const result = text2.split("\n").map((line) => line + "\n");
  if (hasTrailingNl) {
    result.pop();
  } else {
    result.push(result.pop().slice(0, -1));
  }
  return result;
}

// src/indexFile/renderIndex.ts
import { posix } from "node:path";
var BEGIN_MARKER = "<!-- BEGIN KEP INDEX -->";
var END_MARKER = "<!-- END KEP INDEX -->";
function cell(text2) {
  return text2.replace(/\s+/g, " ").trim().replace(/([\\`*_[\]<>|])/g, "\\$1");
}
function link(from, to) {
  const path = posix.relative(posix.dirname(from), to) || to;
  return path.split("/").map(encodeURIComponent).join("/");
}
function authorsOf(doc) {
  const authors = fieldsOf(doc)?.authors;
  if (!Array.isArray(authors)) return "";
  return authors.map((author) => {
    if (typeof author !== "object" || author === null) return String(author);
    const { name, github } = author;
    return typeof github === "string" ? `${String(name ?? github)} (@${github})` : String(name ?? "");
  }).map(cell).join(", ");
}
function numberLabel(doc) {
  const number = assignedNumber(doc);
  return number !== void 0 ? String(number) : draftNumber(doc) ?? stringField(doc, "kep-number") ?? "";
}
function compareKeps(a, b) {
  const rank = (doc) => {
    const number = assignedNumber(doc);
    if (number !== void 0) return [0, number, doc.file];
    const draft = draftNumber(doc);
    return draft !== void 0 ? [1, Number(draft.slice(6)), doc.file] : [2, 0, doc.file];
  };
  const [ra, rb] = [rank(a), rank(b)];
  return ra[0] - rb[0] || ra[1] - rb[1] || (ra[2] < rb[2] ? -1 : ra[2] > rb[2] ? 1 : 0);
}
function renderIndex(documents, indexFile, lifecycle) {
  const isBroken = (doc) => fieldsOf(doc) === void 0 || doc.readProblems.some((p) => isGraveReadProblem(p.rule));
  const readable = documents.filter((doc) => !isBroken(doc));
  const broken2 = documents.filter(isBroken);
  const bySig = /* @__PURE__ */ new Map();
  for (const doc of readable) {
    const sig = stringField(doc, "owning-sig") ?? "(no owning-sig)";
    bySig.set(sig, [...bySig.get(sig) ?? [], doc]);
  }
  const statusCounts = /* @__PURE__ */ new Map();
  for (const doc of readable) {
    const status = stringField(doc, "status") ?? "(no status)";
    statusCounts.set(status, (statusCounts.get(status) ?? 0) + 1);
  }
  const statusOrder = [...lifecycle.states, ...[...statusCounts.keys()].filter((s) => !lifecycle.states.includes(s)).sort()];
  const lines = [
    "_Generated by kep-validator from the metadata of every KEP. Do not edit between the markers: run `kep-validator index --write`._",
    "",
    `${plural(documents.length, "KEP")}.`,
    "",
    "| Status | KEPs |",
    "| --- | ---: |",
    ...statusOrder.filter((status) => statusCounts.has(status)).map((status) => `| ${cell(status)} | ${statusCounts.get(status)} |`),
    ...broken2.length > 0 ? [`| unreadable metadata | ${broken2.length} |`] : [],
    ""
  ];
  for (const sig of [...bySig.keys()].sort()) {
    lines.push(`## ${cell(sig)}`, "", "| KEP | Title | Status | Authors | Created | Updated |", "| ---: | --- | --- | --- | --- | --- |");
    for (const doc of bySig.get(sig).sort(compareKeps)) {
      const title = stringField(doc, "title") ?? doc.file;
      const created = stringField(doc, "creation-date") ?? "";
      const updated = stringField(doc, "last-updated") ?? "";
      lines.push(`| ${cell(numberLabel(doc))} | [${cell(title)}](${link(indexFile, doc.file)}) | ${cell(stringField(doc, "status") ?? "")} | ${authorsOf(doc)} | ${cell(created)} | ${cell(updated)} |`);
    }
    lines.push("");
  }
  if (broken2.length > 0) {
    lines.push("## KEPs with unreadable metadata", "", "These KEPs are listed by file: their metadata could not be read.", "", "| File | Problem |", "| --- | --- |");
    for (const doc of [...broken2].sort(compareKeps)) {
      const problem2 = doc.readProblems.find((p) => isGraveReadProblem(p.rule));
      lines.push(`| [${cell(doc.file)}](${link(indexFile, doc.file)}) | ${problem2 ? cell(`line ${problem2.span.line}: ${problem2.message}`) : ""} |`);
    }
    lines.push("");
  }
  return lines.join("\n");
}
function newIndexFile(generated) {
  return `# KEP Index

${BEGIN_MARKER}
${generated}
${END_MARKER}
`;
}

// src/indexFile/checkIndex.ts
var FIX_COMMAND = "kep-validator index --write";
function updateIndexFile(current, generated, fixCommand = FIX_COMMAND) {
  if (current === void 0) return { text: newIndexFile(generated) };
  const lines = splitLines(current);
  const begins = lines.flatMap((line, i) => line.trim() === BEGIN_MARKER ? [i] : []);
  const ends = lines.flatMap((line, i) => line.trim() === END_MARKER ? [i] : []);
  if (begins.length === 0 && ends.length === 0) {
    return { text: newIndexFile(generated) };
  }
  if (begins.length !== 1 || ends.length !== 1 || ends[0] < begins[0]) {
    const line = (begins.length !== 1 ? begins[1] ?? ends[0] : ends.length !== 1 ? ends[1] ?? begins[0] : ends[0]) ?? 0;
    return {
      problem: {
        line: line + 1,
        message: `index markers are unusable: expected exactly one "${BEGIN_MARKER}" followed by one "${END_MARKER}", found ${begins.length} and ${ends.length}${ends.length === 1 && begins.length === 1 ? " in the wrong order" : ""}; fix the markers, then run ${fixCommand}`
      }
    };
  }
  const newline = current.includes("\r\n") ? "\r\n" : "\n";
  const before = lines.slice(0, begins[0] + 1);
  const after = lines.slice(ends[0]);
  const middle = splitLines(generated);
  return { text: [...before, ...middle, ...after].join(newline) };
}
var MAX_DIFF_EDITS = 500;
function lineDiff2(file, actual, expected) {
  const a = actual === "" ? [] : splitLines(actual);
  const b = splitLines(expected);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  const [oldText, newText] = [a.join("\n"), b.join("\n")];
  const patch = structuredPatch(`a/${file}`, `b/${file}`, oldText, newText, void 0, void 0, { context: 3, maxEditLength: MAX_DIFF_EDITS }) ?? {
    oldFileName: `a/${file}`,
    newFileName: `b/${file}`,
    oldHeader: void 0,
    newHeader: void 0,
    hunks: [wholeFileHunk(withoutFinalNewline(a), withoutFinalNewline(b))]
  };
  return { diff: formatPatch(patch, FILE_HEADERS_ONLY), firstLine: start + 1 };
}
var withoutFinalNewline = (lines) => lines.at(-1) === "" ? lines.slice(0, -1) : lines;
function wholeFileHunk(a, b) {
  return { oldStart: a.length === 0 ? 0 : 1, oldLines: a.length, newStart: b.length === 0 ? 0 : 1, newLines: b.length, lines: [...a.map((line) => `-${line}`), ...b.map((line) => `+${line}`)] };
}
function rawLines(text2) {
  return text2.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}
function replacementEdit(current, expected) {
  const a = rawLines(current);
  const b = rawLines(expected);
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  const lastRemoved = a.length - suffix;
  const last = a[lastRemoved - 1];
  const end = lastRemoved === prefix ? { endLine: prefix + 1, endColumn: 1 } : /[\r\n]$/.test(last) ? { endLine: lastRemoved + 1, endColumn: 1 } : { endLine: lastRemoved, endColumn: last.length + 1 };
  return {
    span: { line: prefix + 1, column: 1, ...end },
    text: b.slice(prefix, b.length - suffix).join("").replace(/\r\n?/g, "\n")
  };
}
function checkIndex(file, current, generated, fixCommand = FIX_COMMAND, template) {
  const updated = template ? { text: generated } : updateIndexFile(current, generated, fixCommand);
  if (updated.problem) {
    const { line, message } = updated.problem;
    return {
      file,
      state: "broken",
      expected: current ?? "",
      fixCommand,
      problem: problem(file, { line, column: 1, endLine: line, endColumn: 1 }, "index-stale", message)
    };
  }
  const expected = updated.text;
  if (current === expected) return { file, state: "fresh", expected, fixCommand };
  if (current === void 0) {
    return {
      file,
      state: "missing",
      expected,
      fixCommand,
      diff: lineDiff2(file, "", expected).diff,
      problem: {
        ...problem(
          file,
          FILE_START,
          "index-stale",
          template ? `${file} is missing; it is generated from ${template.source} and the KEPs: run ${fixCommand} and commit it` : `${file} is missing; KEP-1 asks for an index of every KEP kept up to date: run ${fixCommand} and commit it`
        ),
        fix: { applicability: "safe", edits: [{ span: FILE_START, text: expected.replace(/\r\n?/g, "\n") }] }
      }
    };
  }
  const { diff, firstLine } = lineDiff2(file, current, expected);
  const found = splitLines(current)[firstLine - 1];
  const wanted = splitLines(expected)[firstLine - 1];
  return {
    file,
    state: "stale",
    expected,
    fixCommand,
    diff,
    problem: {
      ...problem(
        file,
        { line: firstLine, column: 1, endLine: firstLine, endColumn: (found ?? "").length + 1 },
        "index-stale",
        `${file} is out of date from line ${firstLine}: found ${found === void 0 ? "the end of the file" : JSON.stringify(found.slice(0, 120))}, the KEPs' metadata${template ? ` and ${template.source}` : ""} make${template ? "" : "s"} it ${wanted === void 0 ? "the end of the file" : JSON.stringify(wanted.slice(0, 120))}; run ${fixCommand} and commit the result`
      ),
      fix: { applicability: "safe", edits: [replacementEdit(current, expected)] }
    }
  };
}

// src/config/indexFixCommand.ts
function shellWord(word) {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, "'\\''")}'`;
}
var fromDir = (from, path) => relative3(from, path).split(sep4).join("/") || ".";
function indexFixCommand(settings, context) {
  const { from, config } = context;
  const words = [FIX_COMMAND];
  const foundConfig = CONFIG_FILES.map((name) => resolve8(from, name));
  if (config && !foundConfig.includes(config.file)) words.push("--config", fromDir(from, config.file));
  const cliRoot = config?.root ?? from;
  if (resolve8(settings.root) !== resolve8(cliRoot)) words.push("--root", fromDir(from, settings.root));
  if (settings.preset !== (config?.preset ?? settings.recognition?.preset ?? DEFAULT_PRESET.name)) words.push("--preset", settings.preset);
  const preset = presetNamed(settings.preset);
  const cliIndex = config?.index !== void 0 ? config.index : preset.index;
  if (settings.indexFile !== null && settings.indexFile !== cliIndex) words.push("--index", settings.indexFile);
  const cliTemplate = config?.indexTemplate !== void 0 ? config.indexTemplate : preset.indexTemplate;
  if (settings.indexFile !== null && settings.indexTemplate !== void 0 && settings.indexTemplate !== cliTemplate) words.push("--index-template", settings.indexTemplate ?? "none");
  if (context.lifecycle !== void 0) words.push("--lifecycle", isLifecycleFile(context.lifecycle) ? fromDir(from, context.lifecycle) : context.lifecycle);
  return words.map((word, i) => i === 0 ? word : shellWord(word)).join(" ");
}

// src/read/parallel/readInParallel.ts
import { availableParallelism } from "node:os";
var PARALLEL_THRESHOLD = 2e4;
var WORKER_FILE = "read-worker.js";
function bundledWorkerScript() {
  return findOwnFile(WORKER_FILE, 2);
}
function split(items, parts) {
  const size2 = Math.ceil(items.length / parts);
  return Array.from({ length: parts }, (_, i) => items.slice(i * size2, (i + 1) * size2));
}
function startWorker(Worker, script, job) {
  return new Promise((resolve12) => {
    let answered = false;
    const worker = new Worker(script, { workerData: job });
    worker.once("message", (answer) => {
      answered = true;
      resolve12({ documents: answer.documents.map(documentFromTransfer) });
    });
    worker.once("error", (error) => resolve12({ failure: String(error) }));
    worker.once("exit", (code2) => {
      if (!answered) resolve12({ failure: `the read worker exited with code ${code2} before answering` });
    });
  });
}
async function readDocumentsInParallel(format, tree, files, options = {}) {
  const threads = Math.max(1, Math.min(options.jobs ?? (files.length >= PARALLEL_THRESHOLD ? Math.min(2, availableParallelism()) : 1), files.length));
  if (threads === 1 || !(tree instanceof FileSystemTree)) return readDocuments(format, tree, files, options.keep);
  const script = options.workerScript ?? bundledWorkerScript();
  if (!script) {
    options.log?.(`no ${WORKER_FILE} beside the bundle: reading on one thread`, true);
    return readDocuments(format, tree, files, options.keep);
  }
  const root = tree.root;
  const { Worker } = await import("node:worker_threads");
  const [mine, ...theirs] = split(files, threads);
  const workers = theirs.map((part) => startWorker(Worker, script, { root, format: format.name, files: part, outline: options.keep?.outline }));
  const read = await readDocuments(format, tree, mine, options.keep);
  const answers = await Promise.all(workers);
  for (const [i, answer] of answers.entries()) {
    let documents;
    if ("documents" in answer) {
      options.log?.(`read worker ${i + 1} read ${answer.documents.length} KEPs`, false);
      documents = answer.documents;
    } else {
      options.log?.(`read worker ${i + 1} failed (${answer.failure}); its ${theirs[i].length} KEPs were read on the main thread`, true);
      documents = (await readDocuments(format, tree, theirs[i], options.keep)).values();
    }
    for (const doc of documents) read.set(doc.file, doc);
  }
  return read;
}

// src/cli/io.ts
var forLog = (text2) => process.env.GITHUB_ACTIONS === "true" ? logLines(text2) : text2;
var processIo = {
  cwd: process.cwd(),
  stdout: (text2) => process.stdout.write(forLog(text2)),
  stderr: (text2) => process.stderr.write(forLog(text2))
};
var UsageError = class extends Error {
};
function readingLog(io) {
  return (message, problem2) => {
    if (problem2) io.stderr(`kep-validator: ${printable(message)}
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
import { dirname as dirname6, relative as relative4, resolve as resolve9, sep as sep6 } from "node:path";

// src/core/change.ts
var GIT_KINDS = {
  A: "added",
  M: "modified",
  R: "renamed",
  C: "copied",
  D: "deleted",
  T: "type-changed"
};
function parseNameStatus(output) {
  const fields = output.split("\0");
  const changes = [];
  for (let i = 0; i < fields.length && fields[i] !== ""; ) {
    const status = fields[i++];
    const kind = GIT_KINDS[status[0]];
    if (kind === "renamed" || kind === "copied") {
      const previousPath = fields[i++];
      changes.push({ kind, path: fields[i++], previousPath });
    } else {
      const path = fields[i++];
      changes.push({ kind: kind ?? "modified", path });
    }
  }
  return changes;
}
function changePaths(change) {
  return change.previousPath === void 0 ? [change.path] : [change.path, change.previousPath];
}
function basePath(change) {
  if (change.kind === "added" || change.kind === "copied") return void 0;
  return change.previousPath ?? change.path;
}
function headPath(change) {
  return change.kind === "deleted" ? void 0 : change.path;
}

// src/core/diffLines.ts
function onChangedLine(lines, file, span) {
  const changed = lines.get(file);
  if (changed === void 0) return false;
  if (changed === "all") return true;
  for (let line = span.line; line <= Math.max(span.line, span.endLine); line++) if (changed.has(line)) return true;
  return false;
}

// src/git/gitChanges.ts
async function gitChanges(cwd, base, head) {
  const args = ["diff", "--no-ext-diff", "--no-textconv", "--name-status", "-z", "-M", "--relative", "--end-of-options", base];
  if (head !== void 0) args.push(head);
  args.push("--");
  const [diff, untracked] = await Promise.all([gitInBackground(cwd, args), head === void 0 ? gitInBackground(cwd, ["ls-files", "-z", "--others", "--exclude-standard"]) : ""]);
  const changes = parseNameStatus(diff);
  for (const path of untracked.split("\0")) {
    if (path !== "") changes.push({ kind: "added", path });
  }
  return changes.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
function mergeBase(cwd, ref) {
  return git(cwd, ["merge-base", "--end-of-options", ref, "HEAD"]).trim();
}

// src/format/diffContext.ts
function problemsToAnnotate(diagnostics, diff, preexisting) {
  return diagnostics.filter((d) => !d.preexisting || preexisting === "annotations" && diff !== void 0 && onChangedLine(diff.lines, d.file, d));
}
function listed(paths) {
  return paths.length <= 3 ? paths.join(", ") : `${paths.slice(0, 3).join(", ")} and ${paths.length - 3} more`;
}
function whyOutsideDiff(d, diff, displayPath) {
  if (!diff || d.preexisting || onChangedLine(diff.lines, d.file, d)) return void 0;
  const { subject } = diff;
  const reasons = diff.checkedWith?.get(d.file) ?? [];
  const approvals = reasons.filter((reason) => reason.as === "approval").map((reason) => displayPath(reason.file));
  const data = reasons.filter((reason) => reason.as === "data").map((reason) => displayPath(reason.file));
  if (approvals.length > 0) return `${subject} changes ${listed(approvals)}, which this KEP's stage needs`;
  if (data.length > 0) return `${subject} changes ${listed(data)}, which this KEP is checked with`;
  if (d.file === diff.indexFile) return `${displayPath(d.file)} lists the KEPs ${subject} changes`;
  const changed = diff.lines.get(d.file);
  if (changed === void 0) return `${displayPath(d.file)} is not in ${subject}: the problem follows from what ${subject} changes`;
  const moved = diff.moved?.get(d.file);
  if (moved !== void 0 && changed !== "all" && changed.size === 0) return `${subject} moves this file from ${displayPath(moved)}`;
  return diff.onlyNew ? `not on a line ${subject} changes: the base version of this file did not have this problem` : `not on a line ${subject} changes: with only-new: false, every problem of a file it changes counts`;
}

// src/format/annotations.ts
function inclusiveEndColumn(span) {
  return Math.max(span.column, span.endColumn - 1);
}
function annotationMessage(d, why) {
  if (d.preexisting) return `${d.message} (${PREEXISTING_NOTE[d.preexisting]})`;
  return why === void 0 ? d.message : `${d.message} (${why})`;
}
function formatAnnotations(report, { displayPath, diff, preexisting }) {
  const shown = preexisting === void 0 ? report.diagnostics : problemsToAnnotate(report.diagnostics, diff, preexisting);
  return shown.map((d) => {
    const level = d.preexisting ? "notice" : d.severity === "error" ? "error" : "warning";
    const annotation = { level, message: annotationMessage(d, whyOutsideDiff(d, diff, displayPath)), title: d.rule, file: displayPath(d.file), startLine: d.line, endLine: d.endLine };
    if (d.line === d.endLine) {
      annotation.startColumn = d.column;
      annotation.endColumn = inclusiveEndColumn(d);
    }
    return annotation;
  });
}

// src/format/json.ts
function formatJson(report, context) {
  const problems = report.diagnostics.map((d) => ({
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
  const { errors, warnings, preexisting } = report.counts;
  const { checked, keps, index, baselineFixed } = report;
  return JSON.stringify(
    {
      problems,
      summary: { errors, warnings, preexisting, checked: checked.length },
      checked,
      ...context.root === void 0 ? {} : { root: context.root },
      ...keps ? { keps } : {},
      ...index ? { index: { file: index.file, state: index.state } } : {},
      ...baselineFixed && baselineFixed.length > 0 ? { baselineFixed } : {},
      ...context.fixed ? { fixed: context.fixed } : {}
    },
    null,
    2
  ) + "\n";
}

// src/format/markdown.ts
var made = (text2) => text2;
function gfm(literals, ...parts) {
  let out = literals[0];
  for (let i = 0; i < parts.length; i++) out += String(parts[i]) + literals[i + 1];
  return made(out);
}
function joinMarkdown(parts, separator = "") {
  return made(parts.join(separator));
}
function code(value, options = {}) {
  let text2 = printable(value);
  if (text2 === "") return made("");
  if (options.table) text2 = text2.replace(/\\?\|/g, (pipe) => pipe.length === 2 ? "\\\u200B\\|" : "\\|");
  const longest = Math.max(0, ...[...text2.matchAll(/`+/g)].map((run) => run[0].length));
  const fence = "`".repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(text2) && /[^ ]/.test(text2) ? " " : "";
  return made(`${fence}${pad}${text2}${pad}${fence}`);
}
function fenceFor(text2) {
  const longest = Math.max(2, ...[...text2.matchAll(/`+/g)].map((run) => run[0].length));
  return "`".repeat(longest + 1);
}
function codeBlock(text2, info = "") {
  const fence = fenceFor(text2);
  return made(`${fence}${info}
${text2}
${fence}`);
}
function text(words) {
  return made(
    escapeMarkdown(words).replace(/@/g, "@\u200D").replace(/:\/\//g, ":\u200D//").replace(/\bwww\./gi, (www) => `${www.slice(0, 3)}\u200D.`)
  );
}
function link2(label, address) {
  let url;
  try {
    url = new URL(address);
  } catch {
    return gfm`${label} (${code(address)})`;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:" || /[\s<>]/.test(url.href)) return gfm`${label} (${code(address)})`;
  return made(`[${label}](<${url.href}>)`);
}
function escapeMarkdown(text2) {
  return text2.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/([\\`*_[\]|#~])/g, "\\$1").replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, " ");
}

// src/format/summaryFit.ts
var SUMMARY_LIMIT = 1024 * 1024 - 4096;
var size = (lines) => lines.reduce((sum, line) => sum + Buffer.byteLength(line) + 1, 0);
function linesOf(block) {
  return "lines" in block ? block.lines : [...block.head, ...block.list.map((entry) => entry.line), ...block.tail];
}
function fitSummary(blocks, whereAll, limit = SUMMARY_LIMIT) {
  const total = size(blocks.flatMap(linesOf));
  if (total <= limit) return joinMarkdown(blocks.flatMap(linesOf), gfm`\n`);
  const notes = blocks.filter((block) => "list" in block).length + 1;
  let excess = total - limit + notes * (600 + Buffer.byteLength(whereAll));
  const leftOut = /* @__PURE__ */ new Map();
  const kept = /* @__PURE__ */ new Map();
  const lists = blocks.filter((block) => "list" in block).sort((a, b) => a.cut - b.cut);
  for (const block of lists) {
    let dropped = 0;
    let keep = block.list.length;
    while (excess > 0 && keep > 0) {
      const entry = block.list[--keep];
      excess -= Buffer.byteLength(entry.line) + 1;
      if (entry.problem) dropped++;
    }
    kept.set(block, keep);
    if (dropped > 0) leftOut.set(block, dropped);
    if (excess <= 0) break;
  }
  const out = [];
  const missing = [...leftOut.values()].reduce((sum, count) => sum + count, 0);
  blocks.forEach((block, index) => {
    if ("lines" in block) out.push(...block.lines);
    else {
      const dropped = leftOut.get(block);
      out.push(...block.head);
      for (const entry of block.list.slice(0, kept.get(block) ?? block.list.length)) out.push(entry.line);
      if (dropped !== void 0) out.push(gfm``, gfm`_${text(`${dropped} more ${dropped === 1 ? `${block.what} is` : `${block.what}s are`}`)} not listed here: GitHub keeps at most 1 MiB of job summary. ${whereAll}_`, gfm``);
      out.push(...block.tail);
    }
    if (index === 0 && missing > 0) out.push(gfm`_This summary leaves out ${text(plural(missing, "problem"))} to stay within GitHub's 1 MiB; each list that is cut says so. ${whereAll}_\n`);
  });
  const fitted = joinMarkdown(out, gfm`\n`);
  return Buffer.byteLength(fitted) <= limit ? fitted : cutLines(fitted, whereAll, limit);
}
function cutLines(summary, whereAll, limit) {
  const note = gfm`\n\n_The summary is cut here: GitHub keeps at most 1 MiB of job summary. ${whereAll}_\n`;
  let cut = summary.slice(0, limit - Buffer.byteLength(note) - 64);
  while (Buffer.byteLength(cut) > limit - Buffer.byteLength(note) - 64) cut = cut.slice(0, cut.length - 1024);
  cut = cut.slice(0, cut.lastIndexOf("\n") + 1);
  const open = (cut.match(/<details>/g) ?? []).length - (cut.match(/<\/details>/g) ?? []).length;
  return gfm`${cut}${note}${"\n</details>\n".repeat(Math.max(0, open))}`;
}

// src/format/summary.ts
var PREEXISTING_HEADING = {
  base: gfm`Already on the base`,
  baseline: gfm`In the baseline`
};
var PREEXISTING_WHY = {
  base: gfm`The base version of these KEPs already had these problems: they are shown, and do not fail the check. Fixing them is welcome, in this pull request or another.`,
  baseline: gfm`The baseline file records these problems: they are shown, and do not fail the check until there are more of them than it records.`
};
var MAX_DIFF_LINES = 400;
var STEP_SHOWS = 10;
function formatSummary(report, context) {
  const input = { ...report, ...context };
  const { errors, warnings, preexisting } = input.counts;
  const blocks = [];
  const from = preexisting > 0 ? gfm` (${text(plural(preexisting, "problem"))} from before, not counted)` : gfm``;
  const verdict = errors + warnings === 0 ? gfm`✅ no problems${preexisting > 0 ? gfm` of its own` : gfm``}${from}` : gfm`${errors > 0 ? gfm`❌` : gfm`⚠️`} ${text(plural(errors, "error"))}, ${text(plural(warnings, "warning"))}${from}`;
  blocks.push({
    lines: [
      gfm`## KEP metadata: ${verdict}\n`,
      gfm`${text(plural(input.checked.length, "KEP"))} checked${input.scope === void 0 ? gfm`` : gfm` (${text(input.scope)})`}.\n`,
      ...input.checkRunUrl ? [gfm`Every problem is annotated in ${link2(gfm`the check run`, input.checkRunUrl)}.\n`] : []
    ]
  });
  const failOn = input.failOn ?? "error";
  const warningsFail = failOn === "warning";
  const counted = (severity) => input.diagnostics.filter((d) => !d.preexisting && d.severity === severity);
  if (errors > 0) {
    const fails = failOn !== "never";
    const list = counted("error");
    const table = list.length > STEP_SHOWS ? ruleCounts(input, list, "Errors") : [];
    blocks.push({ head: [gfm`### ❌ ${text(plural(errors, "error"))}\n`, ...fails ? [] : [gfm`They do not fail the check (\`fail-on: never\`).\n`], ...table], list: problemList(input, list), tail: [], cut: 3, what: "error" });
  }
  if (warnings > 0 && warningsFail) blocks.push(warningsBlock(input, counted("warning"), failOn));
  if (input.keps && input.keps.length > 0 || input.checkedWith && input.checkedWith.size > 0) blocks.push({ lines: kepTable(input) });
  if (warnings > 0 && !warningsFail) blocks.push(warningsBlock(input, counted("warning"), failOn));
  for (const kind of ["base", "baseline"]) {
    const known = input.diagnostics.filter((d) => d.preexisting === kind);
    if (known.length === 0) continue;
    const head = [gfm`### ${PREEXISTING_HEADING[kind]}: ${text(plural(known.length, "problem"))}\n`, gfm`${PREEXISTING_WHY[kind]}\n`];
    if (input.preexisting === "none") blocks.push({ lines: [...head, gfm`They are not listed (\`preexisting: none\`).\n`] });
    else blocks.push({ head: [...head, gfm`<details><summary>Show them</summary>\n`], list: problemList(input, known), tail: [gfm`</details>\n`], cut: kind === "baseline" ? 0 : 1, what: "problem" });
  }
  if (input.baselineFixed && input.baselineFixed.length > 0) {
    const lines = [gfm`### Baseline entries to drop\n`, gfm`These files have fewer problems than the baseline records: run \`kep-validator baseline --write\` and commit the file.\n`];
    for (const f of input.baselineFixed) lines.push(gfm`- ${code(input.displayPath(f.file))} — ${ruleName(input, f.rule)}: recorded ${f.recorded}, now ${f.now}`);
    blocks.push({ lines: [...lines, gfm``] });
  }
  if (input.index) blocks.push({ lines: indexSection(input, input.index) });
  const everyProblem = input.checkRunUrl ? gfm`Every problem is annotated in ${link2(gfm`the check run`, input.checkRunUrl)}, and listed by \`kep-validator check --format json\`.` : gfm`Every problem is listed by \`kep-validator check --format json\` (with \`--base\` and the base commit for a change's).`;
  return fitSummary(blocks, everyProblem);
}
function warningsBlock(input, list, failOn) {
  const folded = failOn !== "warning";
  const head = [
    gfm`### ⚠️ ${text(plural(list.length, "warning"))}\n`,
    folded ? gfm`They do not fail the check (${code(`fail-on: ${failOn}`)}): conventions worth keeping.\n` : gfm`They fail the check (\`fail-on: warning\`).\n`,
    ...ruleCounts(input, list, "Warnings")
  ];
  return {
    head: folded ? [...head, gfm`<details><summary>Show the ${text(plural(list.length, "warning"))}</summary>\n`] : head,
    list: problemList(input, list),
    tail: folded ? [gfm`</details>\n`] : [],
    cut: 2,
    what: "warning"
  };
}
function ruleCounts(input, list, column) {
  const byRule = /* @__PURE__ */ new Map();
  for (const d of list) byRule.set(d.rule, (byRule.get(d.rule) ?? 0) + 1);
  const rules = [...byRule].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return [gfm`| Rule | ${text(column)} |`, gfm`| --- | --- |`, ...rules.map(([rule, count]) => gfm`| ${ruleName(input, rule, true)} | ${count} |`), gfm``];
}
function kepTable(input) {
  const lines = [input.keps && input.keps.length > 0 ? gfm`### KEPs changed\n` : gfm`### KEPs checked again\n`, gfm`| KEP | Change | Status | Problems |`, gfm`| --- | --- | --- | --- |`];
  const cell3 = (value) => code(value, { table: true });
  const rows = /* @__PURE__ */ new Set();
  for (const kep of input.keps ?? []) {
    rows.add(kep.file);
    const moved = kep.previousFile ? gfm` (from ${cell3(input.displayPath(kep.previousFile))})` : gfm``;
    const status = kep.from !== void 0 && kep.to !== void 0 && kep.from !== kep.to ? gfm`${cell3(kep.from)} → ${cell3(kep.to)}` : cell3(kep.to ?? kep.from ?? "");
    lines.push(gfm`| ${cell3(input.displayPath(kep.file))} | ${text(kep.kind)}${moved} | ${status} | ${problemCounts(input, kep.file)} |`);
  }
  for (const [file, withFiles] of input.checkedWith ?? []) {
    if (rows.has(file)) continue;
    const why = joinMarkdown(
      withFiles.map((w) => cell3(input.displayPath(w.file))),
      gfm`, `
    );
    lines.push(gfm`| ${cell3(input.displayPath(file))} | checked again: ${why} changed |  | ${problemCounts(input, file)} |`);
  }
  return [...lines, gfm``];
}
function problemCounts(input, file) {
  const others = (input.checkedWith?.get(file) ?? []).map((w) => w.file).filter((other) => other !== file);
  const countsOf = (of) => input.countsByFile.get(of) ?? { errors: 0, warnings: 0, preexisting: 0 };
  const { errors, warnings, preexisting } = sumCounts([.../* @__PURE__ */ new Set([file, ...others])].map(countsOf));
  const counted = errors + warnings === 0 ? "none of its own" : [errors > 0 ? plural(errors, "error") : "", warnings > 0 ? plural(warnings, "warning") : ""].filter(Boolean).join(", ");
  const elsewhere = others.map((other) => ({ other, count: countsOf(other) })).filter(({ count }) => count.errors + count.warnings > 0).map(({ other, count }) => gfm`${count.errors + count.warnings} in ${code(input.displayPath(other), { table: true })}`);
  const where2 = elsewhere.length > 0 ? gfm` (${joinMarkdown(elsewhere, gfm`, `)})` : gfm``;
  return gfm`${text(counted)}${where2}${preexisting > 0 ? gfm`; already on the base: ${preexisting}` : gfm``}`;
}
function problemList(input, diagnostics) {
  const lines = [];
  const byFile = /* @__PURE__ */ new Map();
  for (const d of diagnostics) {
    const list = byFile.get(d.file);
    if (list) list.push(d);
    else byFile.set(d.file, [d]);
  }
  for (const [file, list] of byFile) {
    const path = input.displayPath(file);
    lines.push({ line: gfm`#### ${code(path)}\n`, problem: false });
    for (const d of list) {
      const where2 = input.lineUrl ? link2(gfm`line ${d.line}`, input.lineUrl(path, d.line)) : gfm`line ${d.line}`;
      const icon = d.preexisting ? gfm`ℹ️` : d.severity === "error" ? gfm`❌` : gfm`⚠️`;
      lines.push({ line: gfm`- ${icon} ${where2}, column ${d.column} — ${ruleName(input, d.rule)}: ${code(d.message)}`, problem: true });
    }
    lines.push({ line: gfm``, problem: false });
  }
  return lines;
}
function ruleName(input, rule, table = false) {
  const url = input.ruleUrl?.(rule);
  return url ? link2(code(rule, { table }), url) : code(rule, { table });
}
function indexSection(input, index) {
  const file = code(input.displayPath(index.file));
  const lines = [gfm`### ${file}\n`];
  if (index.state === "fresh") return [...lines, gfm`${file} is up to date.\n`];
  lines.push(gfm`${file} is ${text(index.state)}. Fix it with:\n`, gfm`${codeBlock(index.fixCommand, "sh")}\n`);
  if (index.diff) {
    const diffLines2 = index.diff.replace(/\n$/, "").split("\n");
    const shown = diffLines2.length > MAX_DIFF_LINES ? [...diffLines2.slice(0, MAX_DIFF_LINES), `\u2026 ${diffLines2.length - MAX_DIFF_LINES} more lines`].join("\n") : diffLines2.join("\n");
    lines.push(gfm`<details><summary>What changes</summary>\n`, gfm`${codeBlock(shown, "diff")}\n`, gfm`</details>\n`);
  }
  return lines;
}

// src/format/formatters.ts
var FORMATTERS = {
  text: formatText,
  json: formatJson,
  github: formatAnnotations,
  summary: formatSummary
};
var CHECK_FORMATS = ["text", "json", "github"];

// src/tree/repositoryAround.ts
function repositoryAround(root) {
  const top = workTreeRoot(root);
  if (top === void 0) return void 0;
  try {
    const prefix = git(root, ["rev-parse", "--show-prefix"]).trim().replace(/\/$/, "");
    return { tree: new FileSystemTree(top), root: prefix };
  } catch {
    return void 0;
  }
}

// src/edit/applyEdits.ts
var EditOverlapError = class extends Error {
};
function lineStarts(text2) {
  const starts = [0];
  for (let i = 0; i < text2.length; i++) {
    const c = text2.charCodeAt(i);
    if (c === 10 || c === 13 && text2.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}
function lineBreakOf(text2) {
  const match = /\r\n|\r|\n/.exec(text2);
  return match ? match[0] : "\n";
}
function offsetsOf(text2, span, starts = lineStarts(text2)) {
  const offset = (line, column) => {
    if (line > starts.length) return text2.length;
    return Math.min(starts[line - 1] + column - 1, text2.length);
  };
  return { start: offset(span.line, span.column), end: offset(span.endLine, span.endColumn) };
}
function locateEdits(text2, edits) {
  const starts = lineStarts(text2);
  const lineBreak = lineBreakOf(text2);
  return edits.map((edit) => ({ ...offsetsOf(text2, edit.span, starts), text: edit.text.replace(/\r?\n/g, lineBreak) }));
}
function sameEdit(a, b) {
  return a.start === b.start && a.end === b.end && a.text === b.text;
}
function conflict(a, b) {
  return a.start < b.end && b.start < a.end || a.start === b.start;
}
function applyTextEdits(text2, edits) {
  const ordered = edits.map((edit, order) => ({ ...edit, order })).sort((a, b) => a.start - b.start || a.end - b.end || a.order - b.order);
  let result = "";
  let at = 0;
  for (const edit of ordered) {
    if (edit.start < at) throw new EditOverlapError("two edits of one fix overlap");
    result += text2.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return result + text2.slice(at);
}
function chooseFixes(fixes, textOf2) {
  const texts = /* @__PURE__ */ new Map();
  const located = (edit) => {
    let entry = texts.get(edit.file);
    if (!entry) {
      const text2 = textOf2(edit.file);
      entry = { text: text2, starts: lineStarts(text2), lineBreak: lineBreakOf(text2) };
      texts.set(edit.file, entry);
    }
    return { ...offsetsOf(entry.text, edit.span, entry.starts), text: edit.text.replace(/\r?\n/g, entry.lineBreak) };
  };
  const edits = /* @__PURE__ */ new Map();
  const taken = [];
  const waiting = [];
  fixes.forEach((fix, index) => {
    const own = [];
    let blocked = false;
    for (const edit of fix.edits) {
      const at = located(edit);
      const before = edits.get(edit.file) ?? [];
      const mine = own.filter((other) => other.file === edit.file).map((other) => other.edit);
      if (before.some((other) => sameEdit(other, at)) || mine.some((other) => sameEdit(other, at))) continue;
      if (before.some((other) => conflict(other, at)) || mine.some((other) => other.start < at.end && at.start < other.end)) blocked = true;
      own.push({ file: edit.file, edit: at });
    }
    if (blocked) {
      waiting.push(index);
      return;
    }
    for (const { file, edit } of own) edits.set(file, [...edits.get(file) ?? [], edit]);
    taken.push(index);
  });
  return { taken, waiting, edits };
}

// src/edit/fileText.ts
import { isUtf8 } from "node:buffer";
var BOM = "\uFEFF";
var REPLACEMENT = 65533;
var FileText = class _FileText {
  constructor(text2, bytes, bom, byteAt) {
    this.text = text2;
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
    const text2 = applyTextEdits(this.text, edits);
    if (!this.byteAt || !this.bytes) return Buffer.from(this.bom ? BOM + text2 : text2, "utf8");
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
    return (this.bom ? decoded.slice(1) : decoded) === text2 ? result : void 0;
  }
};
function byteOffsets(bytes, decoded) {
  const at = new Uint32Array(decoded.length + 1);
  let i = 0;
  let j = 0;
  while (j < decoded.length) {
    if (i >= bytes.length) return void 0;
    at[j] = i;
    const code2 = decoded.codePointAt(j);
    const encodedReplacement = bytes[i] === 239 && bytes[i + 1] === 191 && bytes[i + 2] === 189;
    const length = code2 === REPLACEMENT && !encodedReplacement ? invalidLength(bytes, i) : code2 < 128 ? 1 : code2 < 2048 ? 2 : code2 < 65536 ? 3 : 4;
    if (code2 > 65535) at[j + 1] = i;
    i += length;
    j += code2 > 65535 ? 2 : 1;
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

// src/tree/overlayTree.ts
var OverlayTree = class {
  constructor(label, files = /* @__PURE__ */ new Map(), options = {}) {
    this.label = label;
    this.files = new Map(files);
    this.under = options.under;
    this.removed = options.removed ?? /* @__PURE__ */ new Set();
    this.others = options.others ?? [];
  }
  label;
  files;
  under;
  removed;
  others;
  /** The files set() replaced or added, by path. */
  replaced = /* @__PURE__ */ new Map();
  /** Replaces a file: bytes as they are (a fix keeps bytes that are not UTF-8), or text as UTF-8. */
  set(path, content) {
    const bytes = Buffer.isBuffer(content) ? content : Buffer.from(content, "utf8");
    this.files.set(path, bytes);
    this.replaced.set(path, bytes);
  }
  /** The files set() replaced so far, by path. */
  changed() {
    return this.replaced;
  }
  list() {
    const entries = /* @__PURE__ */ new Map();
    for (const entry of this.under?.list() ?? []) if (!this.removed.has(entry.path)) entries.set(entry.path, entry);
    for (const path of this.files.keys()) entries.set(path, { path, kind: "file" });
    for (const entry of this.others) entries.set(entry.path, entry);
    return [...entries.values()];
  }
  readHeads(paths, bytes, visit2) {
    const held = [];
    const below = [];
    for (const path of paths) (this.files.has(path) || !this.under || this.removed.has(path) ? held : below).push(path);
    headsFromFiles(this, held, visit2);
    this.under?.readHeads(below, bytes, visit2);
  }
  readFiles(paths) {
    const contents = /* @__PURE__ */ new Map();
    const rest = [];
    for (const path of paths) {
      const held = this.files.get(path);
      if (held !== void 0) contents.set(path, held);
      else if (this.under && !this.removed.has(path)) rest.push(path);
      else contents.set(path, new Error(`${path} is not in ${this.label}`));
    }
    if (this.under) for (const [path, content] of this.under.readFiles(rest)) contents.set(path, content);
    return contents;
  }
};

// src/fix/lineChanges.ts
function linesOf2(edit) {
  const end = edit.span.endLine > edit.span.line && edit.span.endColumn === 1 ? edit.span.endLine - 1 : edit.span.endLine;
  return { start: edit.span.line, end };
}
function lineBounds(text2) {
  const bounds = [];
  const pattern = /\r\n|\r|\n/g;
  let start = 0;
  for (let match = pattern.exec(text2); match; match = pattern.exec(text2)) {
    bounds.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  bounds.push({ start, end: text2.length });
  return bounds;
}
function fixesAsLineChanges(diagnostics, readText) {
  const byFile = /* @__PURE__ */ new Map();
  for (const diagnostic of diagnostics) {
    const edits = diagnostic.fix?.edits;
    if (!edits || edits.length === 0 || edits.some((edit) => edit.file !== edits[0].file)) continue;
    byFile.set(edits[0].file, [...byFile.get(edits[0].file) ?? [], diagnostic]);
  }
  const changes = [];
  for (const [file, fixed] of byFile) {
    const text2 = readText(file);
    if (text2 === void 0) continue;
    const bounds = lineBounds(text2);
    const { taken } = chooseFixes(
      fixed.map((d) => d.fix),
      () => text2
    );
    const entries = taken.map((index) => {
      const ranges = fixed[index].fix.edits.map(linesOf2);
      return { diagnostic: fixed[index], start: Math.min(...ranges.map((r) => r.start)), end: Math.max(...ranges.map((r) => r.end)) };
    });
    entries.sort((a, b) => a.start - b.start || a.end - b.end);
    const groups = [];
    for (const entry of entries) {
      const last = groups.at(-1);
      if (last && entry.start <= Math.max(...last.map((e) => e.end))) last.push(entry);
      else groups.push([entry]);
    }
    for (const group of groups) {
      const startLine = group[0].start;
      const endLine = Math.max(...group.map((e) => e.end));
      if (endLine > bounds.length) continue;
      const from = bounds[startLine - 1].start;
      const to = bounds[endLine - 1].end;
      const { edits } = chooseFixes(
        group.map((e) => e.diagnostic.fix),
        () => text2
      );
      const lineBreak = lineBreakOf(text2);
      const located = (edits.get(file) ?? []).map(
        (edit) => edit.end > to ? { start: edit.start - from, end: to - from, text: edit.text.endsWith(lineBreak) ? edit.text.slice(0, -lineBreak.length) : edit.text } : { ...edit, start: edit.start - from, end: edit.end - from }
      );
      const before = text2.slice(from, to);
      const replacement = applyTextEdits(before, located).replace(/\r\n?/g, "\n");
      if (replacement === before.replace(/\r\n?/g, "\n")) continue;
      changes.push({ file, startLine, endLine, replacement, current: before.replace(/\r\n?/g, "\n"), diagnostics: group.map((e) => e.diagnostic) });
    }
  }
  return changes;
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
function edited(text2, edits) {
  try {
    return text2.withEdits(edits);
  } catch {
    return void 0;
  }
}
async function fixInMemory(head, check3) {
  const tree = new OverlayTree(head.label, /* @__PURE__ */ new Map(), { under: head });
  const fixed = [];
  const leftAlone = /* @__PURE__ */ new Map();
  let result = await check3(tree);
  let passes = 0;
  while (passes < MAX_FIX_PASSES) {
    const before = new Map(tree.changed());
    const applied = applyPass(tree, result.diagnostics, leftAlone);
    const changed = [...tree.changed()].some(([file, content]) => !before.get(file)?.equals(content));
    if (applied.length === 0 || !changed) break;
    passes++;
    fixed.push(...applied);
    result = await check3(tree);
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
  const diffs = outcome.files.map((file) => lineDiff2(file.file, file.before?.toString("utf8") ?? "", file.after.toString("utf8")).diff);
  return `${diffs.join("")}
${rest.length > 0 ? `${rest.join("\n")}
` : ""}${plural(outcome.fixed.length, "problem")} would be fixed in ${plural(outcome.files.length, "file")} (nothing was written; --fix writes it); what would remain:

`;
}

// src/validate/baseline.ts
function baselined(rule) {
  return RULES.get(rule.split("/")[0])?.meta.neverBaselined !== true;
}
function errorsByFileAndRule(diagnostics) {
  const byFile = /* @__PURE__ */ new Map();
  for (const d of diagnostics) {
    if (d.severity !== "error" || d.preexisting || !baselined(d.rule)) continue;
    let byRule = byFile.get(d.file);
    if (!byRule) byFile.set(d.file, byRule = /* @__PURE__ */ new Map());
    const list = byRule.get(d.rule);
    if (list) list.push(d);
    else byRule.set(d.rule, [d]);
  }
  return byFile;
}
function buildBaseline(diagnostics) {
  const baseline = {};
  const byFile = errorsByFileAndRule(diagnostics);
  for (const file of [...byFile.keys()].sort()) {
    const byRule = byFile.get(file);
    baseline[file] = {};
    for (const rule of [...byRule.keys()].sort()) baseline[file][rule] = { count: byRule.get(rule).length };
  }
  return baseline;
}
function applyBaseline(diagnostics, baseline, inScope) {
  const byFile = errorsByFileAndRule(diagnostics);
  const known = /* @__PURE__ */ new Set();
  const fixed = [];
  for (const [file, rules] of Object.entries(baseline)) {
    if (!inScope(file)) continue;
    for (const [rule, { count }] of Object.entries(rules)) {
      if (!baselined(rule)) continue;
      const errors = byFile.get(file)?.get(rule) ?? [];
      if (errors.length <= count) for (const d of errors) known.add(d);
      if (errors.length < count) fixed.push({ file, rule, recorded: count, now: errors.length });
    }
  }
  return { diagnostics: diagnostics.map((d) => known.has(d) ? { ...d, preexisting: "baseline" } : d), fixed };
}

// node_modules/mustache/mustache.mjs
var objectToString = Object.prototype.toString;
var isArray = Array.isArray || function isArrayPolyfill(object) {
  return objectToString.call(object) === "[object Array]";
};
function isFunction(object) {
  return typeof object === "function";
}
function typeStr(obj) {
  return isArray(obj) ? "array" : typeof obj;
}
function escapeRegExp(string) {
  return string.replace(/[\-\[\]{}()*+?.,\\\^$|#\s]/g, "\\$&");
}
function hasProperty(obj, propName) {
  return obj != null && typeof obj === "object" && propName in obj;
}
function primitiveHasOwnProperty(primitive, propName) {
  return primitive != null && typeof primitive !== "object" && primitive.hasOwnProperty && primitive.hasOwnProperty(propName);
}
var regExpTest = RegExp.prototype.test;
function testRegExp(re, string) {
  return regExpTest.call(re, string);
}
var nonSpaceRe = /\S/;
function isWhitespace(string) {
  return !testRegExp(nonSpaceRe, string);
}
var entityMap = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "/": "&#x2F;",
  "`": "&#x60;",
  "=": "&#x3D;"
};
function escapeHtml(string) {
  return String(string).replace(/[&<>"'`=\/]/g, function fromEntityMap(s) {
    return entityMap[s];
  });
}
var whiteRe = /\s*/;
var spaceRe = /\s+/;
var equalsRe = /\s*=/;
var curlyRe = /\s*\}/;
var tagRe = /#|\^|\/|>|\{|&|=|!/;
function parseTemplate(template, tags) {
  if (!template)
    return [];
  var lineHasNonSpace = false;
  var sections = [];
  var tokens = [];
  var spaces = [];
  var hasTag = false;
  var nonSpace = false;
  var indentation = "";
  var tagIndex = 0;
  function stripSpace() {
    if (hasTag && !nonSpace) {
      while (spaces.length)
        delete tokens[spaces.pop()];
    } else {
      spaces = [];
    }
    hasTag = false;
    nonSpace = false;
  }
  var openingTagRe, closingTagRe, closingCurlyRe;
  function compileTags(tagsToCompile) {
    if (typeof tagsToCompile === "string")
      tagsToCompile = tagsToCompile.split(spaceRe, 2);
    if (!isArray(tagsToCompile) || tagsToCompile.length !== 2)
      throw new Error("Invalid tags: " + tagsToCompile);
    openingTagRe = new RegExp(escapeRegExp(tagsToCompile[0]) + "\\s*");
    closingTagRe = new RegExp("\\s*" + escapeRegExp(tagsToCompile[1]));
    closingCurlyRe = new RegExp("\\s*" + escapeRegExp("}" + tagsToCompile[1]));
  }
  compileTags(tags || mustache.tags);
  var scanner = new Scanner(template);
  var start, type, value, chr, token, openSection;
  while (!scanner.eos()) {
    start = scanner.pos;
    value = scanner.scanUntil(openingTagRe);
    if (value) {
      for (var i = 0, valueLength = value.length; i < valueLength; ++i) {
        chr = value.charAt(i);
        if (isWhitespace(chr)) {
          spaces.push(tokens.length);
          indentation += chr;
        } else {
          nonSpace = true;
          lineHasNonSpace = true;
          indentation += " ";
        }
        tokens.push(["text", chr, start, start + 1]);
        start += 1;
        if (chr === "\n") {
          stripSpace();
          indentation = "";
          tagIndex = 0;
          lineHasNonSpace = false;
        }
      }
    }
    if (!scanner.scan(openingTagRe))
      break;
    hasTag = true;
    type = scanner.scan(tagRe) || "name";
    scanner.scan(whiteRe);
    if (type === "=") {
      value = scanner.scanUntil(equalsRe);
      scanner.scan(equalsRe);
      scanner.scanUntil(closingTagRe);
    } else if (type === "{") {
      value = scanner.scanUntil(closingCurlyRe);
      scanner.scan(curlyRe);
      scanner.scanUntil(closingTagRe);
      type = "&";
    } else {
      value = scanner.scanUntil(closingTagRe);
    }
    if (!scanner.scan(closingTagRe))
      throw new Error("Unclosed tag at " + scanner.pos);
    if (type == ">") {
      token = [type, value, start, scanner.pos, indentation, tagIndex, lineHasNonSpace];
    } else {
      token = [type, value, start, scanner.pos];
    }
    tagIndex++;
    tokens.push(token);
    if (type === "#" || type === "^") {
      sections.push(token);
    } else if (type === "/") {
      openSection = sections.pop();
      if (!openSection)
        throw new Error('Unopened section "' + value + '" at ' + start);
      if (openSection[1] !== value)
        throw new Error('Unclosed section "' + openSection[1] + '" at ' + start);
    } else if (type === "name" || type === "{" || type === "&") {
      nonSpace = true;
    } else if (type === "=") {
      compileTags(value);
    }
  }
  stripSpace();
  openSection = sections.pop();
  if (openSection)
    throw new Error('Unclosed section "' + openSection[1] + '" at ' + scanner.pos);
  return nestTokens(squashTokens(tokens));
}
function squashTokens(tokens) {
  var squashedTokens = [];
  var token, lastToken;
  for (var i = 0, numTokens = tokens.length; i < numTokens; ++i) {
    token = tokens[i];
    if (token) {
      if (token[0] === "text" && lastToken && lastToken[0] === "text") {
        lastToken[1] += token[1];
        lastToken[3] = token[3];
      } else {
        squashedTokens.push(token);
        lastToken = token;
      }
    }
  }
  return squashedTokens;
}
function nestTokens(tokens) {
  var nestedTokens = [];
  var collector = nestedTokens;
  var sections = [];
  var token, section;
  for (var i = 0, numTokens = tokens.length; i < numTokens; ++i) {
    token = tokens[i];
    switch (token[0]) {
      case "#":
      case "^":
        collector.push(token);
        sections.push(token);
        collector = token[4] = [];
        break;
      case "/":
        section = sections.pop();
        section[5] = token[2];
        collector = sections.length > 0 ? sections[sections.length - 1][4] : nestedTokens;
        break;
      default:
        collector.push(token);
    }
  }
  return nestedTokens;
}
function Scanner(string) {
  this.string = string;
  this.tail = string;
  this.pos = 0;
}
Scanner.prototype.eos = function eos() {
  return this.tail === "";
};
Scanner.prototype.scan = function scan(re) {
  var match = this.tail.match(re);
  if (!match || match.index !== 0)
    return "";
  var string = match[0];
  this.tail = this.tail.substring(string.length);
  this.pos += string.length;
  return string;
};
Scanner.prototype.scanUntil = function scanUntil(re) {
  var index = this.tail.search(re), match;
  switch (index) {
    case -1:
      match = this.tail;
      this.tail = "";
      break;
    case 0:
      match = "";
      break;
    default:
      match = this.tail.substring(0, index);
      this.tail = this.tail.substring(index);
  }
  this.pos += match.length;
  return match;
};
function Context(view, parentContext) {
  this.view = view;
  this.cache = { ".": this.view };
  this.parent = parentContext;
}
Context.prototype.push = function push(view) {
  return new Context(view, this);
};
Context.prototype.lookup = function lookup(name) {
  var cache = this.cache;
  var value;
  if (cache.hasOwnProperty(name)) {
    value = cache[name];
  } else {
    var context = this, intermediateValue, names, index, lookupHit = false;
    while (context) {
      if (name.indexOf(".") > 0) {
        intermediateValue = context.view;
        names = name.split(".");
        index = 0;
        while (intermediateValue != null && index < names.length) {
          if (index === names.length - 1)
            lookupHit = hasProperty(intermediateValue, names[index]) || primitiveHasOwnProperty(intermediateValue, names[index]);
          intermediateValue = intermediateValue[names[index++]];
        }
      } else {
        intermediateValue = context.view[name];
        lookupHit = hasProperty(context.view, name);
      }
      if (lookupHit) {
        value = intermediateValue;
        break;
      }
      context = context.parent;
    }
    cache[name] = value;
  }
  if (isFunction(value))
    value = value.call(this.view);
  return value;
};
function Writer() {
  this.templateCache = {
    _cache: {},
    set: function set(key, value) {
      this._cache[key] = value;
    },
    get: function get(key) {
      return this._cache[key];
    },
    clear: function clear() {
      this._cache = {};
    }
  };
}
Writer.prototype.clearCache = function clearCache() {
  if (typeof this.templateCache !== "undefined") {
    this.templateCache.clear();
  }
};
Writer.prototype.parse = function parse(template, tags) {
  var cache = this.templateCache;
  var cacheKey = template + ":" + (tags || mustache.tags).join(":");
  var isCacheEnabled = typeof cache !== "undefined";
  var tokens = isCacheEnabled ? cache.get(cacheKey) : void 0;
  if (tokens == void 0) {
    tokens = parseTemplate(template, tags);
    isCacheEnabled && cache.set(cacheKey, tokens);
  }
  return tokens;
};
Writer.prototype.render = function render(template, view, partials, config) {
  var tags = this.getConfigTags(config);
  var tokens = this.parse(template, tags);
  var context = view instanceof Context ? view : new Context(view, void 0);
  return this.renderTokens(tokens, context, partials, template, config);
};
Writer.prototype.renderTokens = function renderTokens(tokens, context, partials, originalTemplate, config) {
  var buffer = "";
  var token, symbol, value;
  for (var i = 0, numTokens = tokens.length; i < numTokens; ++i) {
    value = void 0;
    token = tokens[i];
    symbol = token[0];
    if (symbol === "#") value = this.renderSection(token, context, partials, originalTemplate, config);
    else if (symbol === "^") value = this.renderInverted(token, context, partials, originalTemplate, config);
    else if (symbol === ">") value = this.renderPartial(token, context, partials, config);
    else if (symbol === "&") value = this.unescapedValue(token, context);
    else if (symbol === "name") value = this.escapedValue(token, context, config);
    else if (symbol === "text") value = this.rawValue(token);
    if (value !== void 0)
      buffer += value;
  }
  return buffer;
};
Writer.prototype.renderSection = function renderSection(token, context, partials, originalTemplate, config) {
  var self = this;
  var buffer = "";
  var value = context.lookup(token[1]);
  function subRender(template) {
    return self.render(template, context, partials, config);
  }
  if (!value) return;
  if (isArray(value)) {
    for (var j = 0, valueLength = value.length; j < valueLength; ++j) {
      buffer += this.renderTokens(token[4], context.push(value[j]), partials, originalTemplate, config);
    }
  } else if (typeof value === "object" || typeof value === "string" || typeof value === "number") {
    buffer += this.renderTokens(token[4], context.push(value), partials, originalTemplate, config);
  } else if (isFunction(value)) {
    if (typeof originalTemplate !== "string")
      throw new Error("Cannot use higher-order sections without the original template");
    value = value.call(context.view, originalTemplate.slice(token[3], token[5]), subRender);
    if (value != null)
      buffer += value;
  } else {
    buffer += this.renderTokens(token[4], context, partials, originalTemplate, config);
  }
  return buffer;
};
Writer.prototype.renderInverted = function renderInverted(token, context, partials, originalTemplate, config) {
  var value = context.lookup(token[1]);
  if (!value || isArray(value) && value.length === 0)
    return this.renderTokens(token[4], context, partials, originalTemplate, config);
};
Writer.prototype.indentPartial = function indentPartial(partial, indentation, lineHasNonSpace) {
  var filteredIndentation = indentation.replace(/[^ \t]/g, "");
  var partialByNl = partial.split("\n");
  for (var i = 0; i < partialByNl.length; i++) {
    if (partialByNl[i].length && (i > 0 || !lineHasNonSpace)) {
      partialByNl[i] = filteredIndentation + partialByNl[i];
    }
  }
  return partialByNl.join("\n");
};
Writer.prototype.renderPartial = function renderPartial(token, context, partials, config) {
  if (!partials) return;
  var tags = this.getConfigTags(config);
  var value = isFunction(partials) ? partials(token[1]) : partials[token[1]];
  if (value != null) {
    var lineHasNonSpace = token[6];
    var tagIndex = token[5];
    var indentation = token[4];
    var indentedValue = value;
    if (tagIndex == 0 && indentation) {
      indentedValue = this.indentPartial(value, indentation, lineHasNonSpace);
    }
    var tokens = this.parse(indentedValue, tags);
    return this.renderTokens(tokens, context, partials, indentedValue, config);
  }
};
Writer.prototype.unescapedValue = function unescapedValue(token, context) {
  var value = context.lookup(token[1]);
  if (value != null)
    return value;
};
Writer.prototype.escapedValue = function escapedValue(token, context, config) {
  var escape = this.getConfigEscape(config) || mustache.escape;
  var value = context.lookup(token[1]);
  if (value != null)
    return typeof value === "number" && escape === mustache.escape ? String(value) : escape(value);
};
Writer.prototype.rawValue = function rawValue(token) {
  return token[1];
};
Writer.prototype.getConfigTags = function getConfigTags(config) {
  if (isArray(config)) {
    return config;
  } else if (config && typeof config === "object") {
    return config.tags;
  } else {
    return void 0;
  }
};
Writer.prototype.getConfigEscape = function getConfigEscape(config) {
  if (config && typeof config === "object" && !isArray(config)) {
    return config.escape;
  } else {
    return void 0;
  }
};
var mustache = {
  name: "mustache.js",
  version: "4.2.0",
  tags: ["{{", "}}"],
  clearCache: void 0,
  escape: void 0,
  parse: void 0,
  render: void 0,
  Scanner: void 0,
  Context: void 0,
  Writer: void 0,
  /**
   * Allows a user to override the default caching strategy, by providing an
   * object with set, get and clear methods. This can also be used to disable
   * the cache by setting it to the literal `undefined`.
   */
  set templateCache(cache) {
    defaultWriter.templateCache = cache;
  },
  /**
   * Gets the default or overridden caching object from the default writer.
   */
  get templateCache() {
    return defaultWriter.templateCache;
  }
};
var defaultWriter = new Writer();
mustache.clearCache = function clearCache2() {
  return defaultWriter.clearCache();
};
mustache.parse = function parse2(template, tags) {
  return defaultWriter.parse(template, tags);
};
mustache.render = function render2(template, view, partials, config) {
  if (typeof template !== "string") {
    throw new TypeError('Invalid template! Template should be a "string" but "' + typeStr(template) + '" was given as the first argument for mustache#render(template, view, partials)');
  }
  return defaultWriter.render(template, view, partials, config);
};
mustache.escape = escapeHtml;
mustache.Scanner = Scanner;
mustache.Context = Context;
mustache.Writer = Writer;
var mustache_default = mustache;

// src/indexFile/renderTemplate.ts
function pythonRepr(value) {
  if (typeof value === "string") {
    const quote = value.includes("'") && !value.includes('"') ? '"' : "'";
    const body = value.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/\t/g, "\\t");
    return quote + (quote === "'" ? body.replace(/'/g, "\\'") : body) + quote;
  }
  if (value === null || value === void 0) return "None";
  return pythonStr(value);
}
function pythonStr(value) {
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "True" : "False";
  if (value === null || value === void 0) return "None";
  if (Array.isArray(value)) return `[${value.map(pythonRepr).join(", ")}]`;
  if (typeof value === "object") {
    return `{${Object.entries(value).map(([key, item]) => `${pythonRepr(key)}: ${pythonRepr(item)}`).join(", ")}}`;
  }
  return String(value);
}
function escapeTemplateValue(value) {
  const empty = value === null || value === void 0 || value === "" || Array.isArray(value) && value.length === 0 || typeof value === "object" && value !== null && Object.keys(value).length === 0;
  if (empty) return "";
  return pythonStr(value).replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function renderTemplate(template, view) {
  return mustache_default.render(template, view, {}, { escape: escapeTemplateValue });
}

// src/indexFile/indexOfRepository.ts
function isMissing(error) {
  return error.code === "ENOENT" || /is not in /.test(error.message);
}
function broken(file, message, fixCommand) {
  return { file, state: "broken", expected: "", fixCommand: fixCommand ?? FIX_COMMAND, problem: problem(file, FILE_START, "index-stale", message) };
}
function fromTemplate(template, tree, documents, settings) {
  const content = tree.readFiles([template]).get(template);
  if (content === void 0 || !Buffer.isBuffer(content)) {
    const reason = content === void 0 || isMissing(content) ? "it does not exist" : content.message;
    return { error: `the index template ${template} cannot be read (${reason}); ${settings.indexFile} is generated from it \u2014 restore it, or set index-template to another file (none: the built-in index)` };
  }
  try {
    return { text: renderTemplate(content.toString("utf8"), settings.indexView(documents, settings.indexFile)) };
  } catch (error) {
    return { error: `the index template ${template} cannot be rendered: ${error.message}; fix the template (mustache)` };
  }
}
function indexOfRepository(settings, tree, documents, fixCommand) {
  const { indexFile, indexTemplate } = settings;
  const content = tree.readFiles([indexFile]).get(indexFile);
  if (content !== void 0 && !Buffer.isBuffer(content) && !isMissing(content)) {
    return broken(indexFile, content.code === "ENOTREG" ? `${content.message}; the index must be a file` : `${indexFile} cannot be read: ${content.message}`, fixCommand);
  }
  const current = Buffer.isBuffer(content) ? content.toString("utf8") : void 0;
  if (indexTemplate === null) return checkIndex(indexFile, current, renderIndex(documents, indexFile, settings.lifecycle), fixCommand);
  const rendered = fromTemplate(indexTemplate, tree, documents, settings);
  if ("error" in rendered) return broken(indexFile, rendered.error, fixCommand);
  return checkIndex(indexFile, current, rendered.text, fixCommand, { whole: true, source: indexTemplate });
}

// src/rules/context.ts
function sharedContext(settings, run) {
  return {
    ...run,
    lifecycle: settings.lifecycle,
    schema: settings.schema,
    knownSigs: settings.knownSigs,
    release: settings.release,
    prodReadiness: run.prodReadiness ?? (settings.prodReadiness ? /* @__PURE__ */ new Map() : void 0)
  };
}
function ruleContext(shared, selection, id, options) {
  const selected = selection[id];
  return { ...shared, options: options ?? (selected === true ? void 0 : selected) };
}

// src/parse/readText.ts
function rangeContains(metadata, range, line, column) {
  const span = metadata.spanOf(range[0], range[1]);
  const afterStart = line > span.line || line === span.line && column >= span.column;
  const beforeEnd = line < span.endLine || line === span.endLine && column <= span.endColumn;
  return afterStart && beforeEnd;
}
function standsOnReadText(metadata, span) {
  const { block } = metadata;
  if (span.line < block.line || span.line > block.endLine) return true;
  if (span.line === block.line && span.column === block.column && span.endLine === block.endLine && span.endColumn === block.endColumn) return false;
  for (const position of metadata.positions.values()) {
    if (position.value !== void 0 && rangeContains(metadata, position.value, span.line, span.column)) return true;
    if (position.key !== void 0 && rangeContains(metadata, position.key, span.line, span.column)) return true;
  }
  return false;
}

// src/rules/runRules.ts
function isUnparsed(problem2) {
  return Object.hasOwn(READ_PROBLEMS, problem2.rule) && isGraveReadProblem(problem2.rule);
}
function ruleRuns(meta, policy) {
  return meta.topics === true || policy.severityOf(meta.id, "warning") !== "off";
}
var RuleRunner = class {
  constructor(selection, policy, shared) {
    this.policy = policy;
    this.shared = shared;
    for (const id of Object.keys(selection)) {
      const rule = RULES.get(id);
      if (!rule) throw new Error(`internal error: a preset selects the unknown rule "${id}"`);
      if (!ruleRuns(rule.meta, policy)) continue;
      const context = ruleContext(shared, selection, id);
      if (rule.subject === "kep") this.kepRules.push({ rule, context });
      else if (rule.subject === "change") this.changeRules.push({ rule, context });
    }
  }
  policy;
  shared;
  kepRules = [];
  changeRules = [];
  /** Files that do not parse: the repository's KEPs that did not, and files of problems stamped so far that did not. */
  unparsed;
  /** By a changed KEP's head file: the fields whose change a change rule rejected (status-transition: status). */
  rejected = /* @__PURE__ */ new Map();
  /**
   * Everything about one KEP: what reading it found, then every KEP rule (when it has metadata
   * to check). A finding that follows from a field whose change was rejected (checkChange, run
   * first for a changed KEP) is dropped: it is that rejection's consequence. In a file whose
   * metadata is in doubt (a YAML error the parser read past), a finding stands only on text that
   * was read — a key or value, the file beyond the metadata: the read error is what to fix, never
   * the missing fields that follow from it.
   */
  checkKep(doc) {
    const diagnostics = this.stampProblems(doc.readProblems);
    const { metadata } = doc;
    if (!metadata) return diagnostics;
    const rejected = this.rejected.get(doc.file);
    const inDoubt = doc.readProblems.some(isUnparsed);
    for (const { rule, context } of this.kepRules) {
      const reports = withoutConsequences(rule.check(doc, context), rejected);
      this.stampAll(rule.meta, inDoubt ? reports.filter((report) => report.file !== void 0 && report.file !== doc.file || standsOnReadText(metadata, report.span)) : reports, doc.file, diagnostics);
    }
    return diagnostics;
  }
  /**
   * Everything about what a change does to one KEP. The fields whose change a rule rejects
   * (its meta's `rejects`, where it reports at a severity that is not off) are remembered for
   * checkKep; the change's other findings that follow from them are dropped here.
   */
  checkChange(change) {
    const reported = this.changeRules.map(({ rule, context }) => ({ meta: rule.meta, reports: rule.check(change, context) }));
    const rejected = new Set(reported.filter(({ meta, reports }) => meta.rejects !== void 0 && reports.some((report) => this.reported(meta, report))).map(({ meta }) => meta.rejects));
    if (change.after && rejected.size > 0) this.rejected.set(change.after.file, rejected);
    const diagnostics = [];
    for (const { meta, reports } of reported) this.stampAll(meta, withoutConsequences(reports, rejected), change.change.path, diagnostics);
    return diagnostics;
  }
  /** Whether a report is shown at all: its severity is not off. */
  reported(meta, report) {
    return this.policy.severityOf(report.topic === void 0 ? meta.id : `${meta.id}/${report.topic}`, meta.severity, report.relaxed) !== "off";
  }
  /** Problems a stage of the run found (reading, the index, approval files), stamped as reports are. */
  stampProblems(problems) {
    const diagnostics = [];
    for (const problem2 of problems) if (isUnparsed(problem2)) this.unparsedFiles().add(problem2.file);
    for (const problem2 of problems) {
      const rule = RULES.get(problem2.rule);
      if (!rule) throw new Error(`internal error: a problem names the unknown rule "${problem2.rule}"`);
      this.stampAll(rule.meta, [problem2], problem2.file, diagnostics);
    }
    return diagnostics;
  }
  unparsedFiles() {
    this.unparsed ??= new Set(this.shared.repository.documents.filter((doc) => doc.readProblems.some(isUnparsed)).map((doc) => doc.file));
    return this.unparsed;
  }
  /** Whether a fix may edit its files: each of them parses. */
  editable(fix, file) {
    const unparsed = this.unparsedFiles();
    return fix.edits.every((edit) => !unparsed.has(edit.file ?? file));
  }
  stampAll(meta, reports, file, into) {
    for (const report of reports) {
      const rule = report.topic === void 0 ? meta.id : `${meta.id}/${report.topic}`;
      const severity = this.policy.severityOf(rule, meta.severity, report.relaxed);
      if (severity === "off") continue;
      const { span } = report;
      const diagnostic = {
        file: report.file ?? file,
        line: span.line,
        column: span.column,
        endLine: span.endLine,
        endColumn: span.endColumn,
        severity,
        rule,
        message: report.message
      };
      if (report.expected && report.expected.length > 0) diagnostic.expected = [...report.expected];
      const fix = report.fix;
      if (fix && fix.edits.length > 0 && meta.fixable?.includes(fix.applicability) && this.editable(fix, diagnostic.file)) {
        diagnostic.fix = { applicability: fix.applicability, edits: fix.edits.map((edit) => ({ ...edit, file: edit.file ?? diagnostic.file })) };
      }
      into.push(diagnostic);
    }
  }
};
function withoutConsequences(reports, rejected) {
  if (!rejected || rejected.size === 0) return reports;
  return reports.filter((report) => !report.dependsOn?.some((field) => rejected.has(field)));
}

// src/readme/headings.ts
function escapeHtml2(text2) {
  return text2.replace(/[&<>"]/g, (c) => c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;");
}
var BARE_URL = /(?<![A-Za-z])(?:https?:\/\/|ftp:\/\/|file:\/\/|mailto:)[^\s<]+/gi;
var CLOSERS = { ")": "(", "]": "[", "}": "{", '"': '"', "'": "'" };
function urlEnd(text2, start, url) {
  if (/[.,]$/.test(url)) url = url.slice(0, -1);
  if (url.endsWith(";") && !/&[a-z]{2,5};$/.test(url)) url = url.slice(0, -1);
  const last = url.at(-1);
  const open = CLOSERS[last];
  if (open !== void 0) {
    let depth = 1;
    const line = text2.slice(0, start + url.length - 1);
    for (let i = line.length - 1; i >= 0 && line[i] !== "\n" && depth !== 0; i--) {
      if (line[i] === last) depth++;
      if (line[i] === open) depth--;
    }
    if (depth === 0) url = url.slice(0, -1);
  }
  return url;
}
function renderText(text2, inLink) {
  if (inLink) return escapeHtml2(text2);
  let html = "";
  let from = 0;
  for (const match of text2.matchAll(BARE_URL)) {
    if (match.index < from) continue;
    const url = urlEnd(text2, match.index, match[0]);
    html += `${escapeHtml2(text2.slice(from, match.index))}<a href="${escapeHtml2(url)}">${escapeHtml2(url)}</a>`;
    from = match.index + url.length;
  }
  return html + escapeHtml2(text2.slice(from));
}
function codeText(walk, node) {
  const raw = walk.source.slice(node.position.start.offset, node.position.end.offset);
  const fence = /^`+/.exec(raw)[0].length;
  return raw.slice(fence, raw.length - fence).replace(/^ +| +$/g, "");
}
function render3(walk, nodes, inLink = false) {
  let html = "";
  let text2 = "";
  for (const node of nodes) {
    switch (node.type) {
      case "text":
        html += renderText(node.value, inLink);
        text2 += node.value;
        break;
      case "inlineCode": {
        const code2 = codeText(walk, node);
        html += `<code>${escapeHtml2(code2)}</code>`;
        text2 += code2;
        break;
      }
      case "emphasis":
      case "strong":
      case "delete": {
        const tag = node.type === "emphasis" ? "em" : node.type === "strong" ? "strong" : "del";
        const inner = render3(walk, node.children, inLink);
        html += `<${tag}>${inner.html}</${tag}>`;
        text2 += inner.text;
        break;
      }
      case "link":
      case "linkReference": {
        const target = node.type === "link" ? node : walk.definitions.get(node.identifier);
        const inner = render3(walk, node.children, true);
        if (!target) {
          html += inner.html;
        } else {
          const title = target.title ? ` title="${escapeHtml2(target.title)}"` : "";
          html += `<a href="${escapeHtml2(target.url)}"${title}>${inner.html}</a>`;
        }
        text2 += inner.text;
        break;
      }
      case "image":
      case "imageReference": {
        const target = node.type === "image" ? node : walk.definitions.get(node.identifier);
        const alt = node.alt ?? "";
        const title = target?.title ? `" title="${escapeHtml2(target.title)}` : "";
        html += `<img src="${escapeHtml2(target?.url ?? "")}" alt="${escapeHtml2(alt)}${title}" />`;
        text2 += alt;
        break;
      }
      case "html":
        html += node.value;
        break;
      case "break":
        html += "<br>\n";
        break;
      default:
        break;
    }
  }
  return { html, text: text2 };
}
function gomarkdownContent(walk, heading) {
  const last = heading.children.at(-1);
  if (last?.type !== "text") return heading.children;
  const source = walk.source.slice(heading.position.start.offset, heading.position.end.offset);
  if (!source.startsWith("#") || source.includes("\n")) return heading.children;
  let value = last.value.replace(/[ \t]*\{#[^}]*\}$/, "");
  if (/[^\\]#+[ \t]*$/.test(source.replace(/[ \t]*\{#[^}]*\}[ \t]*$/, ""))) value = value.replace(/#+$/, "").replace(/[ \t]+$/, "");
  return value === last.value ? heading.children : [...heading.children.slice(0, -1), { ...last, value }];
}
function spanOf(walk, node) {
  const { start, end } = node.position;
  const lines = walk.origin.line - 1;
  return { line: start.line + lines, column: start.column, endLine: end.line + lines, endColumn: end.column };
}
function unclosedFence(walk, node) {
  const raw = walk.source.slice(node.position.start.offset, node.position.end.offset);
  const open = /^[ \t]*(`{3,}|~{3,})/.exec(raw);
  if (!open) return void 0;
  const lines = raw.split("\n");
  const last = lines.at(-1).trim();
  const closing = new RegExp(`^\\${open[1][0]}{${open[1].length},}$`);
  if (lines.length > 1 && closing.test(last)) return void 0;
  const firstBreak = raw.indexOf("\n");
  return firstBreak === -1 ? void 0 : node.position.start.offset + firstBreak + 1;
}
function visit(walk, parent, inTightItem) {
  parent.children.forEach((node, index) => {
    if (node.type === "heading") {
      if (parent.type === "root" && node.position.start.column !== 1) return;
      if (inTightItem) return;
      const { html, text: text2 } = render3(walk, gomarkdownContent(walk, node));
      const next = parent.children[index + 1];
      const note = next?.type === "html" && next.value.startsWith("<!--") ? next.value : void 0;
      walk.headings.push({ depth: node.depth, text: text2, html: html.trim(), span: spanOf(walk, node), ...note === void 0 ? {} : { note } });
      return;
    }
    if (node.type === "code" && parent.type === "root") {
      const rest = unclosedFence(walk, node);
      if (rest !== void 0) visitText(walk.parser, walk.source.slice(rest), { line: walk.origin.line + node.position.start.line }, walk.headings);
      return;
    }
    if (node.type === "list") {
      let blocks = false;
      node.children.forEach((item, i) => {
        const next = node.children[i + 1];
        const blankAfter = next !== void 0 && next.position.start.line > item.position.end.line + 1;
        blocks ||= item.spread === true || blankAfter || item.children.some((child, j) => j > 0 && child.type === "heading");
        visit(walk, item, !blocks);
      });
      return;
    }
    if ("children" in node) visit(walk, node, inTightItem);
  });
}
function definitionsOf(root) {
  const definitions = /* @__PURE__ */ new Map();
  const collect = (parent) => {
    for (const node of parent.children) {
      if (node.type === "definition" && !definitions.has(node.identifier)) definitions.set(node.identifier, node);
      else if ("children" in node) collect(node);
    }
  };
  collect(root);
  return definitions;
}
function visitText(parser, source, origin, headings) {
  const root = parser.parse(source);
  visit({ source, parser, origin, definitions: definitionsOf(root), headings }, root, false);
}
function markdownHeadings(parser, text2, from = 0) {
  const headings = [];
  const line = from === 0 ? 1 : text2.slice(0, from).split("\n").length;
  visitText(parser, text2.slice(from), { line }, headings);
  return headings;
}

// src/readme/plainHeadings.ts
var ATX = /^(#{1,6})(?:([ \t])(.*?))?[ \t]*$/;
var FENCE = /^([ \t]*)(`{3,}|~{3,})(.*)$/;
var NESTED_HEADING = /^[ \t]*(?:(?:>[ \t]?|[-*+][ \t]+|\d{1,9}[.)][ \t]+)[ \t]*)+#{1,6}(?:[ \t]|$)/;
var SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
var DEFINITION = /^ {0,3}\[(?:[^\]\\]|\\.)+\]:[ \t]*\S+(?:[ \t]+(?:"[^"]*"|'[^']*'|\([^)]*\)))?[ \t]*$/;
var DEFINITION_START = /^ {0,3}\[(?:[^\]\\]|\\.)+\]:/;
var MARKUP = /[`*[\]<\\]|(?:^|[^A-Za-z0-9])_|_(?:$|[^A-Za-z0-9])|~~|&#?\w+;|\$[^$]*\$|\{#|#$|https?:|ftp:|file:|mailto:/i;
function escapeHtml3(text2) {
  return /[&<>"]/.test(text2) ? text2.replace(/[&<>"]/g, (c) => c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;") : text2;
}
var MAY_MATTER = /^[^A-Za-z(]/;
var MAY_MATTER_LINE = /\n[ \t]*[^A-Za-z( \t]/g;
var BACKTICK_LINE = /\n[ \t]*`/g;
var TILDE_LINE = /\n[ \t]*~/g;
var MARKUP_BUT_BRACKETS = /[`*<\\]|(?:^|[^A-Za-z0-9])_|_(?:$|[^A-Za-z0-9])|~~|&#?\w+;|\$[^$]*\$|\{#|#$|(?<![A-Za-z])(?:https?:|ftp:|file:|mailto:)/i;
var TEXT_BRACKETS = /(?<!!)\[[^[\]]*\](?![([:])/g;
function labelKey(label) {
  return label.trim().replace(/\s+/g, " ").toLowerCase();
}
function isPlainText(part, labels, loneStars) {
  if (part.includes("`")) return false;
  if (!labels) return !MARKUP.test(part);
  let named = false;
  const rest = part.replace(TEXT_BRACKETS, (label) => {
    if (labels.has(labelKey(label.slice(1, -1)))) named = true;
    return label.slice(1, -1);
  });
  return !named && !rest.includes("[") && !rest.includes("]") && !MARKUP_BUT_BRACKETS.test(loneStars ? part.replace(/\*+/, "") : part);
}
function renderCode(content, labels) {
  const parts = content.split(/`([^`]+)`/);
  const loneStars = parts.filter((_, i) => i % 2 === 0).reduce((runs, part) => runs + (part.match(/\*+/g)?.length ?? 0), 0) === 1;
  let text2 = "";
  let html = "";
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (i % 2 === 0) {
      if (!isPlainText(part, labels, loneStars)) return void 0;
      text2 += part;
      html += escapeHtml3(part);
    } else {
      const code2 = part.replace(/^ +| +$/g, "");
      if (code2 === "") return void 0;
      text2 += code2;
      html += `<code>${escapeHtml3(code2)}</code>`;
    }
  }
  return { text: text2, html };
}
var SPACE = 32;
var TAB = 9;
function scan2(text2, from) {
  const result = { headings: [], definitions: [], unsureDefinition: false, unsure: false };
  let counted = 0;
  let number = 1;
  const lineAt = (offset) => {
    for (let i = text2.indexOf("\n", counted); i !== -1 && i < offset; i = text2.indexOf("\n", i + 1)) number++;
    counted = offset;
    return number;
  };
  let fence;
  let inComment = false;
  let inHtml = false;
  let afterText = false;
  let afterDefinition = false;
  for (let start = from; start <= text2.length; ) {
    let end = text2.indexOf("\n", start);
    if (end === -1) end = text2.length;
    const lineStart = start;
    start = end + 1;
    let first = lineStart;
    while (first < end && (text2.charCodeAt(first) === SPACE || text2.charCodeAt(first) === TAB)) first++;
    const indent = first - lineStart;
    const c = text2[first];
    if (fence) {
      if (c !== fence.marker[0]) {
        const closing = fence.marker[0] === "`" ? BACKTICK_LINE : TILDE_LINE;
        closing.lastIndex = end;
        const next = closing.exec(text2);
        start = next ? next.index + 1 : text2.length + 1;
        continue;
      }
      const close = FENCE.exec(text2.slice(lineStart, end));
      if (close && close[2].length >= fence.marker.length && close[3].trim() === "") {
        if (close[1].length < fence.indent) result.unsure = true;
        fence = void 0;
      }
      continue;
    }
    if (inComment) {
      const close = text2.indexOf("-->", lineStart);
      if (close === -1) break;
      const closeEnd = text2.indexOf("\n", close);
      start = closeEnd === -1 ? text2.length + 1 : closeEnd + 1;
      inComment = false;
      continue;
    }
    if (first === end) {
      inHtml = afterText = afterDefinition = false;
      continue;
    }
    if (!MAY_MATTER.test(c)) {
      afterText = true;
      afterDefinition = false;
      MAY_MATTER_LINE.lastIndex = end;
      const next = MAY_MATTER_LINE.exec(text2);
      start = next ? next.index + 1 : text2.length + 1;
      continue;
    }
    const line = text2.slice(lineStart, end);
    if (c === "`" || c === "~") {
      const open = FENCE.exec(line);
      if (open) {
        if (c === "`" && open[3].includes("`")) {
          result.unsure = afterText = true;
          continue;
        }
        fence = { indent: open[1].length, marker: open[2], rest: start };
        afterText = afterDefinition = false;
        continue;
      }
    } else if (c === "<" && indent <= 3) {
      if (line.startsWith("<!--", indent)) {
        inComment = !line.slice(indent + 4).includes("-->");
        afterText = afterDefinition = false;
        continue;
      }
      inHtml = true;
    } else if (c === "#") {
      const heading = indent === 0 ? ATX.exec(line) : null;
      if (heading) {
        if (heading[2] === "	" || inHtml) result.unsure = true;
        const depth = heading[1].length;
        const content = (heading[3] ?? "").replace(/(?:^|[ \t]+)#+$/, "").trim();
        const rendered = MARKUP.test(heading[3] ?? "") ? renderCode(content) : { text: content, html: escapeHtml3(content) };
        const number2 = lineAt(lineStart);
        if (rendered) result.headings.push({ depth, ...rendered, span: { line: number2, column: 1, endLine: number2, endColumn: line.length + 1 } });
        else result.headings.push({ depth, line: number2, source: line });
        afterText = afterDefinition = false;
        continue;
      }
      if (indent > 0 && /^#{1,6}(?:[ \t]|$)/.test(line.slice(indent))) result.unsure = true;
    } else if (c === ">" || c === "-" || c === "*" || c === "+" || c >= "0" && c <= "9") {
      if (NESTED_HEADING.test(line)) result.unsure = true;
    }
    if (afterText && (c === "=" || c === "-") && SETEXT_UNDERLINE.test(line)) result.unsure = true;
    if (c === "[" && DEFINITION_START.test(line)) {
      if (afterText && !afterDefinition || !DEFINITION.test(line)) result.unsureDefinition = true;
      else result.definitions.push(line.trim());
      afterDefinition = true;
    } else {
      afterDefinition = false;
    }
    afterText = true;
  }
  if (!fence) return result;
  const rest = scan2(text2, Math.min(fence.rest, text2.length));
  if (!rest) return void 0;
  return { headings: [...result.headings, ...rest.headings], definitions: [...result.definitions, ...rest.definitions], unsureDefinition: result.unsureDefinition || rest.unsureDefinition, unsure: true };
}
function definedLabels(scanned, text2, from) {
  if (scanned.unsureDefinition) return void 0;
  let colons = 0;
  for (let i = text2.indexOf("]:", from); i !== -1; i = text2.indexOf("]:", i + 2)) colons++;
  if (colons !== scanned.definitions.length) return void 0;
  return new Set(scanned.definitions.map((definition) => labelKey(DEFINITION_START.exec(definition)[0].replace(/^ *\[|\]:$/g, ""))));
}
function plainHeadings(parser, text2, from = 0) {
  const scanned = scan2(text2, from);
  if (!scanned) return void 0;
  const labels = definedLabels(scanned, text2, from);
  if (labels) {
    scanned.headings = scanned.headings.map((heading) => {
      if (!("source" in heading)) return heading;
      const match = ATX.exec(heading.source);
      const rendered = renderCode((match[3] ?? "").replace(/(?:^|[ \t]+)#+$/, "").trim(), labels);
      return rendered ? { depth: heading.depth, ...rendered, span: { line: heading.line, column: 1, endLine: heading.line, endColumn: heading.source.length + 1 } } : heading;
    });
  }
  const marked2 = scanned.headings.filter((heading) => "source" in heading);
  const sure = !scanned.unsure && !(scanned.unsureDefinition && marked2.some((heading) => heading.source.includes("[")));
  if (marked2.length === 0) return { headings: scanned.headings, sure };
  const parsed = markdownHeadings(parser, [...marked2.map((heading) => heading.source), scanned.definitions.join("\n")].join("\n\n"));
  if (parsed.length !== marked2.length || parsed.some((heading, i) => heading.depth !== marked2[i].depth)) return void 0;
  let next = 0;
  const headings = scanned.headings.map((heading) => {
    if (!("source" in heading)) return heading;
    const read = parsed[next++];
    return { ...read, span: { ...read.span, line: heading.line, endLine: heading.line } };
  });
  return { headings, sure };
}

// src/readme/readmes.ts
function readmePathOf(format, kepFile) {
  return format.textFile(kepFile);
}
var Readme = class {
  constructor(file, text2, error, trustGuesses = false) {
    this.file = file;
    this.text = text2;
    this.error = error;
    this.trustGuesses = trustGuesses;
  }
  file;
  text;
  error;
  trustGuesses;
  headingsFromStart;
  /** The headings are the parse's (with notes), not the line scan's. */
  parsed = false;
  tocStates = /* @__PURE__ */ new Map();
  /**
   * Every heading, as markdownHeadings reads them: by the line scan where it is sure of the
   * document (it then reads as the parse does), else by one remark parse; kept. With notes (the
   * HTML comment under each heading, the template's instructions), always by the parse.
   */
  headings(options = {}) {
    if (this.text === void 0) return [];
    if (!this.headingsFromStart) {
      const plain = options.notes ? void 0 : plainHeadings(markdownParser(), this.text);
      this.headingsFromStart = plain?.sure ? plain.headings : markdownHeadings(markdownParser(), this.text);
      this.parsed = !plain?.sure;
    }
    if (options.notes && !this.parsed) {
      this.headingsFromStart = markdownHeadings(markdownParser(), this.text);
      this.parsed = true;
    }
    return this.headingsFromStart;
  }
  /**
   * The table of contents compared with mdtoc's: the headings after the end marker are read
   * line by line where the document's blocks are plain, by remark otherwise (where the line
   * scan guessed, unless guesses are trusted and the table agrees with the guess) — and by
   * remark whenever the table is not fresh, so that a stale table and its fix are a parse's.
   */
  toc(maxDepth) {
    if (this.text === void 0) return void 0;
    const known = this.tocStates.get(maxDepth);
    if (known) return known;
    const text2 = this.text;
    const markers = findMarkers(text2);
    const { end } = markers;
    let state;
    const plain = end === -1 ? { headings: [], sure: true } : plainHeadings(markdownParser(), text2, end);
    if (plain && (plain.sure || this.trustGuesses)) state = checkToc(text2, plain.headings, maxDepth, markers);
    if (!state || state.state === "stale") state = checkToc(text2, end === -1 ? [] : markdownHeadings(markdownParser(), text2, end), maxDepth, markers);
    this.tocStates.set(maxDepth, state);
    return state;
  }
};
function decode(content) {
  const text2 = content.toString("utf8");
  const unmarked = text2.charCodeAt(0) === 65279 ? text2.slice(1) : text2;
  return unmarked.includes("\r") ? unmarked.replace(/\r\n?/g, "\n") : unmarked;
}
var ReadmeReader = class {
  constructor(tree, format, trustGuesses = false) {
    this.tree = tree;
    this.format = format;
    this.trustGuesses = trustGuesses;
  }
  tree;
  format;
  trustGuesses;
  ruleFiles = /* @__PURE__ */ new Map();
  /** The READMEs of a change's KEPs, read up front in one go and kept: rules at the head and at the base ask for each. */
  kept = /* @__PURE__ */ new Map();
  readmeOf(doc) {
    const file = readmePathOf(this.format, doc.file);
    return this.kept.get(file) ?? this.read(file);
  }
  /**
   * Reads the READMEs of `docs` at once and keeps them: one read of a commit (one git process)
   * instead of one for each README every time a rule asks. For the few KEPs of a change only.
   */
  keep(docs) {
    const files = [...new Set(docs.map((doc) => readmePathOf(this.format, doc.file)))].filter((file) => !this.kept.has(file));
    for (const [file, content] of this.tree.readFiles(files)) this.kept.set(file, this.readme(file, content));
  }
  ruleFile(file) {
    let readme = this.ruleFiles.get(file);
    if (!readme) this.ruleFiles.set(file, readme = this.read(file));
    return readme;
  }
  read(file) {
    return this.readme(file, this.tree.readFiles([file]).get(file));
  }
  readme(file, content) {
    return Buffer.isBuffer(content) ? new Readme(file, decode(content), void 0, this.trustGuesses) : new Readme(file, void 0, content.message);
  }
};
function readmeSources(format, head, base, changed = { head: [], base: [] }) {
  const headReader = new ReadmeReader(head, format, base === void 0);
  const baseReader = base && new ReadmeReader(base, format);
  headReader.keep(changed.head);
  baseReader?.keep(changed.base);
  const rules = baseReader ?? headReader;
  const ruleFile = (path) => rules.ruleFile(path);
  return {
    head: { readmeOf: (doc) => headReader.readmeOf(doc), ...baseReader ? { baseReadmeOf: (doc) => baseReader.readmeOf(doc) } : {}, ruleFile },
    ...baseReader ? { base: { readmeOf: (doc) => baseReader.readmeOf(doc), ruleFile } } : {}
  };
}

// src/validate/readmeChanges.ts
function readmeOnlyChanges(format, changes, keps, isKep, atHead) {
  const metadataFileOf = format.metadataFileOf;
  if (metadataFileOf === void 0) return [];
  const changed = new Set(keps.flatMap(changePaths));
  const added = /* @__PURE__ */ new Set();
  for (const change of changes) {
    for (const path of changePaths(change)) {
      const kep = metadataFileOf(path);
      if (kep !== void 0 && isKep(kep) && !changed.has(kep) && atHead(kep)) added.add(kep);
    }
  }
  return [...added].sort().map((path) => ({ kind: "modified", path }));
}

// src/validate/changes.ts
function numberKey(doc) {
  const number = doc && fieldsOf(doc)?.["kep-number"];
  return typeof number === "number" || typeof number === "string" ? String(number) : void 0;
}
function pairMovedKeps(changes) {
  const added = /* @__PURE__ */ new Map();
  for (const change of changes) {
    const key = numberKey(change.after);
    if (change.change.kind === "added" && key !== void 0) {
      if (added.has(key)) added.delete(key);
      else added.set(key, change);
    }
  }
  const paired = /* @__PURE__ */ new Set();
  const result = [];
  for (const change of changes) {
    if (change.change.kind !== "deleted") continue;
    const partner = added.get(numberKey(change.before) ?? "");
    if (!partner || paired.has(partner)) continue;
    paired.add(partner);
    paired.add(change);
    result.push({ change: { kind: "renamed", path: partner.change.path, previousPath: change.change.path }, before: change.before, after: partner.after, baseError: change.baseError });
  }
  return [...changes.filter((change) => !paired.has(change)), ...result].sort((a, b) => a.change.path < b.change.path ? -1 : 1);
}
async function readKepChanges(settings, head, changes, base) {
  const isKep = isKepPath(settings.layout);
  const relevant = changes.filter((change) => isKep(change.path) || change.previousPath !== void 0 && isKep(change.previousPath)).map((change) => {
    if (change.previousPath === void 0) return change;
    if (!isKep(change.path)) return { kind: "deleted", path: change.previousPath };
    if (!isKep(change.previousPath)) return { kind: "added", path: change.path };
    return change;
  });
  const headDocuments = new Map(head.documents.map((doc) => [doc.file, doc]));
  relevant.push(...readmeOnlyChanges(settings.format, changes, relevant, isKep, (path) => headDocuments.has(path)));
  const baseContents = base.readFiles(relevant.map(basePath).filter((path) => path !== void 0));
  const kepChanges = [];
  for (const change of relevant) {
    const before = basePath(change);
    const after = headPath(change);
    const content = before === void 0 ? void 0 : baseContents.get(before);
    const kepChange = {
      change,
      before: before === void 0 ? void 0 : await readKep(before, content, settings.format, { outline: settings.outline }),
      after: after === void 0 ? void 0 : headDocuments.get(after)
    };
    if (before !== void 0 && content !== void 0 && !Buffer.isBuffer(content)) kepChange.baseError = { path: before, message: content.message };
    kepChanges.push(kepChange);
  }
  return pairMovedKeps(kepChanges);
}
function summarizeChange({ change, before, after }) {
  const summary = { file: change.path, kind: change.kind };
  if (change.previousPath !== void 0) summary.previousFile = change.previousPath;
  const from = before && stringField(before, "status");
  const to = after && stringField(after, "status");
  if (from !== void 0) summary.from = from;
  if (to !== void 0) summary.to = to;
  return summary;
}

// src/read/prodReadiness.ts
var PRR_FILE = /^keps\/prod-readiness\/[^/]+\/[^/]+\.ya?ml$/;
function isProdReadinessPath(path) {
  return PRR_FILE.test(path);
}
function approversWithoutAt(data) {
  const found = [];
  if (typeof data !== "object" || data === null) return found;
  for (const [stage, approval] of Object.entries(data)) {
    const approver = approval?.approver;
    if (typeof approver === "string" && GITHUB_HANDLE.test(approver)) found.push({ stage, approver });
  }
  return found;
}
function readProdReadiness(tree, entries) {
  const paths = entries.filter((entry) => entry.kind === "file" && PRR_FILE.test(entry.path)).map((entry) => entry.path);
  const approvals = /* @__PURE__ */ new Map();
  const files = [];
  const problems = [];
  for (const [path, content] of tree.readFiles(paths)) {
    if (!Buffer.isBuffer(content)) {
      problems.push(problem(path, FILE_START, "file-unreadable", `cannot read this production readiness approval: ${content.message}`));
      continue;
    }
    const read = readYamlFile(path, content.toString("utf8"), { keepPositions: (data) => approversWithoutAt(data).length > 0 });
    problems.push(...read.problems);
    if (!read.metadata) continue;
    approvals.set(path, read.metadata.data);
    files.push({ path, metadata: read.metadata });
  }
  return { approvals, files, problems };
}

// src/validate/prodReadinessSchema.ts
var RULE2 = "prod-readiness-schema";
async function prodReadinessSchemaProblems(files) {
  if (files.length === 0) return [];
  const schema = schemaFromPrecompiled(await loadPrecompiledProdReadiness());
  const problems = [];
  for (const { path, metadata } of files) {
    for (const report of schemaReports(metadata, schema)) problems.push({ ...report, file: path, rule: RULE2 });
    const data = metadata.data;
    for (const { stage, approver } of approversWithoutAt(data)) {
      const fix = fixOf("safe", replaceScalar(metadata, [stage, "approver"], `@${approver}`));
      problems.push({ file: path, rule: "handle-at", span: spanAt(metadata, [stage, "approver"]), message: handleAtMessage(`${stage}.approver`, approver), expected: [`@${approver}`], ...fix ? { fix } : {} });
    }
    const number = data["kep-number"];
    const fileNumber = /\/(\d+)\.ya?ml$/.exec(path)?.[1];
    if (fileNumber !== void 0 && (typeof number === "number" || typeof number === "string") && String(number) !== fileNumber) {
      problems.push({
        file: path,
        rule: RULE2,
        topic: "kep-number",
        span: FILE_START,
        message: `this approval is ${fileNumber}.yaml but says kep-number ${String(number)}; the file name is the KEP's number \u2014 make them agree`,
        expected: [fileNumber]
      });
    }
  }
  return problems;
}

// src/validate/check.ts
function newFilesOf(keps) {
  return new Set(keps.filter(({ change }) => change.kind === "added" || change.kind === "copied" || change.kind === "renamed").map(({ change }) => change.path));
}
async function check(run) {
  const { settings, request, repository, change, inScope } = run;
  const newFiles = change && newFilesOf(change.keps);
  const bases = new Map((change?.keps ?? []).flatMap(({ before, after }) => before && after ? [[after, before]] : []));
  const shared = sharedContext(settings, {
    readmes: run.readmes?.head,
    newFiles,
    repository: repository.index,
    openPullRequests: request.openPullRequests,
    schemaValid: repository.schemaValid,
    schemaErrors: repository.schemaErrors,
    prodReadiness: repository.prodReadiness?.approvals,
    today: request.today,
    dataFiles: change?.dataFiles?.head ?? repository.dataFiles,
    baseOf: bases.size > 0 ? (doc) => bases.get(doc) : void 0
  });
  const runner = new RuleRunner(settings.rules, severityPolicyOf(settings.severity), shared);
  const checked = { keps: [], approvals: [], changes: [], index: [], others: [], files: [] };
  const changeDiagnostics = change ? change.keps.flatMap((kepChange) => runner.checkChange(kepChange)) : [];
  for (const doc of repository.documents) {
    if (!inScope(doc.file)) continue;
    checked.files.push(doc.file);
    checked.keps.push({ doc, diagnostics: runner.checkKep(doc) });
  }
  const notFiles = [];
  const kinds = [
    { paths: repository.symlinks, rule: "file-symlink", message: "this KEP is a symbolic link; links are never followed (they could point outside the repository): replace it with the file itself" },
    { paths: repository.submodules, rule: "file-submodule", message: "this KEP is a git submodule (a gitlink, mode 160000), not a file: it has no metadata to read; replace it with the file itself" }
  ];
  for (const { paths, rule, message } of kinds) {
    for (const path of paths) {
      if (!inScope(path)) continue;
      checked.files.push(path);
      notFiles.push(problem(path, FILE_START, rule, message));
    }
  }
  if (repository.prodReadiness) {
    const { files, problems } = repository.prodReadiness;
    const approvalInScope = (file) => inScope(file) || change?.approvals?.files.has(file) === true;
    checked.approvals = runner.stampProblems([...problems.filter((p) => approvalInScope(p.file)), ...await prodReadinessSchemaProblems(files.filter(({ path }) => approvalInScope(path)))]);
  }
  if (change) {
    checked.changes.push(...changeDiagnostics);
    for (const kepChange of change.keps) if (kepChange.change.kind === "deleted") checked.files.push(kepChange.change.path);
  }
  if (settings.indexFile !== null && (change || (request.paths ?? []).length === 0)) {
    checked.indexCheck = indexOfRepository({ ...settings, indexFile: settings.indexFile }, repository.tree, repository.documents, request.indexFixCommand);
    if (checked.indexCheck.problem) checked.index = runner.stampProblems([checked.indexCheck.problem]);
  }
  checked.others = runner.stampProblems(notFiles);
  if (change) checked.others.push(...runner.stampProblems(request.proposedRules ?? []));
  return checked;
}
function kepSummaries(run) {
  return run.change?.keps.map(summarizeChange);
}

// src/core/repositoryIndex.ts
var RepositoryIndex = class {
  constructor(documents) {
    this.documents = documents;
    for (const doc of documents) {
      const number = assignedNumber(doc);
      if (number === void 0) continue;
      const list = this.byNumber.get(number);
      if (list) list.push(doc);
      else this.byNumber.set(number, [doc]);
    }
  }
  documents;
  byNumber = /* @__PURE__ */ new Map();
  withNumber(number) {
    return this.byNumber.get(number) ?? [];
  }
  numbers() {
    return [...this.byNumber.keys()].sort((a, b) => a - b);
  }
  /**
   * The number the next KEP gets: one past the highest in use, since numbers are sequential and
   * dense. A number only `except` has is not in use (the KEP being numbered does not block itself);
   * a number another KEP shares with it is.
   */
  nextFree(except) {
    const used = this.numbers().filter((n) => this.withNumber(n).some((doc) => doc !== except));
    return (used.at(-1) ?? 0) + 1;
  }
};

// src/validate/introduced.ts
var SEPARATOR = "\0";
function valueAt(data, segments) {
  let value = data;
  for (const segment of segments) value = typeof value === "object" && value !== null ? value[segment] : void 0;
  return value;
}
function locate(metadata, d) {
  let best;
  for (const [key, position] of metadata.positions) {
    const segments = pathOfKey(key);
    if (best && segments.length <= best.depth) continue;
    const onValue = position.value !== void 0 && rangeContains(metadata, position.value, d.line, d.column);
    if (!onValue && !(position.key && rangeContains(metadata, position.key, d.line, d.column))) continue;
    const value = !onValue ? void 0 : position.scalar ? canonicalScalar(metadata.source.slice(position.value[0], position.value[1])) : canonicalData(valueAt(metadata.data, segments));
    const path = segments.map((segment) => /^\d+$/.test(segment) ? "[]" : segment);
    if (!onValue) {
      let item = segments.length - 1;
      while (item >= 0 && !/^\d+$/.test(segments[item])) item--;
      if (item >= 0) path[item] = `[${canonicalData(valueAt(metadata.data, segments.slice(0, item + 1)))}]`;
    }
    best = { depth: segments.length, path: path.join("."), value };
  }
  return best;
}
function masked(d) {
  return d.message.replace(/\d+/g, "#");
}
function fingerprint(d, doc) {
  const place = doc.metadata && d.file === doc.file ? locate(doc.metadata, d) : void 0;
  const what = !place ? `${SEPARATOR}${masked(d)}` : place.value === void 0 ? `${place.path}${SEPARATOR}key${SEPARATOR}${masked(d)}` : `${place.path}${SEPARATOR}${place.value}`;
  return `${d.rule}${SEPARATOR}${what}`;
}
function problemsOnBase(head, after, base, before, readmes) {
  const keyOf2 = (d, doc, readme) => d.file === doc.file ? `${d.severity}${SEPARATOR}${fingerprint(d, doc)}` : readme !== void 0 && d.file === readme ? `readme${SEPARATOR}${d.severity}${SEPARATOR}${fingerprint(d, doc)}` : void 0;
  const onBase = /* @__PURE__ */ new Map();
  for (const d of base) {
    const key = keyOf2(d, before, readmes?.before);
    if (key !== void 0) onBase.set(key, (onBase.get(key) ?? 0) + 1);
  }
  const had = /* @__PURE__ */ new Set();
  for (const d of head) {
    const key = keyOf2(d, after, readmes?.after);
    if (key === void 0) continue;
    const left = onBase.get(key) ?? 0;
    if (left === 0) continue;
    onBase.set(key, left - 1);
    had.add(d);
  }
  return had;
}
function indexLines(diff) {
  const lines = /* @__PURE__ */ new Map();
  for (const line of (diff ?? "").split("\n")) {
    if (!/^[+-]/.test(line) || line.startsWith("+++") || line.startsWith("---")) continue;
    lines.set(line, (lines.get(line) ?? 0) + 1);
  }
  return lines;
}
function indexStaleOnBase(head, base) {
  if (base.state === "fresh") return false;
  if (head.state !== base.state) return false;
  if (head.state === "broken" || head.state === "missing") return true;
  const before = indexLines(base.diff);
  for (const [line, count] of indexLines(head.diff)) if ((before.get(line) ?? 0) < count) return false;
  return true;
}

// src/validate/touchedLines.ts
var TouchedLines = class _TouchedLines {
  constructor(lines) {
    this.lines = lines;
  }
  lines;
  /** The lines of `after` that are not in `before` (jsdiff's line diff); undefined when either version cannot be read. */
  static between(base, basePath2, head, headPath2) {
    const before = base.readFiles([basePath2]).get(basePath2);
    const after = head.readFiles([headPath2]).get(headPath2);
    if (!Buffer.isBuffer(before) || !Buffer.isBuffer(after)) return void 0;
    const touched = /* @__PURE__ */ new Set();
    let line = 1;
    for (const part of diffLines(before.toString("utf8"), after.toString("utf8"))) {
      if (part.removed) continue;
      const count = part.count ?? 0;
      if (part.added) for (let n = 0; n < count; n++) touched.add(line + n);
      line += count;
    }
    return new _TouchedLines(touched);
  }
  /** Whether the change wrote any line of a span. */
  touches(span) {
    const last = span.endLine > span.line && span.endColumn === 1 ? span.endLine - 1 : Math.max(span.line, span.endLine);
    for (let line = span.line; line <= last; line++) if (this.lines.has(line)) return true;
    return false;
  }
};

// src/validate/onBase.ts
function isReadError(rule) {
  return Object.hasOwn(READ_PROBLEMS, rule) && isGraveReadProblem(rule);
}
function readWhole(doc) {
  return doc.metadata !== void 0 && !doc.readProblems.some((p) => isReadError(p.rule));
}
function sameMetadata(before, after) {
  return before.metadata !== void 0 && after.metadata !== void 0 && before.metadata.source === after.metadata.source;
}
function sameBytes(base, basePath2, head, headPath2) {
  const before = base.readFiles([basePath2]).get(basePath2);
  const after = head.readFiles([headPath2]).get(headPath2);
  return Buffer.isBuffer(before) && Buffer.isBuffer(after) && before.equals(after);
}
function baseIndex(head, kepChanges) {
  const replaced = /* @__PURE__ */ new Map();
  for (const { change } of kepChanges) {
    const headFile = headPath(change);
    if (headFile !== void 0) replaced.set(headFile, void 0);
  }
  for (const { before } of kepChanges) if (before) replaced.set(before.file, before);
  const documents = head.documents.filter((doc) => !replaced.has(doc.file));
  for (const doc of replaced.values()) if (doc) documents.push(doc);
  documents.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  return new RepositoryIndex(documents);
}
function marked(diagnostics, had) {
  return diagnostics.map((d) => had.has(d) ? { ...d, preexisting: "base" } : d);
}
function markWhatTheBaseHad(run, checked) {
  const { settings, repository, change } = run;
  if (!run.onlyNew || !change) return checked;
  let baseRepository;
  const base = () => baseRepository ??= baseIndex(repository, change.keps);
  const policy = severityPolicyOf(settings.severity);
  const baseRunner = new RuleRunner(
    settings.rules,
    policy,
    sharedContext(settings, {
      readmes: run.readmes?.base,
      newFiles: newFilesOf(change.keps),
      repository: base(),
      openPullRequests: run.request.openPullRequests,
      schemaValid: repository.schemaValid,
      schemaErrors: repository.schemaErrors,
      prodReadiness: change.approvals?.baseApprovals ?? repository.prodReadiness?.approvals,
      today: run.request.today,
      dataFiles: change.dataFiles?.base ?? change.dataFiles?.head ?? repository.dataFiles
    })
  );
  const changedKeps = new Map(change.keps.flatMap((kepChange) => kepChange.after ? [[kepChange.after.file, kepChange]] : []));
  const keps = checked.keps.map(({ doc, diagnostics }) => {
    const before = changedKeps.has(doc.file) ? changedKeps.get(doc.file).before : doc;
    if (!before) return { doc, diagnostics };
    const readmes = { after: readmePathOf(settings.format, doc.file), before: readmePathOf(settings.format, before.file) };
    if (before === doc || readWhole(before) || sameMetadata(before, doc) || sameBytes(change.base, before.file, repository.tree, doc.file)) {
      return { doc, diagnostics: marked(diagnostics, problemsOnBase(diagnostics, doc, baseRunner.checkKep(before), before, readmes)) };
    }
    const onBase = baseRunner.checkKep(before);
    const had = problemsOnBase(
      diagnostics.filter((d) => !isReadError(d.rule)),
      doc,
      onBase,
      before,
      readmes
    );
    if (readWhole(doc)) {
      const touched = /* @__PURE__ */ new Map([[doc.file, TouchedLines.between(change.base, before.file, repository.tree, doc.file)]]);
      touched.set(readmes.after, TouchedLines.between(change.base, readmes.before, repository.tree, readmes.after));
      for (const d of diagnostics) if (touched.get(d.file)?.touches(d) === false) had.add(d);
    }
    return { doc, diagnostics: marked(diagnostics, had) };
  });
  let approvals = checked.approvals;
  if (change.approvals) {
    const onBase = baseRunner.stampProblems(change.approvals.baseProblems);
    for (const file of change.approvals.files) {
      const doc = { file, readProblems: [] };
      approvals = marked(approvals, problemsOnBase(approvals, doc, onBase, doc));
    }
  }
  let index = checked.index;
  if (checked.indexCheck?.problem && settings.indexFile !== null) {
    const baseCheck = indexOfRepository({ ...settings, indexFile: settings.indexFile }, change.base, base().documents, run.request.indexFixCommand);
    if (indexStaleOnBase(checked.indexCheck, baseCheck)) index = marked(index, new Set(index));
  }
  return { ...checked, keps, approvals, index };
}

// src/validate/approvalChanges.ts
function approvalNumberOf(path) {
  const match = /\/([1-9]\d*)\.ya?ml$/.exec(path);
  return match ? Number(match[1]) : void 0;
}
async function readApprovalChanges(head, changes, base) {
  if (!head.prodReadiness) return void 0;
  const changed = changes.filter((change) => isProdReadinessPath(change.path) || change.previousPath !== void 0 && isProdReadinessPath(change.previousPath));
  if (changed.length === 0) return void 0;
  const files = new Set(changed.map(headPath).filter((path) => path !== void 0 && isProdReadinessPath(path)));
  const basePaths = changed.map(basePath).filter((path) => path !== void 0 && isProdReadinessPath(path));
  const atBase = readProdReadiness(
    base,
    basePaths.map((path) => ({ path, kind: "file" }))
  );
  const baseApprovals = new Map(head.prodReadiness.approvals);
  for (const path of files) baseApprovals.delete(path);
  for (const [path, approval] of atBase.approvals) baseApprovals.set(path, approval);
  const keps = /* @__PURE__ */ new Set();
  const approvalsOf = /* @__PURE__ */ new Map();
  for (const path of /* @__PURE__ */ new Set([...files, ...basePaths])) {
    const number = approvalNumberOf(path);
    if (number === void 0) continue;
    for (const doc of head.index.withNumber(number)) {
      keps.add(doc.file);
      approvalsOf.set(doc.file, [...approvalsOf.get(doc.file) ?? [], path]);
    }
  }
  return { files, keps, approvalsOf, baseApprovals, baseProblems: [...atBase.problems, ...await prodReadinessSchemaProblems(atBase.files)] };
}

// src/validate/nothingSelected.ts
import { sep as sep5 } from "node:path";

// src/read/kepLikeFiles.ts
var MARKDOWN_LIMIT = 2e3;
var HEAD_BYTES = 4096;
var KEP_FIELD = /^(?:kep-number|owning-sig):/m;
var PROPOSAL = /^---\r?\n(?:[^\n]*\n)*?title:[^\n]*\n(?:[^\n]*\n)*?(?:status|authors):/;
function kepLikeFiles(tree) {
  const files = tree.list().filter((entry) => entry.kind === "file");
  const found = files.filter((entry) => /(^|\/)kep\.yaml$/.test(entry.path)).map((entry) => entry.path);
  const markdown = files.filter((entry) => /\.md$/i.test(entry.path)).map((entry) => entry.path).slice(0, MARKDOWN_LIMIT);
  tree.readHeads(markdown, HEAD_BYTES, (path, content) => {
    const head = content.head;
    if (!Buffer.isBuffer(head)) return;
    const text2 = head.toString("utf8");
    if (KEP_FIELD.test(text2) || PROPOSAL.test(text2)) found.push(path);
  });
  return found.sort();
}

// src/validate/nothingSelected.ts
var NothingSelectedError = class extends LoadError {
};
var LEVELS_UP = 3;
function spaceOf(settings, repository, surroundings) {
  if (surroundings) return { files: kepLikeFiles(surroundings.tree), root: surroundings.root, repository: true };
  const above = settings.root.split(sep5).filter((segment) => segment !== "").slice(-LEVELS_UP).join("/");
  return { files: kepLikeFiles(repository.tree).map((file) => above === "" ? file : `${above}/${file}`), root: above, repository: false };
}
var under = (folder, file) => folder === "" ? file : file.startsWith(`${folder}/`) ? file.slice(folder.length + 1) : void 0;
function bestCandidate(settings, space) {
  const folders = /* @__PURE__ */ new Set([space.root, ""]);
  for (const file of space.files) {
    const parts = file.split("/").slice(0, -1);
    for (let i = 1; i <= parts.length; i++) folders.add(parts.slice(0, i).join("/"));
  }
  const distance = (folder) => {
    const a = folder === "" ? [] : folder.split("/");
    const b = space.root === "" ? [] : space.root.split("/");
    let common = 0;
    while (common < a.length && common < b.length && a[common] === b[common]) common++;
    return a.length + b.length - 2 * common;
  };
  const roots = [...folders].sort((a, b) => distance(a) - distance(b) || (a < b ? -1 : 1));
  let best;
  for (const preset of [settings.preset, ...PRESET_NAMES.filter((name) => name !== settings.preset)]) {
    const isKep = isKepPath(preset === settings.preset ? settings.layout : PRESETS[preset].layout);
    for (const root of roots) {
      const found = space.files.filter((file) => {
        const path = under(root, file);
        return path !== void 0 && isKep(path);
      });
      if (found.length > (best?.count ?? 0)) best = { preset, root, count: found.length, example: found[0] };
    }
  }
  return best;
}
function folderName(space, folder) {
  if (space.repository) return folder === "" ? "the repository's top folder" : `the folder ${folder}/ of the repository`;
  const inRoot = under(space.root, folder);
  if (inRoot !== void 0) return `its folder ${inRoot}/`;
  return `the folder that holds ${under(folder, space.root)}/`;
}
function where(settings, space, candidate) {
  const root = candidate.root !== space.root ? `the KEP root at ${folderName(space, candidate.root)}` : void 0;
  const preset = candidate.preset !== settings.preset ? `the ${candidate.preset} preset` : void 0;
  const set = [preset && `the preset (--preset ${candidate.preset})`, root && "the root (--root)"].filter(Boolean).join(" and ");
  return `${[preset, root].filter(Boolean).join(" with ")} finds ${candidate.count === 1 ? "it" : candidate.count}: set ${set} on the command line, or as the action's inputs or in .kep-validator.yml`;
}
function looksFor(settings) {
  const own = PRESETS[settings.preset].layout;
  const configured = settings.layout.include.join() !== own.include.join();
  return `${configured ? `the configured include (${settings.layout.include.join(", ")})` : `the ${settings.preset} preset (${own.include.join(", ")})`}`;
}
function includeFor(space) {
  const files = space.files.flatMap((file) => under(space.root, file) ?? []);
  const folders = /* @__PURE__ */ new Map();
  for (const file of files) {
    const parts = file.split("/");
    const folder2 = parts.length > 1 ? parts[0] : "";
    folders.set(folder2, [...folders.get(folder2) ?? [], file]);
  }
  const [folder, inFolder] = [...folders].sort((a, b) => b[1].length - a[1].length)[0] ?? ["", []];
  if (inFolder.length === 0) return "";
  const extension = inFolder.every((file) => file.endsWith(".md")) ? "*.md" : inFolder.every((file) => file.endsWith("kep.yaml")) ? "kep.yaml" : "*";
  const flat = inFolder.every((file) => file.split("/").length === (folder === "" ? 1 : 2));
  const glob = `${folder === "" ? "" : `${folder}/`}${flat ? "" : "**/"}${extension}`;
  const count = files.filter(matcher([glob])).length;
  return ` (include: ["${glob}"] finds ${count} of them)`;
}
function nothingFound(settings, repository, surroundings) {
  const space = spaceOf(settings, repository, surroundings);
  const rootName = space.repository ? space.root === "" ? "the repository's top folder" : `${space.root}/` : `${settings.root.split(sep5).pop() || sep5}/`;
  const recognised = settings.recognition?.preset === void 0 && settings.recognition ? `; no preset's layout is there either (looked for ${lookedFor(settings.recognition)})` : "";
  const found = `no KEP found: ${looksFor(settings)} finds none under the KEP root (${rootName})${recognised}`;
  const files = space.files;
  const around = space.repository ? "in the repository" : "there";
  if (files.length === 0) {
    return new NothingSelectedError(
      `${found}, and nothing ${around} looks like a KEP (a kep.yaml, or a markdown file whose metadata has kep-number: or owning-sig:). Is the root the folder of the KEPs? A repository of another layout names its KEP files with include in .kep-validator.yml.`
    );
  }
  const best = bestCandidate(settings, space);
  const example = best?.example ?? files[0];
  const shown = space.repository ? example : under(space.root, example) ?? example;
  const some = `${plural(files.length, "file")} ${around} ${files.length === 1 ? "looks" : "look"} like ${files.length === 1 ? "a KEP" : "KEPs"}, such as ${shown}`;
  if (!best) return new NothingSelectedError(`${found}, but ${some}, where no preset looks: name their files with include in .kep-validator.yml${includeFor(space)}.`);
  return new NothingSelectedError(`${found}, but ${some}; ${where(settings, space, best)}.`);
}
function selectsNothing(settings, repository, path) {
  const files = kepLikeFiles(repository.tree).filter((file) => file.startsWith(`${path}/`));
  const found = `${path}/ selects no KEP: ${looksFor(settings)} finds none under it`;
  if (files.length === 0) return new NothingSelectedError(`${found}, and nothing there looks like a KEP; name a folder or file that holds KEPs.`);
  return new NothingSelectedError(
    `${found}, but ${plural(files.length, "file")} there ${files.length === 1 ? "looks" : "look"} like KEP metadata, such as ${files[0]}: name the file (a file named is checked as a KEP), or set the preset and root that find them.`
  );
}
function assertSelected(settings, repository, paths, kepChanges, surroundings) {
  const known = [...repository.documents.map((doc) => doc.file), ...repository.symlinks, ...repository.submodules];
  const changed = (kepChanges ?? []).flatMap(({ change }) => changePaths(change));
  if (paths.length === 0) {
    if (known.length === 0 && changed.length === 0) throw nothingFound(settings, repository, surroundings?.());
    return;
  }
  for (const { path, directory } of paths) {
    if (!directory) continue;
    const under2 = (file) => path === "" || file.startsWith(`${path}/`);
    if (!known.some(under2) && !changed.some(under2)) throw path === "" ? nothingFound(settings, repository, surroundings?.()) : selectsNothing(settings, repository, path);
  }
}

// src/validate/readmes.ts
async function readmesFor(settings, head, base, changed = []) {
  const policy = severityPolicyOf(settings.severity);
  if (!Object.keys(settings.rules).some((id) => RULES.get(id)?.meta.readsReadme === true && ruleRuns(RULES.get(id).meta, policy))) return void 0;
  await loadMarkdownParser();
  return readmeSources(settings.format, head, base, {
    head: changed.flatMap(({ after }) => after ? [after] : []),
    base: changed.flatMap(({ before }) => before ? [before] : [])
  });
}

// src/read/dataFiles.ts
var BINARY_PROBE = 8e3;
var NOTHING = /^(?:[ \t]*(?:#.*)?\r?\n)*[ \t]*(?:#.*)?$/;
function readDataFileContent(path, content) {
  if (!Buffer.isBuffer(content)) return { path, problem: content.message };
  if (content.subarray(0, BINARY_PROBE).includes(0)) return { path, problem: "it holds binary data (a NUL byte), not YAML" };
  let text2 = content.toString("utf8");
  if (text2.charCodeAt(0) === 65279) text2 = text2.slice(1);
  if (NOTHING.test(text2)) return { path, data: {} };
  if (text2.length > MAX_METADATA_BYTES) return { path, problem: `it is ${Math.round(text2.length / 1024)} KB, more than the ${MAX_METADATA_BYTES / 1024} KB a YAML file of a run may be; it is not read` };
  const { metadata, problems } = readYamlFile(path, text2);
  const first = problems[0];
  if (!first) return { path, data: metadata.data };
  const message = first.rule === "metadata-not-mapping" ? "it is not a YAML mapping of keys (a list or a single value)" : first.message.replace(/\bthe metadata\b/g, "the file").replace(/\bmetadata\b/g, "the file");
  return { path, problem: `line ${first.span.line}: ${message}` };
}
function readDataFiles(tree, entries, paths) {
  const wanted = new Set(paths);
  const files = [];
  const read = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    if (!wanted.has(entry.path)) continue;
    if (entry.kind === "file") files.push(entry.path);
    else read.set(entry.path, { path: entry.path, problem: `it is ${entry.kind === "symlink" ? "a symbolic link; links are never followed" : "a git submodule, not a file"}` });
  }
  for (const [path, content] of tree.readFiles(files)) read.set(path, readDataFileContent(path, content));
  return read;
}

// src/validate/ruleData.ts
function readsOf({ rules, severity }) {
  const policy = severityPolicyOf(severity);
  const reads = [];
  for (const [id, options] of Object.entries(rules)) {
    const rule = RULES.get(id);
    if (rule?.subject === "kep" && rule.reads && ruleRuns(rule.meta, policy)) reads.push(rule.reads(options === true ? void 0 : options));
  }
  return reads;
}
function needsOf(choice) {
  const needs = { besideKep: /* @__PURE__ */ new Set(), atRoot: /* @__PURE__ */ new Set() };
  for (const wanted of readsOf(choice)) {
    for (const name of wanted.besideKep ?? []) needs.besideKep.add(name);
    for (const path of wanted.atRoot ?? []) needs.atRoot.add(path);
  }
  return needs;
}
function isDataFileBesideKep(choice) {
  const names = needsOf(choice).besideKep;
  return (path) => names.has(path.slice(path.lastIndexOf("/") + 1));
}
function positionsWanted(choice) {
  const wanted = readsOf(choice).flatMap((reads) => reads.keepsPositions ? [reads.keepsPositions] : []);
  return (metadata, reading) => wanted.some((keeps) => keeps(metadata, reading));
}
function readRuleData(choice, tree, entries, documents) {
  const needs = needsOf(choice);
  if (needs.besideKep.size === 0 && needs.atRoot.size === 0) return /* @__PURE__ */ new Map();
  const paths = new Set(needs.atRoot);
  for (const doc of documents) for (const name of needs.besideKep) paths.add(besidePath(doc.file, name));
  return readDataFiles(tree, entries, paths);
}
function readDataFileChanges(choice, head, changes, base) {
  const needs = needsOf(choice);
  const besideKep = isDataFileBesideKep(choice);
  const isBeside = (path) => path !== void 0 && besideKep(path);
  const isRoot = (path) => path !== void 0 && needs.atRoot.has(path);
  const changed = changes.filter((change) => [headPath(change), basePath(change)].some((path) => isBeside(path) || isRoot(path)));
  if (changed.length === 0) return void 0;
  const baseFiles = new Map(head.dataFiles);
  const folders = /* @__PURE__ */ new Map();
  for (const change of changed) {
    const after = headPath(change);
    const before = basePath(change);
    if (after !== void 0) baseFiles.delete(after);
    for (const path of [after, before]) if (isBeside(path)) folders.set(folderOf(path), (folders.get(folderOf(path)) ?? /* @__PURE__ */ new Set()).add(change.path));
  }
  const atBase = changed.map(basePath).filter((path) => path !== void 0 && (isBeside(path) || isRoot(path)));
  for (const [path, content] of base.readFiles(atBase)) baseFiles.set(path, readDataFileContent(path, content));
  const headFiles = new Map(head.dataFiles);
  for (const path of needs.atRoot) {
    const atBaseVersion = baseFiles.get(path);
    if (atBaseVersion) headFiles.set(path, atBaseVersion);
    else headFiles.delete(path);
  }
  const keps = new Set(head.documents.filter((doc) => folders.has(folderOf(doc.file))).map((doc) => doc.file));
  const dataFilesOf = new Map([...keps].map((file) => [file, [...folders.get(folderOf(file))]]));
  return { head: headFiles, base: baseFiles, keps, dataFilesOf };
}

// src/validate/readRepository.ts
var EVERY_KEP = () => true;
async function readRepository(settings, tree, options = {}) {
  const { mayCheck: hint = () => false, ...parallel } = options;
  const entries = tree.list();
  const found = selectKepFiles(entries, settings.layout);
  const schemaValid = /* @__PURE__ */ new WeakSet();
  const schemaErrors = /* @__PURE__ */ new WeakMap();
  const prodReadiness = settings.prodReadiness ? readProdReadiness(tree, entries) : void 0;
  const rulesWantPositions = positionsWanted(settings);
  const reading = {
    kepFolders: new Set(found.files.map(folderOf)),
    listedNumbers: new Set(found.files.flatMap((file) => numberInPath(file) ?? [])),
    lifecycle: settings.lifecycle,
    prodReadiness: prodReadiness?.approvals
  };
  const mayCheck = await hint;
  const keepPositions = (data, text2, file) => {
    if (!mayCheck(file)) return false;
    if (!settings.schema.validate(data)) {
      if (typeof data === "object" && data !== null) schemaErrors.set(data, settings.schema.validate.errors ?? []);
      return true;
    }
    if (typeof data === "object" && data !== null) schemaValid.add(data);
    return rulesWantPositions({ file, text: text2, fields: fieldsIn(data) }, reading);
  };
  const read = await readDocumentsInParallel(settings.format, tree, found.files, { keep: { keepPositions, outline: settings.outline }, ...parallel });
  const documents = found.files.map((file) => read.get(file));
  const dataFiles = readRuleData(settings, tree, entries, documents);
  return { tree, documents, symlinks: found.symlinks, submodules: found.submodules, index: new RepositoryIndex(documents), prodReadiness, schemaValid, schemaErrors, dataFiles };
}

// src/validate/readRun.ts
function inSelection(file, selected) {
  return selected.some(({ path, directory }) => directory ? path === "" || file.startsWith(`${path}/`) : file === path);
}
async function selectTargets(settings, repository, selected) {
  const known = [...repository.documents.map((doc) => doc.file), ...repository.symlinks, ...repository.submodules];
  const targets = /* @__PURE__ */ new Set();
  for (const { path, directory } of selected) {
    if (directory) {
      const prefix = path === "" ? "" : `${path}/`;
      for (const file of known) if (file.startsWith(prefix)) targets.add(file);
    } else {
      if (!known.includes(path) && !(settings.prodReadiness && isProdReadinessPath(path))) {
        const content = repository.tree.readFiles([path]).get(path);
        const doc = await readKep(path, content, settings.format, { outline: settings.outline });
        repository.documents.push(doc);
        repository.index = new RepositoryIndex(repository.documents);
        for (const [file, read] of readRuleData(settings, repository.tree, repository.tree.list(), [doc])) repository.dataFiles.set(file, read);
      }
      targets.add(path);
    }
  }
  return targets;
}
function changedKepsHint(settings, changed) {
  const files = /* @__PURE__ */ new Set();
  const dataFolders = /* @__PURE__ */ new Set();
  const approved = /* @__PURE__ */ new Set();
  const besideKep = isDataFileBesideKep(settings);
  for (const path of changed.flatMap(changePaths)) {
    files.add(path);
    const kep = settings.format.metadataFileOf?.(path);
    if (kep !== void 0) files.add(kep);
    if (besideKep(path)) dataFolders.add(folderOf(path));
    const number = settings.prodReadiness && isProdReadinessPath(path) ? approvalNumberOf(path) : void 0;
    if (number !== void 0) approved.add(number);
  }
  return (file) => files.has(file) || dataFolders.size > 0 && dataFolders.has(folderOf(file)) || approved.size > 0 && approved.has(numberInPath(file) ?? 0);
}
function kepHint(settings, { changes, paths = [] }) {
  if (changes) {
    return Promise.resolve(changes.files).then(
      (changed) => changedKepsHint(settings, changed),
      () => EVERY_KEP
    );
  }
  return paths.length > 0 ? (file) => inSelection(file, paths) : EVERY_KEP;
}
async function readRun(settings, request) {
  const { head, changes, paths = [] } = request;
  const repository = await readRepository(settings, head, { jobs: request.jobs, log: request.log, workerScript: request.workerScript, mayCheck: kepHint(settings, request) });
  let targets;
  let change;
  if (changes) {
    const changed = await changes.files;
    const files = paths.length === 0 ? changed : changed.filter((change2) => inSelection(change2.path, paths) || change2.previousPath !== void 0 && inSelection(change2.previousPath, paths));
    const keps = await readKepChanges(settings, repository, files, changes.base);
    const approvals = await readApprovalChanges(repository, files, changes.base);
    targets = new Set(keps.map((change2) => headPath(change2.change)).filter((path) => path !== void 0));
    for (const file of approvals?.keps ?? []) targets.add(file);
    const dataFiles = readDataFileChanges(settings, repository, files, changes.base);
    for (const file of dataFiles?.keps ?? []) targets.add(file);
    change = { base: changes.base, keps, approvals, dataFiles };
  } else if (paths.length > 0) {
    targets = await selectTargets(settings, repository, paths);
  }
  assertSelected(settings, repository, paths, change?.keps, request.surroundings);
  return {
    settings,
    request,
    repository,
    inScope: (file) => targets === void 0 || targets.has(file),
    change,
    readmes: await readmesFor(settings, repository.tree, changes?.base, change?.keps),
    onlyNew: changes !== void 0 && request.onlyNew !== false
  };
}

// src/validate/validate.ts
async function validate(settings, request) {
  const run = await readRun(settings, request);
  const checked = markWhatTheBaseHad(run, await check(run));
  const { diagnostics, baselineFixed } = withBaseline(run, checked);
  return {
    checked: run.change ? [...new Set(checked.files)].sort() : checked.files,
    diagnostics: [...diagnostics].sort(compareDiagnostics),
    index: checked.indexCheck,
    keps: kepSummaries(run),
    repository: run.repository,
    ...baselineFixed ? { baselineFixed } : {},
    ...run.change ? { checkedWith: checkedWith(run.change.approvals, run.change.dataFiles) } : {}
  };
}
function checkedWith(approvals, data) {
  const byKep = /* @__PURE__ */ new Map();
  const add = (kep, file, as) => byKep.set(kep, [...byKep.get(kep) ?? [], { file, as }]);
  for (const [kep, files] of approvals?.approvalsOf ?? []) for (const file of files) add(kep, file, "approval");
  for (const [kep, files] of data?.dataFilesOf ?? []) for (const file of files) add(kep, file, "data");
  return byKep;
}
function flatten(checked) {
  return [...checked.keps.flatMap(({ diagnostics }) => diagnostics), ...checked.approvals, ...checked.changes, ...checked.index, ...checked.others];
}
function withBaseline(run, checked) {
  const diagnostics = flatten(checked);
  const { baseline, changes, paths = [] } = run.request;
  if (!baseline || run.onlyNew) return { diagnostics };
  const scope = new Set(checked.files);
  const audit = !changes && paths.length === 0;
  const { diagnostics: marked2, fixed } = applyBaseline(diagnostics, baseline, (file) => audit || scope.has(file));
  return { diagnostics: marked2, baselineFixed: fixed };
}

// src/cli/check.ts
function toPosix(path) {
  return path.split(sep6).join("/");
}
function rootRelative(io, settings, paths) {
  return paths.map((path) => {
    const absolute = resolve9(io.cwd, path);
    const rel = pathInside(settings.root, absolute);
    if (rel === void 0) throw new UsageError(`${path} is outside the KEP root ${settings.root}`);
    const entry = new Files(settings.root, "the KEP root").entry(rel);
    if (entry === void 0) throw new UsageError(`${path} does not exist`);
    return { path: rel, directory: entry.kind === "folder" };
  });
}
async function check2(io, command) {
  return checker(io, command)(new FileSystemTree(command.settings.root));
}
function checker(io, command) {
  const { settings } = command;
  const paths = rootRelative(io, settings, command.paths);
  const base = command.baseCommit;
  let changes;
  if (base !== void 0) {
    const files = gitChanges(settings.root, base);
    files.catch(() => void 0);
    changes = { base: new GitTree(settings.root, base, repositoryPrefix(settings.root)), files };
  }
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
  const displayPath = (file) => toPosix(relative4(io.cwd, resolve9(settings.root, file))) || file;
  const outcome = command.fixMode ? await checkAndFix(io, command, displayPath) : void 0;
  const result = outcome ? outcome.result : await check2(io, command);
  const report = checkReport(result);
  const fixed = outcome ? { written: command.fixMode === "write", files: outcome.files.map((file) => file.file), problems: outcome.fixed.length } : void 0;
  const context = { displayPath, root: toPosix(settings.root), fixed };
  if (command.format === "github") {
    const { writeAnnotations } = await import("./chunks/workflowCommands-Q74Y44QE.js");
    if (outcome) io.stdout(command.fixMode === "dry-run" ? diffOfFixes(outcome) : describeFixes(outcome, displayPath));
    writeAnnotations(FORMATTERS.github(report, context));
    io.stdout(`${summaryLine(report)}
`);
  } else io.stdout(FORMATTERS[command.format](report, context));
  return report.counts.errors > 0 ? EXIT_PROBLEMS : EXIT_OK;
}
var checkCommand = {
  name: "check",
  tellsPreset: true,
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
    const top = changeRepository([root === void 0 ? void 0 : resolve9(io.cwd, root), config === void 0 ? void 0 : dirname6(resolve9(io.cwd, config)), io.cwd]);
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
            rules.proposed.files.map((path) => relative4(io.cwd, path) || path),
            rules.base
          )
        )}
`
      );
    return runCheck(io, {
      settings,
      baseCommit: rules.base,
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
import { join as join5, relative as relative5 } from "node:path";
async function runIndex(io, settings, mode, options = {}) {
  if (settings.indexFile === null) {
    throw new UsageError(`this repository keeps no index (${presetNamed(settings.preset)?.index === null ? `the ${settings.preset} preset has none` : "--no-index or index: none"}); name one with --index index.md`);
  }
  const repository = await readRepository(settings, new FileSystemTree(settings.root), { jobs: options.jobs, log: readingLog(io) });
  const index = indexOfRepository({ ...settings, indexFile: settings.indexFile }, repository.tree, repository.documents, options.fixCommand);
  const shown = relative5(io.cwd, join5(settings.root, index.file)) || index.file;
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

// src/reports/metrics/computeMetrics.ts
var DAY = 24 * 60 * 60;
function quarterOf(time) {
  const date = new Date(time * 1e3);
  return `${date.getUTCFullYear()}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
}
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
var round = (value) => Math.round(value * 10) / 10;
function computeMetrics(documents, timelines, lifecycle) {
  const asOf = Math.max(0, ...timelines.flatMap((timeline) => timeline.versions.map((version) => version.time)));
  const byStatus = {};
  const bySig = {};
  for (const doc of documents) {
    const status = stringField(doc, "status") ?? "(unreadable)";
    const sig = stringField(doc, "owning-sig") ?? "(no owning-sig)";
    byStatus[status] = (byStatus[status] ?? 0) + 1;
    bySig[sig] ??= {};
    bySig[sig][status] = (bySig[sig][status] ?? 0) + 1;
  }
  const durations = /* @__PURE__ */ new Map();
  for (const { versions } of timelines) {
    const spent = /* @__PURE__ */ new Map();
    for (let i = 0; i < versions.length; i++) {
      const status = versions[i].status;
      if (status === void 0 || !lifecycle.states.includes(status)) continue;
      const end = i + 1 < versions.length ? versions[i + 1].time : asOf;
      spent.set(status, (spent.get(status) ?? 0) + Math.max(0, end - versions[i].time));
    }
    for (const [status, seconds] of spent) durations.set(status, [...durations.get(status) ?? [], seconds / DAY]);
  }
  const timeInState = {};
  for (const state of lifecycle.states) {
    const days = durations.get(state);
    if (!days || days.length === 0) continue;
    timeInState[state] = { keps: days.length, medianDays: round(median(days)), meanDays: round(days.reduce((a, b) => a + b, 0) / days.length) };
  }
  const finals = lifecycle.states.filter((state) => (lifecycle.transitions[state] ?? []).length === 0);
  const ended = Object.fromEntries(finals.map((state) => [state, byStatus[state] ?? 0]));
  const rejected = lifecycle.states.filter((state) => /^rejected$/i.test(state)).reduce((sum, state) => sum + (byStatus[state] ?? 0), 0);
  const firstSeen = /* @__PURE__ */ new Map();
  for (const { versions } of timelines) {
    for (const version of versions) {
      for (const author of version.authors) {
        const key = author.toLowerCase();
        if (!firstSeen.has(key) || firstSeen.get(key) > version.time) firstSeen.set(key, version.time);
      }
    }
  }
  const perQuarter = /* @__PURE__ */ new Map();
  for (const time of firstSeen.values()) perQuarter.set(quarterOf(time), (perQuarter.get(quarterOf(time)) ?? 0) + 1);
  return {
    asOf: asOf === 0 ? "" : new Date(asOf * 1e3).toISOString(),
    keps: documents.length,
    byStatus,
    bySig,
    timeInState,
    rejectionRate: documents.length === 0 ? 0 : Math.round(rejected / documents.length * 1e3) / 1e3,
    ended,
    authors: firstSeen.size,
    firstTimeAuthors: [...perQuarter].sort(([a], [b]) => a < b ? -1 : 1).map(([quarter, authors]) => ({ quarter, authors }))
  };
}

// src/reports/metrics/history.ts
function parseLog(output) {
  const commits = [];
  for (const chunk of output.split("")) {
    if (chunk === "") continue;
    const fields = chunk.split("\0");
    const changes = [];
    for (let i = 2; i < fields.length; ) {
      const header = fields[i++].replace(/^\n/, "");
      if (!header.startsWith(":")) continue;
      const [, , , blob, status] = header.slice(1).split(" ");
      if (status.startsWith("R") || status.startsWith("C")) {
        const previousPath = fields[i++];
        changes.push({ status: status[0], blob, path: fields[i++], previousPath });
      } else {
        changes.push({ status: status[0], blob, path: fields[i++] });
      }
    }
    commits.push({ commit: fields[0], time: Number(fields[1]), changes });
  }
  return commits;
}
function authorsOf2(fields) {
  const authors = fields?.authors;
  if (!Array.isArray(authors)) return [];
  return authors.map((author) => typeof author === "string" ? author.replace(/^@/, "") : typeof author === "object" && author !== null ? String(author.github ?? author.name ?? "") : "").filter((author) => author !== "");
}
async function readHistory(settings, until) {
  const args = ["-c", "core.quotePath=false", "log", "--reverse", "--no-abbrev", "--raw", "-M", "-z", "--no-ext-diff", "--no-textconv", "--format=%x01%H%x00%ct", "--relative"];
  if (until) args.push(until);
  args.push("--", ".");
  let log;
  try {
    log = git(settings.root, args);
  } catch (error) {
    throw new GitError(`metrics need the KEPs' git history, and git cannot give it for ${settings.root}: ${error.message.split("\n").at(-1)}`);
  }
  const commits = parseLog(log);
  const isKep = isKepPath(settings.layout);
  const wanted = /* @__PURE__ */ new Set();
  for (const { changes } of commits) for (const change of changes) if (isKep(change.path) && change.status !== "D") wanted.add(change.blob);
  const blobs = readBlobs(settings.root, [...wanted]);
  const timelines = /* @__PURE__ */ new Map();
  for (const { commit, time, changes } of commits) {
    for (const change of changes) {
      if (change.status === "R" && change.previousPath !== void 0 && timelines.has(change.previousPath)) {
        const moved = timelines.get(change.previousPath);
        timelines.delete(change.previousPath);
        moved.file = change.path;
        timelines.set(change.path, moved);
      }
      if (!isKep(change.path) || change.status === "D") continue;
      const content = blobs.get(change.blob);
      if (!content) continue;
      const doc = await readKep(change.path, content, settings.format);
      const fields = fieldsOf(doc);
      const timeline = timelines.get(change.path) ?? { file: change.path, versions: [] };
      timeline.versions.push({ commit, time, status: stringField(doc, "status"), authors: authorsOf2(fields) });
      timelines.set(change.path, timeline);
    }
  }
  return [...timelines.values()].sort((a, b) => a.file < b.file ? -1 : 1);
}

// src/reports/metrics/renderMetrics.ts
function quoteLabel(label) {
  return JSON.stringify(label.replace(/"/g, "'"));
}
var cell2 = (value) => code(value, { table: true });
function renderMetrics(metrics) {
  const lines = [gfm`## KEP metrics`, gfm``, gfm`${metrics.keps} KEPs${metrics.asOf ? gfm`, as of ${text(metrics.asOf.slice(0, 10))}` : gfm``}.`, gfm``];
  const statuses = Object.entries(metrics.byStatus).sort(([a], [b]) => a < b ? -1 : 1);
  lines.push(gfm`### KEPs per status`, gfm``, codeBlock(["pie showData", ...statuses.map(([status, count]) => `  ${quoteLabel(status)} : ${count}`)].join("\n"), "mermaid"), gfm``);
  lines.push(gfm`| Status | KEPs |`, gfm`| --- | ---: |`, ...statuses.map(([status, count]) => gfm`| ${cell2(status)} | ${count} |`), gfm``);
  const states = [...new Set(Object.values(metrics.bySig).flatMap(Object.keys))].sort();
  lines.push(gfm`### KEPs per SIG`, gfm``, gfm`| SIG | ${joinMarkdown(states.map(cell2), gfm` | `)} | All |`, gfm`| --- |${joinMarkdown(states.map(() => gfm` ---: |`))} ---: |`);
  for (const [sig, counts] of Object.entries(metrics.bySig).sort(([a], [b]) => a < b ? -1 : 1)) {
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    lines.push(
      gfm`| ${cell2(sig)} | ${joinMarkdown(
        states.map((state) => gfm`${counts[state] ?? 0}`),
        gfm` | `
      )} | ${total} |`
    );
  }
  lines.push(gfm``);
  lines.push(gfm`### Time in each state`, gfm``, gfm`From the commit that set a status to the commit that changed it (or to the newest commit).`, gfm``);
  lines.push(gfm`| State | KEPs | Median days | Mean days |`, gfm`| --- | ---: | ---: | ---: |`);
  for (const [state, time] of Object.entries(metrics.timeInState)) lines.push(gfm`| ${cell2(state)} | ${time.keps} | ${time.medianDays} | ${time.meanDays} |`);
  lines.push(gfm``);
  lines.push(gfm`### Outcomes`, gfm``, gfm`Rejection rate: ${text((metrics.rejectionRate * 100).toFixed(1))}% of all KEPs.`, gfm``);
  lines.push(gfm`| Final state | KEPs |`, gfm`| --- | ---: |`, ...Object.entries(metrics.ended).map(([state, count]) => gfm`| ${cell2(state)} | ${count} |`), gfm``);
  lines.push(gfm`### Authors`, gfm``, gfm`${metrics.authors} people have authored a KEP.`, gfm``);
  if (metrics.firstTimeAuthors.length > 0) {
    const max = Math.max(...metrics.firstTimeAuthors.map((q) => q.authors));
    const chart = [
      "xychart-beta",
      '  title "First-time KEP authors per quarter"',
      `  x-axis [${metrics.firstTimeAuthors.map((q) => quoteLabel(q.quarter)).join(", ")}]`,
      `  y-axis "authors" 0 --> ${max}`,
      `  bar [${metrics.firstTimeAuthors.map((q) => q.authors).join(", ")}]`
    ];
    lines.push(codeBlock(chart.join("\n"), "mermaid"), gfm``);
    lines.push(gfm`| Quarter | First-time authors |`, gfm`| --- | ---: |`, ...metrics.firstTimeAuthors.map((q) => gfm`| ${text(q.quarter)} | ${q.authors} |`), gfm``);
  }
  return joinMarkdown(lines, gfm`\n`);
}

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
    const text2 = tree.readFiles([textFile]).get(textFile);
    const summary = Buffer.isBuffer(text2) ? await firstSummaryParagraph(text2.toString("utf8")) : "";
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
import { basename as basename2, dirname as dirname7, join as join6, relative as relative6 } from "node:path";
async function runBaseline(io, settings, options) {
  const result = await validate(settings, { head: new FileSystemTree(settings.root), jobs: options.jobs, log: readingLog(io), surroundings: () => repositoryAround(settings.root) });
  const baseline = buildBaseline(result.diagnostics);
  const text2 = `${JSON.stringify(baseline, null, 2)}
`;
  if (!options.write) {
    io.stdout(text2);
    return EXIT_OK;
  }
  const file = options.file ?? join6(settings.root, BASELINE_FILE);
  if (options.file === void 0) new Files(settings.root, "the KEP root").write(BASELINE_FILE, text2);
  else new Files(dirname7(file)).write(basename2(file), text2);
  const errors = Object.values(baseline).reduce((sum, rules) => sum + Object.values(rules).reduce((n, { count }) => n + count, 0), 0);
  io.stdout(`wrote ${relative6(io.cwd, file) || file}: ${plural(errors, "error")} in ${plural(Object.keys(baseline).length, "file")} (${plural(result.checked.length, "KEP")} checked)
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
    const { renderRulesPage, ruleRows } = await import("./chunks/rulesTable-3IVIXMQJ.js");
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
  const text2 = FileText.of(bytes);
  const document = await readKep(file, bytes, format);
  if (!document.metadata) throw new AuthorError(`${file}: ${document.readProblems[0]?.message ?? "it has no metadata"}; fix it first (kep-validator check ${file})`);
  return { file, text: text2, format, document };
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
import { join as join7 } from "node:path";

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
  return { source: "built-in", files: new Map(Object.entries(shape.builtIn).map(([name, text2]) => [name, Buffer.from(text2)])) };
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
  const kep = await readKepText(template.source === "built-in" ? metadataName : join7(template.source, metadataName), template.files.get(metadataName), settings.format);
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
import { relative as relative7, resolve as resolve10, sep as sep7 } from "node:path";
function shownPath(io, settings, file) {
  return relative7(io.cwd, resolve10(settings.root, file)).split(sep7).join("/") || file;
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
  const baselineFile = baselineOption === void 0 ? void 0 : resolve11(io.cwd, baselineOption);
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
      sigs: sigs === void 0 ? void 0 : resolve11(io.cwd, sigs),
      root: root === void 0 ? void 0 : resolve11(io.cwd, root),
      lifecycle,
      schema: schema === void 0 ? void 0 : resolve11(io.cwd, schema),
      indexFile: given.flag("no-index") ? null : given.string("index"),
      indexTemplate: indexTemplate === void 0 ? void 0 : indexTemplate === "none" ? null : indexTemplate
    },
    baseline: given.flag("no-baseline") ? null : baselineFile
  });
  if (command.tellsPreset) for (const line of presetNote(rules.settings)) io.stderr(`kep-validator: ${line}
`);
  return { rules, baselineFile, indexFixCommand: indexFixCommand(rules.settings, { from: io.cwd, config: rules.config, lifecycle }) };
}
function commandLineFiles(cwd, root, files) {
  const named = Object.values(files).filter((file) => file !== void 0);
  const roots = [cwd, ...root === void 0 ? [] : [resolve11(cwd, root)], ...named.map((file) => dirname8(resolve11(cwd, file)))];
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
