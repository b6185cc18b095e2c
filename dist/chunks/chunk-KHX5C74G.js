import { createRequire as __kepCreateRequire } from 'node:module';
const require = __kepCreateRequire(import.meta.url);
import {
  plural
} from "./chunk-KEUXMJQ7.js";
import {
  RULES,
  besidePath,
  folderOf
} from "./chunk-FNETSGSL.js";
import {
  FileSystemTree,
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
} from "./chunk-YQEMFEPE.js";
import {
  FILE_START,
  MAX_METADATA_BYTES,
  assignedNumber,
  draftNumber,
  fieldsOf,
  isGraveReadProblem,
  problem,
  readYamlFile,
  selectKepFiles,
  splitLines,
  stringField
} from "./chunk-NSLFPTWQ.js";

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
  const schema = findOwnFile(join("schemas", "kep-0001.schema.json"));
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
function readNamedFile(path, limit = MAX_FILE_BYTES) {
  return new Files(dirname2(resolve2(path))).read(basename(path), limit);
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

// src/read/parallel/readInParallel.ts
import { availableParallelism } from "node:os";
var PARALLEL_THRESHOLD = 2e4;
var WORKER_FILE = "read-worker.js";
function bundledWorkerScript() {
  return findOwnFile(WORKER_FILE, 2);
}
function split(items, parts) {
  const size = Math.ceil(items.length / parts);
  return Array.from({ length: parts }, (_, i) => items.slice(i * size, (i + 1) * size));
}
function startWorker(Worker, script, job) {
  return new Promise((resolve3) => {
    let answered = false;
    const worker = new Worker(script, { workerData: job });
    worker.once("message", (answer) => {
      answered = true;
      resolve3({ documents: answer.documents.map(documentFromTransfer) });
    });
    worker.once("error", (error) => resolve3({ failure: String(error) }));
    worker.once("exit", (code) => {
      if (!answered) resolve3({ failure: `the read worker exited with code ${code} before answering` });
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

// src/read/prodReadiness.ts
var PRR_FILE = /^keps\/prod-readiness\/[^/]+\/[^/]+\.ya?ml$/;
function isProdReadinessPath(path) {
  return PRR_FILE.test(path);
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
    const read = readYamlFile(path, content.toString("utf8"));
    problems.push(...read.problems);
    if (!read.metadata) continue;
    approvals.set(path, read.metadata.data);
    files.push({ path, metadata: read.metadata });
  }
  return { approvals, files, problems };
}

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
function basePath(change) {
  if (change.kind === "added" || change.kind === "copied") return void 0;
  return change.previousPath ?? change.path;
}
function headPath(change) {
  return change.kind === "deleted" ? void 0 : change.path;
}

// src/read/dataFiles.ts
var BINARY_PROBE = 8e3;
var NOTHING = /^(?:[ \t]*(?:#.*)?\r?\n)*[ \t]*(?:#.*)?$/;
function readDataFileContent(path, content) {
  if (!Buffer.isBuffer(content)) return { path, problem: content.message };
  if (content.subarray(0, BINARY_PROBE).includes(0)) return { path, problem: "it holds binary data (a NUL byte), not YAML" };
  let text = content.toString("utf8");
  if (text.charCodeAt(0) === 65279) text = text.slice(1);
  if (NOTHING.test(text)) return { path, data: {} };
  if (text.length > MAX_METADATA_BYTES) return { path, problem: `it is ${Math.round(text.length / 1024)} KB, more than the ${MAX_METADATA_BYTES / 1024} KB a YAML file of a run may be; it is not read` };
  const { metadata, problems } = readYamlFile(path, text);
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
function needsOf(selection) {
  const needs = { besideKep: /* @__PURE__ */ new Set(), atRoot: /* @__PURE__ */ new Set() };
  for (const [id, options] of Object.entries(selection)) {
    const rule = RULES.get(id);
    if (rule?.subject !== "kep" || !rule.reads) continue;
    const wanted = rule.reads(options === true ? void 0 : options);
    for (const name of wanted.besideKep ?? []) needs.besideKep.add(name);
    for (const path of wanted.atRoot ?? []) needs.atRoot.add(path);
  }
  return needs;
}
function readRuleData(selection, tree, entries, documents) {
  const needs = needsOf(selection);
  if (needs.besideKep.size === 0 && needs.atRoot.size === 0) return /* @__PURE__ */ new Map();
  const paths = new Set(needs.atRoot);
  for (const doc of documents) for (const name of needs.besideKep) paths.add(besidePath(doc.file, name));
  return readDataFiles(tree, entries, paths);
}
function readDataFileChanges(selection, head, changes, base) {
  const needs = needsOf(selection);
  const isBeside = (path) => path !== void 0 && needs.besideKep.has(path.slice(path.lastIndexOf("/") + 1));
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
async function readRepository(settings, tree, options = {}) {
  const entries = tree.list();
  const found = selectKepFiles(entries, settings.layout);
  const schemaValid = /* @__PURE__ */ new WeakSet();
  const keepPositions = (data) => {
    if (!settings.schema.validate(data)) return true;
    if (typeof data === "object" && data !== null) schemaValid.add(data);
    return false;
  };
  const read = await readDocumentsInParallel(settings.format, tree, found.files, { keep: { keepPositions, outline: settings.outline }, ...options });
  const documents = found.files.map((file) => read.get(file));
  const prodReadiness = settings.prodReadiness ? readProdReadiness(tree, entries) : void 0;
  const dataFiles = readRuleData(settings.rules, tree, entries, documents);
  return { tree, documents, symlinks: found.symlinks, submodules: found.submodules, index: new RepositoryIndex(documents), prodReadiness, schemaValid, dataFiles };
}

// src/edit/applyEdits.ts
var EditOverlapError = class extends Error {
};
function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}
function lineBreakOf(text) {
  const match = /\r\n|\r|\n/.exec(text);
  return match ? match[0] : "\n";
}
function offsetsOf(text, span, starts = lineStarts(text)) {
  const offset = (line, column) => {
    if (line > starts.length) return text.length;
    return Math.min(starts[line - 1] + column - 1, text.length);
  };
  return { start: offset(span.line, span.column), end: offset(span.endLine, span.endColumn) };
}
function locateEdits(text, edits) {
  const starts = lineStarts(text);
  const lineBreak = lineBreakOf(text);
  return edits.map((edit) => ({ ...offsetsOf(text, edit.span, starts), text: edit.text.replace(/\r?\n/g, lineBreak) }));
}
function sameEdit(a, b) {
  return a.start === b.start && a.end === b.end && a.text === b.text;
}
function conflict(a, b) {
  return a.start < b.end && b.start < a.end || a.start === b.start;
}
function applyTextEdits(text, edits) {
  const ordered = edits.map((edit, order) => ({ ...edit, order })).sort((a, b) => a.start - b.start || a.end - b.end || a.order - b.order);
  let result = "";
  let at = 0;
  for (const edit of ordered) {
    if (edit.start < at) throw new EditOverlapError("two edits of one fix overlap");
    result += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return result + text.slice(at);
}
function chooseFixes(fixes, textOf) {
  const texts = /* @__PURE__ */ new Map();
  const located = (edit) => {
    let entry = texts.get(edit.file);
    if (!entry) {
      const text = textOf(edit.file);
      entry = { text, starts: lineStarts(text), lineBreak: lineBreakOf(text) };
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
function splitLines2(text) {
  const hasTrailingNl = text.endsWith("\n");
  const result = text.split("\n").map((line) => line + "\n");
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
function cell(text) {
  return text.replace(/\s+/g, " ").trim().replace(/([\\`*_[\]<>|])/g, "\\$1");
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
function rawLines(text) {
  return text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
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

export {
  pathInside,
  SCHEMAS_DIR,
  Files,
  filesSource,
  readNamedFile,
  isFolder,
  realPath,
  RepositoryIndex,
  PARALLEL_THRESHOLD,
  isProdReadinessPath,
  readProdReadiness,
  parseNameStatus,
  basePath,
  headPath,
  readRuleData,
  readDataFileChanges,
  readRepository,
  EditOverlapError,
  lineBreakOf,
  locateEdits,
  applyTextEdits,
  chooseFixes,
  diffLines,
  FIX_COMMAND,
  lineDiff2 as lineDiff,
  indexOfRepository
};
