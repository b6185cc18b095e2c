import type { Problem } from './diagnostic.js'
import type { MetadataBlock } from '../parse/metadata.js'

/** A line of the body that carries the document's number ("# TEP-0042: Title"), as the format's line scan found it. */
export interface NumberHeading {
  /** 1-based line of the heading. */
  line: number
  /** The number as the heading writes it: "TEP-0042". */
  label: string
  /** The line's length, for a span over the whole heading. */
  length: number
}

/** What the line scan of a `markdown+heading` file found after its metadata. */
export interface BodyScan {
  /** The line that closed the front matter for the scan (exactly "---"); undefined when none did, and no body was read. */
  closingLine?: number
  /** Every heading that carries a number, in order. */
  numberHeadings: NumberHeading[]
}

/** One KEP as the checks see it: its metadata, and what went wrong reading it. */
export interface KepDocument {
  /** POSIX path relative to the KEP root. */
  file: string
  metadata?: MetadataBlock
  /** Problems found while reading: unreadable file, no metadata, YAML errors. */
  readProblems: Problem[]
  /** For the `markdown+heading` format: the number headings of the body. */
  body?: BodyScan
  /** The lines that start with "#", for presets whose rules check a body's sections (read only for them). */
  outline?: readonly OutlineLine[]
}

/**
 * A line of a KEP's file that starts with "#", as a line scan (grep) finds it: a heading, or a
 * line in a code block that looks like one. The line number is 1-based, the text has no line ending.
 */
export interface OutlineLine {
  line: number
  text: string
}

/** The metadata as a record, when it is one. */
export function fieldsOf(doc: KepDocument): Record<string, unknown> | undefined {
  return fieldsIn(doc.metadata?.data)
}

/** Data as a record of fields, when it is a mapping (fieldsOf), before there is a document. */
export function fieldsIn(data: unknown): Record<string, unknown> | undefined {
  return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined
}

export function stringField(doc: KepDocument, name: string): string | undefined {
  const value = fieldsOf(doc)?.[name]
  return typeof value === 'string' ? value : undefined
}

/** An assigned kep-number (a positive integer), not a draft-YYYYMMDD one. */
export function assignedNumber(doc: KepDocument): number | undefined {
  return assignedNumberIn(fieldsOf(doc))
}

/** The assigned number in metadata's fields (assignedNumber), before there is a document. */
export function assignedNumberIn(fields: Record<string, unknown> | undefined): number | undefined {
  const value = fields?.['kep-number']
  if (typeof value === 'number') return Number.isInteger(value) && value > 0 ? value : undefined
  // kubernetes/enhancements' Go types read the number as a string: "1539" is the same KEP.
  return typeof value === 'string' && /^[1-9]\d*$/.test(value) ? Number(value) : undefined
}

export function draftNumber(doc: KepDocument): string | undefined {
  return draftNumberIn(fieldsOf(doc))
}

/** The draft-YYYYMMDD number in metadata's fields (draftNumber), before there is a document. */
export function draftNumberIn(fields: Record<string, unknown> | undefined): string | undefined {
  const value = fields?.['kep-number']
  return typeof value === 'string' && /^draft-\d{8}$/.test(value) ? value : undefined
}

/** KEP references (`KEP-123`) of a list field, with their index in the list. */
export function kepReferences(doc: KepDocument, name: string): Array<{ index: number; number: number }> {
  const value = fieldsOf(doc)?.[name]
  if (!Array.isArray(value)) return []
  const references: Array<{ index: number; number: number }> = []
  value.forEach((item, index) => {
    const number = kepNumberOf(item)
    if (number !== undefined) references.push({ index, number })
  })
  return references
}

/**
 * The number a KEP's path is named with: its file's (sig-node/0043-pod-priority.md) or its
 * folder's (keps/sig-node/1539-hugepages/kep.yaml); undefined where neither starts with one.
 * What the name says, not the number the KEP holds (folder-number checks that they agree).
 */
export function numberInPath(path: string): number | undefined {
  const parts = path.split('/')
  for (const name of parts.slice(-2).reverse()) {
    const match = /^0*([1-9]\d*)(?=[-_.]|$)/.exec(name)
    if (match) return Number(match[1])
  }
  return undefined
}

/** The number a `KEP-123` reference names, or a bare `123` or "123" (its meaning is as clear); undefined for anything else. */
export function kepNumberOf(reference: unknown): number | undefined {
  if (typeof reference === 'number') return Number.isInteger(reference) && reference > 0 ? reference : undefined
  const match = typeof reference === 'string' ? /^(?:KEP-)?([1-9]\d*)$/.exec(reference) : null
  return match ? Number(match[1]) : undefined
}
