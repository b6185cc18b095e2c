import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { diagnostic, FILE_START } from './diagnostic.js'
import type { KepDocument } from './document.js'
import { readMarkdownMetadata } from './parse/readMarkdownMetadata.js'

/** Decodes a KEP file; binary content is reported, never parsed. */
export function decodeKep(file: string, bytes: Buffer): { text?: string; problem?: KepDocument } {
  if (bytes.includes(0)) {
    return {
      problem: {
        file,
        readDiagnostics: [diagnostic(file, FILE_START, 'file-unreadable', 'this file holds binary data (a NUL byte), not markdown; a KEP must be a UTF-8 text file')]
      }
    }
  }
  let text = bytes.toString('utf8')
  // A byte order mark is invisible in editors, which count columns without it.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  return { text }
}

export function readKepText(file: string, text: string): KepDocument {
  const { metadata, diagnostics } = readMarkdownMetadata(file, text)
  return { file, metadata, readDiagnostics: diagnostics }
}

/** Reads one KEP from the file system; a failure to read is a diagnostic, never a skip. */
export function readKepFile(root: string, file: string): KepDocument {
  let bytes: Buffer
  try {
    bytes = readFileSync(join(root, file))
  } catch (error) {
    return {
      file,
      readDiagnostics: [diagnostic(file, FILE_START, 'file-unreadable', `cannot read this file: ${(error as Error).message}`)]
    }
  }
  const decoded = decodeKep(file, bytes)
  return decoded.problem ?? readKepText(file, decoded.text!)
}
