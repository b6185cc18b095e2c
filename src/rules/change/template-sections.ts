import { FILE_START, type Finding } from '../../core/diagnostic.js'
import { stringField } from '../../core/document.js'
import type { MarkdownHeading } from '../../readme/headings.js'
import type { Readme } from '../../readme/readmes.js'
import { headingLine, matchSections, readTemplateSections, stageRank, type TemplateSection } from '../../readme/template.js'
import { changeRule } from '../rule.js'
import { README, readmeText, SECTIONS, TOC } from '../support/exampleFiles.js'

export interface TemplateSectionsOptions {
  /** The README template, from the root: keps/NNNN-kep-template/README.md. */
  template: string
}

/** The template's sections, read once per template text. */
const sectionsOf = new WeakMap<Readme, TemplateSection[]>()

function sections(template: Readme): TemplateSection[] {
  let found = sectionsOf.get(template)
  if (!found) sectionsOf.set(template, (found = readTemplateSections(template)))
  return found
}

type Reason = { kind: 'new' } | { kind: 'removed' } | { kind: 'stage'; stage: string }

/** Where a missing section goes: after the last heading before it in the template that the README has. */
function placeOf(section: TemplateSection, all: readonly TemplateSection[], present: ReadonlyMap<TemplateSection, MarkdownHeading>): { text: string; line: number } {
  for (let i = all.indexOf(section) - 1; i >= 0; i--) {
    const heading = present.get(all[i])
    if (heading) return { text: `it goes after "${headingLine(heading)}" (line ${heading.span.line})`, line: heading.span.line }
  }
  return { text: 'it goes first, before every other section', line: 1 }
}

function message(section: TemplateSection, reason: Reason, template: string, place: string): string {
  const heading = `"${headingLine(section.heading)}"`
  switch (reason.kind) {
    case 'new':
      return `this new README lacks ${heading}: a KEP's README has every section of ${template} but the optional ones; ${place}`
    case 'removed':
      return `this change removes ${heading}, a section of ${template} that the README had; keep it (write "N/A" and why, if it does not apply); ${place}`
    case 'stage':
      return `the KEP moves to stage ${reason.stage}, and ${template} asks for ${heading} from ${section.from} on; the README lacks it; ${place}`
  }
}

/** The README template of the examples, and where the repository keeps it. */
const TEMPLATE = 'keps/NNNN-kep-template/README.md'
const TEMPLATE_README = readmeText('KEP-NNNN: Your short, descriptive title', TOC, '## Summary\n\n## Motivation\n\n### Goals\n\n### Non-Goals (Optional)\n')

/**
 * kubernetes/enhancements' hack/verify-toc-vs-template.sh, judged by what a change brings: the
 * script lists every heading of the template a changed README lacks and never fails (an old KEP
 * lacks sections the template gained since). This rule reports only what the change does — a
 * section of the template the README had and lost, every one a new KEP lacks, and the sections
 * the template asks for from the stage a KEP moves to (the production readiness questionnaire)
 * — so that it can fail without blocking old KEPs. Headings are matched by mdtoc's anchor text
 * (case, punctuation and level aside) or, reworded, closely (matchSections), in a remark
 * parse: code and HTML are not headings.
 */
export const templateSections = changeRule<TemplateSectionsOptions>(
  {
    id: 'template-sections',
    description:
      "A change keeps the sections of the repository's README template (kubernetes/enhancements' keps/NNNN-kep-template/README.md, read from the base) that a KEP's README had; a new KEP's README has every section that is not optional; a KEP that moves to a stage has the sections the template asks for from that stage on (the production readiness questionnaire).",
    // A convention of the template that the project's own script prints and never fails on: a warning (docs/presets.md).
    severity: 'warning',
    readsReadme: true,
    examples: {
      ok: { after: 'status: provisional', others: { [TEMPLATE]: TEMPLATE_README, [README]: readmeText('KEP-42: Pod Overhead', TOC, SECTIONS) } },
      notOk: { after: 'status: provisional', others: { [TEMPLATE]: TEMPLATE_README, [README]: readmeText('KEP-42: Pod Overhead', '- [Summary](#summary)\n- [Motivation](#motivation)\n', '## Summary\n\nText.\n\n## Motivation\n\nText.\n') } }
    }
  },
  ({ change, before, after }, { readmes, options }) => {
    if (!readmes || !after) return []
    const template = readmes.ruleFile(options.template)
    if (template.text === undefined) {
      return [{ span: FILE_START, message: `the README template ${options.template} cannot be read from the base of the change (${template.error}); set the template-sections rule's template option, or turn the rule off` }]
    }
    const readme = readmes.readmeOf(after)
    const base = before && readmes.baseReadmeOf?.(before)
    // Without the base's README, what the change does to it cannot be told.
    if (before && !base) return []
    const newKep = change.kind === 'added' || change.kind === 'copied' || !before
    // A README the base did not have is new, every section of it, in a new KEP or an old one.
    const isNew = newKep || base?.text === undefined
    const from = before && stringField(before, 'stage')
    const to = stringField(after, 'stage')
    const stageChange = to !== undefined && to !== from && stageRank(to) >= 0 ? to : undefined
    if (readme.text === undefined) {
      const what = newKep
        ? 'this new KEP has no readable README.md'
        : base?.text !== undefined
          ? 'this change removes README.md (or makes it unreadable)'
          : stageChange !== undefined
            ? `the KEP moves to stage ${stageChange} but has no readable README.md`
            : undefined
      return what === undefined ? [] : [{ span: FILE_START, message: `${what} (${readme.error}); copy ${options.template} beside kep.yaml and fill it in` }]
    }
    // A README the change leaves as it was loses nothing: no parse is needed to say so.
    if (!isNew && stageChange === undefined && base?.text === readme.text) return []
    const all = sections(template)
    const present = matchSections(all, readme.headings())
    const had = base?.text === undefined ? new Map<TemplateSection, MarkdownHeading>() : matchSections(all, base.headings())
    const reports: Finding[] = []
    for (const section of all) {
      if (section.optional || present.has(section)) continue
      let reason: Reason | undefined
      if (isNew) reason = { kind: 'new' }
      else if (had.has(section)) reason = { kind: 'removed' }
      else if (stageChange !== undefined && section.from !== undefined && stageRank(section.from) <= stageRank(stageChange)) reason = { kind: 'stage', stage: stageChange }
      if (!reason) continue
      const place = placeOf(section, all, present)
      const text = readme.text.split('\n')[place.line - 1] ?? ''
      reports.push({ file: readme.file, span: { line: place.line, column: 1, endLine: place.line, endColumn: text.length + 1 }, message: message(section, reason, options.template, place.text) })
    }
    return reports
  }
)
