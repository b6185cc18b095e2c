import { describe, expect, it } from '@jest/globals'
import type { FileEdit, Fix, Span } from '../src/core/diagnostic.js'
import { applyFixes, applyTextEdits, EditOverlapError } from '../src/edit/applyEdits.js'
import { FileText } from '../src/edit/fileText.js'

const at = (line: number, column: number, endLine = line, endColumn = column): Span => ({ line, column, endLine, endColumn })
const fix = (...edits: Array<[Span, string, string?]>): Fix<FileEdit> => ({ applicability: 'safe', edits: edits.map(([span, text, file]) => ({ span, text, file: file ?? 'a.md' })) })

describe('the one applier: which fixes go together, decided once', () => {
  const text = 'status: aproved\ncreation-date: 2024-1-5\n'
  const textOf = (file: string): string => (file === 'a.md' ? text : 'other\n')

  it('applies fixes that do not touch each other, in one pass', () => {
    const { texts, taken, waiting } = applyFixes([fix([at(1, 9, 1, 16), 'Approved']), fix([at(2, 16, 2, 24), '2024-01-05'])], textOf)
    expect(texts.get('a.md')).toBe('status: Approved\ncreation-date: 2024-01-05\n')
    expect([taken, waiting]).toEqual([[0, 1], []])
  })

  it('writes an edit two fixes share once, and takes both fixes', () => {
    const same = fix([at(1, 9, 1, 16), 'Approved'])
    const { texts, taken } = applyFixes([same, same], textOf)
    expect(texts.get('a.md')).toBe('status: Approved\ncreation-date: 2024-1-5\n')
    expect(taken).toEqual([0, 1])
  })

  it('lets a fix that overlaps one taken before wait, and an insertion where another starts too', () => {
    const { texts, taken, waiting } = applyFixes([fix([at(1, 9, 1, 16), 'Approved']), fix([at(1, 9, 1, 12), 'Rej']), fix([at(1, 9), 'x'])], textOf)
    expect(texts.get('a.md')).toBe('status: Approved\ncreation-date: 2024-1-5\n')
    expect([taken, waiting]).toEqual([[0], [1, 2]])
  })

  it('takes a fix whole or not at all: one of its edits blocked keeps its other file as it was', () => {
    const { texts, waiting } = applyFixes([fix([at(1, 9, 1, 16), 'Approved']), fix([at(1, 1), 'new\n', 'b.md'], [at(1, 10, 1, 12), 'pp'])], textOf)
    expect(texts.has('b.md')).toBe(false)
    expect(waiting).toEqual([1])
  })

  it("writes a fix's line breaks as the file's own", () => {
    const crlf = 'a: 1\r\nb: 2\r\n'
    const { texts } = applyFixes([fix([at(2, 1), 'c: 3\n'])], () => crlf)
    expect(texts.get('a.md')).toBe('a: 1\r\nc: 3\r\nb: 2\r\n')
  })

  it("applies one fix's insertions at one place in the order given, and refuses its edits that overlap", () => {
    expect(
      applyTextEdits('ab', [
        { start: 1, end: 1, text: 'x' },
        { start: 1, end: 1, text: 'y' },
        { start: 1, end: 2, text: 'B' }
      ])
    ).toBe('axyB')
    expect(() =>
      applyTextEdits('abc', [
        { start: 0, end: 2, text: 'x' },
        { start: 1, end: 3, text: 'y' }
      ])
    ).toThrow(EditOverlapError)
  })
})

describe('a file edited keeps every byte outside the edits', () => {
  const edit = (file: FileText, find: string, text: string) => {
    const start = file.text.indexOf(find)
    return file.withEdits([{ start, end: start + find.length, text }])
  }

  it('keeps bytes that are not UTF-8 (a Latin-1 é, a cut sequence, a lone continuation byte) and its byte order mark', () => {
    const bytes = Buffer.concat([Buffer.from('\uFEFFa: 1 # Jos'), Buffer.from([0xe9]), Buffer.from("'s\nb: x"), Buffer.from([0xe2, 0x82]), Buffer.from(' '), Buffer.from([0x80]), Buffer.from(' 😀 two\nc: old\n')])
    const file = FileText.of(bytes)
    expect(file.text.startsWith('a: 1')).toBe(true)
    expect(file.uneditable).toBeUndefined()
    const after = edit(file, 'old', 'new')!
    expect(after).toEqual(Buffer.concat([bytes.subarray(0, bytes.length - 'old\n'.length), Buffer.from('new\n')]))
  })

  it('writes valid UTF-8 as the text it is, a byte order mark kept', () => {
    const file = FileText.of(Buffer.from('\uFEFFtitle: Café\n'))
    expect(edit(file, 'Café', 'Crème')!.toString('utf8')).toBe('\uFEFFtitle: Crème\n')
  })
})
