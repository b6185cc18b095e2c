import { createRequire as __kepCreateRequire } from 'node:module';
const require = __kepCreateRequire(import.meta.url);
import {
  MARKDOWN,
  decode,
  loadMarkdownParser,
  markdownParserLoaded,
  needsMarkdownParser,
  splitLines
} from "./chunk-UP4ZCPWE.js";
import {
  FILE_START,
  problem
} from "./chunk-P75TJVBV.js";

// src/parse/utf8.ts
import { isUtf8 } from "node:buffer";
function firstInvalidUtf8(bytes, cut = false) {
  if (isUtf8(bytes)) return void 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const length = b < 128 ? 1 : b >= 194 && b <= 223 ? 2 : b >= 224 && b <= 239 ? 3 : b >= 240 && b <= 244 ? 4 : 0;
    if (length === 0) return i;
    if (i + length > bytes.length) return cut && continuesToEnd(bytes, i) ? void 0 : i;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      const low = k > 1 ? 128 : b === 224 ? 160 : b === 240 ? 144 : 128;
      const high = k > 1 ? 191 : b === 237 ? 159 : b === 244 ? 143 : 191;
      if (c < low || c > high) return i;
    }
    i += length;
  }
  return void 0;
}
function continuesToEnd(bytes, start) {
  for (let i = start + 1; i < bytes.length; i++) if (bytes[i] < 128 || bytes[i] > 191) return false;
  return true;
}
function positionOfByte(bytes, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = bytes.indexOf(10); i !== -1 && i < offset; i = bytes.indexOf(10, i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: bytes.subarray(lineStart, offset).toString("utf8").length + 1 };
}

// src/parse/outline.ts
function outlineOf(text) {
  const outline = [];
  splitLines(text).forEach((line, index) => {
    if (line.startsWith("#")) outline.push({ line: index + 1, text: line });
  });
  return outline;
}

// src/read/readKep.ts
var BINARY_PROBE = 8e3;
var HEAD_BYTES = 16 * 1024;
var startsWithBom = (bytes) => bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191;
function encodingProblems(file, bytes, cut) {
  const offset = firstInvalidUtf8(bytes, cut);
  if (offset === void 0) return [];
  const { line, column } = positionOfByte(bytes, offset);
  const shown = [...bytes.subarray(offset, offset + 4)].map((b) => `0x${b.toString(16).toUpperCase().padStart(2, "0")}`).join(" ");
  return [problem(file, { line, column, endLine: line, endColumn: column + 1 }, "file-encoding", `line ${line} has bytes that are not UTF-8 (${shown}\u2026 at column ${column}); they are read as U+FFFD (\uFFFD) \u2014 save the file as UTF-8`)];
}
function withProblems(doc, problems) {
  return problems.length === 0 ? doc : { ...doc, readProblems: [...doc.readProblems, ...problems] };
}
function readKepText(file, bytes, format, options, text = decode(bytes)) {
  const { metadata, problems, body } = format.read(file, text, options, startsWithBom(bytes));
  return body === void 0 ? { file, metadata, readProblems: problems } : { file, metadata, readProblems: problems, body };
}
async function readKep(file, content, format = MARKDOWN, options = {}) {
  if (format.markdown && Buffer.isBuffer(content) && !markdownParserLoaded() && needsMarkdownParser(content)) await loadMarkdownParser();
  return guarded(file, () => readKepUnguarded(file, content, format, options));
}
function guarded(file, read) {
  try {
    return read();
  } catch (error) {
    return failedRead(file, error);
  }
}
function failedRead(file, error) {
  return {
    file,
    readProblems: [problem(file, FILE_START, "file-unreadable", `kep-validator could not read this file (${error.message}); please report it`)]
  };
}
function readKepUnguarded(file, content, format, options) {
  if (!Buffer.isBuffer(content)) {
    return { file, readProblems: [problem(file, FILE_START, "file-unreadable", `cannot read this file: ${content.message}`)] };
  }
  if (content.subarray(0, BINARY_PROBE).includes(0)) {
    return { file, readProblems: [problem(file, FILE_START, "file-unreadable", "this file holds binary data (a NUL byte), not markdown; a KEP must be a UTF-8 text file")] };
  }
  if (content.length > HEAD_BYTES && !options.outline) {
    const fromHead = readKepHead(file, { head: content.subarray(0, HEAD_BYTES), complete: false }, format, options);
    if (fromHead) return fromHead;
  }
  const text = decode(content);
  const doc = withProblems(readKepText(file, content, format, options, text), encodingProblems(file, content, false));
  return options.outline ? { ...doc, outline: outlineOf(text) } : doc;
}
function readKepHead(file, content, format = MARKDOWN, options = {}) {
  try {
    return readKepHeadUnguarded(file, content, format, options);
  } catch (error) {
    return failedRead(file, error);
  }
}
function readKepHeadUnguarded(file, { head, complete }, format, options) {
  if (head.subarray(0, BINARY_PROBE).includes(0)) {
    return { file, readProblems: [problem(file, FILE_START, "file-unreadable", "this file holds binary data (a NUL byte), not markdown; a KEP must be a UTF-8 text file")] };
  }
  const doc = readKepHeadDecoded(file, { head, complete }, format, options);
  return doc && withProblems(doc, encodingProblems(file, head, !complete));
}
function readKepHeadDecoded(file, { head, complete }, format, options) {
  if (format.readHead) {
    const fromHead = format.readHead(file, head, complete, options);
    return fromHead && { file, metadata: fromHead.metadata, readProblems: fromHead.problems };
  }
  if (!complete || format.markdown && !markdownParserLoaded() && needsMarkdownParser(head)) return void 0;
  return readKepText(file, head, format, options);
}
var KEP_HEAD_BYTES = HEAD_BYTES;

export {
  readKep,
  readKepHead,
  KEP_HEAD_BYTES
};
