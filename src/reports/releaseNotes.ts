import type { Content, Root } from 'mdast'
import { assignedNumber, stringField, type KepDocument } from '../core/document.js'
import type { Lifecycle } from '../core/lifecycle.js'
import { loadMarkdownParser } from '../parse/markdownParser.js'
import type { MetadataFormat } from '../read/metadataFormat.js'
import type { Tree } from '../tree/tree.js'
import { escapeMarkdown } from '../format/markdown.js'
import { plural } from '../core/plural.js'

export interface ReleaseNote {
  sig: string
  file: string
  number?: number
  title: string
  from?: string
  to: string
  summary: string
}

function keyOf(doc: KepDocument): string {
  const number = assignedNumber(doc)
  return number !== undefined ? `#${number}` : doc.file
}

/** Plain text of a markdown node: what a release note quotes. */
function textOf(node: Content | Root): string {
  if ('value' in node && typeof node.value === 'string') return node.value
  if ('children' in node) return (node.children as Content[]).map(textOf).join('')
  return ''
}

/** The first paragraph under the "Summary" heading of a KEP's text. */
export async function firstSummaryParagraph(markdown: string): Promise<string> {
  const tree = (await loadMarkdownParser()).parse(markdown)
  const children = tree.children
  const heading = children.findIndex(node => node.type === 'heading' && /^summary$/i.test(textOf(node).trim()))
  if (heading === -1) return ''
  for (const node of children.slice(heading + 1)) {
    if (node.type === 'heading') return ''
    if (node.type === 'paragraph') return textOf(node).replace(/\s+/g, ' ').trim()
  }
  return ''
}

/** The KEPs whose status changed between two versions of the repository, new ones included. */
export async function releaseNotes(before: readonly KepDocument[], after: readonly KepDocument[], tree: Tree, format: MetadataFormat): Promise<ReleaseNote[]> {
  const previous = new Map(before.map(doc => [keyOf(doc), doc]))
  const notes: ReleaseNote[] = []
  for (const doc of after) {
    const to = stringField(doc, 'status')
    if (to === undefined) continue
    const from = previous.get(keyOf(doc)) ?? before.find(old => old.file === doc.file)
    const was = from && stringField(from, 'status')
    if (was === to) continue
    // kubernetes/enhancements keeps the text in README.md beside kep.yaml.
    const textFile = format.textFile(doc.file)
    // A KEP without its text still has a note: its title and its move.
    const text = tree.readFiles([textFile]).get(textFile)
    const summary = Buffer.isBuffer(text) ? await firstSummaryParagraph(text.toString('utf8')) : ''
    notes.push({
      sig: stringField(doc, 'owning-sig') ?? '(no owning-sig)',
      file: doc.file,
      number: assignedNumber(doc),
      title: stringField(doc, 'title') ?? doc.file,
      from: was,
      to,
      summary
    })
  }
  return notes.sort((a, b) => (a.sig < b.sig ? -1 : a.sig > b.sig ? 1 : (a.number ?? Infinity) - (b.number ?? Infinity) || (a.file < b.file ? -1 : 1)))
}

export function renderReleaseNotes(notes: readonly ReleaseNote[], since: string): string {
  const lines = [`## Enhancements since ${escapeMarkdown(since)}`, '', notes.length === 0 ? 'No KEP changed status.' : `${plural(notes.length, 'KEP')} changed status.`, '']
  let sig: string | undefined
  for (const note of notes) {
    if (note.sig !== sig) {
      if (sig !== undefined) lines.push('')
      sig = note.sig
      lines.push(`### ${escapeMarkdown(sig)}`, '')
    }
    const transition = note.from === undefined ? `new, ${note.to}` : `${note.from} → ${note.to}`
    lines.push(`- **${note.number !== undefined ? `KEP-${note.number}: ` : ''}${escapeMarkdown(note.title)}** (${escapeMarkdown(transition)})${note.summary ? ` — ${escapeMarkdown(note.summary)}` : ''}`)
  }
  return lines.join('\n') + '\n'
}

export interface RoadmapEntry {
  sig: string
  state: string
  file: string
  number?: number
  title: string
}

/** The KEPs in flight (in a state that is not final), by SIG and state. */
export function roadmap(documents: readonly KepDocument[], lifecycle: Lifecycle): RoadmapEntry[] {
  const inFlight = lifecycle.inFlight
  return documents
    .filter(doc => inFlight.includes(stringField(doc, 'status') ?? ''))
    .map(doc => ({ sig: stringField(doc, 'owning-sig') ?? '(no owning-sig)', state: stringField(doc, 'status')!, file: doc.file, number: assignedNumber(doc), title: stringField(doc, 'title') ?? doc.file }))
    .sort((a, b) => (a.sig < b.sig ? -1 : a.sig > b.sig ? 1 : inFlight.indexOf(a.state) - inFlight.indexOf(b.state) || (a.number ?? Infinity) - (b.number ?? Infinity)))
}

export function renderRoadmap(entries: readonly RoadmapEntry[]): string {
  const lines = ['## KEPs in flight', '', `${plural(entries.length, 'KEP')}.`, '']
  let sig: string | undefined
  for (const entry of entries) {
    if (entry.sig !== sig) {
      if (sig !== undefined) lines.push('')
      sig = entry.sig
      lines.push(`### ${escapeMarkdown(sig)}`, '', '| State | KEP | Title |', '| --- | ---: | --- |')
    }
    lines.push(`| ${escapeMarkdown(entry.state)} | ${entry.number ?? ''} | ${escapeMarkdown(entry.title)} |`)
  }
  return lines.join('\n') + '\n'
}
