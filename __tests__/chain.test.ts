import { describe, expect, it } from '@jest/globals'
import type { Diagnostic } from '../src/core/diagnostic.js'
import { applyBaseline } from '../src/validate/baseline.js'
import { OverlayTree } from '../src/tree/overlayTree.js'
import { TouchedLines } from '../src/validate/touchedLines.js'

const error = (file: string, line: number): Diagnostic => ({ file, line, column: 1, endLine: line, endColumn: 5, severity: 'error', rule: 'schema', message: 'bad' })

describe('the chain of validate(): each step takes diagnostics and returns them', () => {
  it('the baseline step marks copies and leaves its input as it was', () => {
    const input = [error('a.md', 1), error('a.md', 2), error('b.md', 1)]
    const before = JSON.stringify(input)
    const { diagnostics, fixed } = applyBaseline(input, { 'a.md': { schema: { count: 2 } }, 'b.md': { schema: { count: 2 } } }, () => true)
    expect(JSON.stringify(input)).toBe(before)
    expect(diagnostics.map(d => d.preexisting)).toEqual(['baseline', 'baseline', 'baseline'])
    expect(diagnostics[0]).not.toBe(input[0])
    expect(fixed).toEqual([{ file: 'b.md', rule: 'schema', recorded: 2, now: 1 }])
  })

  it('the diff fallback: the lines a change wrote, by the diff of the two texts', () => {
    const tree = (text: string) => new OverlayTree('t', new Map([['k.yaml', Buffer.from(text, 'utf8')]]))
    const touched = TouchedLines.between(tree('a: 1\nb: 2\nc: 3\n'), 'k.yaml', tree('# new\na: 1\nb: 20\nc: 3\n'), 'k.yaml')!
    expect([1, 2, 3, 4].map(line => touched.touches({ line, column: 1, endLine: line, endColumn: 2 }))).toEqual([true, false, true, false])
    // A span over several lines is touched when any of them is; one ending at a line's start ends before it.
    expect(touched.touches({ line: 2, column: 1, endLine: 3, endColumn: 3 })).toBe(true)
    expect(touched.touches({ line: 2, column: 1, endLine: 3, endColumn: 1 })).toBe(false)
    expect(TouchedLines.between(tree(''), 'missing.yaml', tree(''), 'k.yaml')).toBeUndefined()
  })
})
