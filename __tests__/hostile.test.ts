import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { validate } from '../src/validate/validate.js'
import { loadSettings } from '../src/config/settings.js'
import { FileSystemTree } from '../src/tree/fileSystemTree.js'
import { byRule, check, fields, frontMatterKep, lineOf, removeRepos, writeRepo } from './helpers/repo.js'

afterAll(removeRepos)

const FILE = 'sig-node/0042-pod-overhead.md'

describe('hostile and broken input', () => {
  it('warns about a second front matter block', async () => {
    const kep = `${frontMatterKep(fields())}`.replace('\n\n# A KEP', '\n---\nstatus: Final\n---\n# A KEP')
    const [duplicate] = byRule(await check({ [FILE]: kep }), 'frontmatter-duplicate')
    expect(duplicate).toMatchObject({ severity: 'warning', line: kep.split('\n').indexOf('status: Final') })
  })

  it('reports tab indentation at its line', async () => {
    const kep = frontMatterKep(fields({ authors: '\n\t- name: Jane Doe\n\t  github: janedoe' }))
    const diagnostics = await check({ [FILE]: kep })
    expect(diagnostics.some(d => d.rule === 'yaml-syntax' && d.line === lineOf(kep, '\t- name'))).toBe(true)
  })

  it('treats an empty file as a KEP without metadata', async () => {
    expect(await check({ [FILE]: '' })).toEqual([expect.objectContaining({ rule: 'metadata-missing', line: 1 })])
  })

  it('reads names with spaces, unicode, commas, colons and percent signs', async () => {
    const names = ['sig-node/0042 pod overhead.md', 'sig-node/0043-überblick.md', 'sig-node/0044,a:b%20.md']
    const files = Object.fromEntries(names.map((name, i) => [name, frontMatterKep(fields({ 'kep-number': String(42 + i), status: 'Bogus' }))]))
    const diagnostics = byRule(await check(files), 'schema/status')
    expect(diagnostics.map(d => d.file).sort()).toEqual([...names].sort())
  })

  it('does not walk into a submodule', async () => {
    const root = writeRepo({ [FILE]: frontMatterKep(fields()), 'sig-node/vendored/0001-x.md': '# not ours' })
    mkdirSync(join(root, 'sig-node/vendored/.git'))
    writeFileSync(join(root, 'sig-node/vendored/.git/HEAD'), 'ref: refs/heads/main\n')
    const settings = await loadSettings({ root, indexFile: null })
    const result = await validate({ ...settings, indexFile: null }, { head: new FileSystemTree(root) })
    expect(result.checked).toEqual([FILE])
  })

  it('reads a KEP whose metadata ends past the first 16 KB as a whole', async () => {
    const long = `\ndescription: ${'x'.repeat(20_000)}`
    const kep = frontMatterKep(fields({ status: 'Bogus' }) + long)
    expect(byRule(await check({ [FILE]: kep }), 'schema/unknown-field')).toHaveLength(1)
    expect(byRule(await check({ [FILE]: kep }), 'schema/status')).toEqual([expect.objectContaining({ line: lineOf(kep, 'status:') })])
  })
})

describe('more broken bytes', () => {
  it('reads invalid UTF-8 without losing positions', async () => {
    const kep = frontMatterKep(fields({ title: 'Pod \u0000Overhead', status: 'Bogus' })).replace('\u0000', '')
    const bytes = Buffer.concat([Buffer.from(kep.slice(0, kep.indexOf('Overhead'))), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(kep.slice(kep.indexOf('Overhead')))])
    const diagnostics = await check({ [FILE]: bytes })
    expect(byRule(diagnostics, 'schema/status')).toEqual([expect.objectContaining({ line: lineOf(kep, 'status:'), column: 9 })])
  })
})

describe('sizes and line endings', () => {
  it('reads a KEP with a multi-megabyte body from its head only, positions intact', async () => {
    const kep = frontMatterKep(fields({ status: 'Bogus' }), `# Big\n\n${'A long line of body text.\n'.repeat(200_000)}`)
    expect(kep.length).toBeGreaterThan(4_000_000)
    expect(await check({ [FILE]: kep })).toEqual([expect.objectContaining({ rule: 'schema/status', line: lineOf(kep, 'status:'), column: 9 })])
  })

  it('keeps positions in a fenced block with CRLF line endings', async () => {
    const text = `# T\n\n## Metadata\n\`\`\`\n---\n${fields({ status: 'Bogus' })}\n\`\`\`\n`
    const [status] = byRule(await check({ [FILE]: text.replace(/\n/g, '\r\n') }), 'schema/status')
    expect(status).toMatchObject({ line: text.split('\n').indexOf('status: Bogus') + 1, column: 9, endColumn: 14 })
  })
})
