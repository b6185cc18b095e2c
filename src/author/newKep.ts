import { join } from 'node:path'
import type { Settings } from '../config/settings.js'
import type { MetadataEditor } from '../edit/metadataEditor.js'
import { isKepPath } from '../read/findKepFiles.js'
import { slugOf } from '../rules/kep/file-name.js'
import { FileSystemTree } from '../tree/fileSystemTree.js'
import { Files } from '../files/files.js'
import { readRepository } from '../validate/readRepository.js'
import type { Author } from './authors.js'
import { AuthorError, editedBytes, editorOf, readKepText } from './kepText.js'
import { BUILTIN_TEMPLATES } from './templates.js'
import { updateIndex, type IndexUpdate } from './updateIndex.js'
import { createEnhancement } from '../presets/openshift/newEnhancement.js'

/** Presets whose processes write a new proposal their own way. */
const PRESET_AUTHORS: Readonly<Partial<Record<Settings['preset'], (settings: Settings, request: NewKepRequest) => Promise<CreatedKep>>>> = {
  openshift: createEnhancement
}

export interface NewKepRequest {
  /** The owning SIG: the folder the KEP goes in. */
  sig: string
  title: string
  authors: readonly Author[]
  /** yyyy-mm-dd: creation-date, and the date of a draft number. */
  today: string
  /** One of the lifecycle's initial states; the first by default. */
  status?: string
  /** kubernetes: the stage the KEP targets (alpha by default) and its release. */
  stage?: string
  milestone?: string
}

export interface CreatedKep {
  /** The metadata file, relative to the root. */
  file: string
  /** Every file written, relative to the root. */
  files: string[]
  /** Its kep-number; none where the process numbers nothing (openshift). */
  number?: number | string
  status: string
  /** Where the template came from: a path relative to the root, or "built-in". */
  template: string
  index: IndexUpdate
}

const SIG = /^(sig|wg|committee)-[a-z0-9]+(-[a-z0-9]+)*$/
export const MILESTONE = /^v\d+\.\d+$/

const TEMPLATE_FILE = '0000-kep-template.md'
const TEMPLATE_FOLDER = 'keps/NNNN-kep-template'

/**
 * The template's files by name: the repository's own (KEP-1's 0000-kep-template.md,
 * kubernetes' keps/NNNN-kep-template/), else the built-in one. Its files are copied into a
 * KEP that will be committed: each must be a regular file of the repository (a link could
 * copy a secret from outside it), and anything else in the folder is refused, never skipped.
 */
function readTemplate(settings: Settings, files: Files): { source: string; files: Map<string, Buffer> } {
  if (settings.format === 'markdown') {
    if (files.exists(TEMPLATE_FILE)) return { source: TEMPLATE_FILE, files: new Map([[TEMPLATE_FILE, files.read(TEMPLATE_FILE)]]) }
  } else if (files.exists(`${TEMPLATE_FOLDER}/kep.yaml`)) {
    const entries = files.list(TEMPLATE_FOLDER)
    const other = entries.find(entry => entry.kind !== 'file')
    if (other !== undefined) {
      const what = { folder: 'a folder', symlink: 'a symbolic link', other: 'not a regular file', file: '' }[other.kind]
      throw new AuthorError(`the template ${TEMPLATE_FOLDER}/ holds ${other.name}, which is ${what}: a template's files are copied into the new KEP, and only regular files are; nothing was created`)
    }
    return { source: `${TEMPLATE_FOLDER}/`, files: new Map(entries.map(({ name }) => [name, files.read(`${TEMPLATE_FOLDER}/${name}`)])) }
  }
  return { source: 'built-in', files: new Map(Object.entries(BUILTIN_TEMPLATES[settings.format === 'kep.yaml' ? 'kep.yaml' : 'markdown']).map(([name, text]) => [name, Buffer.from(text)])) }
}

/** The first level-1 heading after a line, retitled: the template's placeholder title. */
function retitle(text: string, afterLine: number, heading: string): string {
  const lines = text.split('\n')
  const at = lines.findIndex((line, i) => i >= afterLine && /^# /.test(line))
  if (at === -1) return text
  lines[at] = `# ${heading}${lines[at].endsWith('\r') ? '\r' : ''}`
  return lines.join('\n')
}

function setIfPresent(editor: MetadataEditor, fields: Record<string, unknown>, key: string, value: Parameters<MetadataEditor['set']>[1], options?: Parameters<MetadataEditor['set']>[2]): void {
  if (Object.hasOwn(fields, key)) editor.set([key], value, options)
}

/**
 * Creates a KEP from the repository's template, as KEP-1 and kubernetes/enhancements lay
 * them out: the number the lifecycle prescribes (draft-YYYYMMDD until the state that numbers
 * KEPs; the next free number where the first state is numbered), today's creation-date, the
 * authors, the SIG's folder; then updates the index.
 */
export async function createKep(settings: Settings, request: NewKepRequest): Promise<CreatedKep> {
  const own = PRESET_AUTHORS[settings.preset]
  if (own) return own(settings, request)
  const { lifecycle } = settings
  const sig = request.sig
  if (!SIG.test(sig)) throw new AuthorError(`--sig ${sig} is not a SIG's folder name: sig-…, wg-… or committee-…`)
  if (settings.knownSigs && !settings.knownSigs.has(sig)) throw new AuthorError(`--sig ${sig} is not in the SIG list (sigs.yaml)`)
  const title = request.title.trim()
  const slug = slugOf(title)
  if (slug === '' || /[\r\n]/.test(title)) throw new AuthorError('--title must be one line with letters or digits')
  const status = request.status ?? lifecycle.initial[0]
  if (!lifecycle.initial.includes(status)) throw new AuthorError(`a new KEP starts as ${lifecycle.initial.join(' or ')} in the ${lifecycle.name} lifecycle, not ${status}`)
  const stages = Object.keys(lifecycle.stageTransitions)
  if (stages.length === 0 && (request.stage !== undefined || request.milestone !== undefined)) throw new AuthorError(`the ${lifecycle.name} lifecycle has no stages or milestones`)
  const stage = request.stage ?? stages[0]
  if (stages.length > 0) {
    if (!stages.includes(stage)) throw new AuthorError(`--stage ${stage} is not one of ${stages.join(', ')}`)
    if (request.milestone === undefined) throw new AuthorError('pass --milestone vX.Y: the release this KEP targets (latest-milestone, and the milestone of its stage)')
    if (!MILESTONE.test(request.milestone)) throw new AuthorError(`--milestone ${request.milestone} is not a release such as v1.32`)
  }

  const repository = await readRepository(settings, new FileSystemTree(settings.root))
  const number: number | string = lifecycle.numbered.includes(status) ? repository.index.nextFree() : `draft-${request.today.replaceAll('-', '')}`
  const markdown = settings.format === 'markdown'
  const prefix = typeof number === 'number' && markdown ? String(number).padStart(4, '0') : String(number)
  const folder = markdown ? sig : `keps/${sig}/${prefix}-${slug}`
  const file = markdown ? `${folder}/${prefix}-${slug}.md` : `${folder}/kep.yaml`
  if (!isKepPath(settings.layout)(file)) throw new AuthorError(`${file} would not be found by this repository's layout (include/exclude): nothing was created`)
  const files = new Files(settings.root, 'the KEP root')
  if (files.exists(markdown ? file : folder)) throw new AuthorError(`${markdown ? file : folder} already exists`)

  const template = readTemplate(settings, files)
  const metadataName = markdown ? [...template.files.keys()][0] : 'kep.yaml'
  const kep = await readKepText(template.source === 'built-in' ? metadataName : join(template.source, metadataName), template.files.get(metadataName)!, settings.format)
  const fields = kep.document.metadata!.data as Record<string, unknown>
  const editor = editorOf(kep)
  editor.set(['kep-number'], number)
  editor.set(['title'], title)
  editor.set(['authors'], markdown ? request.authors.map(({ name, handle }) => ({ name, github: handle })) : request.authors.map(({ handle }) => `@${handle}`))
  editor.set(['owning-sig'], sig)
  editor.set(['status'], status)
  editor.set(['creation-date'], request.today, { after: ['owning-sig'] })
  setIfPresent(editor, fields, 'last-updated', request.today)
  if (!markdown) {
    // The template's examples name SIGs, KEPs and people that are not this KEP's.
    for (const key of ['participating-sigs', 'see-also', 'replaces']) setIfPresent(editor, fields, key, null)
    for (const key of ['reviewers', 'approvers']) setIfPresent(editor, fields, key, ['TBD'])
  }
  if (stages.length > 0) {
    editor.set(['stage'], stage, { after: ['status'] })
    editor.set(['latest-milestone'], request.milestone!, { after: ['stage'], quote: 'double' })
    editor.set(['milestone'], { [stage]: request.milestone! }, { after: ['latest-milestone'], quote: 'double' })
  }
  const metadataBytes = await editedBytes(kep, editor)

  const written = new Map<string, Buffer>()
  if (markdown) {
    written.set(file, Buffer.from(retitle(metadataBytes.toString('utf8'), kep.document.metadata!.block.endLine, title)))
  } else {
    for (const [name, bytes] of template.files) {
      written.set(`${folder}/${name}`, name === 'kep.yaml' ? metadataBytes : name === 'README.md' ? Buffer.from(retitle(bytes.toString('utf8'), 0, `KEP-${number}: ${title}`)) : bytes)
    }
  }
  // The folders are made before any file is written: a SIG folder that is a link stops the command with nothing written.
  for (const path of written.keys()) files.makeFolders(path.slice(0, path.lastIndexOf('/')))
  for (const [path, bytes] of written) files.write(path, bytes, { create: true })
  return { file, files: [...written.keys()], number, status, template: template.source, index: await updateIndex(settings) }
}
