import type { Finding } from '../../core/diagnostic.js'
import { assignedNumber, assignedNumberIn, fieldsOf, kepNumberOf, type KepDocument } from '../../core/document.js'
import { spanAt } from '../../parse/metadata.js'
import { folderOf } from '../../core/dataFile.js'
import { kepRule, type RepositoryReading } from '../rule.js'
import { KEP_43 } from '../support/exampleFiles.js'

export interface ReferenceExistsOptions {
  /**
   * References may also name a KEP by its folder (/keps/sig-node/1539-hugepages), as
   * kubernetes/enhancements' kep.yaml files do.
   */
  paths: boolean
}

export const REFERENCE_FIELDS = ['see-also', 'replaces', 'superseded-by'] as const

/** The KEP folder a reference names: /keps/sig-node/1539-hugepages, keps/sig-node/1539-hugepages/, …/README.md. */
function referencedFolder(reference: string): string | undefined {
  const match = /^\/?(keps\/.+?)\/?(?:README\.md|kep\.yaml)?$/.exec(reference)
  return match?.[1]
}

/**
 * Whether a KEP's references (as read) may have a finding: its own number, a number no KEP's
 * file or folder is named with, or a folder that is its own or holds no KEP file. Which KEP
 * holds which number is known only once all are read; the names are the guess (a KEP named
 * with another number than it holds is found then, and its positions read again).
 */
function mayNameNoKep(file: string, fields: Record<string, unknown> | undefined, reading: RepositoryReading, paths: boolean): boolean {
  if (!fields) return false
  return REFERENCE_FIELDS.some(field => {
    const list = fields[field]
    return (
      Array.isArray(list) &&
      list.some(item => {
        const number = kepNumberOf(item)
        if (number !== undefined) return number === assignedNumberIn(fields) || !reading.listedNumbers.has(number)
        const folder = paths && typeof item === 'string' ? referencedFolder(item) : undefined
        return folder !== undefined && (folder === folderOf(file) || !reading.kepFolders.has(folder))
      })
    )
  })
}

const folderCache = new WeakMap<readonly KepDocument[], Set<string>>()

function knownFolders(documents: readonly KepDocument[]): Set<string> {
  let folders = folderCache.get(documents)
  if (!folders) {
    folders = new Set(documents.map(doc => folderOf(doc.file)))
    folderCache.set(documents, folders)
  }
  return folders
}

export const referenceExists = kepRule<ReferenceExistsOptions>(
  {
    id: 'reference-exists',
    description: 'Every KEP named in see-also, replaces and superseded-by (by KEP-number or bare number, or by folder where the preset allows) exists in the repository, and is not this KEP.',
    examples: {
      ok: { kep: 'see-also:\n  - KEP-43', others: { 'sig-node/0043-pod-priority.md': KEP_43 } },
      notOk: { kep: 'see-also:\n  - KEP-99', others: { 'sig-node/0043-pod-priority.md': KEP_43 } }
    }
  },
  (doc, { repository, options }) => {
    const metadata = doc.metadata
    const fields = fieldsOf(doc)
    if (!metadata || !fields) return []
    const own = assignedNumber(doc)
    const reports: Finding[] = []
    for (const field of REFERENCE_FIELDS) {
      const list = fields[field]
      if (!Array.isArray(list)) continue
      list.forEach((item, index) => {
        if (typeof item !== 'string' && typeof item !== 'number') return
        const span = () => spanAt(metadata, [field, index])
        const number = kepNumberOf(item)
        if (number !== undefined) {
          if (number === own) {
            reports.push({ span: span(), message: `${field} names KEP-${number}, which is this KEP itself; remove it` })
          } else if (repository.withNumber(number).length === 0) {
            reports.push({
              span: span(),
              message: options.paths
                ? `${field} names ${item}, but no KEP in this repository is there; correct the path or remove the reference`
                : `${field} names KEP-${number}, but no KEP in this repository has kep-number ${number}; correct the number or remove the reference`
            })
          }
          return
        }
        const folder = options.paths && typeof item === 'string' ? referencedFolder(item) : undefined
        if (folder === undefined) return
        if (folder === folderOf(doc.file)) {
          reports.push({ span: span(), message: `${field} names ${item}, which is this KEP's own folder; remove it` })
          return
        }
        const folders = knownFolders(repository.documents)
        if (folders.has(folder)) return
        const suffix = `/${folder.split('/').at(-1)}`
        let guess: string | undefined
        for (const known of folders) {
          if (known.endsWith(suffix)) {
            guess = known
            break
          }
        }
        reports.push({
          span: span(),
          message: `${field} names ${item}, but no KEP in this repository is there${guess ? `; did you mean "/${guess}"?` : '; correct the path or remove the reference'}`,
          expected: guess ? [`/${guess}`] : undefined
        })
      })
    }
    return reports
  },
  // Its findings are written at the reference: a KEP whose references may name no KEP keeps its positions from the first read.
  options => ({ keepsPositions: ({ file, fields }, reading) => mayNameNoKep(file, fields, reading, options.paths) })
)
