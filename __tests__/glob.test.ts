import { describe, expect, it } from '@jest/globals'
import picomatch from 'picomatch'
import { globToRegExp, matcher } from '../src/core/glob.js'

const OPTIONS = { dot: true, posix: true, nonegate: true, windows: false }

// The globs of the configuration file (include, exclude) and of severity overrides ("schema/*"),
// as picomatch reads them with the options the configuration has always had.
describe('globs', () => {
  it.each([
    ['schema/*', 'schema/status', true],
    ['schema/*', 'schema/a/b', false],
    ['schema/*', 'index-stale', false],
    ['**/*.md', 'README.md', true],
    ['**/*.md', 'sig-node/x/0001-a.md', true],
    ['sig-*/*.md', 'sig-node/.hidden.md', true],
    ['keps/**/kep.yaml', 'keps/sig-node/1539-hugepages/kep.yaml', true],
    ['{sig,wg}-*/*.md', 'wg-batch/0001-a.md', true],
    ['{sig,wg}-*/*.md', 'committee-x/0001-a.md', false],
    ['[!N]*/*.md', 'sig-node/0001-a.md', true],
    ['[!N]*/*.md', 'NNNN-template/README.md', false],
    ['?ig-node/*.md', 'sig-node/a.md', true],
    ['!x.md', '!x.md', true],
    ['!x.md', 'y.md', false],
    ['a.b', 'axb', false]
  ])('%s matches %s: %s', (glob, path, matches) => {
    expect(globToRegExp(glob).test(path)).toBe(matches)
    expect(matcher([glob])(path)).toBe(matches)
  })

  // The matcher is picomatch's decision without its matcher function: the same answer for every glob and path here.
  it("answers as picomatch's own matcher does", () => {
    const globs = ['{sig-*,wg-*,unsorted-to-be-used-by-newcomers-only}/**/*.md', '**/index.md', '**/README.md', 'keps/**/kep.yaml', '[!N]*/*.md', '!x.md', 'a/[b]/c', '*', '.hidden/**', 'sig-*']
    const paths = [
      'sig-node/0001-a.md',
      'sig-node/x/index.md',
      'README.md',
      'keps/sig-a/1-b/kep.yaml',
      'NNNN/README.md',
      '!x.md',
      'a/[b]/c',
      'a/b/c',
      '.x',
      '.hidden/a/b',
      'sig-*',
      'sig-node',
      '',
      'unsorted-to-be-used-by-newcomers-only/a.md',
      'wg-x/.a.md'
    ]
    for (const glob of globs) for (const path of paths) expect([glob, path, matcher([glob])(path)]).toEqual([glob, path, picomatch(glob, OPTIONS)(path)])
    expect(matcher(['a/[b]/c'])('a/[b]/c')).toBe(true)
  })

  it('matches nothing with no globs, and a path matched by any of several', () => {
    expect(matcher([])('a.md')).toBe(false)
    expect(matcher(['*.yaml', '*.md'])('a.md')).toBe(true)
  })
})
