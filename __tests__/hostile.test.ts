import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { validate } from '../src/validate/validate.js'
import { loadSettings } from '../src/config/settings.js'
import { FileSystemTree } from '../src/tree/fileSystemTree.js'
import { byRule, check, fields, frontMatterKep, lineOf, removeRepos, writeRepo } from './helpers/repo.js'
import { git, initRepo } from './helpers/git.js'
import { gitChanges } from '../src/git/gitChanges.js'
import { GitTree } from '../src/tree/gitTree.js'
import { readEvent } from '../src/action/event.js'
import { runCli } from '../src/cli/run.js'
import { checkReport } from '../src/format/checkReport.js'
import { FORMATTERS } from '../src/format/formatters.js'
import { runAction } from './helpers/runAction.js'

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

describe('invalid UTF-8 is reported at its line', () => {
  it('in the body too, but not for a character the end of the 16 KB head cuts in two', async () => {
    const head = frontMatterKep(fields())
    // "é" (two bytes) straddles byte 16384, where the head read ends.
    const straddling = Buffer.from(head + 'x'.repeat(16 * 1024 - Buffer.byteLength(head) - 1) + 'é' + 'y'.repeat(100))
    expect(straddling.indexOf(Buffer.from('é'))).toBe(16 * 1024 - 1)
    expect(await check({ [FILE]: straddling })).toEqual([])
    const invalid = Buffer.concat([Buffer.from(`${head}\nBody text\n`), Buffer.from([0xff]), Buffer.from(' more\n')])
    expect(await check({ [FILE]: invalid })).toEqual([expect.objectContaining({ rule: 'file-encoding', severity: 'warning', line: head.split('\n').length + 2, column: 1 })])
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

describe('every git entry type of a KEP path is judged in pull-request mode', () => {
  const OTHER = 'sig-node/0043-other.md'

  /** A base commit with two KEPs, a head commit where `edit` has changed the index; the pull request's errors. */
  async function pullRequest(edit: (root: string, commit: string) => void): Promise<Array<[string, string]>> {
    const root = writeRepo({ [FILE]: frontMatterKep(fields()), [OTHER]: frontMatterKep(fields({ 'kep-number': '43' })) })
    initRepo(root)
    const base = git(root, 'rev-parse', 'HEAD').trim()
    edit(root, base)
    git(root, 'commit', '-q', '-m', 'head')
    const head = git(root, 'rev-parse', 'HEAD').trim()
    const settings = await loadSettings({ root })
    const result = await validate({ ...settings, indexFile: null }, { head: new GitTree(root, head, ''), changes: { base: new GitTree(root, base, ''), files: gitChanges(root, base, head) } })
    return result.diagnostics.filter(d => d.severity === 'error').map(d => [d.file, d.rule])
  }

  it('a deleted KEP fails (the reference)', async () => {
    expect(await pullRequest(root => git(root, 'rm', '-q', FILE))).toEqual([[FILE, 'file-deleted']])
  })

  it('a KEP replaced by a submodule (gitlink, mode 160000) fails', async () => {
    const replaced = await pullRequest((root, commit) => {
      git(root, 'rm', '-q', '--cached', FILE)
      git(root, 'update-index', '--add', '--cacheinfo', `160000,${commit},${FILE}`)
    })
    expect(replaced).toEqual([[FILE, 'file-submodule']])
  })

  it('a new gitlink named like a KEP is reported, not ignored', async () => {
    const added = await pullRequest((root, commit) => git(root, 'update-index', '--add', '--cacheinfo', `160000,${commit},sig-node/0044-new.md`))
    expect(added).toEqual([['sig-node/0044-new.md', 'file-submodule']])
  })

  it('a KEP replaced by a symbolic link fails', async () => {
    const replaced = await pullRequest(root => {
      const target = git(root, 'hash-object', '-w', '--stdin').trim()
      git(root, 'rm', '-q', '--cached', FILE)
      git(root, 'update-index', '--add', '--cacheinfo', `120000,${target},${FILE}`)
    })
    expect(replaced).toEqual([[FILE, 'file-symlink']])
  })
})

describe('what is passed to git', () => {
  it('refuses event SHAs that are not commit ids (hex), before git sees them', () => {
    const dir = writeRepo({})
    const payload = (base: string, head: string) => ({ pull_request: { number: 7, base: { sha: base }, head: { sha: head } } })
    const event = (base: string, head: string) => {
      writeFileSync(join(dir, 'event.json'), JSON.stringify(payload(base, head)))
      return () => readEvent({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: join(dir, 'event.json'), GITHUB_REPOSITORY: 'o/r' })
    }
    expect(event('--upload-pack=touch /tmp/x', 'a'.repeat(40))).toThrow(/pull_request\.base\.sha that is not a commit id \(40 or 64 hex digits\): "--upload-pack=touch \/tmp\/x"/)
    expect(event('a'.repeat(40), 'HEAD~1')).toThrow(/pull_request\.head\.sha that is not a commit id/)
    expect(event('a'.repeat(40), 'b'.repeat(64))()).toMatchObject({ baseSha: 'a'.repeat(40), headSha: 'b'.repeat(64) })
  })

  it("reads --base=--help as a revision, not an option: a one-line error, not git's help", async () => {
    const root = writeRepo({ [FILE]: frontMatterKep(fields()) })
    initRepo(root)
    let stderr = ''
    const code = await runCli(['check', '--root', root, '--no-index', '--base=--help'], { cwd: root, stdout: () => undefined, stderr: text => void (stderr += text) })
    expect(code).toBe(2)
    expect(stderr).toMatch(/^kep-validator: git merge-base --end-of-options --help HEAD failed in .*: fatal: Not a valid object name --help\n$/)
  })
})

describe('names and paths in what is logged and summarised', () => {
  it('a lone carriage return in a file name does not break the summary into a heading of its own', async () => {
    const name = 'sig-node/0042-a\r## Forged heading\r| x |.md'
    const root = writeRepo({ [name]: frontMatterKep(fields({ status: 'Bogus' })) })
    const settings = await loadSettings({ root })
    const result = await validate({ ...settings, indexFile: null }, { head: new FileSystemTree(root) })
    const summary = FORMATTERS.summary(checkReport(result), { scope: 'full audit', displayPath: file => file })
    expect(summary).not.toMatch(/\r/)
    expect(summary).toContain('#### `sig-node/0042-a\\r## Forged heading\\r| x |.md`')
  })

  it('a root with a newline does not start a workflow command in the log', async () => {
    const workspace = writeRepo({ 'keps\n::error::forged/sig-node/0042-x.md': frontMatterKep(fields()) })
    const run = await runAction({ workspace, inputs: { root: 'keps\n::error::forged', index: 'none' }, event: { name: 'push', payload: {} } })
    // The root is logged as a JSON string: its newline is written out, never a line of its own.
    expect(run.stdout).toContain('push: checking every KEP under "keps\\n::error::forged"')
    expect(run.stdout).not.toMatch(/^::error::forged/m)
  })
})
