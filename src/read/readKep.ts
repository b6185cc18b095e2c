import { FILE_START, problem, type Problem } from '../core/diagnostic.js'
import { firstInvalidUtf8, positionOfByte } from '../parse/utf8.js'
import type { KepDocument } from '../core/document.js'
import type { FileHead } from '../tree/tree.js'
import type { KeepOptions } from '../parse/readYaml.js'
import { needsMarkdownParser } from '../parse/readMarkdownMetadata.js'
import { loadMarkdownParser, markdownParserLoaded } from '../parse/markdownParser.js'
import { outlineOf } from '../parse/outline.js'
import { decode, type MetadataFormat } from './metadataFormat.js'
import { MARKDOWN } from './formats/markdown.js'

/** What a read keeps besides the metadata. */
export interface ReadOptions extends KeepOptions {
  /** The file's outline (its lines that start with "#"), for presets whose rules check the body: the whole file is read. */
  outline?: boolean
}

/** Binary files are told apart as git does: a NUL byte in the first 8000 bytes. */
const BINARY_PROBE = 8000
/** Metadata sits at the top: most KEPs are read from their first bytes only. */
const HEAD_BYTES = 16 * 1024
const startsWithBom = (bytes: Buffer): boolean => bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf

/** Bytes that are not UTF-8 are read as U+FFFD: a warning says where, once per file. */
function encodingProblems(file: string, bytes: Buffer, cut: boolean): Problem[] {
  const offset = firstInvalidUtf8(bytes, cut)
  if (offset === undefined) return []
  const { line, column } = positionOfByte(bytes, offset)
  const shown = [...bytes.subarray(offset, offset + 4)].map(b => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`).join(' ')
  return [problem(file, { line, column, endLine: line, endColumn: column + 1 }, 'file-encoding', `line ${line} has bytes that are not UTF-8 (${shown}… at column ${column}); they are read as U+FFFD (\uFFFD) — save the file as UTF-8`)]
}

function withProblems(doc: KepDocument, problems: Problem[]): KepDocument {
  return problems.length === 0 ? doc : { ...doc, readProblems: [...doc.readProblems, ...problems] }
}

function readKepText(file: string, bytes: Buffer, format: MetadataFormat, options: KeepOptions, text = decode(bytes)): KepDocument {
  const { metadata, problems, body } = format.read(file, text, options, startsWithBom(bytes))
  return body === undefined ? { file, metadata, readProblems: problems } : { file, metadata, readProblems: problems, body }
}

/**
 * A KEP from the bytes a tree gave, or the error it gave: a failure to read is reported,
 * never skipped. The one way to read a whole KEP: remark is loaded here when the file's
 * metadata needs it (a fenced block the line scan cannot settle), and only then.
 */
export async function readKep(file: string, content: Buffer | Error, format: MetadataFormat = MARKDOWN, options: ReadOptions = {}): Promise<KepDocument> {
  // Once remark is loaded, no file needs the scan that decides whether to load it.
  if (format.markdown && Buffer.isBuffer(content) && !markdownParserLoaded() && needsMarkdownParser(content)) await loadMarkdownParser()
  return guarded(file, () => readKepUnguarded(file, content, format, options))
}

/**
 * Whatever a file holds, reading it ends in a document: an exception the parsers did not
 * foresee is a failed check for that file, with the reason, never a crash or a pass.
 */
function guarded(file: string, read: () => KepDocument): KepDocument {
  try {
    return read()
  } catch (error) {
    return failedRead(file, error)
  }
}

function failedRead(file: string, error: unknown): KepDocument {
  return {
    file,
    readProblems: [problem(file, FILE_START, 'file-unreadable', `kep-validator could not read this file (${(error as Error).message}); please report it`)]
  }
}

function readKepUnguarded(file: string, content: Buffer | Error, format: MetadataFormat, options: ReadOptions): KepDocument {
  if (!Buffer.isBuffer(content)) {
    return { file, readProblems: [problem(file, FILE_START, 'file-unreadable', `cannot read this file: ${content.message}`)] }
  }
  if (content.subarray(0, BINARY_PROBE).includes(0)) {
    return { file, readProblems: [problem(file, FILE_START, 'file-unreadable', 'this file holds binary data (a NUL byte), not markdown; a KEP must be a UTF-8 text file')] }
  }
  if (content.length > HEAD_BYTES && !options.outline) {
    const fromHead = readKepHead(file, { head: content.subarray(0, HEAD_BYTES), complete: false }, format, options)
    if (fromHead) return fromHead
  }
  // Decoded once: the metadata and, for presets whose rules check the body, the outline read the same text.
  const text = decode(content)
  const doc = withProblems(readKepText(file, content, format, options, text), encodingProblems(file, content, false))
  return options.outline ? { ...doc, outline: outlineOf(text) } : doc
}

/**
 * A KEP from the first bytes of its file, or undefined when the metadata does not close
 * within them or only remark can read it and remark is not loaded (the caller then loads
 * what the whole file needs and reads it). Binary files are found here too.
 */
export function readKepHead(file: string, content: FileHead, format: MetadataFormat = MARKDOWN, options: KeepOptions = {}): KepDocument | undefined {
  try {
    return readKepHeadUnguarded(file, content, format, options)
  } catch (error) {
    return failedRead(file, error)
  }
}

function readKepHeadUnguarded(file: string, { head, complete }: FileHead, format: MetadataFormat, options: KeepOptions): KepDocument | undefined {
  if (head.subarray(0, BINARY_PROBE).includes(0)) {
    return { file, readProblems: [problem(file, FILE_START, 'file-unreadable', 'this file holds binary data (a NUL byte), not markdown; a KEP must be a UTF-8 text file')] }
  }
  const doc = readKepHeadDecoded(file, { head, complete }, format, options)
  return doc && withProblems(doc, encodingProblems(file, head, !complete))
}

function readKepHeadDecoded(file: string, { head, complete }: FileHead, format: MetadataFormat, options: KeepOptions): KepDocument | undefined {
  if (format.readHead) {
    const fromHead = format.readHead(file, head, complete, options)
    return fromHead && { file, metadata: fromHead.metadata, readProblems: fromHead.problems }
  }
  // A format without a head read (a kep.yaml, a TEP whose number heading may be anywhere in its
  // body) is read whole; a markdown file whose metadata only remark can read waits for the
  // whole-file read, which loads it.
  if (!complete || (format.markdown && !markdownParserLoaded() && needsMarkdownParser(head))) return undefined
  return readKepText(file, head, format, options)
}

export const KEP_HEAD_BYTES = HEAD_BYTES
