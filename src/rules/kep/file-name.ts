import { FILE_START } from '../../core/diagnostic.js'
import { assignedNumber, draftNumber, stringField } from '../../core/document.js'
import { kepRule } from '../rule.js'

export function slugOf(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

export const fileName = kepRule(
  {
    id: 'file-name',
    description: 'The file name is the kep-number (4 digits or more) or the draft number, then the slug of the title: 0042-my-title.md.',
    severity: 'warning',
    examples: {
      ok: { file: 'sig-node/0042-pod-overhead.md', kep: 'kep-number: 42\ntitle: Pod Overhead' },
      notOk: { file: 'sig-node/pod-overhead.md', kep: 'kep-number: 42\ntitle: Pod Overhead' }
    }
  },
  doc => {
    const title = stringField(doc, 'title')
    const number = assignedNumber(doc)
    const draft = draftNumber(doc)
    if (!doc.metadata || title === undefined || (number === undefined && draft === undefined)) return []
    const prefix = number !== undefined ? String(number).padStart(4, '0') : draft!
    const name = doc.file.split('/').at(-1)!
    const slug = slugOf(title)
    // A title with no latin letter or digit (日本語) makes no slug: only the number is checked, the name the author chose is kept.
    const expected = slug !== '' ? `${prefix}-${slug}.md` : `${prefix}${/^(?:\d+|draft-\d{8})((?:-.+)?\.md)$/.exec(name)?.[1] ?? '.md'}`
    if (name === expected) return []
    return [{ span: FILE_START, message: `the file is named ${name}, but its number and title make it ${expected}; rename it (git mv) so links and listings agree`, expected: [expected] }]
  }
)
