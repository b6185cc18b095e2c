import { afterAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { byRule, check, fields, frontMatterKep, lineOf, removeRepos } from './helpers/repo.js'

afterAll(removeRepos)

const FILE = 'sig-node/0042-pod-overhead.md'

async function problems(overrides: Record<string, string | null>, extra = '') {
  const kep = frontMatterKep(fields(overrides) + extra)
  return { kep, diagnostics: await check({ [FILE]: kep }) }
}

describe('metadata schema', () => {
  it('accepts complete, valid metadata', async () => {
    const { diagnostics } = await problems({
      'participating-sigs': '\n  - sig-scheduling\n  - kubernetes-wide',
      reviewers: '\n  - name: Dawn Chen\n    github: dchen1107\n  - name: TBD',
      approvers: '\n  - TBD',
      editor: '\n  name: TBD',
      'last-updated': '2024-02-29'
    })
    expect(diagnostics).toEqual([])
  })

  it.each([['kep-number', 'title', 'status', 'authors', 'owning-sig', 'reviewers', 'approvers', 'editor', 'creation-date']])('reports each missing required field at the metadata block', async (...required) => {
    for (const field of required) {
      const { diagnostics } = await problems({ [field]: null })
      const missing = byRule(diagnostics, `schema/${field}`)
      expect(missing).toEqual([expect.objectContaining({ line: 1, column: 1, severity: 'error' })])
      expect(missing[0].message).toContain(`"${field}", which is required`)
    }
  })

  it('suggests the right case for a status', async () => {
    const { kep, diagnostics } = await problems({ status: 'draft' })
    expect(byRule(diagnostics, 'schema/status')).toEqual([
      expect.objectContaining({
        line: lineOf(kep, 'status:'),
        column: 9,
        message: 'status "draft" is not one of Draft, Deferred, Approved, Rejected, Withdrawn, Final, Replaced; did you mean "Draft"?',
        expected: ['Draft']
      })
    ])
  })

  it('rejects a kep-number that is neither a positive integer nor draft-YYYYMMDD', async () => {
    for (const value of ['0', '-3', 'KEP-42', '"42"', 'draft-2024']) {
      const { kep, diagnostics } = await problems({ 'kep-number': value })
      const found = byRule(diagnostics, 'schema/kep-number')
      expect(found).toEqual([expect.objectContaining({ line: lineOf(kep, 'kep-number:'), column: 13 })])
      expect(found[0].message).toContain('a positive integer such as 42, or draft-YYYYMMDD')
    }
  })

  it('rejects impossible dates and other date forms', async () => {
    for (const value of ['2023-02-29', '2024-13-01', '2024-1-5', '"15/01/2024"']) {
      const { kep, diagnostics } = await problems({ 'creation-date': value })
      expect(byRule(diagnostics, 'schema/creation-date')).toEqual([expect.objectContaining({ line: lineOf(kep, 'creation-date:'), column: 16 })])
    }
    expect((await problems({ 'creation-date': '2024-02-29' })).diagnostics).toEqual([])
  })

  it('reports an author without a GitHub handle at the author entry', async () => {
    const { kep, diagnostics } = await problems({ authors: '\n  - name: Jane Doe\n    email: jane@example.com' })
    const found = byRule(diagnostics, 'schema/authors')
    expect(found).toEqual([expect.objectContaining({ line: lineOf(kep, '  - name: Jane Doe'), column: 5 })])
    expect(found[0].message).toBe('authors[0] has no "github", which is required; add it')
  })

  it('suggests dropping the @ of a GitHub handle', async () => {
    const { kep, diagnostics } = await problems({ authors: '\n  - name: Jane Doe\n    github: "@janedoe"' })
    expect(byRule(diagnostics, 'schema/authors')).toEqual([expect.objectContaining({ line: lineOf(kep, '    github:'), column: 13, expected: ['janedoe'] })])
  })

  it('explains a reviewer that is neither a person nor TBD', async () => {
    const { kep, diagnostics } = await problems({ reviewers: '\n  - name: Dawn Chen' })
    const found = byRule(diagnostics, 'schema/reviewers')
    expect(found).toEqual([expect.objectContaining({ line: lineOf(kep, '  - name: Dawn Chen') })])
    expect(found[0].message).toContain('has no "github"')
  })

  it('accepts an author email only in e-mail form', async () => {
    const { kep, diagnostics } = await problems({ authors: '\n  - name: Jane Doe\n    github: janedoe\n    email: not-an-email' })
    expect(byRule(diagnostics, 'schema/authors')).toEqual([expect.objectContaining({ line: lineOf(kep, '    email:') })])
  })

  it('reports an owning-sig not written as sig-abc-def with a suggestion', async () => {
    const { kep, diagnostics } = await problems({ 'owning-sig': 'SIG Node' })
    expect(byRule(diagnostics, 'schema/owning-sig')).toEqual([expect.objectContaining({ line: lineOf(kep, 'owning-sig:'), column: 13, expected: ['sig-node'] })])
  })

  it('checks each participating SIG and repeats', async () => {
    const { kep, diagnostics } = await problems({ 'participating-sigs': '\n  - sig-apps\n  - everyone\n  - sig-apps' })
    const found = byRule(diagnostics, 'schema/participating-sigs')
    expect(found.map(d => d.line)).toEqual([lineOf(kep, '  - everyone'), kep.split('\n').lastIndexOf('  - sig-apps') + 1])
    expect(found[0].message).toContain('sig-abc-def, wg-abc-def or kubernetes-wide')
    expect(found[1].message).toContain('twice')
  })

  it('checks KEP references and suggests the canonical form', async () => {
    const { kep, diagnostics } = await problems({ 'see-also': '\n  - kep-7' })
    expect(byRule(diagnostics, 'schema/see-also')).toEqual([expect.objectContaining({ line: lineOf(kep, '  - kep-7'), column: 5, expected: ['KEP-7'] })])
  })

  it('reports an unknown field at its key, with the field probably meant', async () => {
    const { kep, diagnostics } = await problems({}, '\nsuperceded-by:\n  - KEP-1')
    expect(byRule(diagnostics, 'schema/unknown-field')).toEqual([expect.objectContaining({ line: lineOf(kep, 'superceded-by:'), column: 1, endColumn: 14, expected: ['superseded-by'] })])
  })

  it('reports a wrong type with what was found', async () => {
    const { kep, diagnostics } = await problems({ title: '\n  - a list' })
    const [found] = byRule(diagnostics, 'schema/title')
    expect(found).toMatchObject({ line: lineOf(kep, 'title:') })
    expect(found.message).toBe('title is a list; expected a one-line title in plain language')
  })

  it('does not let __proto__ or constructor keys through', async () => {
    const { diagnostics } = await problems({}, '\n__proto__:\n  polluted: true\nconstructor: x')
    expect(byRule(diagnostics, 'schema/unknown-field').map(d => d.message.split(';')[0])).toEqual(['unknown field "__proto__" in the metadata', 'unknown field "constructor" in the metadata'])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('takes the allowed status values from the selected lifecycle', async () => {
    const kep = frontMatterKep(fields({ status: 'implemented' }))
    expect(byRule(await check({ [FILE]: kep }), 'schema/status')).toHaveLength(1)
    expect(byRule(await check({ [FILE]: kep }, { lifecycle: 'kep-0001-workflow' }), 'schema/status')).toEqual([])
  })

  it('ships a schema that editors can use: a 2020-12 schema with descriptions for every field', async () => {
    const schema = JSON.parse(readFileSync(new URL('../src/presets/kep-0001/schema.json', import.meta.url), 'utf8'))
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    for (const [name, property] of Object.entries(schema.properties as Record<string, Record<string, unknown>>)) {
      expect([name, typeof property.description === 'string' || typeof property.$ref === 'string']).toEqual([name, true])
    }
  })
})
