import { posix } from 'node:path'
import { fieldsOf, type KepDocument } from '../../core/document.js'
import { isGraveReadProblem } from '../../parse/readProblems.js'
import { numberAsRead, pythonTruthy } from './number.js'

/** Python's sort order of the numbers (strings compare by code point; a number from the front matter by its text). */
const sortKey = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value))

/**
 * What teps.py table gives teps/README.md.mustache (generate_tep_table): `teps`, every TEP
 * sorted by its number ("TEP-0042"), each its front matter with `link` (the file's name),
 * `number` as teps.py reads it, `last-updated` (creation-date when it has none) and
 * `lastupdated`, the same. A TEP whose front matter teps.py could not read has only link and
 * number. TEPs of one number keep the order of their file names (teps.py: the folder listing's).
 */
export function tepTableView(documents: readonly KepDocument[]): Record<string, unknown> {
  const teps = [...documents]
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
    .map(doc => {
      const readable = !doc.readProblems.some(p => isGraveReadProblem(p.rule) && p.rule !== 'file-encoding')
      const fields = readable ? (fieldsOf(doc) ?? {}) : {}
      const tep: Record<string, unknown> = { link: posix.basename(doc.file), ...fields, number: numberAsRead(doc).value }
      if (!pythonTruthy(tep['last-updated'])) tep['last-updated'] = tep['creation-date'] ?? null
      // "mustache doesn't link variables with a dash" (teps.py)
      tep.lastupdated = tep['last-updated']
      return tep
    })
  const keyed = teps.map(tep => ({ tep, key: sortKey(tep.number) }))
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  return { teps: keyed.map(({ tep }) => tep) }
}
