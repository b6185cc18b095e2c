import { createRequire as __kepCreateRequire } from 'node:module';
const require = __kepCreateRequire(import.meta.url);

// src/core/diagnostic.ts
function fixOf(applicability, ...edits) {
  return edits.length > 0 && edits.every((edit) => edit !== void 0) ? { applicability, edits } : void 0;
}
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
  let preexisting = 0;
  for (const d of diagnostics) {
    if (d.preexisting) preexisting++;
    else if (d.severity === "error") errors++;
    else warnings++;
  }
  return { errors, warnings, preexisting };
}

export {
  fixOf,
  FILE_START,
  problem,
  compareDiagnostics,
  countBySeverity
};
