import { createRequire as __kepCreateRequire } from 'node:module';
const require = __kepCreateRequire(import.meta.url);

// src/core/diagnostic.ts
var FILE_START = { line: 1, column: 1, endLine: 1, endColumn: 1 };
function problem(file, span, rule, message, expected) {
  return expected && expected.length > 0 ? { file, rule, span, message, expected } : { file, rule, span, message };
}
function compareDiagnostics(a, b) {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}
function countBySeverity(diagnostics) {
  let errors = 0;
  let warnings = 0;
  for (const d of diagnostics) {
    if (d.severity === "error") errors++;
    else warnings++;
  }
  return { errors, warnings };
}

// src/parse/metadata.ts
var SEPARATOR = "\0";
function pathKey(path) {
  return path.map(String).join(SEPARATOR);
}
function firstLineOf(metadata, start, end) {
  const newline = metadata.source.indexOf("\n", start);
  return metadata.spanOf(start, newline === -1 || newline > end ? end : newline);
}
function spanAt(metadata, path, part = "value") {
  for (let depth = path.length; depth >= 0; depth--) {
    const position = metadata.positions.get(pathKey(path.slice(0, depth)));
    if (!position) continue;
    if (depth === path.length && part === "key" && position.key) return metadata.spanOf(...position.key);
    if (position.scalar && position.value) return metadata.spanOf(...position.value);
    if (position.key) return metadata.spanOf(...position.key);
    if (position.value) return firstLineOf(metadata, ...position.value);
  }
  return metadata.block;
}

export {
  FILE_START,
  problem,
  compareDiagnostics,
  countBySeverity,
  pathKey,
  spanAt
};
