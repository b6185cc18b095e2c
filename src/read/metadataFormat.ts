import type { BodyScan, KepDocument } from '../core/document.js'
import type { Problem } from '../core/diagnostic.js'
import type { MetadataBlock } from '../parse/metadata.js'
import type { KeepOptions } from '../parse/readYaml.js'
import { MetadataEditor } from '../edit/metadataEditor.js'

/** What reading a file's text finds: its metadata, the problems, and what the format reads of the body. */
export interface FormatRead {
  metadata?: MetadataBlock
  problems: Problem[]
  body?: BodyScan
}

/**
 * Where and how a process keeps a proposal's metadata: KEP-1's markdown (a fenced block or
 * front matter), kubernetes/enhancements' kep.yaml beside a README, Tekton's front matter with
 * a "# TEP-NNNN: Title" heading. One implementation per format; a preset names its own.
 */
export interface MetadataFormat {
  /** The name a worker thread is told (the format is found again by it there). */
  readonly name: string
  /** The file is markdown: remark may be needed to read its metadata (a fenced block the line scan cannot settle). */
  readonly markdown: boolean
  /** Reads the file's text. `bom`: the file started with a byte order mark (stripped from `text`). */
  read(file: string, text: string, options: KeepOptions, bom: boolean): FormatRead
  /**
   * Reads the metadata from the first bytes of a file (it sits at the top), or undefined when
   * they do not settle it. Without it, a file is read whole.
   */
  readHead?(file: string, head: Buffer, complete: boolean, options: KeepOptions): FormatRead | undefined
  /** Where the proposal's prose is: the metadata file itself, or a README beside it. */
  textFile(metadataFile: string): string
  /** The metadata file of a proposal whose prose is in `textFile`, for a format that keeps them apart; undefined otherwise. */
  metadataFileOf?(textFile: string): string | undefined
  /** The one builder of edits of the metadata read (new, promote and the rules' fixes), from the reader's positions. */
  edit(document: KepDocument): MetadataEditor
}

/** The editor every format shares: edits located by the reader's positions, never the YAML written out again. */
export function editMetadata(document: KepDocument): MetadataEditor {
  return new MetadataEditor(document.metadata!)
}

/** A byte order mark is invisible in editors, which count columns without it. */
export function decode(bytes: Buffer): string {
  const text = bytes.toString('utf8')
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}
