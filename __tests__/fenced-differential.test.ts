import { beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { fencedBlockByScan } from '../src/parse/fencedBlock.js'
import { LazyLines } from '../src/parse/lazyLines.js'
import { locateMetadata } from '../src/parse/locateMetadata.js'
import { loadMarkdownParser } from '../src/parse/markdownParser.js'
import { fencedBlockByRemark, needsMarkdownParser } from '../src/parse/readMarkdownMetadata.js'
import { random } from './helpers/random.js'

beforeAll(loadMarkdownParser)

/** The scan's reading, remark's reading, or 'not fenced' when locateMetadata finds no fenced block. */
function readings(text: string) {
  const lines = new LazyLines(text)
  const location = locateMetadata(lines)
  if (location.kind !== 'fenced') return undefined
  return {
    scan: fencedBlockByScan(lines, location.headingLine, location.startLine, location.endLine),
    remark: fencedBlockByRemark(lines, location.headingLine, location.endLine)
  }
}

const BETWEEN = ['', '', '   ', '\t', 'Some text.', '<!-- a comment', '<div>', '- item', '> quote', '    indented', '1. first', '***']
const CONTENT = ['---', 'title: A', '  owning-sig: sig-x', '    deep: 1', '\tkey: tab', ' \tmixed', '  \t', '', '```', '~~~~', '    ```', 'a: `x`', '...']
const FENCES = ['```', '```yaml', '~~~', '````', '~~~ yaml', '``` yaml ```']

describe('the Metadata block: the line scan agrees with remark wherever it decides', () => {
  // Each case with what both must read: the opening fence's line, its indent, and the content
  // (up to the fence's indent stripped from each line, line endings made LF).
  it.each([
    ['# KEP\n\n## Metadata\n\n```yaml\n---\ntitle: A\n```\n', { fenceLine: 5, indent: 0, value: '---\ntitle: A' }],
    ['## Metadata\n```\n---\na: 1\n```', { fenceLine: 2, indent: 0, value: '---\na: 1' }],
    ['## Metadata\n\n   ```\n   ---\n a: 1\n     b: 2\n   ```\n', { fenceLine: 3, indent: 3, value: '---\na: 1\n  b: 2' }],
    ['## Metadata\n\n~~~~\n---\n```\n~~~~\n', { fenceLine: 3, indent: 0, value: '---\n```' }],
    ['## Metadata\r\n\r\n```\r\n---\r\na: 1\r\n```\r\n', { fenceLine: 3, indent: 0, value: '---\na: 1' }],
    ['## Metadata\n\n```\n```\n', { fenceLine: 3, indent: 0, value: '' }]
  ])('decides %j as remark does', (text, expected) => {
    const { scan, remark } = readings(text)!
    expect(scan).toEqual(expected)
    expect(remark).toEqual(expected)
    expect(scan).toEqual(remark)
  })

  it.each([
    ['a paragraph before the fence', '## Metadata\nSome text.\n```\n---\n```\n'],
    ['an HTML block that swallows the fence', '## Metadata\n<!-- note\n```\n---\n```\n-->\n'],
    ['a list the fence may belong to', '## Metadata\n- item\n  ```\n  ---\n  ```\n'],
    ['tabs inside the indent that CommonMark strips', '## Metadata\n  ```\n\t---\n  ```\n']
  ])('leaves %s to remark', (_, text) => {
    expect(readings(text)!.scan).toBeUndefined()
    expect(needsMarkdownParser(text)).toBe(true)
  })

  it("settles KEP-1's own document, so checking it never needs remark", () => {
    const text = readFileSync(new URL('./fixtures/kep-1/sig-architecture/0001-kubernetes-enhancement-proposal-process.md', import.meta.url), 'utf8')
    const { scan, remark } = readings(text)!
    expect(scan).toEqual(remark)
    const lines = text.split('\n')
    const fenceLine = lines.findIndex((line, i) => i > lines.indexOf('## Metadata') && line.startsWith('```')) + 1
    expect(scan).toMatchObject({ fenceLine, indent: 0 })
    expect(scan!.value).toMatch(/^---\nkep-number: 1\ntitle: Kubernetes Enhancement Proposal Process\n/)
    expect(needsMarkdownParser(text)).toBe(false)
  })

  it('on 3000 generated documents', () => {
    const next = random(7)
    const pick = <T>(list: T[]): T => list[Math.floor(next() * list.length)]
    let decided = 0
    let deferred = 0
    for (let n = 0; n < 3000; n++) {
      const lines = ['# KEP', '', pick(['## Metadata', '### metadata ##', '## Metadata'])]
      for (let i = Math.floor(next() * 3); i > 0; i--) lines.push(next() < 0.6 ? '' : pick(BETWEEN))
      const indent = ' '.repeat(next() < 0.6 ? 0 : Math.floor(next() * 4))
      const fence = pick(FENCES)
      lines.push(indent + fence)
      for (let i = Math.floor(next() * 6); i > 0; i--) lines.push((next() < 0.3 ? indent : '') + pick(CONTENT))
      lines.push(indent + fence.replace(/[^`~].*$/, '').replace(/ .*/, ''))
      lines.push('', '## Next')
      const text = lines.join(next() < 0.2 ? '\r\n' : '\n')
      const read = readings(text)
      if (!read) continue
      if (read.scan === undefined) {
        deferred++
        continue
      }
      decided++
      expect([text, read.scan]).toEqual([text, read.remark])
    }
    // The comparison must have happened often, and the hard cases must have reached remark.
    expect(decided).toBeGreaterThan(1500)
    expect(deferred).toBeGreaterThan(100)
  })
})
