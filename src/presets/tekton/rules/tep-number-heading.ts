import { FILE_START, type Span } from '../../../core/diagnostic.js'
import type { NumberHeading } from '../../../core/document.js'
import { kepRule } from '../../../rules/rule.js'
import { spanAt } from '../../../parse/metadata.js'
import { fileNumberOf, numberAsRead, tepLabel } from '../number.js'

const headingSpan = (heading: NumberHeading): Span => ({ line: heading.line, column: 1, endLine: heading.line, endColumn: heading.length + 1 })

/**
 * teps.py read_tep's checks of the number, one report for each: the heading must be there
 * (after a front matter that a line exactly "---" closes), once, and say the file's number.
 */
export const tepNumberHeading = kepRule(
  {
    id: 'tep-number-heading',
    description: 'A TEP has one "# TEP-NNNN: Title" heading after its front matter, and its number is the file\'s, as teps.py validate requires.',
    examples: {
      ok: { kep: '---\n…\n---\n\n# TEP-0042: Pod Overhead\n' },
      notOk: { kep: '---\n…\n---\n\n# TEP-0041: Pod Overhead\n' }
    }
  },
  doc => {
    const body = doc.body
    if (!body) return []
    const fileNumber = fileNumberOf(doc.file)
    const wanted = fileNumber === undefined ? 'TEP-NNNN' : tepLabel(fileNumber)
    if (body.closingLine === undefined) {
      return [
        {
          span: doc.metadata?.block ?? FILE_START,
          message: `teps.py reads the "# ${wanted}: Title" heading only after the front matter, and no line that is exactly "---" (nothing after the dashes, with a line break) closes it; close the front matter with such a line, then write the heading`
        }
      ]
    }
    const [first, ...more] = body.numberHeadings
    const reports = []
    const fromFrontMatter = doc.metadata && numberAsRead(doc).from === 'front matter'
    if (!first && !fromFrontMatter) {
      reports.push({
        span: { line: body.closingLine, column: 1, endLine: body.closingLine, endColumn: 4 },
        message: `there is no "# ${wanted}: Title" heading after the front matter (closed on line ${body.closingLine}); teps.py validate reads the TEP's number from it: add the line "# ${wanted}: <the title>"`,
        expected: [`# ${wanted}: `]
      })
    }
    if (fromFrontMatter) {
      // teps.py reads the front matter into the dictionary the heading's number goes into.
      for (const heading of body.numberHeadings) {
        reports.push({
          span: headingSpan(heading),
          message: `the front matter has a "number" field, and teps.py validate reads the heading's ${heading.label} as a second number ("number" found more than once); remove the field — the heading carries the number`
        })
      }
    } else {
      for (const heading of more) {
        reports.push({
          span: headingSpan(heading),
          message: `a second "# TEP-NNNN:" heading (${heading.label}; the first is on line ${first.line}); teps.py validate rejects a TEP with two — make this one a heading of another level, or write it otherwise`
        })
      }
    }
    const { value, from } = numberAsRead(doc)
    if (fileNumber !== undefined && value !== wanted) {
      const span = from === 'heading' ? headingSpan(first) : from === 'front matter' && doc.metadata ? spanAt(doc.metadata, ['number']) : undefined
      if (span) {
        reports.push({
          span,
          message: `the ${from} says ${typeof value === 'string' ? value : JSON.stringify(value)}, but the file is numbered ${wanted}; teps.py validate requires them to agree — correct the ${from === 'heading' ? 'heading' : 'field'}, or rename the file`,
          expected: [wanted]
        })
      }
    }
    return reports
  }
)
