import type { KepDocument } from '../../../core/document.js'
import type { RepositoryIndex } from '../../../core/repositoryIndex.js'
import { kepRule } from '../../../rules/rule.js'
import { fileNumberOf, nextTepNumber, tepLabel } from '../number.js'
import { TEP_43 } from '../examples.js'

/** The TEPs of a repository by file number, worked out once per repository. */
const byNumberOf = new WeakMap<RepositoryIndex, Map<number, KepDocument[]>>()

function byNumber(repository: RepositoryIndex): Map<number, KepDocument[]> {
  let map = byNumberOf.get(repository)
  if (!map) {
    map = new Map()
    for (const doc of repository.documents) {
      const number = fileNumberOf(doc.file)
      if (number !== undefined) map.set(number, [...(map.get(number) ?? []), doc])
    }
    byNumberOf.set(repository, map)
  }
  return map
}

/**
 * teps.py validate means to reject a number used twice, but its check never fires (the set it
 * looks numbers up in is never filled): two TEPs numbered alike are an error here.
 */
export const tepNumberUnique = kepRule(
  {
    id: 'tep-number-unique',
    description: 'No two TEPs share a number (teps.py validate means to check it, but its check never fires).',
    examples: {
      ok: { kep: 'title: Pod Overhead', others: { 'teps/0043-pod-priority.md': TEP_43 } },
      notOk: { kep: 'title: Pod Overhead', others: { 'teps/0042-pod-priority.md': TEP_43.replace('TEP-0043', 'TEP-0042') } }
    }
  },
  (doc, { repository }) => {
    const number = fileNumberOf(doc.file)
    if (number === undefined) return []
    const others = (byNumber(repository).get(number) ?? []).filter(other => other !== doc)
    if (others.length === 0) return []
    const next = tepLabel(nextTepNumber(repository.documents))
    return [
      {
        span: { line: 1, column: 1, endLine: 1, endColumn: 1 },
        message: `${tepLabel(number)} is also the number of ${others.map(other => other.file).join(', ')}; every TEP needs its own number — renumber the newer one (teps.py renumber), to ${next}, the next free one`,
        expected: [next]
      }
    ]
  }
)
