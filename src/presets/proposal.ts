import type { KepDocument } from '../core/document.js'
import type { Lifecycle } from '../core/lifecycle.js'
import type { RepositoryIndex } from '../core/repositoryIndex.js'
import type { MetadataEditor, MetadataValue } from '../edit/metadataEditor.js'
import type { Files } from '../files/files.js'
import type { Layout } from '../read/findKepFiles.js'
import type { MetadataFormat } from '../read/metadataFormat.js'

/**
 * What a preset says about writing a proposal (`new`): its template and naming, as data and
 * functions on text. The work that reads the repository, edits through the one editor and
 * updates the index is author/'s, which hands it to the preset as a ProposalContext: a preset
 * imports nothing from author/, config/ or validate/, which stand above it.
 */

/** A KEP author: a GitHub handle (without @) and a name. */
export interface Author {
  handle: string
  name: string
}

export interface NewKepRequest {
  /** The owning SIG: the folder the KEP goes in (a process without SIGs is given none). */
  sig?: string
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

/** What became of the index after a KEP was created or changed. */
export type IndexUpdate = { state: 'none' } | { state: 'fresh' | 'written'; file: string } | { state: 'broken'; file: string; message: string }

export interface CreatedKep {
  /** The metadata file, relative to the root. */
  file: string
  /** Every file written, relative to the root. */
  files: string[]
  /** Its kep-number; none where the process numbers nothing (openshift). */
  number?: number | string
  /** How the command says the number ("kep-number 42" by default, "TEP-0042"). */
  numberLabel?: string
  /** What else the command tells the author once the proposal is written. */
  notes?: string[]
  status: string
  /** Where the template came from: a path relative to the root, or "built-in". */
  template: string
  index: IndexUpdate
}

/**
 * What a KEP-1 process (KEP-1's markdown, kubernetes/enhancements' kep.yaml folders) writes for
 * `new`: where its template is, how a KEP is named and placed, and which files it writes.
 */
export interface KepShape {
  /** The repository's own template: one file, or a folder whose files are all copied. */
  template: { file: string } | { folder: string }
  /** The template used when the repository keeps none, its files by name. */
  builtIn: Readonly<Record<string, string>>
  /** The template's file that holds the metadata; by default its first. */
  metadataFile?: string
  /** Where the KEP goes: its metadata file, and the path that must not exist yet (the file, or its folder). */
  place(sig: string, number: number | string, slug: string): { file: string; claims: string; folder: string }
  /** The authors as the metadata lists them. */
  authors(authors: readonly Author[]): MetadataValue
  /** After the common fields: what else the template's metadata needs (its examples emptied). */
  fill?(editor: MetadataEditor, fields: Record<string, unknown>): void
  /** The files written, by path relative to the root. */
  files(made: { file: string; folder: string; title: string; number: number | string; metadata: Buffer; metadataEndLine: number; template: ReadonlyMap<string, Buffer> }): Map<string, Buffer>
}

/** What author/ gives a preset's `new`: the settings it writes by, and the steps every process shares. */
export interface ProposalContext {
  lifecycle: Lifecycle
  layout: Layout
  format: MetadataFormat
  /** The SIGs of the configured sigs.yaml, when there is one. */
  knownSigs?: ReadonlySet<string>
  /** The KEP root: the template read and the proposal written only as regular files inside it. */
  files: Files
  /** The repository's KEPs as they are now: the numbers taken. */
  readRepository(): Promise<{ documents: readonly KepDocument[]; index: RepositoryIndex }>
  /** A template's metadata edited through the one editor and read back (`file` names it in messages): the file's bytes. */
  editMetadata(file: string, bytes: Buffer, edit: (editor: MetadataEditor, fields: Record<string, unknown>) => void): Promise<Buffer>
  /** KEP-1's `new`, for a process that writes KEPs as KEP-1 does: the number, the SIG's folder, the template's fields. */
  createKep(request: NewKepRequest, shape: KepShape): Promise<CreatedKep>
  /** Regenerates the index, for a repository that keeps one, once the proposal is written. */
  updateIndex(): Promise<IndexUpdate>
}

/** How `new` writes a proposal of a process (a preset's `author`). */
export interface ProposalAuthor {
  /** What `new` is told where the proposal goes: a SIG's (or domain's) folder, or nothing (Tekton numbers TEPs in one folder). */
  takesSig: boolean
  /** Where it takes none: what `new` says to --sig, --stage or --milestone. */
  noSig?: string
  create(context: ProposalContext, request: NewKepRequest): Promise<CreatedKep>
}

/** The first level-1 heading after a line, retitled: the template's placeholder title. */
export function retitle(text: string, afterLine: number, heading: string): string {
  const lines = text.split('\n')
  const at = lines.findIndex((line, i) => i >= afterLine && /^# /.test(line))
  if (at === -1) return text
  lines[at] = `# ${heading}${lines[at].endsWith('\r') ? '\r' : ''}`
  return lines.join('\n')
}

export function setIfPresent(editor: MetadataEditor, fields: Record<string, unknown>, key: string, value: Parameters<MetadataEditor['set']>[1], options?: Parameters<MetadataEditor['set']>[2]): void {
  if (Object.hasOwn(fields, key)) editor.set([key], value, options)
}
