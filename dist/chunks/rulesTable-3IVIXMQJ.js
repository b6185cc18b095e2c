import { createRequire as __kepCreateRequire } from 'node:module';
const require = __kepCreateRequire(import.meta.url);
import {
  severityPolicyOf
} from "./chunk-VYVNCYMW.js";
import {
  PRESETS,
  PRESET_NAMES,
  RULES
} from "./chunk-FB3JDNN4.js";
import "./chunk-OGSLBZ3D.js";
import "./chunk-UP4ZCPWE.js";
import "./chunk-P75TJVBV.js";
import "./chunk-VKILGAQT.js";

// src/rules/example.ts
function isWholeFile(text) {
  return /^…$/m.test(text) || text.startsWith("---\n") || text.startsWith("# ");
}

// src/format/rulesTable.ts
var SUBJECT = { kep: "a KEP", change: "a change", stage: "reading" };
function runs(preset, rule) {
  if (rule.subject !== "stage") return Object.hasOwn(preset.rules, rule.meta.id);
  if (rule.meta.id === "prod-readiness-schema") return preset.prodReadiness;
  return true;
}
function severityIn(preset, rule) {
  if (!runs(preset, rule)) return "\u2014";
  const policy = severityPolicyOf([preset.severity]);
  const own = policy.severityOf(rule.meta.id, rule.meta.severity);
  if (!rule.meta.topics) return own;
  const apart = /* @__PURE__ */ new Map();
  for (const pattern of Object.keys(preset.severity)) {
    if (!pattern.startsWith(`${rule.meta.id}/`)) continue;
    const severity = policy.severityOf(pattern, rule.meta.severity);
    if (severity !== own) apart.set(severity, [...apart.get(severity) ?? [], pattern.slice(rule.meta.id.length + 1)]);
  }
  return [own, ...[...apart].map(([severity, fields]) => `${severity} for ${fields.join(", ")}`)].join("; ");
}
function ruleRows() {
  return [...RULES.values()].map((rule) => ({
    id: rule.meta.id,
    subject: SUBJECT[rule.subject],
    description: rule.meta.description,
    severity: Object.fromEntries(PRESET_NAMES.map((name) => [name, severityIn(PRESETS[name], rule)])),
    fixable: rule.meta.fixable ?? [],
    docs: rule.meta.docs
  }));
}
function fixMarks(fixable) {
  return [fixable.includes("safe") ? "\u{1F527}" : "", fixable.includes("suggestion") ? "\u{1F4A1}" : ""].join("");
}
function cell(text) {
  return text.replace(/\|/g, "\\|").replace(/\s+/g, " ");
}
function renderRulesTable() {
  const lines = [`| rule | on | ${PRESET_NAMES.map((name) => `\`${name}\``).join(" | ")} | fix | what it checks |`, `| --- | --- | ${PRESET_NAMES.map(() => "---").join(" | ")} | --- | --- |`];
  for (const row of ruleRows()) {
    lines.push(`| \`${row.id}\` | ${row.subject} | ${PRESET_NAMES.map((name) => row.severity[name]).join(" | ")} | ${fixMarks(row.fixable)} | ${cell(row.description)} |`);
  }
  return `${lines.join("\n")}
`;
}
function examplePreset(id) {
  const rule = RULES.get(id);
  const under = (which) => PRESET_NAMES.find((name) => which(PRESETS[name]));
  return under((preset) => preset.ownRules?.includes(rule) === true) ?? under((preset) => preset.showsExamplesOf?.includes(id) === true) ?? under((preset) => runs(preset, rule)) ?? PRESET_NAMES[0];
}
function block(text, language) {
  const fence = text.includes("```") ? "~~~" : "```";
  return [`${fence}${language}`, text.replace(/\n$/, ""), fence, ""];
}
function renderExample(title, example, preset) {
  const valid = PRESETS[preset].example;
  const file = example.file ?? valid.file;
  const language = (text) => isWholeFile(text) ? valid.language : "yaml";
  const lines = [`**${title}** (\`${preset}\`, \`${file}\`)${example.previousFile ? `, renamed from \`${example.previousFile}\`` : ""}:`, ""];
  if (example.link !== void 0) lines.push(`\`${file}\` is a symbolic link to \`${example.link}\`.`, "");
  else if (example.submodule) lines.push(`\`${file}\` is a git submodule (a gitlink), not a file.`, "");
  else if (example.kep !== void 0) lines.push(...block(example.shown ?? example.kep, language(example.kep)));
  else {
    if (example.unreadableBase !== void 0) lines.push(`Before: the base version cannot be read (${example.unreadableBase}).`, "");
    else if (example.before === void 0) lines.push("Before: the KEP does not exist; the change adds it.", "");
    else lines.push("Before:", "", ...block(example.before, language(example.before)));
    if (example.after === void 0) lines.push("After: the change deletes the KEP.", "");
    else lines.push("After:", "", ...block(example.after, language(example.after)));
  }
  for (const [path, text] of Object.entries(example.others ?? {})) lines.push(`With \`${path}\`:`, "", ...block(text, path.endsWith(".md") ? "markdown" : "yaml"));
  if (example.sigs !== void 0) lines.push("With the sigs.yaml the run is given:", "", ...block(example.sigs, "yaml"));
  if (example.configuration !== void 0) lines.push("With the `.kep-validator.yml` a change adds:", "", ...block(example.configuration, "yaml"));
  return lines;
}
function renderRulesPage() {
  const sections = ruleRows().map((row) => {
    const { examples } = RULES.get(row.id).meta;
    const shown = examples ? [...renderExample("Passes", examples.ok, examplePreset(row.id)), ...renderExample("Fails", examples.notOk, examplePreset(row.id))] : [];
    const safe = row.fixable.includes("safe");
    const suggestion = row.fixable.includes("suggestion");
    const fixable = safe && suggestion ? " Fixable: `kep-validator check --fix` applies the safe fixes its reports carry and shows the others, which may change what was meant, as suggestions; the action can suggest both in the pull request." : safe ? " Fixable: `kep-validator check --fix` applies the fix its reports carry, and the action can suggest it in the pull request." : suggestion ? " Suggests a fix: `kep-validator check --fix` shows it without applying it (it may change what was meant), and the action can suggest it in the pull request." : "";
    return [`### \`${row.id}\``, "", row.description, "", `On ${row.subject}. ${PRESET_NAMES.map((name) => `\`${name}\`: ${row.severity[name] === "\u2014" ? "not run" : row.severity[name]}`).join("; ")}.${fixable}`, "", ...shown].join("\n");
  });
  return [
    "# Rules",
    "",
    "<!-- Generated by `kep-validator rules` from the rule registry (src/rules/registry.ts): run `npm run docs` after changing a rule. -->",
    "",
    "Every problem kep-validator reports names one of these rules. A rule's severity is its own unless the preset or the",
    "[configuration](configuration.md#the-configuration-file) sets another (`severity: { rule-id: warning }`, globs such as",
    '`schema/*` included; `off` turns a rule off). Rules "on reading" report what reading a file found; rules named by field',
    "(`schema/status`) take a severity per field. \u{1F527}: the rule has a safe fix, one that cannot change what was meant, which",
    "`kep-validator check --fix` applies; \u{1F4A1}: it has fixes that are only suggestions (the value meant is likely, not certain:",
    "`implementing` is close to `implemented` but means work in progress), which `--fix` shows and does not apply. The action's",
    "`suggestions` input suggests both in a pull request.",
    "",
    "Each rule has an example that passes and one that fails, both proven by a test (`__tests__/rule-examples.test.ts`; the",
    "examples are in the rule's meta, beside its check). An example writes only the fields that matter: the others are those of the",
    "preset's valid KEP below. In a whole file, a line `\u2026` stands for those other fields. An example that passes passes its",
    "rule; another rule may still have something to say about it (an implementable KEP needs its milestones, for one).",
    "",
    ...PRESET_NAMES.flatMap((name) => [`The valid KEP of \`${name}\`, \`${PRESETS[name].example.file}\`:`, "", ...block(PRESETS[name].example.fields, "yaml")]),
    renderRulesTable(),
    ...sections
  ].join("\n");
}
export {
  examplePreset,
  renderRulesPage,
  renderRulesTable,
  ruleRows
};
