import { createRequire as __kepCreateRequire } from 'node:module';
const require = __kepCreateRequire(import.meta.url);
import {
  EXCERPT_CHARACTERS,
  MAX_ALIAS_COUNT,
  MAX_KEY_NESTING,
  MAX_KEY_WORK,
  MAX_METADATA_BYTES,
  MAX_NESTING,
  NO_ERROR_LINES,
  PARSE_OPTIONS,
  YamlMetadata,
  asWritten,
  excerpt,
  indexPositions,
  isMap,
  isSeq,
  nestingDepth,
  parseDocument,
  yamlCost
} from "./chunk-G4HKZF6O.js";
import {
  FILE_START,
  problem
} from "./chunk-27GP2NXM.js";

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

// src/parse/yamlErrors.ts
function explainYamlError(code, message, source, offset) {
  if (code === "UNSAFE_INTEGER") return { rule: "yaml-unsafe-integer", message, length: /^\S*/.exec(source.slice(offset))[0].length };
  if (code === "DUPLICATE_KEY") {
    const key = /^[^\s:]+/.exec(source.slice(offset))?.[0] ?? "";
    return {
      rule: "yaml-duplicate-key",
      message: `key ${key ? `${excerpt(key)} ` : ""}appears twice in the same mapping; keep one of them`,
      // The whole second key is marked, not its first character.
      ...key ? { length: key.length } : {}
    };
  }
  if (code === "BAD_SCALAR_START") {
    const rest = /^[^\n]*/.exec(source.slice(offset))?.[0].trimEnd() ?? "";
    const unwrapped = /^`([^`]*)`$/.exec(rest)?.[1];
    const suggestion = unwrapped ?? JSON.stringify(rest);
    return {
      rule: "yaml-syntax",
      message: `YAML syntax error: the value ${asWritten(rest)} starts with "${rest[0]}", which YAML reserves (a plain value may not start with \` @ % ! & * | > ' " [ ] { } , #); ${unwrapped !== void 0 ? "did you mean" : "quote it:"} ${asWritten(suggestion)}${unwrapped !== void 0 ? "?" : ""}`,
      expected: [suggestion],
      length: rest.length
    };
  }
  return { rule: "yaml-syntax", message: `YAML syntax error: ${[...message].length <= 3 * EXCERPT_CHARACTERS ? message : excerpt(message, 3 * EXCERPT_CHARACTERS)}` };
}

// src/parse/readYaml.ts
function readYamlBlock(file, yamlText, form, block, placement, options = {}) {
  if (yamlText.length > MAX_METADATA_BYTES) {
    return {
      problems: [
        problem(
          file,
          block,
          "metadata-too-large",
          `the metadata is ${Math.round(yamlText.length / 1024)} KB; KEP metadata is a few dozen lines, and more than ${MAX_METADATA_BYTES / 1024} KB is not read \u2014 move long text into the KEP's body`
        )
      ]
    };
  }
  const tooDeep = [problem(file, block, "metadata-too-deep", `the metadata nests more than ${MAX_NESTING} levels of lists, mappings and keys (? or { } used as a key); KEP metadata needs a handful \u2014 it is not read`)];
  if (nestingDepth(yamlText) > MAX_NESTING) return { problems: tooDeep };
  const document = parseDocument(yamlText, PARSE_OPTIONS);
  const cost = yamlCost(document.contents);
  if (cost.depth > MAX_NESTING) return { problems: tooDeep };
  if (cost.keyNesting > MAX_KEY_NESTING || cost.keyWork > MAX_KEY_WORK) {
    return {
      problems: [problem(file, block, "metadata-too-complex", "the metadata uses large or nested lists and mappings as keys (? or { } before a colon), which take too long to convert; KEP metadata uses plain names as keys \u2014 it is not read")]
    };
  }
  const problems = [];
  let errorLines = NO_ERROR_LINES;
  const locator = new YamlMetadata(form, void 0, block, yamlText, placement, NO_ERROR_LINES);
  const duplicates = cost.duplicateKeys.map((offset) => ({ code: "DUPLICATE_KEY", message: "Map keys must be unique", pos: [offset, offset + 1] }));
  const unsafe = cost.unsafeIntegers.map(({ offset, written, read }) => ({
    code: "UNSAFE_INTEGER",
    message: `the number ${written} is larger than a number can hold exactly (${Number.MAX_SAFE_INTEGER}), and would be read as ${read}; write it as text in quotes if it is not a count`,
    pos: [offset, offset + written.length]
  }));
  const errors = [...document.errors, ...duplicates, ...unsafe].sort((a, b) => a.pos[0] - b.pos[0]);
  if (errors.length > 0) {
    const lines = /* @__PURE__ */ new Set();
    for (const error of errors) {
      const [start, end] = error.pos;
      const explained = explainYamlError(error.code, error.message, yamlText, start);
      const span = locator.spanOf(start, Math.max(end, start + (explained.length ?? 0)));
      if (lines.has(span.line)) continue;
      lines.add(span.line);
      problems.push(problem(file, span, explained.rule, explained.message, explained.expected));
    }
    errorLines = lines;
  }
  let data;
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const aliasBomb = error instanceof ReferenceError && /alias/i.test(error.message);
    problems.push(
      problem(
        file,
        block,
        aliasBomb ? "yaml-aliases" : "yaml-syntax",
        aliasBomb ? `metadata expands YAML aliases more than ${MAX_ALIAS_COUNT} times; write the values out instead of using anchors and aliases` : `metadata cannot be read as data: ${error.message}`
      )
    );
    return { problems };
  }
  if (data === null || data === void 0) {
    problems.push(problem(file, block, "metadata-not-mapping", "the metadata block is empty; it must be a YAML mapping of fields such as kep-number, title and status"));
    return { problems };
  }
  if (!isMap(document.contents)) {
    const kind2 = isSeq(document.contents) ? "a list" : `a single value (${typeof data === "string" ? excerpt(data) : excerpt(String(data))})`;
    const contents = document.contents;
    const span = contents.range ? locator.spanOf(contents.range[0], contents.range[1]) : block;
    problems.push(problem(file, span, "metadata-not-mapping", `the metadata is ${kind2}; it must be a YAML mapping of fields such as "kep-number: 1" and "title: \u2026"`));
    return { problems };
  }
  const positions = options.keepPositions?.(data) ? indexPositions(document.contents) : void 0;
  return { metadata: new YamlMetadata(form, data, block, yamlText, placement, errorLines, positions), problems };
}
function readYamlFile(file, text, options = {}) {
  const lines = text.split("\n");
  const block = { line: 1, column: 1, endLine: lines.length, endColumn: (lines.at(-1) ?? "").length + 1 };
  return readYamlBlock(file, text, "sidecar", block, { firstLine: 1 }, options);
}

// src/parse/lazyLines.ts
var LazyLines = class {
  constructor(text) {
    this.text = text;
  }
  text;
  lines = [];
  offset = 0;
  /** Line i (0-based), or undefined past the end. */
  at(i) {
    while (this.lines.length <= i && this.offset <= this.text.length) this.readLine();
    return this.lines[i];
  }
  /** Lines from..to (0-based, end exclusive) joined with LF. */
  join(from, to) {
    this.at(to - 1);
    return this.lines.slice(from, to).join("\n");
  }
  readLine() {
    const text = this.text;
    let end = this.offset;
    while (end < text.length) {
      const c = text.charCodeAt(end);
      if (c === 10 || c === 13) break;
      end++;
    }
    this.lines.push(text.slice(this.offset, end));
    if (end >= text.length) {
      this.offset = text.length + 1;
      return;
    }
    this.offset = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
};

// src/parse/fencedBlock.ts
function leadingWhitespace(line) {
  return /^[ \t]*/.exec(line)[0];
}
function fencedBlockByScan(lines, headingLine, startLine, endLine) {
  for (let line = headingLine + 1; line < startLine; line++) {
    if ((lines.at(line - 1) ?? "").trim() !== "") return void 0;
  }
  const indent = /^ */.exec(lines.at(startLine - 1))[0].length;
  const content = [];
  for (let line = startLine + 1; line < endLine; line++) {
    const text = lines.at(line - 1);
    if (indent === 0) {
      content.push(text);
      continue;
    }
    const leading = leadingWhitespace(text);
    if (leading.slice(0, indent).includes("	")) return void 0;
    content.push(text.slice(Math.min(indent, leading.length)));
  }
  return { fenceLine: startLine, indent, value: content.join("\n") };
}

// src/parse/locateMetadata.ts
var FRONTMATTER_FENCE = /^---[ \t]*$/;
var METADATA_HEADING = /^ {0,3}#{1,6}[ \t]+metadata[ \t]*#*[ \t]*$/i;
var ANY_HEADING = /^ {0,3}#{1,6}([ \t]|$)/;
var CODE_FENCE = /^( {0,3})(`{3,}|~{3,})(.*)$/;
function openingFence(line) {
  const match = CODE_FENCE.exec(line);
  if (!match) return void 0;
  if (match[2][0] === "`" && match[3].includes("`")) return void 0;
  return { char: match[2][0], length: match[2].length };
}
function closesFence(line, fence) {
  const match = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line);
  return match !== null && match[1][0] === fence.char && match[1].length >= fence.length;
}
function lineSpan(line, text) {
  return { line, column: 1, endLine: line, endColumn: text.length + 1 };
}
function splitLines(text) {
  return text.split(/\r\n|\r|\n/);
}
function locateMetadata(lines) {
  const first = lines.at(0);
  if (first !== void 0 && FRONTMATTER_FENCE.test(first)) {
    for (let i = 1, line = lines.at(1); line !== void 0; line = lines.at(++i)) {
      if (FRONTMATTER_FENCE.test(line)) return { kind: "frontmatter", startLine: 1, endLine: i + 1 };
    }
    return {
      kind: "problem",
      rule: "frontmatter-unclosed",
      message: 'front matter opened with "---" on line 1 is never closed; add a line "---" after the last metadata line',
      span: lineSpan(1, first)
    };
  }
  let fence;
  let heading;
  for (let i = 0, line = lines.at(0); line !== void 0; line = lines.at(++i)) {
    if (fence) {
      if (closesFence(line, fence)) fence = void 0;
      continue;
    }
    const opened = openingFence(line);
    if (opened && heading !== void 0) {
      for (let j = i + 1, next = lines.at(j); next !== void 0; next = lines.at(++j)) {
        if (closesFence(next, opened)) {
          return { kind: "fenced", headingLine: heading + 1, startLine: i + 1, endLine: j + 1 };
        }
      }
      return {
        kind: "problem",
        rule: "metadata-fence-unclosed",
        message: `the metadata code block opened on line ${i + 1} with ${opened.char.repeat(opened.length)} is never closed; close it with a line ${opened.char.repeat(opened.length)} after the last metadata line`,
        span: lineSpan(i + 1, line)
      };
    }
    if (opened) {
      fence = opened;
      continue;
    }
    if (METADATA_HEADING.test(line)) {
      heading = i;
    } else if (heading !== void 0 && ANY_HEADING.test(line)) {
      return {
        kind: "problem",
        rule: "metadata-missing",
        message: `the "${lines.at(heading).trim()}" section on line ${heading + 1} has no fenced YAML block; put the metadata in a \`\`\` block that starts with "---" right under the heading`,
        span: lineSpan(heading + 1, lines.at(heading))
      };
    }
  }
  if (heading !== void 0) {
    return {
      kind: "problem",
      rule: "metadata-missing",
      message: `the "${lines.at(heading).trim()}" section on line ${heading + 1} has no fenced YAML block; put the metadata in a \`\`\` block that starts with "---" right under the heading`,
      span: lineSpan(heading + 1, lines.at(heading))
    };
  }
  return frontMatterAfterBlankLines(lines) ?? { kind: "none" };
}
function frontMatterAfterBlankLines(lines) {
  let start = 0;
  while (lines.at(start)?.trim() === "") start++;
  const first = lines.at(start);
  if (start === 0 || first === void 0 || !FRONTMATTER_FENCE.test(first)) return void 0;
  for (let i = start + 1, line = lines.at(i); line !== void 0; line = lines.at(++i)) {
    if (FRONTMATTER_FENCE.test(line)) return { kind: "frontmatter", startLine: start + 1, endLine: i + 1 };
  }
  return void 0;
}

// src/parse/markdownParser.ts
var loaded;
async function loadMarkdownParser() {
  if (!loaded) {
    const [{ unified }, { default: remarkParse }, { default: remarkFrontmatter }] = await Promise.all([import("./unified-QHFWTFBQ.js"), import("./remark-parse-WSHF36XT.js"), import("./remark-frontmatter-PSIBDBJP.js")]);
    const processor = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]);
    loaded = { parse: (text) => processor.parse(text) };
  }
  return loaded;
}
function markdownParser() {
  if (!loaded) throw new Error("internal error: the markdown parser is used before loadMarkdownParser()");
  return loaded;
}
function markdownParserLoaded() {
  return loaded !== void 0;
}

// src/parse/readMarkdownMetadata.ts
var FRONT_MATTER_START = /^\ufeff?---[ \t]*(\r?\n|\r|$)/;
function needsMarkdownParser(content) {
  if (FRONT_MATTER_START.test(typeof content === "string" ? content.slice(0, 8) : content.subarray(0, 8).toString("utf8"))) return false;
  const text = typeof content === "string" ? content : content.toString("utf8");
  const lines = new LazyLines(text.charCodeAt(0) === 65279 ? text.slice(1) : text);
  const location = locateMetadata(lines);
  return location.kind === "fenced" && fencedBlockByScan(lines, location.headingLine, location.startLine, location.endLine) === void 0;
}
function fencedBlockByRemark(lines, headingLine, endLine) {
  const code = markdownParser().parse(lines.join(headingLine - 1, endLine)).children.find((node) => node.type === "code");
  if (!code?.position) return void 0;
  return { fenceLine: headingLine + code.position.start.line - 1, indent: code.position.start.column - 1, value: code.value };
}
function blockSpan(lines, startLine, endLine) {
  return { line: startLine, column: 1, endLine, endColumn: (lines.at(endLine - 1) ?? "").length + 1 };
}
function leadingSpaces(line) {
  return /^ */.exec(line)[0].length;
}
function readMarkdownMetadata(file, text, options = {}) {
  const lines = new LazyLines(text);
  const location = locateMetadata(lines);
  if (options.partial && (location.kind === "none" || location.kind === "problem" || lines.at(location.endLine) === void 0)) {
    return void 0;
  }
  if (location.kind === "problem") {
    return { problems: [problem(file, location.span, location.rule, location.message)] };
  }
  if (location.kind === "none") {
    return {
      problems: [problem(file, FILE_START, "metadata-missing", 'this KEP has no metadata; start the file with YAML front matter between two "---" lines, or add a "## Metadata" section with a ``` block that starts with "---"')]
    };
  }
  if (location.kind === "frontmatter") {
    const { startLine } = location;
    const read2 = readYamlBlock(file, lines.join(startLine, location.endLine - 1), "frontmatter", blockSpan(lines, startLine, location.endLine), { firstLine: startLine + 1 }, options);
    if (startLine > 1) {
      const blank = startLine === 2 ? "a blank line" : `${startLine - 1} blank lines`;
      read2.problems.unshift({
        ...problem(
          file,
          { line: 1, column: 1, endLine: startLine - 1, endColumn: (lines.at(startLine - 2) ?? "").length + 1 },
          "frontmatter-not-first",
          `the front matter starts on line ${startLine}, after ${blank}; GitHub and other markdown readers take only a first line "---" for front matter, and show this as text \u2014 remove the ${startLine === 2 ? "blank line" : "blank lines"} above it`
        ),
        fix: { applicability: "safe", edits: [{ span: { line: 1, column: 1, endLine: startLine, endColumn: 1 }, text: "" }] }
      });
    }
    let next = location.endLine;
    while (lines.at(next)?.trim() === "") next++;
    if (options.partial && lines.at(next + 1) === void 0) return void 0;
    if (lines.at(next) !== void 0 && /^---[ \t]*$/.test(lines.at(next))) {
      read2.problems.push(
        problem(
          file,
          blockSpan(lines, next + 1, next + 1),
          "frontmatter-duplicate",
          `a second "---" block starts on line ${next + 1}, after the front matter closed on line ${location.endLine}; only the first block is metadata \u2014 merge the two`
        )
      );
    }
    return read2;
  }
  const scanned = fencedBlockByScan(lines, location.headingLine, location.startLine, location.endLine);
  if (!scanned && options.withoutRemark && !markdownParserLoaded()) return void 0;
  const code = scanned ?? fencedBlockByRemark(lines, location.headingLine, location.endLine);
  if (!code) {
    return {
      problems: [problem(file, blockSpan(lines, location.startLine, location.startLine), "metadata-missing", `the block on line ${location.startLine} under the Metadata heading is not a fenced code block; fence it with \`\`\``)]
    };
  }
  const { fenceLine, indent } = code;
  const problems = [];
  const block = blockSpan(lines, fenceLine, location.endLine);
  if (!/^---[ \t]*(\n|$)/.test(code.value)) {
    problems.push(problem(file, blockSpan(lines, fenceLine + 1, fenceLine + 1), "metadata-fence-marker", `the metadata block should start with a line "---", as KEP-1's template does`, ["---"]));
  }
  const strippedIndents = [];
  for (let line = fenceLine + 1; line < location.endLine; line++) strippedIndents.push(Math.min(indent, leadingSpaces(lines.at(line - 1) ?? "")));
  const read = readYamlBlock(file, code.value, "fenced", block, { firstLine: fenceLine + 1, strippedIndents }, options);
  return { metadata: read.metadata, problems: [...problems, ...read.problems] };
}

// src/presets/tekton/format.ts
var NUMBER_HEADING = /^# (TEP-[0-9]{4}): [^\n]*$/;
var SEPARATOR = "---";
function scanBody(text) {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const complete = (i) => i < lines.length - 1;
  let section = "";
  let closingLine;
  const numberHeadings = [];
  lines.forEach((line, i) => {
    const separator = line === SEPARATOR && complete(i);
    if (separator && section === "") section = "header";
    else if (separator && section === "header") {
      section = "body";
      closingLine = i + 1;
    }
    if (section !== "body") return;
    const match = NUMBER_HEADING.exec(line);
    if (match) numberHeadings.push({ line: i + 1, label: match[1], length: line.length });
  });
  return closingLine === void 0 ? { numberHeadings } : { closingLine, numberHeadings };
}
function readTep(file, text, options, bom) {
  const { metadata, problems } = readMarkdownMetadata(file, text, options);
  return { metadata, problems, body: scanBody(bom ? `\uFEFF${text}` : text) };
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
var FIRST_DECODE_BYTES = 4 * 1024;
function decode(bytes) {
  const text = bytes.toString("utf8");
  return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}
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
function readKepText(file, bytes, format, options) {
  const text = decode(bytes);
  if (format === "markdown+heading") {
    const { metadata: metadata2, problems: problems2, body } = readTep(file, text, options, startsWithBom(bytes));
    return { file, metadata: metadata2, readProblems: problems2, body };
  }
  const { metadata, problems } = format === "kep.yaml" ? readYamlFile(file, text, options) : readMarkdownMetadata(file, text, options);
  return { file, metadata, readProblems: problems };
}
async function readKep(file, content, format = "markdown", options = {}) {
  if (format !== "kep.yaml" && Buffer.isBuffer(content) && !markdownParserLoaded() && needsMarkdownParser(content)) await loadMarkdownParser();
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
  const doc = withProblems(readKepText(file, content, format, options), encodingProblems(file, content, false));
  return options.outline ? { ...doc, outline: outlineOf(decode(content)) } : doc;
}
function readKepHead(file, content, format = "markdown", options = {}) {
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
  if (format === "markdown+heading" && complete && !markdownParserLoaded() && needsMarkdownParser(head)) return void 0;
  if (format !== "markdown") return complete ? readKepText(file, head, format, options) : void 0;
  if (head.length > FIRST_DECODE_BYTES) {
    const fromStart = readMarkdownMetadata(file, decode(head.subarray(0, FIRST_DECODE_BYTES)), { partial: true, withoutRemark: true, ...options });
    if (fromStart) return { file, metadata: fromStart.metadata, readProblems: fromStart.problems };
  }
  const fromHead = readMarkdownMetadata(file, decode(head), { partial: !complete, withoutRemark: true, ...options });
  return fromHead && { file, metadata: fromHead.metadata, readProblems: fromHead.problems };
}
var KEP_HEAD_BYTES = HEAD_BYTES;

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
  let folder = "";
  for (const part of partsOf(path).slice(0, -1)) {
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
  const { fd } = openRegularFile(root, path, checked);
  try {
    return readInto(fd, buffer, buffer.length);
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
          if (!SKIPPED_DIRECTORIES.has(entry.name.toLowerCase())) walk(path);
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
  readYamlFile,
  splitLines,
  loadMarkdownParser,
  markdownParser,
  readKep,
  readDocuments,
  FileSystemTree,
  documentToTransfer,
  documentFromTransfer
};
