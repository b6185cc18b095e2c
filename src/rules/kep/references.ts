import { diagnostic, type Diagnostic } from '../../core/diagnostic.js'
import { assignedNumber, kepReferences, type KepDocument } from '../../core/document.js'
import { spanAt } from '../../parse/yamlBlock.js'
import type { Check } from '../context.js'

const REFERENCE_FIELDS = ['see-also', 'replaces', 'superseded-by'] as const

export const referenceExists: Check = {
  rule: 'reference-exists',
  description: 'Every KEP named in see-also, replaces and superseded-by exists in the repository, and is not this KEP.',
  run(doc, { repository }) {
    const metadata = doc.metadata
    if (!metadata) return []
    const own = assignedNumber(doc)
    const diagnostics: Diagnostic[] = []
    for (const field of REFERENCE_FIELDS) {
      for (const { index, number } of kepReferences(doc, field)) {
        const span = () => spanAt(metadata, [field, index])
        if (number === own) {
          diagnostics.push(diagnostic(doc.file, span(), 'reference-exists', `${field} names KEP-${number}, which is this KEP itself; remove it`))
        } else if (repository.withNumber(number).length === 0) {
          diagnostics.push(
            diagnostic(doc.file, span(), 'reference-exists', `${field} names KEP-${number}, but no KEP in this repository has kep-number ${number}; correct the number or remove the reference`)
          )
        }
      }
    }
    return diagnostics
  }
}

function lists(target: KepDocument, field: string, number: number): boolean {
  return kepReferences(target, field).some(reference => reference.number === number)
}

const RECIPROCAL: Record<'replaces' | 'superseded-by', 'replaces' | 'superseded-by'> = {
  replaces: 'superseded-by',
  'superseded-by': 'replaces'
}

/**
 * Each claim is reported where it is written, so the pull request that makes a one-sided
 * claim is the one that fails, and the message says which file needs the other half.
 */
export const replacesReciprocal: Check = {
  rule: 'replaces-reciprocal',
  description: 'replaces and superseded-by agree: if KEP-A replaces KEP-B, KEP-B is superseded by KEP-A, and the other way round.',
  run(doc, { repository }) {
    const own = assignedNumber(doc)
    if (!doc.metadata || own === undefined) return []
    const diagnostics: Diagnostic[] = []
    for (const field of ['replaces', 'superseded-by'] as const) {
      const other = RECIPROCAL[field]
      for (const { index, number } of kepReferences(doc, field)) {
        if (number === own) continue
        for (const target of repository.withNumber(number)) {
          if (lists(target, other, own)) continue
          diagnostics.push(
            diagnostic(
              doc.file,
              spanAt(doc.metadata, [field, index]),
              'replaces-reciprocal',
              `this KEP lists KEP-${number} in ${field}, but ${target.file} does not list KEP-${own} in ${other}; add "KEP-${own}" to ${other} there, or remove this entry`
            )
          )
        }
      }
    }
    return diagnostics
  }
}

export const numberUnique: Check = {
  rule: 'number-unique',
  description: 'No two KEPs of the repository share an assigned kep-number.',
  run(doc, { repository }) {
    const number = assignedNumber(doc)
    if (!doc.metadata || number === undefined) return []
    const others = repository.withNumber(number).filter(other => other !== doc)
    if (others.length === 0) return []
    const next = (repository.numbers().at(-1) ?? 0) + 1
    return [
      diagnostic(
        doc.file,
        spanAt(doc.metadata, ['kep-number']),
        'number-unique',
        `kep-number ${number} is also used by ${others.map(other => other.file).join(', ')}; every KEP needs its own number (the next free one is ${next})`,
        { expected: [String(next)] }
      )
    ]
  }
}
