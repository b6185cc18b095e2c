import { diagnostic, type Diagnostic } from '../../core/diagnostic.js'
import { fieldsOf } from '../../core/document.js'
import { spanAt } from '../../parse/yamlBlock.js'
import { didYouMean } from '../../core/suggest.js'
import type { Check } from '../context.js'

export const sigKnown: Check = {
  rule: 'sig-known',
  description: 'owning-sig and participating-sigs name SIGs, working groups or committees of the configured sigs.yaml.',
  run(doc, { knownSigs }) {
    const metadata = doc.metadata
    const fields = fieldsOf(doc)
    if (!metadata || !fields || !knownSigs) return []
    const known = [...knownSigs]
    const diagnostics: Diagnostic[] = []
    const report = (value: unknown, path: Array<string | number>): void => {
      if (typeof value !== 'string' || value === 'kubernetes-wide' || knownSigs.has(value)) return
      const guess = didYouMean(value, known)
      diagnostics.push(
        diagnostic(doc.file, spanAt(metadata, path), 'sig-known', `${path[0]} ${JSON.stringify(value)} is not a SIG, working group or committee of sigs.yaml${guess ? `; did you mean "${guess}"?` : ''}`, {
          expected: guess ? [guess] : undefined
        })
      )
    }
    report(fields['owning-sig'], ['owning-sig'])
    const participating = fields['participating-sigs']
    if (Array.isArray(participating)) participating.forEach((sig, index) => report(sig, ['participating-sigs', index]))
    return diagnostics
  }
}
