import { diagnostic, FILE_START, type Diagnostic } from '../diagnostic.js'
import { assignedNumber, fieldsOf, stringField, type KepDocument } from '../document.js'
import { spanAt, type MetadataBlock } from '../parse/yamlBlock.js'
import type { Check } from './context.js'

/** The folder of a kep.yaml: keps/sig-node/1539-hugepages for keps/sig-node/1539-hugepages/kep.yaml. */
function folderOf(doc: KepDocument): string {
  return doc.file.split('/').slice(0, -1).join('/')
}

export const folderNumber: Check = {
  rule: 'folder-number',
  description: "kep-number is the number the KEP's folder starts with.",
  run(doc) {
    const metadata = doc.metadata
    if (!metadata) return []
    const folder = folderOf(doc).split('/').at(-1) ?? ''
    const match = /^(\d+)-/.exec(folder)
    const number = assignedNumber(doc)
    if (!match) {
      return [diagnostic(doc.file, FILE_START, 'folder-number', `the KEP's folder "${folder}" does not start with its number; name it <kep-number>-<short-title>${number !== undefined ? `, here ${number}-…` : ''}`)]
    }
    const folderNumberValue = Number(match[1])
    if (number === undefined || number === folderNumberValue) return []
    return [
      diagnostic(doc.file, spanAt(metadata, ['kep-number']), 'folder-number', `kep-number is ${number} but the KEP's folder is ${folder}; the number and the folder must agree: set kep-number to ${folderNumberValue} or rename the folder`, {
        expected: [String(folderNumberValue)]
      })
    ]
  }
}

const STAGED = ['implementable', 'implemented']

/** An implementable or implemented KEP's status, metadata and fields; undefined for any other KEP. */
function stagedKep(doc: KepDocument): { status: string; metadata: MetadataBlock; fields: Record<string, unknown> } | undefined {
  const status = stringField(doc, 'status')
  const fields = fieldsOf(doc)
  if (!doc.metadata || !fields || status === undefined || !STAGED.includes(status)) return undefined
  return { status, metadata: doc.metadata, fields }
}

export const stageRequired: Check = {
  rule: 'stage-required',
  description: 'An implementable or implemented KEP says its stage.',
  run(doc) {
    const staged = stagedKep(doc)
    if (!staged || staged.fields.stage !== undefined) return []
    const { status, metadata } = staged
    return [
      diagnostic(doc.file, spanAt(metadata, ['status']), 'stage-required', `status is ${status} but there is no stage; an ${status} KEP says which stage it targets: add "stage: alpha" (or beta, stable, deprecated, disabled, removed)`)
    ]
  }
}

/** Release planning reads these; a KEP without them is incomplete, not wrong. */
export const milestoneRequired: Check = {
  rule: 'milestone-required',
  description: 'An implementable or implemented KEP says its latest-milestone and the milestone of each stage.',
  run(doc) {
    const staged = stagedKep(doc)
    if (!staged) return []
    const { status, metadata, fields } = staged
    const missing = ['latest-milestone', 'milestone'].filter(field => fields[field] === undefined)
    if (missing.length === 0) return []
    return [
      diagnostic(doc.file, spanAt(metadata, ['status']), 'milestone-required', `status is ${status} but ${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} missing; say in which release the KEP is worked on and reaches each stage (for example "latest-milestone: v1.30" and "milestone: {alpha: v1.30}")`, {
        severity: 'warning'
      })
    ]
  }
}

/** Deprecation KEPs end in the stage that removes their feature; the template names those stages. */
const FINAL_STAGES = ['stable', 'deprecated', 'disabled', 'removed']

export const implementedStage: Check = {
  rule: 'implemented-stage',
  description: 'An implemented KEP has reached stage stable (or, for a deprecation, deprecated, disabled or removed).',
  run(doc) {
    const stage = stringField(doc, 'stage')
    if (!doc.metadata || stringField(doc, 'status') !== 'implemented' || stage === undefined || FINAL_STAGES.includes(stage)) return []
    return [
      diagnostic(doc.file, spanAt(doc.metadata, ['stage']), 'implemented-stage', `status is implemented but stage is ${stage}; a KEP is implemented once it is stable — set stage to stable, or status back to implementable while it graduates`, {
        expected: ['stable']
      })
    ]
  }
}

interface Approval {
  approver?: unknown
}

/** Production readiness review became part of the process for v1.21 (KEP-1194). */
const PRR_SINCE_MINOR = 21

function minorOf(milestone: unknown): number | undefined {
  const match = typeof milestone === 'string' ? /^v?1\.(\d+)$/.exec(milestone.trim()) : null
  return match ? Number(match[1]) : undefined
}

export const prodReadiness: Check = {
  rule: 'prod-readiness',
  description: 'An implementable or implemented KEP has keps/prod-readiness/<sig>/<number>.yaml approving its current stage (a warning for KEPs last worked on before v1.21, when the review began).',
  run(doc, { prodReadiness: approvals }) {
    const staged = stagedKep(doc)
    const stage = stringField(doc, 'stage')
    const sig = stringField(doc, 'owning-sig')
    const number = assignedNumber(doc)
    if (!staged || !approvals || !stage || !sig || number === undefined) return []
    const { status, metadata, fields } = staged
    const minor = minorOf(fields['latest-milestone'])
    // An implemented KEP finished before the review existed cannot have been reviewed.
    const severity = status === 'implemented' && (minor === undefined || minor < PRR_SINCE_MINOR) ? 'warning' : 'error'
    const path = `keps/prod-readiness/${sig}/${number}.yaml`
    const approval = approvals.get(path)
    if (approval === undefined) {
      return [
        diagnostic(doc.file, spanAt(metadata, ['status']), 'prod-readiness', `status is ${status} but ${path} does not exist; an ${status} KEP needs a production readiness approval of its stage — add that file with "kep-number: ${number}" and "${stage}: {approver: "@…"}"`, {
          severity
        })
      ]
    }
    const forStage = (approval as Record<string, Approval | undefined> | null)?.[stage]
    if (forStage && typeof forStage.approver === 'string' && forStage.approver !== '') return []
    const covered = Object.keys((approval as object | null) ?? {}).filter(key => key !== 'kep-number')
    return [
      diagnostic(doc.file, spanAt(metadata, ['stage']), 'prod-readiness', `stage is ${stage} but ${path} has no approver for ${stage} (it approves ${covered.join(', ') || 'no stage'}); ask a PRR approver to add "${stage}: {approver: "@…"}"`, {
        severity
      })
    ]
  }
}

/** The KEP folder a reference names: /keps/sig-node/1539-hugepages, keps/sig-node/1539-hugepages/, …/README.md. */
function referencedFolder(reference: string): string | undefined {
  const match = /^\/?(keps\/.+?)\/?(?:README\.md|kep\.yaml)?$/.exec(reference)
  return match?.[1]
}

export const kubernetesReferenceExists: Check = {
  rule: 'reference-exists',
  description: 'Every KEP named in see-also, replaces and superseded-by (by path or KEP-number) exists in the repository.',
  run(doc, { repository }) {
    const metadata = doc.metadata
    const fields = fieldsOf(doc)
    if (!metadata || !fields) return []
    const folders = knownFolders(repository.documents)
    const diagnostics: Diagnostic[] = []
    for (const field of ['see-also', 'replaces', 'superseded-by']) {
      const list = fields[field]
      if (!Array.isArray(list)) continue
      list.forEach((item, index) => {
        if (typeof item !== 'string') return
        const byNumber = /^KEP-([1-9]\d*)$/.exec(item)
        const folder = byNumber ? undefined : referencedFolder(item)
        const exists = byNumber ? repository.withNumber(Number(byNumber[1])).length > 0 : folder === undefined || folders.has(folder)
        if (exists) return
        const suffix = folder && `/${folder.split('/').at(-1)}`
        let guess: string | undefined
        if (suffix) for (const known of folders) if (known.endsWith(suffix)) { guess = known; break }
        diagnostics.push(
          diagnostic(doc.file, spanAt(metadata, [field, index]), 'reference-exists', `${field} names ${item}, but no KEP in this repository is there${guess ? `; did you mean "/${guess}"?` : '; correct the path or remove the reference'}`, {
            expected: guess ? [`/${guess}`] : undefined
          })
        )
      })
    }
    return diagnostics
  }
}

const folderCache = new WeakMap<readonly KepDocument[], Set<string>>()

function knownFolders(documents: readonly KepDocument[]): Set<string> {
  let folders = folderCache.get(documents)
  if (!folders) {
    folders = new Set(documents.map(folderOf))
    folderCache.set(documents, folders)
  }
  return folders
}
