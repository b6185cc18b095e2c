import { fieldsOf } from '../../../core/document.js'
import { spanAt } from '../../../parse/metadata.js'
import { fieldsValid } from '../../../rules/invalidFields.js'
import { kepRule } from '../../../rules/rule.js'
import { goString, METADATA_LINT, notNew } from './upstream.js'

/** A name that can be a file's: what the title could be renamed to. */
const FILE_BASE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/

/**
 * tools/cmd/metadataLint.go: "Doc title needs to match filename, minus the ".md" extension" —
 * `fileBase[0 : len(fileBase)-3] != metadata.Title`.
 */
export const titleMatchesFile = kepRule(
  {
    id: 'title-matches-file',
    description: "title is the file's name without .md (OpenShift's metadata-lint; an error on an enhancement a change adds, a warning on any other).",
    examples: {
      ok: { kep: 'title: neat-enhancement-idea' },
      notOk: { kep: 'title: Neat Enhancement Idea' }
    }
  },
  (doc, context) => {
    const metadata = doc.metadata
    const fields = fieldsOf(doc)
    // A title that is a list or a mapping is the schema's error: OpenShift's reader fails on it.
    if (!metadata || !fields || !fieldsValid(doc, context, 'title')) return []
    const name = doc.file.split('/').at(-1)!
    const base = name.replace(/\.md$/, '')
    const title = goString(metadata, ['title'], fields.title)
    if (title === base) return []
    const relaxed = notNew(doc, context)
    if (title === '') {
      const span = fields.title === undefined ? metadata.block : spanAt(metadata, ['title'], 'key')
      return [{ span, message: `the metadata has no title; ${METADATA_LINT} requires it to be the file's name without .md — write title: ${base}`, expected: [base], relaxed }]
    }
    const rename = FILE_BASE.test(title) ? ` (or rename the file to ${title}.md)` : ''
    return [
      {
        span: spanAt(metadata, ['title']),
        message: `title is "${title}" but the file is ${name}; ${METADATA_LINT} requires the title to be the file's name without .md — write title: ${base}${rename}`,
        expected: [base],
        relaxed
      }
    ]
  }
)
