import { fieldsOf } from '../../../core/document.js'
import { spanAt } from '../../../parse/metadata.js'
import { isGraveReadProblem } from '../../../parse/readProblems.js'
import { kepRule } from '../../../rules/rule.js'

/** teps.py's REQUIRED_FIELDS, with an example of each for the message. */
const REQUIRED: ReadonlyArray<[field: string, example: string]> = [
  ['title', 'title: My Enhancement'],
  ['authors', 'authors: ["@handle"]'],
  ['creation-date', 'creation-date: 2024-01-15'],
  ['status', 'status: proposed']
]

export const tepRequiredFields = kepRule(
  {
    id: 'tep-required-fields',
    description: 'The front matter has title, authors, creation-date and status, none of them empty (null), as teps.py validate requires.',
    examples: {
      ok: { kep: 'status: proposed' },
      notOk: { kep: 'status:' }
    }
  },
  doc => {
    const fields = fieldsOf(doc)
    // Metadata that did not read cleanly has its own error, as teps.py reports only its YAML error then.
    if (!doc.metadata || !fields || doc.readProblems.some(p => isGraveReadProblem(p.rule))) return []
    const reports = []
    for (const [field, example] of REQUIRED) {
      // teps.py: tep.get(field) is None — absent, or YAML's null (an empty value).
      if (fields[field] !== undefined && fields[field] !== null) continue
      const absent = !Object.hasOwn(fields, field)
      reports.push({
        span: absent ? doc.metadata.block : spanAt(doc.metadata, [field], 'key'),
        message: `${absent ? `the front matter has no "${field}"` : `"${field}" is empty`}, which teps.py validate requires (title, authors, creation-date and status); ${absent ? 'add it' : 'give it a value'}, for example "${example}"`
      })
    }
    return reports
  }
)
