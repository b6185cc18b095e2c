import { isUtf8 } from 'node:buffer'
import { applyTextEdits, type TextEdit } from './applyEdits.js'

const BOM = '\uFEFF'
const REPLACEMENT = 0xfffd

/**
 * A file's text as edits see it — decoded as UTF-8, without its byte order mark, as the reader
 * reads it (spans count no BOM) — and the bytes it came from. Edited, every byte outside the
 * edits is kept as it was: the BOM, and bytes that are not UTF-8 (read as U+FFFD, which written
 * back would replace a Latin-1 "é" in a comment nobody touched).
 */
export class FileText {
  private constructor(
    /** What the spans point into. */
    readonly text: string,
    private readonly bytes: Buffer | undefined,
    private readonly bom: boolean,
    /** The byte offset of each offset of the decoded text (BOM included), when the bytes are not UTF-8. */
    private readonly byteAt: Uint32Array | undefined
  ) {}

  static of(bytes: Buffer): FileText {
    const decoded = bytes.toString('utf8')
    const bom = decoded.charCodeAt(0) === 0xfeff
    const byteAt = isUtf8(bytes) ? undefined : byteOffsets(bytes, decoded)
    return new FileText(bom ? decoded.slice(1) : decoded, bytes, bom, byteAt)
  }

  /** A file the edits create. */
  static created(): FileText {
    return new FileText('', undefined, false, undefined)
  }

  /** Why edits cannot be written back keeping every other byte; undefined when they can. */
  get uneditable(): string | undefined {
    if (!this.bytes || this.byteAt || isUtf8(this.bytes)) return undefined
    return 'it has bytes that are not UTF-8, which could not be kept exactly as they are; save it as UTF-8'
  }

  /** The bytes with the edits applied; every other byte as it was. Undefined when that cannot be promised. */
  withEdits(edits: readonly TextEdit[]): Buffer | undefined {
    if (this.uneditable) return undefined
    const text = applyTextEdits(this.text, edits)
    if (!this.byteAt || !this.bytes) return Buffer.from(this.bom ? BOM + text : text, 'utf8')
    // Offsets of the text without its BOM are one more in the decoded bytes.
    const shift = this.bom ? 1 : 0
    const parts: Buffer[] = []
    let at = 0
    for (const edit of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
      const start = this.byteAt[edit.start + shift]
      parts.push(this.bytes.subarray(at, start), Buffer.from(edit.text, 'utf8'))
      at = Math.max(at, this.byteAt[edit.end + shift])
    }
    parts.push(this.bytes.subarray(at))
    const result = Buffer.concat(parts)
    // The bytes must read as the edited text: if not, nothing is written.
    const decoded = result.toString('utf8')
    return (this.bom ? decoded.slice(1) : decoded) === text ? result : undefined
  }
}

/**
 * Where each UTF-16 offset of the decoded text starts in the bytes. Each invalid sequence is
 * one U+FFFD, as the decoder reads it (WHATWG's maximal subpart: a lead byte and the
 * continuation bytes that could still make a character). Undefined if the walk does not end
 * with both at their end: the bytes are then left alone.
 */
function byteOffsets(bytes: Buffer, decoded: string): Uint32Array | undefined {
  const at = new Uint32Array(decoded.length + 1)
  let i = 0
  let j = 0
  while (j < decoded.length) {
    if (i >= bytes.length) return undefined
    at[j] = i
    const code = decoded.codePointAt(j)!
    const encodedReplacement = bytes[i] === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd
    const length = code === REPLACEMENT && !encodedReplacement ? invalidLength(bytes, i) : code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4
    if (code > 0xffff) at[j + 1] = i
    i += length
    j += code > 0xffff ? 2 : 1
  }
  at[decoded.length] = i
  return i === bytes.length ? at : undefined
}

/** The bytes one U+FFFD stands for, at an invalid sequence. */
function invalidLength(bytes: Buffer, i: number): number {
  const lead = bytes[i]
  const needed = lead >= 0xc2 && lead <= 0xdf ? 1 : lead >= 0xe0 && lead <= 0xef ? 2 : lead >= 0xf0 && lead <= 0xf4 ? 3 : 0
  let k = 1
  for (; k <= needed && i + k < bytes.length; k++) {
    const c = bytes[i + k]
    // The second byte's range rules out overlong forms, surrogates and code points past U+10FFFF.
    const low = k > 1 ? 0x80 : lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80
    const high = k > 1 ? 0xbf : lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf
    if (c < low || c > high) break
  }
  return k
}
