import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runCli } from '../src/cli/run.js'
import { loadSettings } from '../src/config/settings.js'
import { FileSystemTree } from '../src/tree/fileSystemTree.js'
import { writeRegularFile } from '../src/files/regularFile.js'
import { validate } from '../src/validate/validate.js'
import { GitTree } from '../src/tree/gitTree.js'
import { gitChanges } from '../src/git/gitChanges.js'
import { git, initRepo } from './helpers/git.js'
import { bundleForAnyUser } from './helpers/anyUser.js'
import { fields, frontMatterKep, removeRepos, writeRepo } from './helpers/repo.js'

/** No file is read or written through a link, nor opened when it is not a regular file. */

const outside: string[] = []
afterAll(() => {
  removeRepos()
  for (const dir of outside.splice(0)) rmSync(dir, { recursive: true, force: true })
})

const FILE = 'sig-node/0042-pod-overhead.md'
const SECRET = 'GITHUB_TOKEN=ghs_secret'

/** A folder outside the repository with a file holding a secret. */
function elsewhere(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kep-outside-'))
  outside.push(dir)
  writeFileSync(join(dir, 'secret'), `${SECRET}\n`)
  return dir
}

function io() {
  const out = { stdout: '', stderr: '' }
  return { out, io: { cwd: process.cwd(), stdout: (text: string) => void (out.stdout += text), stderr: (text: string) => void (out.stderr += text) } }
}

async function checkIndex(root: string) {
  const settings = await loadSettings({ root, indexFile: 'index.md' })
  return (await validate(settings, { head: new FileSystemTree(root) })).index!
}

describe('index.md', () => {
  it('that is a symbolic link is never opened: a diagnostic says so, and nothing of its target is shown', async () => {
    const root = writeRepo({ [FILE]: frontMatterKep(fields()) })
    symlinkSync(join(elsewhere(), 'secret'), join(root, 'index.md'))
    const index = await checkIndex(root)
    expect(index.state).toBe('broken')
    expect(index.problem!.message).toMatch(/^index\.md is a symbolic link; links are never followed .*the index must be a file$/)
    expect(JSON.stringify(index)).not.toContain(SECRET)
  })

  it('that is a FIFO is never opened (the read would wait forever)', async () => {
    const root = writeRepo({ [FILE]: frontMatterKep(fields()) })
    execFileSync('mkfifo', [join(root, 'index.md')])
    const index = await checkIndex(root)
    expect(index.problem!.message).toMatch(/^index\.md is a named pipe \(FIFO\), not a file/)
  })

  it('under a folder that is a symbolic link is not read', async () => {
    const target = elsewhere()
    writeFileSync(join(target, 'index.md'), SECRET)
    const root = writeRepo({ [FILE]: frontMatterKep(fields()) })
    symlinkSync(target, join(root, 'docs'))
    const settings = await loadSettings({ root, indexFile: 'docs/index.md' })
    const index = (await validate(settings, { head: new FileSystemTree(root) })).index!
    expect(index.problem!.message).toMatch(/^docs\/index\.md is under docs, which is a symbolic link/)
    expect(JSON.stringify(index)).not.toContain(SECRET)
  })

  it("that is a link in a pull request's head commit is not read as its target's path", async () => {
    const root = writeRepo({ [FILE]: frontMatterKep(fields()), 'index.md': 'old\n' })
    initRepo(root)
    const base = git(root, 'rev-parse', 'HEAD').trim()
    git(root, 'rm', '-q', '--cached', 'index.md')
    const target = execFileSync('git', ['hash-object', '-w', '--stdin'], { cwd: root, input: '/proc/self/environ' }).toString().trim()
    git(root, 'update-index', '--add', '--cacheinfo', `120000,${target},index.md`)
    git(root, 'commit', '-q', '-m', 'link')
    const head = git(root, 'rev-parse', 'HEAD').trim()
    const settings = await loadSettings({ root, indexFile: 'index.md' })
    const result = await validate(settings, { head: new GitTree(root, head, ''), changes: { base: new GitTree(root, base, ''), files: gitChanges(root, base, head) } })
    expect(result.index!.problem!.message).toMatch(/^index\.md is a symbolic link; links are never followed in commit [0-9a-f]{12}; the index must be a file$/)
    expect(JSON.stringify(result.index)).not.toContain('environ')
  })

  it('`index --write` does not write through a link', async () => {
    const target = join(elsewhere(), 'secret')
    const root = writeRepo({ [FILE]: frontMatterKep(fields()) })
    symlinkSync(target, join(root, 'index.md'))
    const { out, io: cliIo } = io()
    expect(await runCli(['index', '--write', '--root', root], cliIo)).toBe(2)
    expect(out.stderr).toMatch(/index\.md is a symbolic link/)
    expect(readFileSync(target, 'utf8')).toBe(`${SECRET}\n`)
  })

  it('is written as a file, never through a link or a linked folder', () => {
    const target = elsewhere()
    const root = writeRepo({ 'index.md': 'old' })
    writeRegularFile(root, 'index.md', 'new')
    expect(readFileSync(join(root, 'index.md'), 'utf8')).toBe('new')
    symlinkSync(target, join(root, 'docs'))
    expect(() => writeRegularFile(root, 'docs/secret', 'overwritten')).toThrow(/docs\/secret is under docs, which is a symbolic link/)
    symlinkSync(join(target, 'secret'), join(root, 'linked.md'))
    expect(() => writeRegularFile(root, 'linked.md', 'overwritten')).toThrow(/linked\.md is a symbolic link; .*it is not written/)
    expect(() => writeRegularFile(root, '../escape.md', 'x')).toThrow(/outside the repository/)
    expect(readFileSync(join(target, 'secret'), 'utf8')).toBe(`${SECRET}\n`)
  })
})

describe('a file named on the command line', () => {
  it('that is a symbolic link is not followed', async () => {
    const target = elsewhere()
    // The target is a KEP with a bad status: following the link would report it.
    writeFileSync(join(target, 'kep.md'), frontMatterKep(fields({ status: 'Bogus' })))
    const root = writeRepo({ [FILE]: frontMatterKep(fields()) })
    mkdirSync(join(root, 'drafts'))
    symlinkSync(join(target, 'kep.md'), join(root, 'drafts/link.md'))
    const { out, io: cliIo } = io()
    expect(await runCli(['check', '--root', root, '--no-index', '--format', 'json', join(root, 'drafts/link.md')], cliIo)).toBe(1)
    const { problems } = JSON.parse(out.stdout) as { problems: Array<{ file: string; rule: string; message: string }> }
    expect(problems).toEqual([expect.objectContaining({ file: 'drafts/link.md', rule: 'file-unreadable', message: expect.stringMatching(/drafts\/link\.md is a symbolic link; links are never followed/) })])
  })
})

describe('a folder that cannot be listed', () => {
  it('fails the run with a clear load error, not an internal error with a stack trace', () => {
    // root reads any folder: the CLI runs as nobody there, from a copy it can read wherever this clone sits.
    const asNobody = process.getuid?.() === 0
    const bundle = asNobody ? bundleForAnyUser() : undefined
    try {
      const cli = bundle?.cli ?? fileURLToPath(new URL('../dist/cli.js', import.meta.url))
      const root = join(bundle?.dir ?? writeRepo({}), 'repo')
      for (const [path, kep] of [
        [FILE, frontMatterKep(fields())],
        ['sig-apps/0043-x.md', frontMatterKep(fields({ 'kep-number': '43' }))]
      ]) {
        mkdirSync(join(root, path, '..'), { recursive: true })
        writeFileSync(join(root, path), kep)
        chmodSync(join(root, path), 0o644)
      }
      for (const folder of ['', 'sig-node']) chmodSync(join(root, folder), 0o755)
      chmodSync(join(root, 'sig-apps'), 0o000)
      const result = spawnSync(bundle?.node ?? process.execPath, [cli, 'check', '--root', root, '--no-index'], {
        encoding: 'utf8',
        env: { ...process.env, GITHUB_ACTIONS: '' },
        cwd: bundle?.dir ?? tmpdir(),
        ...(asNobody ? { uid: 65534, gid: 65534 } : {})
      })
      chmodSync(join(root, 'sig-apps'), 0o755)
      expect(result.stderr).toMatch(/^kep-validator: cannot list the folder sig-apps under .*: EACCES: permission denied/)
      expect(result.stderr).not.toMatch(/internal error|\n\s+at /)
      expect(result.status).toBe(2)
    } finally {
      bundle?.remove()
    }
  })
})

describe('the CLI prints names and messages on one line', () => {
  it('a newline or escape character in a file name is written out, not printed', async () => {
    const name = 'sig-node/0042-a\n::error::forged\u001b[2J.md'
    const root = writeRepo({ [name]: frontMatterKep(fields({ status: 'Bogus' })) })
    const { out, io: cliIo } = io()
    expect(await runCli(['check', '--root', root, '--no-index'], { ...cliIo, cwd: root })).toBe(1)
    expect(out.stdout).not.toMatch(/^::/m)
    expect(out.stdout).not.toContain('\u001b')
    expect(out.stdout).toContain('sig-node/0042-a\\n::error::forged\\u001b[2J.md:')
  })
})
