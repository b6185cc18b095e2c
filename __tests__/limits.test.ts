import { describe, expect, it } from '@jest/globals'
import { MAX_NESTING, nestingDepth, nestsTooDeeply } from '../src/parse/limits.js'

/*
 * nestsTooDeeply settles ordinary metadata with two regular expression scans and counts by
 * character only otherwise (docs/performance.md): it must say what the count says, at the bound
 * and on either side of each shortcut.
 */
describe('nestsTooDeeply', () => {
  const lines = (indent: string) => `a:\n${indent}b: 1\n`
  const cases: Array<[string, string]> = [
    ['no brackets, shallow', 'title: x\nauthors:\n  - "@a"\n'],
    [`${MAX_NESTING} brackets nested`, `a: ${'['.repeat(MAX_NESTING)}${']'.repeat(MAX_NESTING)}\n`],
    [`${MAX_NESTING + 1} brackets nested`, `a: ${'{'.repeat(MAX_NESTING + 1)}${'}'.repeat(MAX_NESTING + 1)}\n`],
    ['many brackets, none nested', `a: ${'[] '.repeat(3 * MAX_NESTING)}\n`],
    ['many brackets, one level past the bound after them', `a: ${'[] '.repeat(MAX_NESTING)}${'['.repeat(MAX_NESTING + 1)}${']'.repeat(MAX_NESTING + 1)}\n`],
    [`a line indented ${2 * MAX_NESTING + 1} columns`, lines(' '.repeat(2 * MAX_NESTING + 1))],
    [`a line indented ${2 * MAX_NESTING + 2} columns`, lines(' '.repeat(2 * MAX_NESTING + 2))],
    ['list dashes as deep as spaces', lines('- '.repeat(MAX_NESTING + 1))],
    ['a deep line at the very end', `a: 1\n${' '.repeat(2 * MAX_NESTING + 2)}`],
    ['a newline at the very end', 'a: 1\n']
  ]
  it.each(cases)('agrees with the count by character: %s', (_, text) => {
    expect(nestsTooDeeply(text)).toBe(nestingDepth(text) > MAX_NESTING)
  })

  it('finds both kinds of depth past the bound', () => {
    expect(cases.filter(([, text]) => nestsTooDeeply(text)).map(([name]) => name)).toEqual([
      `${MAX_NESTING + 1} brackets nested`,
      'many brackets, one level past the bound after them',
      `a line indented ${2 * MAX_NESTING + 2} columns`,
      'list dashes as deep as spaces',
      'a deep line at the very end'
    ])
  })
})
