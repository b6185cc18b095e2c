import { afterAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { readKep } from '../src/read/readKep.js'
import { byRule, check, fields, frontMatterKep, lineOf, removeRepos } from './helpers/repo.js'

afterAll(removeRepos)

const FILE = 'sig-node/0042-pod-overhead.md'

describe('reading metadata', () => {
  it('reads YAML front matter and keeps dates as strings', async () => {
    const doc = await readKep(FILE, Buffer.from(frontMatterKep(fields({ 'last-updated': '2024-02-01' }))))
    expect(doc.readProblems).toEqual([])
    const data = doc.metadata!.data as Record<string, unknown>
    expect(data['creation-date']).toBe('2024-01-15')
    expect(data['last-updated']).toBe('2024-02-01')
    expect(data['kep-number']).toBe(42)
    expect(doc.metadata!.form).toBe('frontmatter')
  })

  it("reads KEP-1's own form, a fenced block under a Metadata heading, at file lines", async () => {
    const text = `# Title\n\n## Metadata\n\`\`\`\n---\n${fields({ status: 'Bogus' })}\n\`\`\`\n\n## Summary\n`
    const diagnostics = await check({ [FILE]: text })
    const status = byRule(diagnostics, 'schema/status')
    expect(status).toHaveLength(1)
    expect(status[0]).toMatchObject({ line: text.split('\n').indexOf('status: Bogus') + 1, column: 9, endColumn: 14 })
  })

  it('maps columns inside an indented fence', async () => {
    const yaml = fields({ status: 'Bogus' })
      .split('\n')
      .map(line => `  ${line}`)
      .join('\n')
    const text = `# T\n\n## Metadata\n\n  \`\`\`yaml\n  ---\n${yaml}\n  \`\`\`\n`
    const [status] = byRule(await check({ [FILE]: text }), 'schema/status')
    expect(status).toMatchObject({ line: text.split('\n').indexOf('  status: Bogus') + 1, column: 11 })
  })

  it('ignores a Metadata heading inside another code block', async () => {
    const text = `# T\n\n\`\`\`\n## Metadata\n\`\`\`\n---\nkep-number: 1\n\`\`\`\n`
    const diagnostics = await check({ [FILE]: text })
    expect(diagnostics.map(d => d.rule)).toEqual(['metadata-missing'])
  })

  it('reports a KEP file without metadata at line 1', async () => {
    const diagnostics = await check({ [FILE]: '# Just a title\n\nSome text.\n' })
    expect(diagnostics).toEqual([expect.objectContaining({ file: FILE, line: 1, column: 1, rule: 'metadata-missing', severity: 'error' })])
  })

  it('reports a Metadata heading with no block under it', async () => {
    const diagnostics = await check({ [FILE]: '# T\n\n## Metadata\n\nnothing here\n\n## Summary\n' })
    expect(diagnostics).toEqual([expect.objectContaining({ line: 3, rule: 'metadata-missing' })])
  })

  it('reports unclosed front matter at line 1', async () => {
    const diagnostics = await check({ [FILE]: `---\n${fields()}\n\n# Title\n` })
    expect(diagnostics).toEqual([expect.objectContaining({ line: 1, column: 1, rule: 'frontmatter-unclosed' })])
    expect(diagnostics[0].message).toMatch(/never closed/)
  })

  it('reports an unclosed metadata fence at its opening line', async () => {
    const diagnostics = await check({ [FILE]: `# T\n\n## Metadata\n\`\`\`\n---\n${fields()}\n` })
    expect(diagnostics).toEqual([expect.objectContaining({ line: 4, rule: 'metadata-fence-unclosed' })])
  })

  it('reports YAML syntax errors at their line and still validates the rest', async () => {
    const kep = frontMatterKep(fields({ 'participating-sigs': '\n  - `kubernetes-wide`', status: 'draft' }))
    const diagnostics = await check({ [FILE]: kep })
    const syntax = byRule(diagnostics, 'yaml-syntax')
    expect(syntax).toEqual([expect.objectContaining({ line: lineOf(kep, '  - `kubernetes-wide`'), column: 5, expected: ['kubernetes-wide'] })])
    expect(byRule(diagnostics, 'schema/status')).toEqual([expect.objectContaining({ line: lineOf(kep, 'status:'), column: 9, expected: ['Draft'] })])
    // The broken line is reported once, by the YAML error, not again by the schema.
    expect(byRule(diagnostics, 'schema/participating-sigs')).toEqual([])
  })

  it('reports a duplicate key at the second occurrence', async () => {
    const kep = frontMatterKep(`${fields()}\nstatus: Draft`)
    const diagnostics = await check({ [FILE]: kep })
    const duplicate = byRule(diagnostics, 'yaml-duplicate-key')
    expect(duplicate).toHaveLength(1)
    expect(duplicate[0].line).toBe(kep.split('\n').lastIndexOf('status: Draft') + 1)
    expect(duplicate[0].message).toContain('"status"')
  })

  it.each([
    ['a list', '- a\n- b', 2],
    ['a scalar', 'just text', 2]
  ])('reports metadata that is %s, not a mapping', async (_, yaml, line) => {
    const diagnostics = await check({ [FILE]: frontMatterKep(yaml) })
    expect(diagnostics).toEqual([expect.objectContaining({ line, rule: 'metadata-not-mapping' })])
  })

  it('reports empty metadata', async () => {
    const diagnostics = await check({ [FILE]: '---\n---\n# T\n' })
    expect(diagnostics).toEqual([expect.objectContaining({ line: 1, rule: 'metadata-not-mapping' })])
  })

  it('bounds alias expansion (billion laughs)', async () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
      'f: [*e,*e,*e,*e,*e,*e,*e,*e,*e]'
    ].join('\n')
    const diagnostics = await check({ [FILE]: frontMatterKep(bomb) })
    expect(diagnostics).toEqual([expect.objectContaining({ rule: 'yaml-aliases', line: 1 })])
  })

  it('keeps positions exact with CRLF line endings and a byte order mark', async () => {
    const kep = frontMatterKep(fields({ status: 'Bogus' }))
    const crlf = '\ufeff' + kep.replace(/\n/g, '\r\n')
    const [status] = byRule(await check({ [FILE]: crlf }), 'schema/status')
    expect(status).toMatchObject({ line: lineOf(kep, 'status:'), column: 9, endColumn: 14 })
  })

  it.each([
    ['just inside the first decoded 4 KB', 4000],
    ['across the cut of the first 4 KB', 4090],
    ['across the cut of the 16 KB head', 16370],
    ['beyond the 16 KB head', 20000]
  ])('finds a second front matter block after blank lines %s of a large KEP', async (_, blank) => {
    const head = `---\n${fields()}\n---\n`
    const kep = `${head}${'\n'.repeat(blank - head.length)}---\nstatus: Final\n---\n# A KEP\n\n${'Body text.\n'.repeat(3000)}`
    const [duplicate] = byRule(await check({ [FILE]: kep }), 'frontmatter-duplicate')
    expect(duplicate).toMatchObject({ severity: 'warning', line: kep.split('\n').indexOf('status: Final') })
  })

  it('reports a binary file instead of parsing it', async () => {
    const diagnostics = await check({ [FILE]: Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0xff, 0x0a]) })
    expect(diagnostics).toEqual([expect.objectContaining({ line: 1, rule: 'file-unreadable' })])
  })

  it("finds both problems of KEP-1's own metadata block at the right lines", async () => {
    const text = readFileSync(new URL('./fixtures/kep-1/sig-architecture/0001-kubernetes-enhancement-proposal-process.md', import.meta.url), 'utf8')
    const diagnostics = await check({ 'sig-architecture/0001-kubernetes-enhancement-proposal-process.md': text })
    const lines = text.split('\n')
    expect(diagnostics.map(d => [d.rule, d.line, d.column])).toEqual([
      ['yaml-syntax', lines.indexOf('  - `kubernetes-wide`') + 1, 5],
      ['schema/status', lines.indexOf('status: draft') + 1, 9]
    ])
    expect(lines.indexOf('status: draft') + 1).toBe(26)
  })
})
