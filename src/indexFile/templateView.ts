import { posix } from 'node:path'
import { assignedNumber, draftNumber, fieldsOf, type KepDocument } from '../core/document.js'
import { isGraveReadProblem } from '../parse/readProblems.js'

/**
 * The data a repository's own index template gets under the kep-0001 and kubernetes presets:
 * `keps`, one entry per KEP in number order (drafts by date, then the rest, by path), each with
 * its metadata fields as written, and `file` (relative to the root), `link` (relative to the
 * index), `number`, and the dashed fields without their dashes (`lastupdated`,
 * `creationdate`, `owningsig`, `kepnumber`), which some mustache implementations cannot name.
 * A KEP whose metadata could not be read has only file, link and `unreadable: true`.
 */
export function kepTableView(documents: readonly KepDocument[], indexFile: string): Record<string, unknown> {
  const rank = (doc: KepDocument): [number, number, string] => {
    const number = assignedNumber(doc)
    if (number !== undefined) return [0, number, doc.file]
    const draft = draftNumber(doc)
    return draft !== undefined ? [1, Number(draft.slice(6)), doc.file] : [2, 0, doc.file]
  }
  const sorted = [...documents].sort((a, b) => {
    const [ra, rb] = [rank(a), rank(b)]
    return ra[0] - rb[0] || ra[1] - rb[1] || (ra[2] < rb[2] ? -1 : ra[2] > rb[2] ? 1 : 0)
  })
  const keps = sorted.map(doc => {
    const link = posix.relative(posix.dirname(indexFile), doc.file) || doc.file
    const fields = fieldsOf(doc)
    if (!fields || doc.readProblems.some(p => isGraveReadProblem(p.rule))) return { file: doc.file, link, unreadable: true }
    const undashed = Object.fromEntries(Object.entries(fields).flatMap(([key, value]) => (key.includes('-') && !Object.hasOwn(fields, key.replace(/-/g, '')) ? [[key.replace(/-/g, ''), value]] : [])))
    return { ...fields, ...undashed, file: doc.file, link, number: assignedNumber(doc) ?? draftNumber(doc) ?? fields['kep-number'] }
  })
  return { keps }
}
