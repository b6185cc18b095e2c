import { afterAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { validate } from '../src/validate/validate.js'
import { markdownParserLoaded } from '../src/parse/markdownParser.js'
import { loadSettings } from '../src/config/settings.js'
import { FileSystemTree } from '../src/tree/fileSystemTree.js'
import { fields, removeRepos, writeRepo } from './helpers/repo.js'
import { git, initRepo } from './helpers/git.js'
import { check } from '../src/cli/check.js'
import { mergeBase } from '../src/git/gitChanges.js'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

const FILE = 'sig-node/0042-pod-overhead.md'

afterAll(removeRepos)

// One process per test file: remark is loaded here only if reading these KEPs loads it.
describe('remark is loaded only for a metadata block the line scan cannot settle', () => {
  const kep1 = readFileSync(new URL('./fixtures/kep-1/sig-architecture/0001-kubernetes-enhancement-proposal-process.md', import.meta.url), 'utf8')

  async function checkAll(files: Record<string, string>) {
    const root = writeRepo(files)
    const settings = await loadSettings({ root })
    return (await validate({ ...settings, indexFile: null }, { head: new FileSystemTree(root) })).diagnostics
  }

  it("checks KEP-1's own document, with both of its problems, without remark", async () => {
    const diagnostics = await checkAll({ 'sig-architecture/0001-kubernetes-enhancement-proposal-process.md': kep1 })
    expect(diagnostics.map(d => [d.rule, d.line, d.column])).toEqual([
      ['yaml-syntax', 18, 5],
      ['schema/status', 26, 9]
    ])
    expect(markdownParserLoaded()).toBe(false)
  })

  it("reads a changed KEP's base version that only remark can read, when nothing else loaded it", async () => {
    const kep = (status: string, between: string) => `# KEP\n\n## Metadata\n${between}\`\`\`yaml\n---\n${fields({ status })}\n\`\`\`\n`
    const root = writeRepo({ [FILE]: kep('Approved', '<!-- the metadata -->\n') })
    initRepo(root)
    git(root, 'checkout', '-q', '-b', 'feature')
    writeFileSync(join(root, FILE), kep('Draft', '\n'))
    const io = { cwd: root, stdout: () => {}, stderr: () => {} }
    const result = await check(io, { settings: await loadSettings({ root, indexFile: null }), baseCommit: mergeBase(root, 'main'), format: 'json', paths: [] })
    // The base was read (with remark): the transition is checked (the Draft keeping its number follows from it, and is not a second problem).
    expect(result.diagnostics.map(d => [d.rule, d.message.slice(0, 40)])).toEqual([['status-transition', 'status changed from Approved to Draft, w']])
  })

  it('loads remark for a block behind an HTML comment, and reads it as remark does', async () => {
    const hidden = kep1.replace('## Metadata\n', '## Metadata\n<!-- the metadata\n')
    const diagnostics = await checkAll({ 'sig-architecture/0001-kubernetes-enhancement-proposal-process.md': hidden })
    expect(markdownParserLoaded()).toBe(true)
    expect(diagnostics.map(d => d.rule)).toEqual(['metadata-missing'])
  })
})
