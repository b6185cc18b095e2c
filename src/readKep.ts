import { diagnostic, FILE_START } from './diagnostic.js'
import type { KepDocument } from './document.js'
import { readMarkdownMetadata } from './parse/readMarkdownMetadata.js'
import { loadMarkdownParser, mayNeedMarkdownParser } from './parse/markdownParser.js'

/** Decodes a KEP file; binary content is reported, never parsed. */
function decodeKep(bytes: Buffer): { text?: string; problem?: string } {
  if (bytes.includes(0)) return { problem: 'this file holds binary data (a NUL byte), not markdown; a KEP must be a UTF-8 text file' }
  let text = bytes.toString('utf8')
  // A byte order mark is invisible in editors, which count columns without it.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  return { text }
}

export function readKepText(file: string, text: string): KepDocument {
  const { metadata, diagnostics } = readMarkdownMetadata(file, text)
  return { file, metadata, readDiagnostics: diagnostics }
}

/** A KEP from the bytes a tree gave, or the error it gave: a failure to read is reported, never skipped. */
export function readKep(file: string, content: Buffer | Error): KepDocument {
  if (!Buffer.isBuffer(content)) {
    return { file, readDiagnostics: [diagnostic(file, FILE_START, 'file-unreadable', `cannot read this file: ${content.message}`)] }
  }
  const decoded = decodeKep(content)
  if (decoded.problem) return { file, readDiagnostics: [diagnostic(file, FILE_START, 'file-unreadable', decoded.problem)] }
  return readKepText(file, decoded.text!)
}

/** Loads what reading these files needs beyond the always-loaded YAML parser. */
export async function loadParsersFor(contents: Iterable<Buffer | Error>): Promise<void> {
  for (const content of contents) {
    if (Buffer.isBuffer(content) && mayNeedMarkdownParser(content)) {
      await loadMarkdownParser()
      return
    }
  }
}
