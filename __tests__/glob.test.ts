import { describe, expect, it } from '@jest/globals'
import { globToRegExp, matcher } from '../src/core/glob.js'

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

  it('matches nothing with no globs, and a path matched by any of several', () => {
    expect(matcher([])('a.md')).toBe(false)
    expect(matcher(['*.yaml', '*.md'])('a.md')).toBe(true)
  })
})
