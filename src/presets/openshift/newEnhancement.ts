import { AuthorError } from '../../core/authorError.js'
import { isKepPath } from '../../read/findKepFiles.js'
import { slugOf } from '../../rules/kep/file-name.js'
import type { CreatedKep, NewKepRequest, ProposalContext } from '../proposal.js'
import { BUILTIN_TEMPLATE, TEMPLATE_FILE } from './template.js'

/** A domain: a folder under enhancements/, perhaps nested (cloud-integration/aws). */
const DOMAIN = /^[a-z0-9]+(?:[-_.][a-z0-9]+)*(?:\/[a-z0-9]+(?:[-_.][a-z0-9]+)*)*$/

/** The first line "# …" after the front matter (which the edits may have made shorter), retitled: the template's "# Neat Enhancement Idea". */
function retitle(text: string, heading: string): string {
  const lines = text.split('\n')
  const close = lines.findIndex((line, i) => i > 0 && /^---[ \t]*\r?$/.test(line))
  const at = lines.findIndex((line, i) => i > close && /^# /.test(line))
  if (at === -1) return text
  lines[at] = `# ${heading}${lines[at].endsWith('\r') ? '\r' : ''}`
  return lines.join('\n')
}

/**
 * `new` for openshift/enhancements, as guidelines/enhancement_template.md says: "Make a copy of
 * this template into the directory for the domain", with no number — the file is named by the
 * title's slug, and the YAML title is that slug ("lowercased and spaces/punctuation replaced with
 * -"), which metadata-lint compares with the file's name. The metadata the author fills in
 * (reviewers, approvers, api-approvers, tracking-link) stays TBD, which metadata-lint rejects in
 * the pull request until it is filled in; the template's example references are emptied.
 */
export async function createEnhancement(context: ProposalContext, request: NewKepRequest): Promise<CreatedKep> {
  const { lifecycle, files } = context
  const domain = (request.sig ?? '').replace(/^enhancements\//, '').replace(/\/+$/, '')
  if (!DOMAIN.test(domain)) throw new AuthorError(`--sig ${request.sig} is not a domain: for openshift/enhancements, --sig names the folder under enhancements/, such as installer or cloud-integration/aws`)
  const title = request.title.trim()
  const slug = slugOf(title)
  if (slug === '' || /[\r\n]/.test(title)) throw new AuthorError('--title must be one line with letters or digits')
  const status = request.status ?? lifecycle.initial[0]
  if (!lifecycle.initial.includes(status)) throw new AuthorError(`a new enhancement starts as ${lifecycle.initial.join(' or ')} in the ${lifecycle.name} lifecycle, not ${status}`)
  if (request.stage !== undefined || request.milestone !== undefined) throw new AuthorError(`the ${lifecycle.name} lifecycle has no stages or milestones`)
  const file = `enhancements/${domain}/${slug}.md`
  if (!isKepPath(context.layout)(file)) throw new AuthorError(`${file} would not be found by this repository's layout (include/exclude): nothing was created`)
  // The template is read, and the enhancement written (its domain folder made), only as regular files of the repository, never through a link.
  if (files.exists(file)) throw new AuthorError(`${file} already exists`)

  const source = files.exists(TEMPLATE_FILE) ? TEMPLATE_FILE : 'built-in'
  const template = source === 'built-in' ? Buffer.from(BUILTIN_TEMPLATE) : files.read(TEMPLATE_FILE)
  const bytes = await context.editMetadata(source === 'built-in' ? 'enhancement_template.md' : TEMPLATE_FILE, template, (editor, fields) => {
    editor.set(['title'], slug)
    editor.set(
      ['authors'],
      request.authors.map(({ handle }) => `@${handle}`)
    )
    editor.set(['creation-date'], request.today, { after: ['api-approvers', 'approvers', 'authors'] })
    editor.set(['last-updated'], request.today, { after: ['creation-date'] })
    editor.set(['status'], status, { after: ['last-updated'] })
    // The template's examples name enhancements that are not this one's.
    for (const key of ['see-also', 'replaces', 'superseded-by']) if (Object.hasOwn(fields, key)) editor.set([key], null)
  })
  files.write(file, retitle(bytes.toString('utf8'), title), { create: true })
  return { file, files: [file], status, template: source, index: await context.updateIndex() }
}
