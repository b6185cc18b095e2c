import { FILE_START, type Span } from '../../../core/diagnostic.js'
import type { KepDocument } from '../../../core/document.js'
import { kepRule } from '../../../rules/rule.js'
import { notNew, TEMPLATE_LINT } from './upstream.js'
import { BUILTIN_TEMPLATE } from '../template.js'

export interface TemplateSectionsOptions {
  /** The headings every enhancement has: the template's, as requiredSections reads them. */
  sections: readonly string[]
}

/**
 * A heading as grep reads it in `grep -q "^${header_line}" $file`: a basic regular expression
 * anchored at the start of a line. In the template's headings only `.` (any character), `*` (a
 * repeat) and `[…]` (a class) mean more than themselves; a backslash makes the next one literal.
 */
export function headingPattern(heading: string): RegExp {
  let source = '^'
  for (let i = 0; i < heading.length; i++) {
    const c = heading[i]
    const close = c === '[' ? heading.indexOf(']', i + 2) : -1
    if (c === '\\' && i + 1 < heading.length) source += heading[++i].replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
    else if (c === '.') source += '.'
    else if (c === '*' && i > 0) source += '*'
    else if (close !== -1) {
      source += heading.slice(i, close + 1).replace(/\\/g, '\\\\')
      i = close
    } else source += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
  }
  return new RegExp(source)
}

const patterns = new Map<string, RegExp>()

function patternOf(heading: string): RegExp {
  let pattern = patterns.get(heading)
  if (!pattern) patterns.set(heading, (pattern = headingPattern(heading)))
  return pattern
}

/** Where a finding about the whole body points: its title line, else the file's start. */
export function bodySpan(doc: KepDocument): Span {
  const title = doc.outline?.find(line => line.text.startsWith('# '))
  return title ? { line: title.line, column: 1, endLine: title.line, endColumn: title.text.length + 1 } : FILE_START
}

/** The template's body, for the examples: every section it requires. */
const BODY = BUILTIN_TEMPLATE.slice(BUILTIN_TEMPLATE.indexOf('\n---\n') + 5)

/**
 * hack/template-lint.sh: every heading of guidelines/enhancement_template.md that starts with
 * "##" and is not [optional] starts a line of the enhancement (grep matches any line: one in a
 * code block counts, as does a longer heading that starts with it).
 */
export const requiredSectionsRule = kepRule<TemplateSectionsOptions>(
  {
    id: 'required-sections',
    description:
      "The enhancement has every section heading of the template (the repository's guidelines/enhancement_template.md) that is not [optional] (OpenShift's template-lint; an error on an enhancement a change adds, a warning on any other).",
    examples: {
      ok: { kep: `---\n…\n---\n${BODY}`, shown: '---\n…\n---\n\n# Neat Enhancement Idea\n\n## Summary\n\n## Motivation\n\n### User Stories\n\n…   # every heading of the template that is not [optional]\n' },
      notOk: { kep: '---\n…\n---\n\n# Neat Enhancement Idea\n\n## Summary\n\nIt is neat.\n' }
    }
  },
  (doc, context) => {
    const outline = doc.outline
    if (!outline) return []
    const missing = context.options.sections.filter(section => !outline.some(line => patternOf(section).test(line.text)))
    if (missing.length === 0) return []
    const count = missing.length === 1 ? 'a section of the template is missing' : `${missing.length} sections of the template are missing`
    return [
      {
        span: bodySpan(doc),
        message: `${count}: ${missing.map(section => `"${section}"`).join(', ')}; ${TEMPLATE_LINT} requires every heading of guidelines/enhancement_template.md that is not [optional] — add them (a section that does not apply says why)`,
        expected: missing,
        relaxed: notNew(doc, context)
      }
    ]
  }
)
