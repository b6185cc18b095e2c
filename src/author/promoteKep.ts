import type { Settings } from '../config/settings.js'
import { draftNumber, fieldsOf, type KepDocument } from '../core/document.js'
import { allowedNext, statusFolderOf, type Lifecycle } from '../core/lifecycle.js'
import { didYouMean } from '../core/suggest.js'
import { git, GitError } from '../git/git.js'
import { FileSystemTree } from '../tree/fileSystemTree.js'
import { Files } from '../files/files.js'
import { readRepository } from '../validate/readRepository.js'
import { editedBytes, editorOf, readKepText } from './kepText.js'
import { MILESTONE } from './newKep.js'
import { updateIndex } from './updateIndex.js'
import { AuthorError } from '../core/authorError.js'
import type { IndexUpdate } from '../presets/proposal.js'

export interface PromoteRequest {
  /** The KEP: its file, or (kubernetes) its folder, relative to the root. */
  target: string
  status?: string
  stage?: string
  /** kubernetes: the release of the change (latest-milestone and milestone.<stage>). */
  milestone?: string
  /** yyyy-mm-dd: last-updated. */
  today: string
}

export interface FieldChange {
  field: string
  from?: unknown
  to: unknown
}

export interface Promotion {
  /** The KEP's file after the move, relative to the root. */
  file: string
  /** Its file before, when the move renamed it (a number in its name, a status folder). */
  previousFile?: string
  /** Whether git was told of the rename (git mv), so that a pull request shows a rename. */
  gitMoved: boolean
  changes: FieldChange[]
  index: IndexUpdate
}

function findKep(documents: readonly KepDocument[], target: string): KepDocument {
  const path = target.replace(/\/+$/, '')
  const doc = documents.find(d => d.file === path) ?? documents.find(d => d.file === `${path}/kep.yaml`)
  if (!doc) throw new AuthorError(`${target} is not a KEP of this repository (as its layout finds them)`)
  return doc
}

/** Checks a move along one of the lifecycle's graphs, refusing with the reason the transition rules give. */
function checkMove(field: 'status' | 'stage', from: unknown, to: string, graph: Record<string, string[]>, lifecycle: Lifecycle): void {
  const known = field === 'status' ? lifecycle.states : Object.keys(graph)
  if (!known.includes(to)) {
    const guess = didYouMean(to, known)
    throw new AuthorError(`${field} "${to}" is not one of ${known.join(', ')}${guess ? `; did you mean "${guess}"?` : ''}`)
  }
  // A KEP without a stage yet may take any: stage-transition checks changes, not the first.
  if (from === undefined && field === 'stage') return
  if (typeof from !== 'string' || !known.includes(from)) throw new AuthorError(`its ${field} ${JSON.stringify(from)} is not one of the ${lifecycle.name} lifecycle's; fix it first`)
  if (from === to) throw new AuthorError(`its ${field} is already ${to}`)
  if (!(graph[from] ?? []).includes(to)) throw new AuthorError(`${field} cannot change from ${from} to ${to}, which the ${lifecycle.name} lifecycle does not allow: ${allowedNext(from, graph[from] ?? [])}`)
}

/** Where the file goes: named by its number once it has one, and in the folder of its status (KEP-1's deferred/, orphaned/, retired/). */
function destination(file: string, lifecycle: Lifecycle, status: string, draft: string | undefined, number: number | undefined): string {
  const parts = file.split('/')
  let name = parts.pop()!
  if (draft !== undefined && number !== undefined && name.startsWith(`${draft}-`)) name = `${String(number).padStart(4, '0')}${name.slice(draft.length)}`
  const current = statusFolderOf(file, lifecycle)
  const homes = Object.keys(lifecycle.folders).filter(folder => lifecycle.folders[folder].includes(status))
  if (current === undefined ? homes.length > 0 : !homes.includes(current)) {
    if (current !== undefined) parts.splice(parts.lastIndexOf(current), 1)
    if (homes.length > 0) parts.push(homes[0])
  }
  return [...parts, name].join('/')
}

function isTracked(root: string, file: string): boolean {
  try {
    git(root, ['ls-files', '--error-unmatch', '--', file])
    return true
  } catch (error) {
    if (error instanceof GitError) return false
    throw error
  }
}

/**
 * Moves a KEP along its lifecycle: a status, or (kubernetes) a stage, only along the lifecycle's
 * edges. It sets last-updated, the milestones, the number on the change that assigns one
 * (renaming a file named by its draft number), moves the file into its status folder, and updates
 * the index. Only the changed values are rewritten.
 */
export async function promoteKep(settings: Settings, request: PromoteRequest): Promise<Promotion> {
  const { lifecycle } = settings
  const stages = lifecycle.stageTransitions
  if (request.status === undefined && request.stage === undefined) throw new AuthorError('say where to: --status STATE or --stage STAGE')
  if (Object.keys(stages).length === 0 && (request.stage !== undefined || request.milestone !== undefined)) throw new AuthorError(`the ${lifecycle.name} lifecycle has no stages or milestones`)
  if (request.milestone !== undefined && !MILESTONE.test(request.milestone)) throw new AuthorError(`--milestone ${request.milestone} is not a release such as v1.32`)

  const repository = await readRepository(settings, new FileSystemTree(settings.root))
  const doc = findKep(repository.documents, request.target)
  const files = new Files(settings.root, 'the KEP root')
  const kep = await readKepText(doc.file, files.read(doc.file), settings.format)
  const fields = fieldsOf(kep.document) ?? {}
  if (request.status !== undefined) checkMove('status', fields.status, request.status, lifecycle.transitions, lifecycle)
  if (request.stage !== undefined) checkMove('stage', fields.stage, request.stage, stages, lifecycle)

  const editor = editorOf(kep)
  const changes: FieldChange[] = []
  const set = (path: string[], to: string | number, options?: Parameters<typeof editor.set>[2]): void => {
    const from = path.reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], fields)
    if (from === to) return
    editor.set(path, to, options)
    changes.push({ field: path.join('.'), from, to })
  }
  const status = request.status ?? String(fields.status)
  if (request.status !== undefined) set(['status'], request.status)
  if (request.stage !== undefined) set(['stage'], request.stage, { after: ['status'] })
  const draft = draftNumber(kep.document)
  const number = request.status !== undefined && request.status === lifecycle.numberAssignedOn && draft !== undefined ? repository.index.nextFree(doc) : undefined
  if (number !== undefined) set(['kep-number'], number)
  if (request.milestone !== undefined) {
    const stage = request.stage ?? fields.stage
    if (typeof stage !== 'string' || !Object.hasOwn(stages, stage)) throw new AuthorError("--milestone sets the milestone of a stage: give --stage, or set the KEP's stage first")
    set(['latest-milestone'], request.milestone, { after: ['stage', 'status'], quote: 'double' })
    // Within milestone: after the stages before this one; at the top: after latest-milestone.
    const earlier = Object.keys(stages).slice(0, Object.keys(stages).indexOf(stage)).reverse()
    set(['milestone', stage], request.milestone, { after: [...earlier, 'latest-milestone', 'stage'], quote: 'double' })
  }
  set(['last-updated'], request.today, { after: ['creation-date'] })
  const bytes = await editedBytes(kep, editor)

  const target = destination(doc.file, lifecycle, status, draft, number)
  if (target !== doc.file) {
    if (files.exists(target)) throw new AuthorError(`cannot move ${doc.file} to ${target}: it exists`)
    // Before anything is written: a status folder that is a link (deferred/ → elsewhere) stops the move.
    if (target.includes('/')) files.makeFolders(target.slice(0, target.lastIndexOf('/')))
  }
  files.write(doc.file, bytes)
  let gitMoved = false
  if (target !== doc.file) {
    gitMoved = isTracked(settings.root, doc.file)
    // git mv keeps the KEP one file through the move: a pull request shows a rename, not a deletion.
    if (gitMoved) git(settings.root, ['mv', '--', doc.file, target])
    else files.move(doc.file, target)
  }
  return { file: target, previousFile: target === doc.file ? undefined : doc.file, gitMoved, changes, index: await updateIndex(settings) }
}
