import { createRequire as __kepCreateRequire } from 'node:module';
const require = __kepCreateRequire(import.meta.url);
import {
  EditOverlapError,
  Files,
  applyTextEdits,
  indexOfRepository,
  locateEdits,
  readRepository
} from "./chunk-KHX5C74G.js";
import {
  FileSystemTree,
  readKep
} from "./chunk-YQEMFEPE.js";
import {
  MetadataEditError
} from "./chunk-NSLFPTWQ.js";

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

// src/author/kepText.ts
var AuthorError = class extends Error {
};
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

export {
  FileText,
  AuthorError,
  readKepText,
  editorOf,
  editedBytes,
  today,
  updateIndex
};
