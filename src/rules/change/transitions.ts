import { diagnostic, FILE_START, type Diagnostic } from '../../core/diagnostic.js'
import { assignedNumber, draftNumber, fieldsOf, stringField, type KepDocument } from '../../core/document.js'
import { spanAt } from '../../parse/yamlBlock.js'
import type { KepChange, TransitionCheck, TransitionContext } from '../changeContext.js'

function statusOf(doc: KepDocument | undefined, context: TransitionContext): string | undefined {
  const status = doc && stringField(doc, 'status')
  return status !== undefined && context.lifecycle.states.includes(status) ? status : undefined
}

function at(doc: KepDocument, field: string) {
  return doc.metadata ? spanAt(doc.metadata, [field]) : FILE_START
}

function allowedNext(from: string, context: TransitionContext): string {
  const next = context.lifecycle.transitions[from] ?? []
  return next.length === 0 ? `${from} is final: it may not change` : `${from} may change only to ${next.join(', ')}`
}

export const statusTransition: TransitionCheck = {
  rule: 'status-transition',
  description: 'A status change follows an edge of the lifecycle.',
  run({ before, after }, context) {
    const from = statusOf(before, context)
    const to = statusOf(after, context)
    if (!after || from === undefined || to === undefined || from === to) return []
    if ((context.lifecycle.transitions[from] ?? []).includes(to)) return []
    return [
      diagnostic(after.file, at(after, 'status'), 'status-transition', `status changed from ${from} to ${to}, which the ${context.lifecycle.name} lifecycle does not allow: ${allowedNext(from, context)}`, {
        expected: context.lifecycle.transitions[from]
      })
    ]
  }
}

export const initialStatus: TransitionCheck = {
  rule: 'initial-status',
  description: 'A new KEP starts in an initial state of the lifecycle.',
  run({ change, after }, context) {
    const to = statusOf(after, context)
    if (change.kind !== 'added' && change.kind !== 'copied') return []
    if (!after || to === undefined || context.lifecycle.initial.includes(to)) return []
    return [
      diagnostic(after.file, at(after, 'status'), 'initial-status', `a new KEP starts as ${context.lifecycle.initial.join(' or ')}, not ${to}; set status to ${context.lifecycle.initial[0]} and change it in later pull requests`, {
        expected: context.lifecycle.initial
      })
    ]
  }
}

export const numberStable: TransitionCheck = {
  rule: 'number-changed',
  description: 'An assigned kep-number never changes or disappears.',
  run({ before, after }) {
    const was = before && assignedNumber(before)
    if (!after || was === undefined) return []
    const now = fieldsOf(after)?.['kep-number']
    if (now === was) return []
    const found = now === undefined ? 'is gone' : `changed to ${JSON.stringify(now)}`
    return [
      diagnostic(after.file, at(after, 'kep-number'), 'number-changed', `kep-number was ${was} and ${found}; an assigned number never changes: set it back to ${was}`, {
        expected: [String(was)]
      })
    ]
  }
}

export const numberAssignment: TransitionCheck = {
  rule: 'number-assignment',
  description: 'A draft-YYYYMMDD number becomes a number only on the transition to Approved, and that number is the next free one.',
  run({ before, after }, context) {
    if (!before || !after || draftNumber(before) === undefined) return []
    const number = assignedNumber(after)
    if (number === undefined) return []
    const from = statusOf(before, context)
    const to = statusOf(after, context)
    const on = context.lifecycle.numberAssignedOn
    // Positions cost a second parse: work one out only for a diagnostic.
    const span = () => at(after, 'kep-number')
    const diagnostics: Diagnostic[] = []
    if (on !== undefined && !(to === on && from !== on)) {
      diagnostics.push(
        diagnostic(after.file, span(), 'number-assignment', `kep-number ${number} replaces ${draftNumber(before)} while status ${from === to ? `stays ${to ?? 'unchanged'}` : `changes from ${from} to ${to}`}; a number is assigned only on the change to ${on} — keep ${draftNumber(before)} until then`, {
          expected: [draftNumber(before)!]
        })
      )
    }
    const others = context.repository.numbers().filter(n => !context.repository.withNumber(n).includes(after))
    const next = (others.at(-1) ?? 0) + 1
    if (number !== next && !others.includes(number)) {
      diagnostics.push(
        diagnostic(after.file, span(), 'number-next', `kep-number ${number} is free but not the next one: numbers are sequential and dense, and the next free number is ${next}`, {
          severity: 'warning',
          expected: [String(next)]
        })
      )
    }
    return diagnostics
  }
}

export const creationDateStable: TransitionCheck = {
  rule: 'creation-date-changed',
  description: 'creation-date never changes.',
  run({ before, after }) {
    const was = before && stringField(before, 'creation-date')
    if (!after || was === undefined) return []
    const now = fieldsOf(after)?.['creation-date']
    if (now === was) return []
    return [
      diagnostic(after.file, at(after, 'creation-date'), 'creation-date-changed', `creation-date was ${was} and ${now === undefined ? 'is gone' : `changed to ${JSON.stringify(now)}`}; it records when the KEP was first proposed and never changes: set it back to ${was} (use last-updated for later changes)`, {
        expected: [was]
      })
    ]
  }
}

export const fileDeleted: TransitionCheck = {
  rule: 'file-deleted',
  description: 'A KEP file is never deleted: its life ends in a state, not in removal.',
  run({ change, before }, context) {
    if (change.kind !== 'deleted') return []
    const ends = Object.entries(context.lifecycle.transitions)
      .filter(([, next]) => next.length === 0)
      .map(([state]) => state)
    const status = before && stringField(before, 'status')
    return [
      diagnostic(change.path, FILE_START, 'file-deleted', `this KEP${status ? ` (status ${status})` : ''} is deleted; a KEP is never removed — restore the file and set its status to one of ${ends.join(', ')} instead`)
    ]
  }
}

export const TRANSITION_CHECKS: readonly TransitionCheck[] = [
  statusTransition,
  initialStatus,
  numberStable,
  numberAssignment,
  creationDateStable,
  fileDeleted
]

export function checkTransition(change: KepChange, context: TransitionContext): Diagnostic[] {
  return TRANSITION_CHECKS.flatMap(check => check.run(change, context))
}
