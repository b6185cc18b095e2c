import { editDistance } from '../core/suggest.js'
import type { MarkdownHeading } from './headings.js'
import { findMarkers } from './tableOfContents.js'
import type { Readme } from './readmes.js'

/**
 * The sections a KEP README keeps, as the repository's template (kubernetes/enhancements'
 * keps/NNNN-kep-template/README.md) lays them out: every heading after its table of contents
 * (as hack/verify-toc-vs-template.sh lists them, with mdtoc, which skips what comes before),
 * but those marked "(Optional)" and the ones under them.
 */
export interface TemplateSection {
  heading: MarkdownHeading
  /** The heading's identity: mdtoc's anchor text (lower case, no punctuation), whatever its level. */
  key: string
  /**
   * The stage from which the template asks for the section: its instructions ("This section
   * must be completed when targeting beta to a release", "For GA, this section is required"),
   * or a parent's.
   */
  from?: Stage
  optional: boolean
}

/** The stages the template names, in order; it says GA for what kep.yaml calls stable. */
export const STAGES = ['alpha', 'beta', 'stable'] as const
export type Stage = (typeof STAGES)[number]

export function stageRank(stage: string | undefined): number {
  return STAGES.indexOf(stage as Stage)
}

/**
 * mdtoc's anchor of a heading's text, before numbering: what a link to it says, case and
 * punctuation aside. The level is not part of it: authors write the template's "##### Unit tests"
 * (under "### Test Plan") as "#### Unit tests", and the section is there all the same.
 */
export function headingKey(heading: Pick<MarkdownHeading, 'text'>): string {
  return heading.text
    .toLowerCase()
    .replace(/[^\w\- ]/g, '')
    .replace(/ /g, '-')
}

const REQUIRED_FROM = [/must be completed when targeting (alpha|beta|ga|stable)\b/i, /for (alpha|beta|ga|stable), this section is required/i]

function stageOfNote(note: string | undefined): Stage | undefined {
  if (note === undefined) return undefined
  const named = REQUIRED_FROM.flatMap(pattern => {
    const match = pattern.exec(note)
    return match ? [match[1].toLowerCase() === 'ga' ? 'stable' : (match[1].toLowerCase() as Stage)] : []
  })
  return named.sort((a, b) => stageRank(a) - stageRank(b))[0]
}

/** The template's sections, in its order. */
export function readTemplateSections(template: Readme): TemplateSection[] {
  const text = template.text ?? ''
  const { end } = findMarkers(text)
  const endLine = end === -1 ? 0 : text.slice(0, end).split('\n').length
  const headings = template.headings({ notes: true }).filter(heading => heading.span.line > endLine)
  const sections: TemplateSection[] = []
  // The open sections above the current heading: optional and stage requirements pass down.
  const open: TemplateSection[] = []
  for (const heading of headings) {
    while (open.length > 0 && open.at(-1)!.heading.depth >= heading.depth) open.pop()
    const parent = open.at(-1)
    const section: TemplateSection = {
      heading,
      key: headingKey(heading),
      optional: /\(optional\)/i.test(heading.text) || parent?.optional === true,
      from: stageOfNote(heading.note) ?? parent?.from
    }
    sections.push(section)
    open.push(section)
  }
  return sections
}

/**
 * The README's heading for each section of the template it has: the same anchor text first;
 * then, for a section still unmatched, the closest heading left within a fifth of its length
 * in edits — authors reword ("Production Readiness Questionnaire", "result in a non-negligible
 * increase"), and the section is there all the same. Each heading stands for one section.
 */
export function matchSections(sections: readonly TemplateSection[], headings: readonly MarkdownHeading[]): Map<TemplateSection, MarkdownHeading> {
  const matched = new Map<TemplateSection, MarkdownHeading>()
  const used = new Set<MarkdownHeading>()
  const keyed = headings.map(heading => ({ heading, key: headingKey(heading) }))
  for (const section of sections) {
    const exact = keyed.find(({ heading, key }) => key === section.key && !used.has(heading))
    if (exact) {
      matched.set(section, exact.heading)
      used.add(exact.heading)
    }
  }
  for (const section of sections) {
    if (matched.has(section)) continue
    const limit = Math.floor(section.key.length / 5)
    let best: { heading: MarkdownHeading; distance: number } | undefined
    for (const { heading, key } of keyed) {
      if (used.has(heading) || limit === 0) continue
      const distance = editDistance(key, section.key, Math.min(limit, best ? best.distance - 1 : limit))
      if (distance <= limit && (!best || distance < best.distance)) best = { heading, distance }
    }
    if (best) {
      matched.set(section, best.heading)
      used.add(best.heading)
    }
  }
  return matched
}

/** How a heading is written: "### Goals". */
export function headingLine(heading: Pick<MarkdownHeading, 'depth' | 'text'>): string {
  return `${'#'.repeat(heading.depth)} ${heading.text}`
}
