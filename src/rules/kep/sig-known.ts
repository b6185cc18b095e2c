import type { Finding } from '../../core/diagnostic.js'
import { fieldsOf } from '../../core/document.js'
import { didYouMean } from '../../core/suggest.js'
import { spanAt } from '../../parse/metadata.js'
import { kepRule } from '../rule.js'

export const sigKnown = kepRule(
  {
    id: 'sig-known',
    description: 'owning-sig and participating-sigs name SIGs, working groups or committees of the configured sigs.yaml.',
    examples: {
      ok: { kep: 'owning-sig: sig-node', sigs: 'sigs:\n  - dir: sig-node\n    name: Node\n' },
      notOk: { kep: 'owning-sig: sig-node\nparticipating-sigs:\n  - sig-nodes', sigs: 'sigs:\n  - dir: sig-node\n    name: Node\n' }
    }
  },
  (doc, { knownSigs }) => {
    const metadata = doc.metadata
    const fields = fieldsOf(doc)
    if (!metadata || !fields || !knownSigs) return []
    const known = [...knownSigs]
    const reports: Finding[] = []
    const report = (value: unknown, path: Array<string | number>): void => {
      if (typeof value !== 'string' || value === 'kubernetes-wide' || knownSigs.has(value)) return
      const guess = didYouMean(value, known)
      reports.push({
        span: spanAt(metadata, path),
        message: `${path[0]} ${JSON.stringify(value)} is not a SIG, working group or committee of sigs.yaml${guess ? `; did you mean "${guess}"?` : ''}`,
        expected: guess ? [guess] : undefined
      })
    }
    report(fields['owning-sig'], ['owning-sig'])
    const participating = fields['participating-sigs']
    if (Array.isArray(participating)) participating.forEach((sig, index) => report(sig, ['participating-sigs', index]))
    return reports
  }
)
