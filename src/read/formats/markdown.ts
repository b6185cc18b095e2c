import { readMarkdownMetadata } from '../../parse/readMarkdownMetadata.js'
import { decode, editMetadata, type MetadataFormat } from '../metadataFormat.js'

/** Metadata is a few dozen lines: decoding the first KB of a head usually settles it. */
const FIRST_DECODE_BYTES = 4 * 1024

/** KEP-1's markdown: the metadata in a fenced YAML block or front matter at the top of each proposal's file. */
export const MARKDOWN: MetadataFormat = {
  name: 'markdown',
  markdown: true,
  read: (file, text, options) => readMarkdownMetadata(file, text, options)!,
  readHead(file, head, complete, options) {
    // Decoding all of a head for every KEP was a tenth of a whole-repository run (and its garbage).
    // A block only remark can read, before remark is loaded, is left to the whole-file read.
    if (head.length > FIRST_DECODE_BYTES) {
      const fromStart = readMarkdownMetadata(file, decode(head.subarray(0, FIRST_DECODE_BYTES)), { partial: true, withoutRemark: true, ...options })
      if (fromStart) return fromStart
    }
    return readMarkdownMetadata(file, decode(head), { partial: !complete, withoutRemark: true, ...options })
  },
  textFile: file => file,
  edit: editMetadata
}
