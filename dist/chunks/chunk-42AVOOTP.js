import { createRequire as __kepCreateRequire } from 'node:module';
const require = __kepCreateRequire(import.meta.url);

// src/core/plural.ts
function plural(count, word, many = `${word}s`) {
  return `${count} ${count === 1 ? word : many}`;
}

// src/format/checkReport.ts
function checkReport(result) {
  const counts = { errors: 0, warnings: 0, preexisting: 0 };
  const countsByFile = /* @__PURE__ */ new Map();
  for (const d of result.diagnostics) {
    let file = countsByFile.get(d.file);
    if (!file) countsByFile.set(d.file, file = { errors: 0, warnings: 0, preexisting: 0 });
    const kind = d.preexisting ? "preexisting" : d.severity === "error" ? "errors" : "warnings";
    counts[kind]++;
    file[kind]++;
  }
  const { diagnostics, checked, keps, index, baselineFixed, checkedWith } = result;
  return { diagnostics, checked, keps, index, baselineFixed, checkedWith, counts, countsByFile };
}
function sumCounts(counts) {
  const sum = { errors: 0, warnings: 0, preexisting: 0 };
  for (const c of counts) {
    sum.errors += c.errors;
    sum.warnings += c.warnings;
    sum.preexisting += c.preexisting;
  }
  return sum;
}
function filesWithProblems(report) {
  let files = 0;
  for (const c of report.countsByFile.values()) if (c.errors + c.warnings > 0) files++;
  return files;
}

// src/format/text.ts
var PREEXISTING_NOTE = {
  base: "already on the base: not counted",
  baseline: "in the baseline: not counted"
};
var UNPRINTABLE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
var SHORT_ESCAPES = { "\n": "\\n", "\r": "\\r", "\b": "\\b", "\f": "\\f" };
function printable(text) {
  return text.replace(UNPRINTABLE, (c) => SHORT_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function formatText(report, { displayPath }) {
  const lines = report.diagnostics.map((d) => `${printable(displayPath(d.file))}:${d.line}:${d.column}  ${d.severity.padEnd(7)}  ${d.rule}  ${printable(d.message)}${d.preexisting ? ` (${PREEXISTING_NOTE[d.preexisting]})` : ""}`);
  const problems = [...lines, ...lines.length > 0 ? [""] : [], summaryLine(report), ""].join("\n");
  const index = report.index?.diff ? `
${report.index.diff}
Fix: ${report.index.fixCommand}
` : "";
  const baselineFixed = report.baselineFixed && report.baselineFixed.length > 0 ? formatBaselineFixed(report.baselineFixed, displayPath) : "";
  return problems + index + baselineFixed;
}
function summaryLine(report) {
  const { errors, warnings, preexisting } = report.counts;
  const checked = report.checked.length;
  const files = filesWithProblems(report);
  const before = preexisting === 0 ? "" : `; ${plural(preexisting, "problem")} from before not counted`;
  return errors + warnings === 0 ? `\u2713 ${plural(checked, "KEP")} checked, no problems${before ? ` of their own${before}` : ""}` : `\u2717 ${plural(errors, "error")}, ${plural(warnings, "warning")} in ${plural(files, "file")} (${plural(checked, "KEP")} checked${before})`;
}
function formatBaselineFixed(fixed, displayPath) {
  const lines = fixed.map((f) => `  ${displayPath(f.file)}  ${f.rule}  recorded ${f.recorded}, now ${f.now}`);
  return `
${plural(fixed.length, "baseline entry", "baseline entries")} recorded more problems than there are now; run kep-validator baseline --write to drop them:
${lines.join("\n")}
`;
}

// src/format/logLine.ts
function logLine(text) {
  return printable(text).replace(/^(\s*)::/, "$1\\u003a:").replace(/##\[/g, "#\\u0023[");
}
function logLines(text) {
  return text.split(/\r?\n/).map(logLine).join("\n");
}

export {
  plural,
  checkReport,
  sumCounts,
  PREEXISTING_NOTE,
  printable,
  formatText,
  summaryLine,
  logLine,
  logLines
};
