import { Document } from 'yaml'
import { AuthorError } from '../../core/authorError.js'
import { fieldsOf } from '../../core/document.js'
import { sameValue } from '../../core/values.js'
import { isKepPath } from '../../read/findKepFiles.js'
import { readKep } from '../../read/readKep.js'
import type { Author, IndexUpdate, ProposalContext } from '../proposal.js'
import { nextTepNumber, tepLabel } from './number.js'
import { isYamlTimestamp } from './rules/tep-yaml-date.js'
import { BUILTIN_TEP_TEMPLATE, TEMPLATE_PATH } from './template.js'

export interface NewTepRequest {
  title: string
  authors: readonly Author[]
  /** yyyy-mm-dd: creation-date and last-updated. */
  today: string
  /** One of the lifecycle's initial states; the first (proposed) by default. */
  status?: string
}

export interface CreatedTep {
  file: string
  number: number
  status: string
  /** The template's path relative to the root, or "built-in". */
  template: string
  index: IndexUpdate
}

/** teps.py new's slug: the title's letters, digits and spaces, spaces as hyphens, lower case. */
export function tepSlug(title: string): string {
  return [...title]
    .filter(char => char === ' ' || /[\p{L}\p{N}]/u.test(char))
    .join('')
    .replace(/ /g, '-')
    .toLowerCase()
}

/**
 * A YAML scalar as teps.py's writer (ruamel.yaml) writes it: plain when it can be, else in single
 * quotes — a text that ruamel would read as a date too (the yaml library's core schema has no dates).
 */
function scalar(value: string): string {
  if (isYamlTimestamp(value)) return `'${value}'`
  return new Document(value).toString({ singleQuote: true, lineWidth: 0 }).trimEnd()
}

/**
 * The front matter and heading teps.py new writes (write_tep_header): status, title, the dates
 * (quoted: they are strings to it), the authors and collaborators as @handles, then the heading.
 */
function header(number: number, title: string, status: string, today: string, authors: readonly Author[]): string {
  const list = (handles: readonly string[]): string => (handles.length === 0 ? ' []' : handles.map(handle => `\n- ${scalar(`@${handle}`)}`).join(''))
  return [
    '---',
    `status: ${scalar(status)}`,
    `title: ${scalar(title)}`,
    `creation-date: '${today}'`,
    `last-updated: '${today}'`,
    `authors:${list(authors.map(author => author.handle))}`,
    'collaborators: []',
    '---',
    '',
    `# ${tepLabel(number)}: ${title}`,
    ''
  ].join('\n')
}

/**
 * Creates a TEP as teps.py new does: the next number after the TEPs of the repository (teps.py
 * also counts the numbers open pull requests claim, which only the action knows: its check of
 * the pull request says when another one took the number), teps/NNNN-slug.md, the front
 * matter and heading, the repository's template, and the README table updated.
 */
export async function createTep(context: ProposalContext, request: NewTepRequest): Promise<CreatedTep> {
  const title = request.title.trim()
  const slug = tepSlug(title)
  if (slug.replace(/-/g, '') === '' || /[\r\n]/.test(title)) throw new AuthorError('--title must be one line with letters or digits')
  const { lifecycle, files } = context
  const status = request.status ?? lifecycle.initial[0]
  if (!lifecycle.initial.includes(status)) throw new AuthorError(`a new TEP starts as ${lifecycle.initial.join(' or ')} in the ${lifecycle.name} lifecycle, not ${status}`)
  const repository = await context.readRepository()
  const number = nextTepNumber(repository.documents)
  const file = `teps/${String(number).padStart(4, '0')}-${slug}.md`
  if (!isKepPath(context.layout)(file)) throw new AuthorError(`${file} would not be found by this repository's layout (include/exclude): nothing was created`)
  // The template is read, and the TEP written, only as regular files of the repository, never through a link.
  if (files.exists(file)) throw new AuthorError(`${file} already exists`)
  const template = files.exists(TEMPLATE_PATH) ? TEMPLATE_PATH : 'built-in'
  const body = template === 'built-in' ? BUILTIN_TEP_TEMPLATE : files.readText(TEMPLATE_PATH)
  const text = header(number, title, status, request.today, request.authors) + body
  // Read back: the file must say exactly what was meant, or nothing is written.
  const written = await readKep(file, Buffer.from(text, 'utf8'), context.format)
  const meant = { status, title, 'creation-date': request.today, 'last-updated': request.today, authors: request.authors.map(author => `@${author.handle}`), collaborators: [] }
  if (!sameValue(fieldsOf(written), meant) || written.body?.numberHeadings[0]?.label !== tepLabel(number)) {
    throw new AuthorError(`the TEP kep-validator wrote does not read back as meant (the title ${JSON.stringify(title)}?): nothing was created`)
  }
  files.write(file, text, { create: true })
  return { file, number, status, template, index: await context.updateIndex() }
}
