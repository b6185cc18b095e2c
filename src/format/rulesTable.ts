import type { Preset } from '../presets/preset.js'
import { PRESET_NAMES, PRESETS } from '../presets/registry.js'
import type { Applicability, SeverityOverride } from '../core/diagnostic.js'
import { isWholeFile, type Example } from '../rules/example.js'
import { RULES } from '../rules/registry.js'
import type { Rule } from '../rules/rule.js'
import { severityPolicyOf } from '../rules/severity.js'

/** What a rule looks at, in the words of the rules page. */
const SUBJECT: Record<Rule['subject'], string> = { kep: 'a KEP', change: 'a change', stage: 'reading' }

/** Whether a preset runs a rule at all: its own selection, or the stage that finds the rule's problems. */
function runs(preset: Preset, rule: Rule): boolean {
  if (rule.subject !== 'stage') return Object.hasOwn(preset.rules, rule.meta.id)
  if (rule.meta.id === 'prod-readiness-schema') return preset.prodReadiness
  return true
}

/** The severity a preset gives a rule, with the fields it sets apart for rules named by field (schema/…). */
function severityIn(preset: Preset, rule: Rule): string {
  if (!runs(preset, rule)) return '—'
  const policy = severityPolicyOf([preset.severity])
  const own = policy.severityOf(rule.meta.id, rule.meta.severity)
  if (!rule.meta.topics) return own
  const apart = new Map<SeverityOverride, string[]>()
  for (const pattern of Object.keys(preset.severity)) {
    if (!pattern.startsWith(`${rule.meta.id}/`)) continue
    const severity = policy.severityOf(pattern, rule.meta.severity)
    if (severity !== own) apart.set(severity, [...(apart.get(severity) ?? []), pattern.slice(rule.meta.id.length + 1)])
  }
  return [own, ...[...apart].map(([severity, fields]) => `${severity} for ${fields.join(', ')}`)].join('; ')
}

export interface RuleRow {
  id: string
  subject: string
  description: string
  severity: Record<string, string>
  /** The kinds of fix its reports may carry: safe ones `check --fix` applies, suggestions it only shows; the action suggests both. */
  fixable: readonly Applicability[]
  docs: string
}

/** Every rule of the registry, with its severity under each preset. */
export function ruleRows(): RuleRow[] {
  return [...RULES.values()].map(rule => ({
    id: rule.meta.id,
    subject: SUBJECT[rule.subject],
    description: rule.meta.description,
    severity: Object.fromEntries(PRESET_NAMES.map(name => [name, severityIn(PRESETS[name], rule)])),
    fixable: rule.meta.fixable ?? [],
    docs: rule.meta.docs
  }))
}

/** 🔧: a safe fix, which `check --fix` applies; 💡: a suggestion, which it only shows (eslint's marks for fixes and suggestions). */
function fixMarks(fixable: readonly Applicability[]): string {
  return [fixable.includes('safe') ? '🔧' : '', fixable.includes('suggestion') ? '💡' : ''].join('')
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s+/g, ' ')
}

/** The rules table of the README and the rules page, generated from the registry. */
export function renderRulesTable(): string {
  const lines = [`| rule | on | ${PRESET_NAMES.map(name => `\`${name}\``).join(' | ')} | fix | what it checks |`, `| --- | --- | ${PRESET_NAMES.map(() => '---').join(' | ')} | --- | --- |`]
  for (const row of ruleRows()) {
    lines.push(`| \`${row.id}\` | ${row.subject} | ${PRESET_NAMES.map(name => row.severity[name]).join(' | ')} | ${fixMarks(row.fixable)} | ${cell(row.description)} |`)
  }
  return `${lines.join('\n')}\n`
}

/** The preset a rule's examples run under: the one that brings the rule, else one that shows them, else the first that runs the rule. */
export function examplePreset(id: string): string {
  const rule = RULES.get(id)!
  const under = (which: (preset: Preset) => boolean): string | undefined => PRESET_NAMES.find(name => which(PRESETS[name]))
  return under(preset => preset.ownRules?.includes(rule) === true) ?? under(preset => preset.showsExamplesOf?.includes(id) === true) ?? under(preset => runs(preset, rule)) ?? PRESET_NAMES[0]
}

/** A text in a fenced block whose fence the text cannot close. */
function block(text: string, language: string): string[] {
  const fence = text.includes('```') ? '~~~' : '```'
  return [`${fence}${language}`, text.replace(/\n$/, ''), fence, '']
}

/** One example: the KEP (or its change), and the other files it needs. */
function renderExample(title: string, example: Example, preset: string): string[] {
  const valid = PRESETS[preset].example
  const file = example.file ?? valid.file
  const language = (text: string): string => (isWholeFile(text) ? valid.language : 'yaml')
  const lines = [`**${title}** (\`${preset}\`, \`${file}\`)${example.previousFile ? `, renamed from \`${example.previousFile}\`` : ''}:`, '']
  if (example.link !== undefined) lines.push(`\`${file}\` is a symbolic link to \`${example.link}\`.`, '')
  else if (example.submodule) lines.push(`\`${file}\` is a git submodule (a gitlink), not a file.`, '')
  else if (example.kep !== undefined) lines.push(...block(example.shown ?? example.kep, language(example.kep)))
  else {
    if (example.unreadableBase !== undefined) lines.push(`Before: the base version cannot be read (${example.unreadableBase}).`, '')
    else if (example.before === undefined) lines.push('Before: the KEP does not exist; the change adds it.', '')
    else lines.push('Before:', '', ...block(example.before, language(example.before)))
    if (example.after === undefined) lines.push('After: the change deletes the KEP.', '')
    else lines.push('After:', '', ...block(example.after, language(example.after)))
  }
  for (const [path, text] of Object.entries(example.others ?? {})) lines.push(`With \`${path}\`:`, '', ...block(text, path.endsWith('.md') ? 'markdown' : 'yaml'))
  if (example.sigs !== undefined) lines.push('With the sigs.yaml the run is given:', '', ...block(example.sigs, 'yaml'))
  if (example.configuration !== undefined) lines.push('With the `.kep-validator.yml` a change adds:', '', ...block(example.configuration, 'yaml'))
  return lines
}

/** The rules page (docs/rules.md): the table, then a section per rule that the reports link to, with its examples. */
export function renderRulesPage(): string {
  const sections = ruleRows().map(row => {
    const { examples } = RULES.get(row.id)!.meta
    // A rule registered at run time without examples (its test fails) is shown without them.
    const shown = examples ? [...renderExample('Passes', examples.ok, examplePreset(row.id)), ...renderExample('Fails', examples.notOk, examplePreset(row.id))] : []
    const safe = row.fixable.includes('safe')
    const suggestion = row.fixable.includes('suggestion')
    const fixable =
      safe && suggestion
        ? ' Fixable: `kep-validator check --fix` applies the safe fixes its reports carry and shows the others, which may change what was meant, as suggestions; the action can suggest both in the pull request.'
        : safe
          ? ' Fixable: `kep-validator check --fix` applies the fix its reports carry, and the action can suggest it in the pull request.'
          : suggestion
            ? ' Suggests a fix: `kep-validator check --fix` shows it without applying it (it may change what was meant), and the action can suggest it in the pull request.'
            : ''
    return [`### \`${row.id}\``, '', row.description, '', `On ${row.subject}. ${PRESET_NAMES.map(name => `\`${name}\`: ${row.severity[name] === '—' ? 'not run' : row.severity[name]}`).join('; ')}.${fixable}`, '', ...shown].join('\n')
  })
  return [
    '# Rules',
    '',
    '<!-- Generated by `kep-validator rules` from the rule registry (src/rules/registry.ts): run `npm run docs` after changing a rule. -->',
    '',
    "Every problem kep-validator reports names one of these rules. A rule's severity is its own unless the preset or the",
    '[configuration](configuration.md#the-configuration-file) sets another (`severity: { rule-id: warning }`, globs such as',
    '`schema/*` included; `off` turns a rule off). Rules "on reading" report what reading a file found; rules named by field',
    '(`schema/status`) take a severity per field. 🔧: the rule has a safe fix, one that cannot change what was meant, which',
    '`kep-validator check --fix` applies; 💡: it has fixes that are only suggestions (the value meant is likely, not certain:',
    "`implementing` is close to `implemented` but means work in progress), which `--fix` shows and does not apply. The action's",
    '`suggestions` input suggests both in a pull request.',
    '',
    'Each rule has an example that passes and one that fails, both proven by a test (`__tests__/rule-examples.test.ts`; the',
    "examples are in the rule's meta, beside its check). An example writes only the fields that matter: the others are those of the",
    "preset's valid KEP below. In a whole file, a line `…` stands for those other fields. An example that passes passes its",
    'rule; another rule may still have something to say about it (an implementable KEP needs its milestones, for one).',
    '',
    ...PRESET_NAMES.flatMap(name => [`The valid KEP of \`${name}\`, \`${PRESETS[name].example.file}\`:`, '', ...block(PRESETS[name].example.fields, 'yaml')]),
    renderRulesTable(),
    ...sections
  ].join('\n')
}
