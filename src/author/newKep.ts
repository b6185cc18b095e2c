import { join } from 'node:path'
import type { Settings } from '../config/settings.js'
import { AuthorError } from '../core/authorError.js'
import type { MetadataEditor } from '../edit/metadataEditor.js'
import { isKepPath } from '../read/findKepFiles.js'
import { slugOf } from '../rules/kep/file-name.js'
import { FileSystemTree } from '../tree/fileSystemTree.js'
import { Files } from '../files/files.js'
import { readRepository } from '../validate/readRepository.js'
import { setIfPresent, type CreatedKep, type KepShape, type NewKepRequest, type ProposalContext } from '../presets/proposal.js'
import { editedBytes, editorOf, readKepText } from './kepText.js'
import { updateIndex } from './updateIndex.js'

const SIG = /^(sig|wg|committee)-[a-z0-9]+(-[a-z0-9]+)*$/
export const MILESTONE = /^v\d+\.\d+$/

/**
 * The template's files by name: the repository's own, else the built-in one. Its files are
 * copied into a KEP that will be committed: each must be a regular file of the repository (a
 * link could copy a secret from outside it), and anything else in the folder is refused, never
 * skipped.
 */
function readTemplate(shape: KepShape, files: Files): { source: string; files: Map<string, Buffer> } {
  if ('file' in shape.template) {
    const file = shape.template.file
    if (files.exists(file)) return { source: file, files: new Map([[file, files.read(file)]]) }
  } else if (files.exists(`${shape.template.folder}/${shape.metadataFile}`)) {
    const folder = shape.template.folder
    const entries = files.list(folder)
    const other = entries.find(entry => entry.kind !== 'file')
    if (other !== undefined) {
      const what = { folder: 'a folder', symlink: 'a symbolic link', other: 'not a regular file', file: '' }[other.kind]
      throw new AuthorError(`the template ${folder}/ holds ${other.name}, which is ${what}: a template's files are copied into the new KEP, and only regular files are; nothing was created`)
    }
    return { source: `${folder}/`, files: new Map(entries.map(({ name }) => [name, files.read(`${folder}/${name}`)])) }
  }
  return { source: 'built-in', files: new Map(Object.entries(shape.builtIn).map(([name, text]) => [name, Buffer.from(text)])) }
}

/**
 * Creates a KEP from the repository's template, as KEP-1 and kubernetes/enhancements lay
 * them out: the number the lifecycle prescribes (draft-YYYYMMDD until the state that numbers
 * KEPs; the next free number where the first state is numbered), today's creation-date, the
 * authors, the SIG's folder; then updates the index.
 */
export async function createKep(settings: Settings, request: NewKepRequest, shape: KepShape): Promise<CreatedKep> {
  const { lifecycle } = settings
  const sig = request.sig ?? ''
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
  const { file, claims, folder } = shape.place(sig, number, slug)
  if (!isKepPath(settings.layout)(file)) throw new AuthorError(`${file} would not be found by this repository's layout (include/exclude): nothing was created`)
  const files = new Files(settings.root, 'the KEP root')
  if (files.exists(claims)) throw new AuthorError(`${claims} already exists`)

  const template = readTemplate(shape, files)
  const metadataName = shape.metadataFile ?? [...template.files.keys()][0]
  const kep = await readKepText(template.source === 'built-in' ? metadataName : join(template.source, metadataName), template.files.get(metadataName)!, settings.format)
  const fields = kep.document.metadata!.data as Record<string, unknown>
  const editor = editorOf(kep)
  editor.set(['kep-number'], number)
  editor.set(['title'], title)
  editor.set(['authors'], shape.authors(request.authors))
  editor.set(['owning-sig'], sig)
  editor.set(['status'], status)
  editor.set(['creation-date'], request.today, { after: ['owning-sig'] })
  setIfPresent(editor, fields, 'last-updated', request.today)
  shape.fill?.(editor, fields)
  if (stages.length > 0) {
    editor.set(['stage'], stage, { after: ['status'] })
    editor.set(['latest-milestone'], request.milestone!, { after: ['stage'], quote: 'double' })
    editor.set(['milestone'], { [stage]: request.milestone! }, { after: ['latest-milestone'], quote: 'double' })
  }
  const metadata = await editedBytes(kep, editor)
  const written = shape.files({ file, folder, title, number, metadata, metadataEndLine: kep.document.metadata!.block.endLine, template: template.files })
  // The folders are made before any file is written: a SIG folder that is a link stops the command with nothing written.
  for (const path of written.keys()) files.makeFolders(path.slice(0, path.lastIndexOf('/')))
  for (const [path, bytes] of written) files.write(path, bytes, { create: true })
  return { file, files: [...written.keys()], number, status, template: template.source, index: await updateIndex(settings) }
}

/** What a preset's `new` is given (its ProposalContext): the settings' part it writes by, and the steps above it. */
export function proposalContext(settings: Settings): ProposalContext {
  return {
    lifecycle: settings.lifecycle,
    layout: settings.layout,
    format: settings.format,
    knownSigs: settings.knownSigs,
    files: new Files(settings.root, 'the KEP root'),
    readRepository: () => readRepository(settings, new FileSystemTree(settings.root)),
    async editMetadata(file: string, bytes: Buffer, edit: (editor: MetadataEditor, fields: Record<string, unknown>) => void): Promise<Buffer> {
      const kep = await readKepText(file, bytes, settings.format)
      const editor = editorOf(kep)
      edit(editor, kep.document.metadata!.data as Record<string, unknown>)
      return editedBytes(kep, editor)
    },
    createKep: (request, shape) => createKep(settings, request, shape),
    updateIndex: () => updateIndex(settings)
  }
}
