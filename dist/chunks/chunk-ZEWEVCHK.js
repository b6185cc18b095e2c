import { createRequire as __kepCreateRequire } from 'node:module';
const require = __kepCreateRequire(import.meta.url);
import {
  KEP_HEAD_BYTES,
  readKep,
  readKepHead
} from "./chunk-FQFJMZVD.js";
import {
  NO_ERROR_LINES,
  YamlMetadata
} from "./chunk-UP4ZCPWE.js";

// src/core/loadError.ts
var LoadError = class extends Error {
  constructor(message, problems = []) {
    super(message);
    this.problems = problems;
  }
  problems;
};

// src/files/regularFile.ts
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readSync, renameSync, writeSync } from "node:fs";
import { join } from "node:path";
var MAX_FILE_BYTES = 32 * 1024 * 1024;
var NO_FOLLOW = (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
var NotRegularFileError = class extends Error {
  constructor(message, code = "ENOTREG") {
    super(message);
    this.code = code;
  }
  code;
};
function kind(stat) {
  return stat.isSymbolicLink() ? "symlink" : stat.isDirectory() ? "folder" : stat.isFile() ? "file" : "other";
}
function kindOf(stat) {
  if (stat.isSymbolicLink()) return "a symbolic link; links are never followed (they could point outside the repository)";
  if (stat.isDirectory()) return "a folder";
  if (stat.isFile()) return "a file";
  if (stat.isFIFO()) return "a named pipe (FIFO), not a file";
  if (stat.isSocket()) return "a socket, not a file";
  return "a device, not a file";
}
function lstatOrUndefined(path) {
  try {
    return lstatSync(path);
  } catch (error) {
    if (["ENOENT", "ENOTDIR"].includes(error.code ?? "")) return void 0;
    throw error;
  }
}
function partsOf(path) {
  const parts = path.split("/");
  if (path === "" || path.startsWith("/") || parts.some((part) => part === "" || part === "." || part === "..")) {
    throw new NotRegularFileError(`${path} is outside the repository`);
  }
  if (parts.some((part) => part.toLowerCase() === ".git")) throw new NotRegularFileError(`${path} is inside .git: git's own files (the checkout's credentials among them) are read only through git`);
  return parts;
}
function checkFolders(root, path, checked) {
  const parts = partsOf(path);
  const slash = path.lastIndexOf("/");
  if (slash === -1 || checked?.has(path.slice(0, slash))) return;
  let folder = "";
  for (const part of parts.slice(0, -1)) {
    folder = folder ? `${folder}/${part}` : part;
    if (checked?.has(folder)) continue;
    const stat = lstatSync(join(root, folder));
    if (!stat.isDirectory()) throw new NotRegularFileError(`${path} is under ${folder}, which is ${kindOf(stat)}`, stat.isFile() ? "ENOTDIR" : "ENOTREG");
    checked?.add(folder);
  }
}
function entryAt(root, path, checked) {
  try {
    checkFolders(root, path, checked);
  } catch (error) {
    if (["ENOENT", "ENOTDIR"].includes(error.code ?? "")) return void 0;
    throw error;
  }
  const stat = lstatOrUndefined(join(root, path));
  return stat && { kind: kind(stat), size: stat.size };
}
function openRegularFile(root, path, checked) {
  checkFolders(root, path, checked);
  let fd;
  try {
    fd = openSync(join(root, path), constants.O_RDONLY | NO_FOLLOW);
  } catch (error) {
    if (["ELOOP", "EMLINK"].includes(error.code ?? "")) throw new NotRegularFileError(`${path} is ${kindOf(lstatSync(join(root, path)))}`);
    throw error;
  }
  const stat = fstatSync(fd);
  if (!stat.isFile()) {
    closeSync(fd);
    throw new NotRegularFileError(`${path} is ${kindOf(stat)}`);
  }
  return { fd, size: stat.size };
}
function readInto(fd, buffer, bytes) {
  let length = 0;
  while (length < bytes) {
    const read = readSync(fd, buffer, length, bytes - length, length);
    if (read === 0) break;
    length += read;
  }
  return length;
}
function readRegularFile(root, path, checked, limit = MAX_FILE_BYTES) {
  const { fd, size } = openRegularFile(root, path, checked);
  try {
    if (size > limit) throw new NotRegularFileError(`${path} is ${Math.ceil(size / 1024 / 1024)} MB, more than the ${limit / 1024 / 1024} MB a file may be; it is not read`);
    const buffer = Buffer.allocUnsafe(size);
    return buffer.subarray(0, readInto(fd, buffer, size));
  } finally {
    closeSync(fd);
  }
}
function readRegularFileHead(root, path, buffer, checked) {
  const { fd, size } = openRegularFile(root, path, checked);
  try {
    return readInto(fd, buffer, Math.min(size, buffer.length));
  } finally {
    closeSync(fd);
  }
}
function writeRegularFile(root, path, content, options = {}) {
  checkFolders(root, path);
  const existing = lstatOrUndefined(join(root, path));
  if (existing && options.create) throw new NotRegularFileError(`${path} already exists: it is not written`);
  if (existing && !existing.isFile()) throw new NotRegularFileError(`${path} is ${kindOf(existing)}: it is not written`);
  const flags = constants.O_WRONLY | constants.O_CREAT | (options.create ? constants.O_EXCL : constants.O_TRUNC) | NO_FOLLOW;
  const fd = openSync(join(root, path), flags, 420);
  try {
    const bytes = typeof content === "string" ? Buffer.from(content) : content;
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
  } finally {
    closeSync(fd);
  }
}
function makeFolders(root, path, forPath = path) {
  let folder = "";
  for (const part of partsOf(path)) {
    folder = folder ? `${folder}/${part}` : part;
    const stat = lstatOrUndefined(join(root, folder));
    if (stat === void 0) mkdirSync(join(root, folder));
    else if (!stat.isDirectory()) throw new NotRegularFileError(folder === forPath ? `${forPath} is ${kindOf(stat)}` : `${forPath} is under ${folder}, which is ${kindOf(stat)}`);
  }
}
function listFolder(root, path, checked) {
  if (path !== "") checkFolders(root, `${path}/-`, checked);
  return readdirSync(path === "" ? root : join(root, path), { withFileTypes: true }).map((entry) => ({ name: entry.name, kind: kind(entry) }));
}
function moveRegularFile(root, from, to) {
  checkFolders(root, from);
  checkFolders(root, to);
  const source = lstatOrUndefined(join(root, from));
  if (!source?.isFile()) throw new NotRegularFileError(source ? `${from} is ${kindOf(source)}: it is not moved` : `${from} does not exist`);
  const target = lstatOrUndefined(join(root, to));
  if (target) throw new NotRegularFileError(`cannot move ${from} to ${to}: it exists`);
  renameSync(join(root, from), join(root, to));
}

// src/tree/fileSystemTree.ts
var SKIPPED_DIRECTORIES = /* @__PURE__ */ new Set([".git", "node_modules"]);
var FileSystemTree = class {
  constructor(root) {
    this.root = root;
  }
  root;
  label = "the working tree";
  /** Folders known not to be links, so that each file's path is checked once per folder. */
  checkedFolders = /* @__PURE__ */ new Set();
  children(relative) {
    try {
      return listFolder(this.root, relative, this.checkedFolders);
    } catch (error) {
      throw new LoadError(`cannot list the folder ${relative || "."} under ${this.root}: ${error.message}`);
    }
  }
  list() {
    const entries = [];
    const walk = (relative) => {
      const children = this.children(relative);
      if (relative && children.some((child) => child.name === ".git")) {
        entries.push({ path: relative, kind: "submodule" });
        return;
      }
      for (const entry of children) {
        const path = relative ? `${relative}/${entry.name}` : entry.name;
        if (entry.kind === "folder") {
          if (SKIPPED_DIRECTORIES.has(entry.name.toLowerCase())) continue;
          this.checkedFolders.add(path);
          walk(path);
        } else if (entry.kind === "symlink") {
          entries.push({ path, kind: "symlink" });
        } else {
          entries.push({ path, kind: "file" });
        }
      }
    };
    walk("");
    return entries;
  }
  readHeads(paths, bytes, visit) {
    const buffer = Buffer.allocUnsafe(bytes);
    for (const path of paths) {
      let length;
      try {
        length = readRegularFileHead(this.root, path, buffer, this.checkedFolders);
      } catch (error) {
        visit(path, error);
        continue;
      }
      visit(path, { head: buffer.subarray(0, length), complete: length < bytes });
    }
  }
  readFiles(paths) {
    const contents = /* @__PURE__ */ new Map();
    for (const path of paths) {
      try {
        contents.set(path, readRegularFile(this.root, path, this.checkedFolders));
      } catch (error) {
        contents.set(path, error);
      }
    }
    return contents;
  }
};

// src/read/readDocuments.ts
var READ_BATCH = 256;
async function readDocuments(format, tree, files, options = {}) {
  const read = /* @__PURE__ */ new Map();
  const whole = options.outline ? [...files] : [];
  const failed = [];
  const heads = options.outline ? [] : files;
  tree.readHeads(heads, KEP_HEAD_BYTES, (file, content) => {
    if (!("head" in content)) {
      failed.push([file, content]);
      return;
    }
    const doc = readKepHead(file, content, format, options);
    if (doc) read.set(file, doc);
    else whole.push(file);
  });
  for (const [file, error] of failed) read.set(file, await readKep(file, error, format, options));
  for (let start = 0; start < whole.length; start += READ_BATCH) {
    const batch = whole.slice(start, start + READ_BATCH);
    const contents = tree.readFiles(batch);
    for (const file of batch) read.set(file, await readKep(file, contents.get(file), format, options));
  }
  return read;
}

// src/read/parallel/transfer.ts
function metadataToTransfer(metadata) {
  if (!(metadata instanceof YamlMetadata)) throw new Error("internal error: only metadata read from YAML crosses threads");
  const { form, data, block, source, placement } = metadata;
  return { form, data, block, source, placement, errorLines: [...metadata.errorLines] };
}
function metadataFromTransfer(transfer) {
  const errorLines = transfer.errorLines.length > 0 ? new Set(transfer.errorLines) : NO_ERROR_LINES;
  return new YamlMetadata(transfer.form, transfer.data, transfer.block, transfer.source, transfer.placement, errorLines);
}
function documentToTransfer(doc) {
  const transfer = { file: doc.file, metadata: doc.metadata && metadataToTransfer(doc.metadata), readProblems: doc.readProblems };
  if (doc.body) transfer.body = doc.body;
  if (doc.outline) transfer.outline = doc.outline;
  return transfer;
}
function documentFromTransfer(transfer) {
  const doc = { file: transfer.file, metadata: transfer.metadata && metadataFromTransfer(transfer.metadata), readProblems: transfer.readProblems };
  if (transfer.body) doc.body = transfer.body;
  if (transfer.outline) doc.outline = transfer.outline;
  return doc;
}

export {
  MAX_FILE_BYTES,
  NotRegularFileError,
  entryAt,
  readRegularFile,
  writeRegularFile,
  makeFolders,
  listFolder,
  moveRegularFile,
  LoadError,
  FileSystemTree,
  readDocuments,
  documentToTransfer,
  documentFromTransfer
};
