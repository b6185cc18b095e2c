import type { Problem, Span } from '../../core/diagnostic.js'
import type { KepDocument, OutlineLine } from '../../core/document.js'
import type { MetadataBlock, MetadataForm, Placement } from '../../parse/metadata.js'
import { NO_ERROR_LINES, YamlMetadata } from '../../parse/yamlMetadata.js'

/** Metadata read on a worker thread, as it crosses to the main thread: plain data that structured clone copies. */
interface MetadataTransfer {
  form: MetadataForm
  data: unknown
  block: Span
  source: string
  placement: Placement
  errorLines: number[]
}

/** A KEP read on a worker thread, as plain data for postMessage. */
export interface DocumentTransfer {
  file: string
  metadata?: MetadataTransfer
  readProblems: Problem[]
  body?: KepDocument['body']
  outline?: readonly OutlineLine[]
}

function metadataToTransfer(metadata: MetadataBlock): MetadataTransfer {
  if (!(metadata instanceof YamlMetadata)) throw new Error('internal error: only metadata read from YAML crosses threads')
  const { form, data, block, source, placement } = metadata
  return { form, data, block, source, placement, errorLines: [...metadata.errorLines] }
}

function metadataFromTransfer(transfer: MetadataTransfer): MetadataBlock {
  const errorLines = transfer.errorLines.length > 0 ? new Set(transfer.errorLines) : NO_ERROR_LINES
  return new YamlMetadata(transfer.form, transfer.data, transfer.block, transfer.source, transfer.placement, errorLines)
}

export function documentToTransfer(doc: KepDocument): DocumentTransfer {
  const transfer: DocumentTransfer = { file: doc.file, metadata: doc.metadata && metadataToTransfer(doc.metadata), readProblems: doc.readProblems }
  if (doc.body) transfer.body = doc.body
  if (doc.outline) transfer.outline = doc.outline
  return transfer
}

export function documentFromTransfer(transfer: DocumentTransfer): KepDocument {
  const doc: KepDocument = { file: transfer.file, metadata: transfer.metadata && metadataFromTransfer(transfer.metadata), readProblems: transfer.readProblems }
  if (transfer.body) doc.body = transfer.body
  if (transfer.outline) doc.outline = transfer.outline
  return doc
}

/** What the read worker is given. */
export interface ReadJob {
  root: string
  /** The metadata format's name (a worker is given data, not functions). */
  format: string
  files: string[]
  /** Read each file's outline too. */
  outline?: boolean
}

/** What it answers: every file it was given, read. */
export interface ReadAnswer {
  documents: DocumentTransfer[]
}
