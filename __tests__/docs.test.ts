import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { renderRulesPage, renderRulesTable } from '../src/format/rulesTable.js'
import { RULES } from '../src/rules/registry.js'

const read = (path: string): string => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8')

describe('the rules page and the rules table of the presets page are generated from the rule registry', () => {
  it('docs/rules.md is what the registry makes it (npm run docs)', () => {
    expect(read('docs/rules.md')).toBe(renderRulesPage())
  })

  it("docs/presets.md's rules table is the registry's", () => {
    const presets = read('docs/presets.md')
    const table = presets.slice(presets.indexOf('<!-- BEGIN RULES -->\n') + '<!-- BEGIN RULES -->\n'.length, presets.indexOf('<!-- END RULES -->'))
    expect(table).toBe(renderRulesTable())
  })

  it('every rule has its row and its anchor, and the anchors are where the reports point', () => {
    const page = read('docs/rules.md')
    for (const [id, rule] of RULES) {
      expect(page).toContain(`| \`${id}\` |`)
      expect(page).toContain(`### \`${id}\``)
      expect(rule.meta.docs).toBe(`docs/rules.md#${id}`)
    }
  })
})
