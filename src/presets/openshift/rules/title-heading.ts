import { FILE_START } from '../../../core/diagnostic.js'
import { kepRule } from '../../../rules/rule.js'
import { notNew, TEMPLATE_LINT } from './upstream.js'

/** hack/template-lint.sh: "Now look for a title, one # followed by a space to start a line" — `grep -q '^# '`. */
export const titleHeading = kepRule(
  {
    id: 'title-heading',
    description: 'The enhancement has a title: a line that starts with "# " (OpenShift\'s template-lint; an error on an enhancement a change adds, a warning on any other).',
    examples: {
      ok: { kep: '---\n…\n---\n\n# Neat Enhancement Idea\n\n## Summary\n' },
      notOk: { kep: '---\n…\n---\n\n## Summary\n\nIt is neat.\n' }
    }
  },
  (doc, context) => {
    const outline = doc.outline
    if (!outline || outline.some(line => line.text.startsWith('# '))) return []
    const span = doc.metadata ? { line: doc.metadata.block.endLine, column: 1, endLine: doc.metadata.block.endLine, endColumn: 4 } : FILE_START
    return [{ span, message: `the enhancement has no title: no line starts with "# "; ${TEMPLATE_LINT} requires one — add a heading such as "# Neat Enhancement Idea" below the front matter`, relaxed: notNew(doc, context) }]
  }
)
