import { assignedNumberIn, fieldsOf } from '../../core/document.js'
import { spanAt } from '../../parse/metadata.js'
import { fieldsValid } from '../invalidFields.js'
import { kepRule } from '../rule.js'
import { STAGED_STATUSES, stagedKep } from '../support/stagedKep.js'
import { PRR } from '../support/exampleFiles.js'

interface Approval {
  approver?: unknown
}

/** Production readiness review became part of the process for v1.21 (KEP-1194). */
const PRR_SINCE_MINOR = 21

function minorOf(milestone: unknown): number | undefined {
  const match = typeof milestone === 'string' ? /^v?1\.(\d+)$/.exec(milestone.trim()) : null
  return match ? Number(match[1]) : undefined
}

/** Last worked on before the review began (or in a release no one wrote down). */
function beforeReview(fields: Record<string, unknown>): boolean {
  const minor = minorOf(fields['latest-milestone'])
  return minor === undefined || minor < PRR_SINCE_MINOR
}

/**
 * The approval a staged KEP's fields call for (keps/prod-readiness/<owning-sig>/<number>.yaml)
 * when it does not approve their stage: the file is missing, or names no approver for the
 * stage. What the rule reports on, and what a read foresees from the data alone.
 */
function unapprovedStage(fields: Record<string, unknown>, approvals: ReadonlyMap<string, unknown>): { path: string; stage: string; number: number; approval: unknown } | undefined {
  const stage = fields.stage
  const sig = fields['owning-sig']
  const number = assignedNumberIn(fields)
  if (typeof stage !== 'string' || stage === '' || typeof sig !== 'string' || sig === '' || number === undefined) return undefined
  const path = `keps/prod-readiness/${sig}/${number}.yaml`
  const approval = approvals.get(path)
  const forStage = (approval as Record<string, Approval | undefined> | null | undefined)?.[stage]
  if (forStage && typeof forStage.approver === 'string' && forStage.approver !== '') return undefined
  return { path, stage, number, approval }
}

export const prodReadiness = kepRule(
  {
    id: 'prod-readiness',
    description:
      'An implementable or implemented KEP has keps/prod-readiness/<sig>/<number>.yaml approving its current stage (a warning for KEPs implemented and last worked on before v1.21, when the review began — in a change, at the base too).',
    examples: {
      ok: { kep: 'status: implementable\nstage: alpha', others: { [PRR]: 'kep-number: 42\nalpha:\n  approver: "@deads2k"\n' } },
      notOk: { kep: 'status: implementable\nstage: alpha' }
    }
  },
  (doc, context) => {
    const approvals = context.prodReadiness
    const staged = stagedKep(doc)
    // The approval's path and stage are built from stage and owning-sig: not from values the schema rejects.
    if (!staged || !approvals) return []
    const unapproved = unapprovedStage(staged.fields, approvals)
    if (!unapproved || !fieldsValid(doc, context, 'stage', 'owning-sig')) return []
    const { status, metadata, fields } = staged
    const { path, stage, number, approval } = unapproved
    // An implemented KEP finished before the review existed cannot have been reviewed. In a
    // change, the base must say so too: moving latest-milestone back does not excuse a KEP.
    const base = context.baseOf?.(doc)
    const baseFields = base && fieldsOf(base)
    const baseBefore = base === undefined || (baseFields !== undefined && beforeReview(baseFields))
    const relaxed = status === 'implemented' && beforeReview(fields) && baseBefore
    const why = status === 'implemented' && beforeReview(fields) && !baseBefore ? ` (latest-milestone was ${JSON.stringify(baseFields?.['latest-milestone'] ?? null)} at the base: the review applies, whatever the change sets it to)` : ''
    if (approval === undefined) {
      return [
        {
          span: spanAt(metadata, ['status']),
          message: `status is ${status} but ${path} does not exist; an ${status} KEP needs a production readiness approval of its stage — add that file with "kep-number: ${number}" and "${stage}: {approver: "@…"}"${why}`,
          relaxed,
          dependsOn: ['status', 'stage']
        }
      ]
    }
    const covered = Object.keys((approval as object | null) ?? {}).filter(key => key !== 'kep-number')
    return [
      {
        span: spanAt(metadata, ['stage']),
        message: `stage is ${stage} but ${path} has no approver for ${stage} (it approves ${covered.join(', ') || 'no stage'}); ask a PRR approver to add "${stage}: {approver: "@…"}"${why}`,
        relaxed,
        dependsOn: ['status', 'stage']
      }
    ]
  },
  // Its finding is written at status or stage: a staged KEP whose approval is missing or does not cover its stage keeps its positions from the first read.
  () => ({
    keepsPositions: ({ fields }, { prodReadiness }) => {
      const status = fields?.status
      return prodReadiness !== undefined && fields !== undefined && typeof status === 'string' && STAGED_STATUSES.includes(status) && unapprovedStage(fields, prodReadiness) !== undefined
    }
  })
)
