import type { Diagnostic } from '../../core/diagnostic.js'
import type { KepDocument } from '../../core/document.js'
import type { MetadataFormat } from '../../config/presets.js'
import { metadataFromTransfer, metadataToTransfer, type MetadataTransfer } from '../../parse/yamlBlock.js'

/** A KEP read on a worker thread, as plain data for postMessage. */
export interface DocumentTransfer {
  file: string
  metadata?: MetadataTransfer
  readDiagnostics: Diagnostic[]
}

export function documentToTransfer(doc: KepDocument): DocumentTransfer {
  return { file: doc.file, metadata: doc.metadata && metadataToTransfer(doc.metadata), readDiagnostics: doc.readDiagnostics }
}

export function documentFromTransfer(transfer: DocumentTransfer): KepDocument {
  return { file: transfer.file, metadata: transfer.metadata && metadataFromTransfer(transfer.metadata), readDiagnostics: transfer.readDiagnostics }
}

/** What the read worker is given. */
export interface ReadJob {
  root: string
  format: MetadataFormat
  files: string[]
}

/** What it answers: every file it was given, read. */
export interface ReadAnswer {
  documents: DocumentTransfer[]
}
