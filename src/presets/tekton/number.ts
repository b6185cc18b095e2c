import { posix } from 'node:path'
import { fieldsOf, type KepDocument } from '../../core/document.js'

/**
 * How Tekton numbers TEPs: four digits at the start of the file name (teps.py's
 * RE_TEP_NUMBER_FILENAME, `([0-9]{4})-.*.md`, matched at the start of the name), and the
 * same number in the "# TEP-NNNN: Title" heading.
 */
const FILE_NAME = /^([0-9]{4})-[^\n]*[^\n]md/

/** The number in a TEP's file name, when the name is one teps.py accepts. */
export function fileNumberOf(file: string): number | undefined {
  const match = FILE_NAME.exec(posix.basename(file))
  return match ? Number(match[1]) : undefined
}

/** "TEP-0042", as teps.py labels a number (at least four digits). */
export function tepLabel(number: number): string {
  return `TEP-${String(number).padStart(4, '0')}`
}

/** Python's truth of a value: None, False, 0, "" and empty lists and mappings are false. */
export function pythonTruthy(value: unknown): boolean {
  if (value === null || value === undefined || value === false || value === 0 || value === '') return false
  if (Array.isArray(value)) return value.length > 0
  if (typeof value === 'object') return Object.keys(value as object).length > 0
  return true
}

/**
 * The number teps.py reads for a TEP (read_tep's `tep['number']`): a `number` in the front
 * matter when it has one (teps.py reads the front matter into the same dictionary), else the
 * first number heading, else the file's number ("TEP-XXXX" when the name has none).
 */
export function numberAsRead(doc: KepDocument): { value: unknown; from: 'front matter' | 'heading' | 'file name' } {
  const fromFrontMatter = fieldsOf(doc)?.number
  if (pythonTruthy(fromFrontMatter)) return { value: fromFrontMatter, from: 'front matter' }
  const heading = doc.body?.numberHeadings[0]
  if (heading) return { value: heading.label, from: 'heading' }
  const number = fileNumberOf(doc.file)
  return { value: number === undefined ? 'TEP-XXXX' : tepLabel(number), from: 'file name' }
}

/**
 * The next TEP number, as teps.py's next_tep_number finds it: one past the highest of the
 * numbers in use — the TEPs' own (as teps.py reads them) and those that open pull requests
 * titled "TEP-NNNN" claim.
 */
export function nextTepNumber(documents: readonly KepDocument[], claimed: Iterable<number> = []): number {
  let highest = 0
  for (const doc of documents) {
    const { value } = numberAsRead(doc)
    const match = typeof value === 'string' ? /^TEP-([0-9]+)$/.exec(value) : null
    if (match) highest = Math.max(highest, Number(match[1]))
  }
  for (const number of claimed) highest = Math.max(highest, number)
  return highest + 1
}

/** teps.py's RE_TEP_NUMBER_PR, matched at the start of a pull request's title: "TEP-0042: …" or "TEP 0042 …". */
const PULL_REQUEST_TITLE = /^TEP[ -]([0-9]{4})/

/** The TEP number an open pull request claims by its title, as teps.py new reads it. */
export function claimedNumberOf(title: string): number | undefined {
  const match = PULL_REQUEST_TITLE.exec(title)
  return match ? Number(match[1]) : undefined
}
