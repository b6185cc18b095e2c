import { createRequire as __kepCreateRequire } from 'node:module';
const require = __kepCreateRequire(import.meta.url);
import {
  BUILTIN_TEMPLATE,
  PRESETS,
  PRESET_NAMES,
  RULES,
  SeverityPolicy
} from "./chunk-N67JVNQJ.js";
import "./chunk-G4HKZF6O.js";
import "./chunk-27GP2NXM.js";
import "./chunk-P2YXREQ5.js";

// src/presets/tekton/examples.ts
var EXAMPLE_TEP = {
  file: "teps/0042-pod-overhead.md",
  fields: ["title: Pod Overhead", "authors:", '  - "@janedoe"', "creation-date: 2024-01-15", "last-updated: 2024-01-15", "status: proposed"].join("\n"),
  heading: "# TEP-0042: Pod Overhead"
};
var TEP_43 = "---\ntitle: Pod Priority\n\u2026\n---\n\n# TEP-0043: Pod Priority\n";
var TEKTON_EXAMPLES = {
  "tep-file-name": {
    ok: { kep: "title: Pod Overhead" },
    notOk: { file: "teps/pod-overhead.md", kep: "title: Pod Overhead" }
  },
  "tep-number-heading": {
    ok: { kep: "---\n\u2026\n---\n\n# TEP-0042: Pod Overhead\n" },
    notOk: { kep: "---\n\u2026\n---\n\n# TEP-0041: Pod Overhead\n" }
  },
  "tep-required-fields": {
    ok: { kep: "status: proposed" },
    notOk: { kep: "status:" }
  },
  "tep-yaml-date": {
    ok: { kep: "creation-date: 2024-02-29" },
    notOk: { kep: "creation-date: 2023-02-29" }
  },
  "tep-number-unique": {
    ok: { kep: "title: Pod Overhead", others: { "teps/0043-pod-priority.md": TEP_43 } },
    notOk: { kep: "title: Pod Overhead", others: { "teps/0042-pod-priority.md": TEP_43.replace("TEP-0043", "TEP-0042") } }
  },
  "tep-number-next": {
    ok: { file: "teps/0044-pod-overhead.md", after: "---\n\u2026\n---\n\n# TEP-0044: Pod Overhead\n", others: { "teps/0043-pod-priority.md": TEP_43 } },
    notOk: { file: "teps/0045-pod-overhead.md", after: "---\n\u2026\n---\n\n# TEP-0045: Pod Overhead\n", others: { "teps/0043-pod-priority.md": TEP_43 } }
  }
};

// src/presets/openshift/examples.ts
var OPENSHIFT_EXAMPLE_KEP = {
  file: "enhancements/installer/neat-enhancement-idea.md",
  fields: [
    "title: neat-enhancement-idea",
    "authors:",
    '  - "@janedoe"',
    "reviewers:",
    '  - "@alicedoe"',
    "approvers:",
    '  - "@oscardoe"',
    "api-approvers:",
    "  - None",
    "creation-date: 2024-01-15",
    "last-updated: 2024-03-01",
    "status: provisional",
    "tracking-link:",
    "  - https://issues.redhat.com/browse/OCPSTRAT-1234"
  ].join("\n")
};
var BODY = BUILTIN_TEMPLATE.slice(BUILTIN_TEMPLATE.indexOf("\n---\n") + 5);
var OPENSHIFT_RULE_EXAMPLES = {
  "title-matches-file": {
    ok: { kep: "title: neat-enhancement-idea" },
    notOk: { kep: "title: Neat Enhancement Idea" }
  },
  "tracking-link": {
    ok: { kep: "tracking-link:\n  - https://issues.redhat.com/browse/OCPSTRAT-1234" },
    notOk: { kep: "tracking-link:\n  - TBD" }
  },
  "people-required": {
    ok: { kep: "api-approvers:\n  - None   # the enhancement changes no API" },
    notOk: { kep: "api-approvers:\n  - TBD" }
  },
  "required-sections": {
    ok: { kep: `---
\u2026
---
${BODY}`, shown: "---\n\u2026\n---\n\n# Neat Enhancement Idea\n\n## Summary\n\n## Motivation\n\n### User Stories\n\n\u2026   # every heading of the template that is not [optional]\n" },
    notOk: { kep: "---\n\u2026\n---\n\n# Neat Enhancement Idea\n\n## Summary\n\nIt is neat.\n" }
  },
  "title-heading": {
    ok: { kep: "---\n\u2026\n---\n\n# Neat Enhancement Idea\n\n## Summary\n" },
    notOk: { kep: "---\n\u2026\n---\n\n## Summary\n\nIt is neat.\n" }
  }
};

// src/rules/examples.ts
var EXAMPLE_KEPS = {
  "kep-0001": {
    file: "sig-node/0042-pod-overhead.md",
    fields: ["kep-number: 42", "title: Pod Overhead", "authors:", "  - name: Jane Doe", "    github: janedoe", "owning-sig: sig-node", "reviewers: TBD", "approvers: TBD", "editor: TBD", "creation-date: 2024-01-15", "status: Approved"].join(
      "\n"
    )
  },
  kubernetes: {
    file: "keps/sig-node/42-pod-overhead/kep.yaml",
    fields: ["title: Pod Overhead", "kep-number: 42", "authors:", '  - "@janedoe"', "owning-sig: sig-node", "reviewers:", '  - "@reviewer"', "approvers:", '  - "@approver"', "creation-date: 2024-01-15", "status: provisional"].join("\n")
  },
  openshift: OPENSHIFT_EXAMPLE_KEP,
  tekton: { file: EXAMPLE_TEP.file, fields: EXAMPLE_TEP.fields }
};
function isWholeFile(text) {
  return /^…$/m.test(text) || text.startsWith("---\n") || text.startsWith("# ");
}
var KEP_43 = "---\nkep-number: 43\ntitle: Pod Priority\n\u2026\n---\n";
var README = "keps/sig-node/42-pod-overhead/README.md";
var TEMPLATE = "keps/NNNN-kep-template/README.md";
var readme = (title, toc, sections) => `# ${title}

<!-- toc -->
${toc}<!-- /toc -->

${sections}`;
var SECTIONS = "## Summary\n\nText.\n\n## Motivation\n\n### Goals\n\nText.\n";
var TOC = "- [Summary](#summary)\n- [Motivation](#motivation)\n  - [Goals](#goals)\n";
var TEMPLATE_README = readme("KEP-NNNN: Your short, descriptive title", TOC, "## Summary\n\n## Motivation\n\n### Goals\n\n### Non-Goals (Optional)\n");
var PRR = "keps/prod-readiness/sig-node/42.yaml";
var DRAFT_FILE = "sig-node/draft-20240115-pod-overhead.md";
var INDEX = `# KEP Index

<!-- BEGIN KEP INDEX -->
_Generated by kep-validator from the metadata of every KEP. Do not edit between the markers: run \`kep-validator index --write\`._

1 KEP.

| Status | KEPs |
| --- | ---: |
| Approved | 1 |

## sig-node

| KEP | Title | Status | Authors | Created | Updated |
| ---: | --- | --- | --- | --- | --- |
| 42 | [Pod Overhead](sig-node/0042-pod-overhead.md) | Approved | Jane Doe (@janedoe) | 2024-01-15 |  |

<!-- END KEP INDEX -->
`;
var RULE_EXAMPLES = {
  "file-unreadable": {
    ok: { kep: "title: Pod Overhead" },
    notOk: { kep: "title: Pod\0Overhead", shown: "title: Pod\u2400Overhead   # a NUL byte: the file is binary" }
  },
  "file-encoding": {
    ok: { kep: "title: Pod Overh\xE9ad" },
    notOk: { kep: "title: Pod Overh\xE9ad", encoding: "latin1", shown: "title: Pod Overh\\xe9ad   # \xE9 saved as Latin-1: one byte, 0xE9, not UTF-8" }
  },
  "file-submodule": {
    ok: { kep: "title: Pod Overhead" },
    notOk: { kep: "title: Pod Overhead", submodule: true }
  },
  "metadata-too-complex": {
    ok: { kep: "title: Pod Overhead" },
    notOk: { kep: `title: ${"? ".repeat(12)}Pod Overhead`, shown: "title: ? ? ? ? ? ? ? ? ? ? ? ? Pod Overhead   # keys of keys, 12 deep" }
  },
  "yaml-unsafe-integer": {
    ok: { kep: "kep-number: 42" },
    notOk: { kep: "kep-number: 9007199254740993" }
  },
  "file-symlink": {
    ok: { kep: "title: Pod Overhead" },
    notOk: { kep: "title: Pod Overhead", link: "sig-node/shared/0042-pod-overhead.md" }
  },
  "metadata-missing": {
    ok: { kep: "---\n\u2026\n---\n\n# Pod Overhead\n" },
    notOk: { kep: "# Pod Overhead\n\n## Summary\n\nThe metadata was forgotten.\n" }
  },
  "metadata-too-large": {
    ok: { kep: "title: Pod Overhead" },
    notOk: { kep: `title: Pod Overhead
summary: ${"x".repeat(3e5)}`, shown: "title: Pod Overhead\nsummary: xxxx\u2026   # 300,000 characters" }
  },
  "metadata-too-deep": {
    ok: { kep: "authors:\n  - name: Jane Doe\n    github: janedoe" },
    notOk: { kep: `title: ${"[".repeat(70)}${"]".repeat(70)}`, shown: "title: [[[[\u2026]]]]   # lists 70 levels deep" }
  },
  "metadata-not-mapping": {
    ok: { kep: "---\n\u2026\n---\n\n# Pod Overhead\n" },
    notOk: { kep: "---\n- kep-number: 42\n- title: Pod Overhead\n---\n\n# Pod Overhead\n" }
  },
  "metadata-fence-unclosed": {
    ok: { kep: "# Pod Overhead\n\n## Metadata\n\n```yaml\n---\n\u2026\n```\n\n## Summary\n" },
    notOk: { kep: "# Pod Overhead\n\n## Metadata\n\n```yaml\n---\n\u2026\n" }
  },
  "metadata-fence-marker": {
    ok: { kep: "# Pod Overhead\n\n## Metadata\n\n```yaml\n---\n\u2026\n```\n\n## Summary\n" },
    notOk: { kep: "# Pod Overhead\n\n## Metadata\n\n```yaml\n\u2026\n```\n\n## Summary\n" }
  },
  "frontmatter-unclosed": {
    ok: { kep: "---\n\u2026\n---\n\n# Pod Overhead\n" },
    notOk: { kep: "---\n\u2026\n\n# Pod Overhead\n" }
  },
  "frontmatter-duplicate": {
    ok: { kep: "---\n\u2026\n---\n\n# Pod Overhead\n" },
    notOk: { kep: "---\n\u2026\n---\n---\ntitle: Pod Overhead, again\n---\n\n# Pod Overhead\n" }
  },
  "frontmatter-not-first": {
    ok: { kep: "---\n\u2026\n---\n\n# Pod Overhead\n" },
    notOk: { kep: "\n---\n\u2026\n---\n\n# Pod Overhead\n", shown: "            # line 1 is blank\n---\n\u2026\n---\n\n# Pod Overhead\n" }
  },
  "yaml-syntax": {
    ok: { kep: "participating-sigs:\n  - kubernetes-wide" },
    notOk: { kep: "participating-sigs:\n  - `kubernetes-wide`" }
  },
  "yaml-duplicate-key": {
    ok: { kep: "status: Approved" },
    notOk: { kep: "status: Approved\nstatus: Final" }
  },
  "yaml-aliases": {
    ok: { kep: "reviewers: &tbd TBD\napprovers: *tbd" },
    notOk: { kep: "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]" }
  },
  schema: {
    ok: { kep: "status: Approved" },
    notOk: { kep: "status: draft" }
  },
  "recommended-fields": {
    ok: { kep: 'approvers:\n  - "@approver"' },
    notOk: { kep: "approvers: []" }
  },
  "handle-at": {
    ok: { kep: 'authors:\n  - "@janedoe"' },
    notOk: { kep: "authors:\n  - janedoe" }
  },
  "number-assigned": {
    ok: { kep: "kep-number: 42\nstatus: Approved" },
    notOk: { kep: "kep-number: draft-20240115\nstatus: Approved" }
  },
  "draft-date": {
    ok: { file: DRAFT_FILE, kep: "kep-number: draft-20240115\ncreation-date: 2024-01-15\nstatus: Draft" },
    notOk: { file: DRAFT_FILE, kep: "kep-number: draft-20240116\ncreation-date: 2024-01-15\nstatus: Draft" }
  },
  "date-order": {
    ok: { kep: "creation-date: 2024-01-15\nlast-updated: 2024-03-01" },
    notOk: { kep: "creation-date: 2024-01-15\nlast-updated: 2023-12-01" }
  },
  "superseded-by-required": {
    ok: { kep: "status: Replaced\nsuperseded-by:\n  - KEP-43", others: { "sig-node/0043-pod-priority.md": "---\nkep-number: 43\ntitle: Pod Priority\nreplaces:\n  - KEP-42\n\u2026\n---\n" } },
    notOk: { kep: "status: Replaced" }
  },
  "replaced-status": {
    ok: { kep: "status: Replaced\nsuperseded-by:\n  - KEP-43", others: { "sig-node/0043-pod-priority.md": "---\nkep-number: 43\ntitle: Pod Priority\nreplaces:\n  - KEP-42\n\u2026\n---\n" } },
    notOk: { kep: "status: Approved\nsuperseded-by:\n  - KEP-43", others: { "sig-node/0043-pod-priority.md": "---\nkep-number: 43\ntitle: Pod Priority\nreplaces:\n  - KEP-42\n\u2026\n---\n" } }
  },
  "number-unique": {
    ok: { kep: "kep-number: 42", others: { "sig-node/0043-pod-priority.md": KEP_43 } },
    notOk: { kep: "kep-number: 42", others: { "sig-node/0043-pod-priority.md": "---\nkep-number: 42\ntitle: Pod Priority\n\u2026\n---\n" } }
  },
  "reference-exists": {
    ok: { kep: "see-also:\n  - KEP-43", others: { "sig-node/0043-pod-priority.md": KEP_43 } },
    notOk: { kep: "see-also:\n  - KEP-99", others: { "sig-node/0043-pod-priority.md": KEP_43 } }
  },
  "reference-form": {
    ok: { kep: "see-also:\n  - KEP-43", others: { "sig-node/0043-pod-priority.md": KEP_43 } },
    notOk: { kep: "see-also:\n  - 43", others: { "sig-node/0043-pod-priority.md": KEP_43 } }
  },
  "replaces-reciprocal": {
    ok: { kep: "replaces:\n  - KEP-43", others: { "sig-node/0043-pod-priority.md": "---\nkep-number: 43\ntitle: Pod Priority\nstatus: Replaced\nsuperseded-by:\n  - KEP-42\n\u2026\n---\n" } },
    notOk: { kep: "replaces:\n  - KEP-43", others: { "sig-node/0043-pod-priority.md": KEP_43 } }
  },
  "folder-sig": {
    ok: { file: "sig-node/0042-pod-overhead.md", kep: "owning-sig: sig-node" },
    notOk: { file: "sig-node/0042-pod-overhead.md", kep: "owning-sig: sig-apps" }
  },
  "folder-status": {
    ok: { file: "sig-node/deferred/draft-20240115-pod-overhead.md", kep: "kep-number: draft-20240115\nstatus: Deferred" },
    notOk: { file: DRAFT_FILE, kep: "kep-number: draft-20240115\nstatus: Deferred" }
  },
  "file-name": {
    ok: { file: "sig-node/0042-pod-overhead.md", kep: "kep-number: 42\ntitle: Pod Overhead" },
    notOk: { file: "sig-node/pod-overhead.md", kep: "kep-number: 42\ntitle: Pod Overhead" }
  },
  "sig-known": {
    ok: { kep: "owning-sig: sig-node", sigs: "sigs:\n  - dir: sig-node\n    name: Node\n" },
    notOk: { kep: "owning-sig: sig-node\nparticipating-sigs:\n  - sig-nodes", sigs: "sigs:\n  - dir: sig-node\n    name: Node\n" }
  },
  "folder-number": {
    ok: { kep: "kep-number: 42" },
    notOk: { kep: "kep-number: 43" }
  },
  "stage-required": {
    ok: { kep: "status: implementable\nstage: alpha" },
    notOk: { kep: "status: implementable" }
  },
  "milestone-required": {
    ok: { kep: 'status: implementable\nstage: alpha\nlatest-milestone: "v1.30"\nmilestone:\n  alpha: "v1.30"' },
    notOk: { kep: "status: implementable\nstage: alpha" }
  },
  "milestone-order": {
    ok: { kep: 'stage: beta\nmilestone:\n  alpha: "v1.29"\n  beta: "v1.30"' },
    notOk: { kep: 'stage: beta\nmilestone:\n  alpha: "v1.29"\n  beta: "v1.28"' }
  },
  "implemented-stage": {
    ok: { kep: "status: implemented\nstage: stable" },
    notOk: { kep: "status: implemented\nstage: alpha" }
  },
  "prod-readiness": {
    ok: { kep: "status: implementable\nstage: alpha", others: { [PRR]: 'kep-number: 42\nalpha:\n  approver: "@deads2k"\n' } },
    notOk: { kep: "status: implementable\nstage: alpha" }
  },
  "prod-readiness-schema": {
    ok: { kep: "status: implementable\nstage: alpha", others: { [PRR]: 'kep-number: 42\nalpha:\n  approver: "@deads2k"\n' } },
    notOk: { kep: "status: implementable\nstage: alpha", others: { [PRR]: 'kep-number: 43\nalpha:\n  approver: "@deads2k"\n' } }
  },
  "assigned-approvers": {
    ok: { kep: 'approvers:\n  - "@tallclair" # sig-node-assigned-approver', others: { "keps/sig-node/42-pod-overhead/OWNERS": "approvers:\n  - tallclair\n" } },
    notOk: { kep: 'approvers:\n  - "@tallclair" # sig-node-assigned-approver', others: { "keps/sig-node/42-pod-overhead/OWNERS": "approvers:\n  - someoneelse\n" } }
  },
  toc: {
    ok: { kep: "status: provisional", others: { [README]: readme("KEP-42: Pod Overhead", TOC, SECTIONS) } },
    notOk: { kep: "status: provisional", others: { [README]: readme("KEP-42: Pod Overhead", "- [Summary](#summary)\n- [Motivation](#motivation)\n", SECTIONS) } }
  },
  "status-transition": {
    ok: { before: "status: Approved", after: "status: Final" },
    notOk: { before: "status: Approved", after: "status: Draft" }
  },
  "stage-transition": {
    preset: "kubernetes",
    ok: { before: "status: implementable\nstage: beta", after: "status: implementable\nstage: stable" },
    notOk: { before: "status: implementable\nstage: beta", after: "status: implementable\nstage: alpha" }
  },
  "milestone-moved-back": {
    ok: { before: 'status: implementable\nstage: alpha\nlatest-milestone: "v1.29"', after: 'status: implementable\nstage: beta\nlatest-milestone: "v1.30"' },
    notOk: { before: 'status: implementable\nstage: beta\nlatest-milestone: "v1.29"', after: 'status: implementable\nstage: beta\nlatest-milestone: "v1.28"' }
  },
  "initial-status": {
    ok: { file: DRAFT_FILE, after: "kep-number: draft-20240115\nstatus: Draft" },
    notOk: { after: "status: Final" }
  },
  "number-changed": {
    ok: { before: "kep-number: 42", after: "kep-number: 42\nlast-updated: 2024-03-01" },
    notOk: { before: "kep-number: 42", after: "kep-number: 43" }
  },
  "number-assignment": {
    ok: { before: "kep-number: draft-20240115\nstatus: Draft", after: "kep-number: 42\nstatus: Approved" },
    notOk: { before: "kep-number: draft-20240115\nstatus: Draft", after: "kep-number: 42\nstatus: Withdrawn" }
  },
  "number-next": {
    ok: { before: "kep-number: draft-20240115\nstatus: Draft", after: "kep-number: 44\nstatus: Approved", others: { "sig-node/0043-pod-priority.md": KEP_43 } },
    notOk: { before: "kep-number: draft-20240115\nstatus: Draft", after: "kep-number: 99\nstatus: Approved", others: { "sig-node/0043-pod-priority.md": KEP_43 } }
  },
  "creation-date-changed": {
    ok: { before: "creation-date: 2024-01-15", after: "creation-date: 2024-01-15\nlast-updated: 2024-03-01" },
    notOk: { before: "creation-date: 2024-01-15", after: "creation-date: 2024-02-01" }
  },
  "last-updated": {
    ok: { before: "last-updated: 2024-02-01\nstatus: Approved", after: "last-updated: 2024-03-01\nstatus: Final" },
    notOk: { before: "last-updated: 2024-02-01\nstatus: Approved", after: "last-updated: 2024-02-01\nstatus: Final" }
  },
  "file-deleted": {
    ok: { before: "status: Approved", after: "status: Final" },
    notOk: { before: "status: Approved" }
  },
  "template-sections": {
    ok: { after: "status: provisional", others: { [TEMPLATE]: TEMPLATE_README, [README]: readme("KEP-42: Pod Overhead", TOC, SECTIONS) } },
    notOk: { after: "status: provisional", others: { [TEMPLATE]: TEMPLATE_README, [README]: readme("KEP-42: Pod Overhead", "- [Summary](#summary)\n- [Motivation](#motivation)\n", "## Summary\n\nText.\n\n## Motivation\n\nText.\n") } }
  },
  "base-unreadable": {
    ok: { before: "status: Approved", after: "status: Final" },
    notOk: { unreadableBase: "git cat-file could not read the object", after: "status: Final" }
  },
  "index-stale": {
    ok: { kep: "title: Pod Overhead", others: { "index.md": INDEX } },
    notOk: { kep: "title: Pod Overhead", others: { "index.md": INDEX.replace("Pod Overhead", "Pod overhead") } }
  },
  configuration: {
    ok: { kep: "title: Pod Overhead", configuration: "rules:\n  handle-at: error\n" },
    notOk: { kep: "title: Pod Overhead", configuration: "preset: kubernets\n" }
  },
  // The tekton preset keeps its rules' examples in its folder.
  ...Object.fromEntries(Object.entries(TEKTON_EXAMPLES).map(([id, examples]) => [id, { preset: "tekton", ...examples }])),
  ...OPENSHIFT_RULE_EXAMPLES
};

// src/format/rulesTable.ts
var SUBJECT = { kep: "a KEP", change: "a change", found: "reading" };
function runs(preset, rule) {
  if (rule.subject !== "found") return Object.hasOwn(preset.rules, rule.meta.id);
  if (rule.meta.id === "prod-readiness-schema") return preset.prodReadiness;
  return true;
}
function severityIn(preset, rule) {
  if (!runs(preset, rule)) return "\u2014";
  const policy = new SeverityPolicy([preset.severity]);
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
  return RULE_EXAMPLES[id]?.preset ?? PRESET_NAMES.find((name) => runs(PRESETS[name], rule)) ?? PRESET_NAMES[0];
}
function block(text, language) {
  const fence = text.includes("```") ? "~~~" : "```";
  return [`${fence}${language}`, text.replace(/\n$/, ""), fence, ""];
}
function renderExample(title, example, preset) {
  const file = example.file ?? EXAMPLE_KEPS[preset].file;
  const language = (text) => isWholeFile(text) && preset !== "kubernetes" ? "markdown" : "yaml";
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
    const examples = RULE_EXAMPLES[row.id];
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
    "examples are in `src/rules/examples.ts`). An example writes only the fields that matter: the others are those of the",
    "preset's valid KEP below. In a whole file, a line `\u2026` stands for those other fields. An example that passes passes its",
    "rule; another rule may still have something to say about it (an implementable KEP needs its milestones, for one).",
    "",
    ...PRESET_NAMES.flatMap((name) => [`The valid KEP of \`${name}\`, \`${EXAMPLE_KEPS[name].file}\`:`, "", ...block(EXAMPLE_KEPS[name].fields, "yaml")]),
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
