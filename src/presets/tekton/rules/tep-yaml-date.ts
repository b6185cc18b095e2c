import type { Span } from '../../../core/diagnostic.js'
import type { MetadataBlock } from '../../../parse/metadata.js'
import { kepRule } from '../../../rules/rule.js'

/**
 * ruamel.yaml's implicit timestamp (its resolver's regular expression, YAML 1.2 and 1.1 alike):
 * teps.py reads the front matter with it, and a value it matches becomes a Python date — or,
 * when the date is impossible, an exception that stops teps.py validate (and table) for every TEP.
 */
const TIMESTAMP = /^(?:([0-9]{4})-([0-9]{2})-([0-9]{2})|([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:[Tt]|[ \t]+)([0-9]{1,2}):([0-9]{2}):([0-9]{2})(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)$/

/** Whether ruamel.yaml reads a plain scalar as a date (or date and time), real or not. */
export function isYamlTimestamp(text: string): boolean {
  return TIMESTAMP.test(text)
}

/** Why Python's date or datetime refuses the value, or undefined when it is a real one. */
export function impossibleTimestamp(text: string): string | undefined {
  const match = TIMESTAMP.exec(text)
  if (!match) return undefined
  const [year, month, day, hour = 0, minute = 0, second = 0] = (match[1] !== undefined ? match.slice(1, 4) : match.slice(4, 10)).map(Number)
  if (year < 1) return 'year 0 does not exist'
  if (month < 1 || month > 12) return `month ${month} is not 1-12`
  const days = new Date(Date.UTC(2000, month, 0)).getUTCDate() - (month === 2 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 1 : 0)
  if (day < 1 || day > days) return `day ${day} is not 1-${days} in month ${month}${month === 2 ? ` of ${year}` : ''}`
  if (hour > 23) return `hour ${hour} is not 0-23`
  if (minute > 59) return `minute ${minute} is not 0-59`
  if (second > 59) return `second ${second} is not 0-59`
  return undefined
}

/** Every plain (unquoted) scalar of the metadata, keys too, with its text and span. */
function* plainScalars(metadata: MetadataBlock): Generator<{ text: string; span: Span }> {
  for (const position of metadata.positions.values()) {
    const ranges = [position.key, position.scalar ? position.value : undefined]
    for (const range of ranges) {
      if (!range) continue
      const text = metadata.source.slice(range[0], range[1])
      // Quoted and block scalars are strings to every YAML reader; a tag says what it is.
      if (/^['"|>!&*]/.test(text)) continue
      yield { text, span: metadata.spanOf(range[0], range[1]) }
    }
  }
}

export const tepYamlDate = kepRule(
  {
    id: 'tep-yaml-date',
    description: 'An unquoted date in the front matter is a real one: teps.py reads such values as dates, and an impossible date (2023-14-05) stops teps.py validate with an exception.',
    examples: {
      ok: { kep: 'creation-date: 2024-02-29' },
      notOk: { kep: 'creation-date: 2023-02-29' }
    }
  },
  doc => {
    if (!doc.metadata) return []
    const reports = []
    for (const { text, span } of plainScalars(doc.metadata)) {
      const why = impossibleTimestamp(text)
      if (why === undefined) continue
      reports.push({
        span,
        message: `${text} is not a real date (${why}); teps.py's YAML reader (ruamel.yaml) reads an unquoted yyyy-mm-dd as a date and fails on this one, which stops teps.py validate and teps.py table — write the real date`
      })
    }
    return reports
  }
)
