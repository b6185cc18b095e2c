import { beforeAll, describe, expect, it } from '@jest/globals'
import { LazyLines } from '../src/parse/lazyLines.js'
import { locateMetadata } from '../src/parse/locateMetadata.js'
import { loadMarkdownParser } from '../src/parse/markdownParser.js'
import { frontMatterByRemark } from '../src/parse/readMarkdownMetadata.js'
import { random } from './helpers/random.js'

beforeAll(loadMarkdownParser)

/** What the line scan reads as front matter. */
function byScan(text: string): string | undefined {
  const lines = new LazyLines(text)
  const location = locateMetadata(lines)
  // Front matter below blank lines is read on purpose (frontmatter-not-first), where remark reads none.
  return location.kind === 'frontmatter' && location.startLine === 1 ? lines.join(1, location.endLine - 1) : undefined
}

/** A seeded generator: the same cases every run. */
const PIECES = ['---', '--- ', '---\t', ' ---', '----', '...', 'a: 1', 'b: [x, y]', '', '# Title', '```', 'text ---', '- item', '  ---', 'key: ---']

describe('front matter: the line scan agrees with remark-frontmatter', () => {
  it.each([
    ['---\na: 1\n---\nbody'],
    ['---\n---\n'],
    ['---\na: 1\n---'],
    ['--- \na: 1\n---\t\n'],
    ['---\r\na: 1\r\n---\r\nbody'],
    [' ---\na: 1\n---\n'],
    ['----\na: 1\n----\n'],
    ['---\na: 1\n'],
    ['# T\n---\na: 1\n---\n'],
    ['---\na: |\n  ---x\n---\n']
  ])('on %j', text => {
    expect(byScan(text)).toEqual(frontMatterByRemark(text)?.replace(/\r/g, ''))
  })

  it('on 2000 generated documents', () => {
    const next = random(42)
    for (let n = 0; n < 2000; n++) {
      const count = 1 + Math.floor(next() * 8)
      const lines = Array.from({ length: count }, () => PIECES[Math.floor(next() * PIECES.length)])
      if (next() < 0.7) lines.unshift('---')
      const text = lines.join(next() < 0.2 ? '\r\n' : '\n')
      const remark = frontMatterByRemark(text)
      expect([text, byScan(text)]).toEqual([text, remark === undefined ? undefined : remark.replace(/\r/g, '')])
    }
  })
})
