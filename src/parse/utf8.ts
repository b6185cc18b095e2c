import { isUtf8 } from 'node:buffer'

/**
 * Where bytes stop being UTF-8: the offset of the first byte of the first invalid sequence,
 * or undefined when they are valid. When the bytes are the head of a longer file, a
 * sequence cut by the end of the head is not invalid.
 */
export function firstInvalidUtf8(bytes: Uint8Array, cut = false): number | undefined {
  if (isUtf8(bytes)) return undefined
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0
    if (length === 0) return i
    if (i + length > bytes.length) return cut && continuesToEnd(bytes, i) ? undefined : i
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k]
      // The second byte's range rules out overlong forms, surrogates and code points past U+10FFFF.
      const low = k > 1 ? 0x80 : b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80
      const high = k > 1 ? 0xbf : b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf
      if (c < low || c > high) return i
    }
    i += length
  }
  return undefined
}

function continuesToEnd(bytes: Uint8Array, start: number): boolean {
  for (let i = start + 1; i < bytes.length; i++) if (bytes[i] < 0x80 || bytes[i] > 0xbf) return false
  return true
}

/** The 1-based line and column (in characters) of a byte offset. */
export function positionOfByte(bytes: Buffer, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = bytes.indexOf(0x0a); i !== -1 && i < offset; i = bytes.indexOf(0x0a, i + 1)) {
    line++
    lineStart = i + 1
  }
  return { line, column: bytes.subarray(lineStart, offset).toString('utf8').length + 1 }
}
