import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { renderRulesPage, renderRulesTable } from '../src/format/rulesTable.js'
import { actionListing, configSchemaListing } from '../src/presets/listings.js'
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

describe('where the presets are listed outside the code is generated from the preset registry (npm run docs)', () => {
  it("schemas/config.schema.json's preset enum and the descriptions of preset and lifecycle are the registry's", () => {
    const schema = read('schemas/config.schema.json')
    expect(schema).toBe(configSchemaListing(schema))
  })

  it("action.yml's preset and lifecycle inputs describe the registry's presets and lifecycles", () => {
    const action = read('action.yml')
    expect(action).toBe(actionListing(action))
  })

  it('a listing that lost a preset is stale: the generated text puts it back', () => {
    const schema = read('schemas/config.schema.json')
    const stale = schema.replace(', "tekton"]', ']')
    expect(stale).not.toBe(schema)
    expect(configSchemaListing(stale)).toBe(schema)
  })

  it("a preset's schema whose $id is an address under schemas/ is published there, byte for byte (editors fetch it)", () => {
    const published: string[] = []
    for (const folder of readdirSync(new URL('../src/presets', import.meta.url))) {
      const source = `src/presets/${folder}/schema.json`
      if (!existsSync(new URL(`../${source}`, import.meta.url))) continue
      const id = (JSON.parse(read(source)) as { $id?: string }).$id ?? ''
      const at = /^https:\/\/raw\.githubusercontent\.com\/kep-validator\/kep-validator\/v1\/(schemas\/[^/]+)$/.exec(id)?.[1]
      if (at === undefined) continue
      expect(read(at)).toBe(read(source))
      published.push(at)
    }
    // docs/editors.md names them: at least the kubernetes preset's is there.
    expect(published).toContain('schemas/kubernetes.schema.json')
  })
})
