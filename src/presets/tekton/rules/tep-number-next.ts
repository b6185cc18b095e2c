import { FILE_START } from '../../../core/diagnostic.js'
import { changeRule } from '../../../rules/rule.js'
import { claimedNumberOf, fileNumberOf, nextTepNumber, tepLabel } from '../number.js'
import { TEP_43 } from '../examples.js'

/**
 * teps.py new numbers a TEP one past the highest number in use: the TEPs' files and the open
 * pull requests titled "TEP-NNNN". A pull request that adds a TEP (or renumbers one) is told
 * when its number is not that one; in the action the open pull requests count too.
 */
export const tepNumberNext = changeRule(
  {
    id: 'tep-number-next',
    description: 'A TEP a change adds or renumbers takes the next number: one past the highest of the TEPs and, in the action, of the open pull requests titled "TEP-NNNN" (as teps.py new numbers).',
    severity: 'warning',
    examples: {
      ok: { file: 'teps/0044-pod-overhead.md', after: '---\n…\n---\n\n# TEP-0044: Pod Overhead\n', others: { 'teps/0043-pod-priority.md': TEP_43 } },
      notOk: { file: 'teps/0045-pod-overhead.md', after: '---\n…\n---\n\n# TEP-0045: Pod Overhead\n', others: { 'teps/0043-pod-priority.md': TEP_43 } }
    }
  },
  ({ change, after }, { repository, openPullRequests = [] }) => {
    if (!after || (change.kind !== 'added' && change.kind !== 'renamed' && change.kind !== 'copied')) return []
    const number = fileNumberOf(after.file)
    if (number === undefined) return []
    if (change.previousPath !== undefined && fileNumberOf(change.previousPath) === number) return []
    const claims = openPullRequests.flatMap(pull => {
      const claimed = claimedNumberOf(pull.title)
      return claimed === undefined ? [] : [{ ...pull, claimed }]
    })
    const next = nextTepNumber(
      repository.documents.filter(doc => doc !== after && doc.file !== after.file),
      claims.map(claim => claim.claimed)
    )
    const rival = claims.find(claim => claim.claimed === number)
    if (rival) {
      return [
        {
          span: FILE_START,
          message: `${tepLabel(number)} is claimed by open pull request #${rival.number} ("${rival.title.slice(0, 80)}"); teps.py new numbers after the open pull requests titled "TEP-NNNN" — take ${tepLabel(next)}, the next free number (teps.py renumber)`,
          expected: [tepLabel(next)]
        }
      ]
    }
    if (number === next) return []
    return [
      {
        span: FILE_START,
        message: `${tepLabel(number)} is not the next TEP number, ${tepLabel(next)}${claims.length > 0 ? ' (after the TEPs and the open pull requests titled "TEP-NNNN")' : ' (after the TEPs of this repository)'}; teps.py new numbers one past the highest in use — rename the file and its heading to ${tepLabel(next)} (teps.py renumber)`,
        expected: [tepLabel(next)]
      }
    ]
  }
)
