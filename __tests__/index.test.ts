import { afterAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runCli } from '../src/cli/run.js'
import type { Diagnostic } from '../src/core/diagnostic.js'
import { lineDiff } from '../src/indexFile/checkIndex.js'
import { BEGIN_MARKER, END_MARKER } from '../src/indexFile/renderIndex.js'
import { fields, frontMatterKep, removeRepos, writeRepo } from './helpers/repo.js'

afterAll(removeRepos)

async function cli(root: string, ...args: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, { cwd: root, stdout: text => (stdout += text), stderr: text => (stderr += text) })
  return { code, stdout, stderr }
}

async function problems(root: string): Promise<Diagnostic[]> {
  const { stdout } = await cli(root, 'check', '--format', 'json')
  return JSON.parse(stdout).problems
}

function repository(): string {
  return writeRepo({
    'sig-node/0042-pod-overhead.md': frontMatterKep(fields()),
    'sig-apps/0007-job-api.md': frontMatterKep(fields({ 'kep-number': '7', title: 'Job API', 'owning-sig': 'sig-apps', status: 'Final' }))
  })
}

async function indexed(): Promise<string> {
  const root = repository()
  expect((await cli(root, 'index', '--write')).code).toBe(0)
  return root
}

const read = (root: string): string => readFileSync(join(root, 'index.md'), 'utf8')

describe('index.md', () => {
  it('is generated with every KEP, linked, grouped by SIG, with counts per status', async () => {
    const root = await indexed()
    const text = read(root)
    expect(text).toContain('| 42 | [Pod Overhead](sig-node/0042-pod-overhead.md) | Approved | Jane Doe (@janedoe) | 2024-01-15 |  |')
    expect(text).toContain('| Final | 1 |')
    expect(text.indexOf('## sig-apps')).toBeLessThan(text.indexOf('## sig-node'))
    expect(await problems(root)).toEqual([])
  })

  it('is idempotent: writing twice gives the same bytes, and check passes', async () => {
    const root = await indexed()
    const first = read(root)
    expect((await cli(root, 'index', '--write')).stdout).toMatch(/is up to date/)
    expect(read(root)).toBe(first)
    expect((await cli(root, 'index', '--check')).code).toBe(0)
    expect((await cli(root, 'index')).stdout).toBe(first)
  })

  it.each([
    ['a KEP is added', (root: string) => writeFileSync(join(root, 'sig-node/0043-new.md'), frontMatterKep(fields({ 'kep-number': '43', title: 'New' })))],
    ['a KEP is renamed', (root: string) => renameSync(join(root, 'sig-node/0042-pod-overhead.md'), join(root, 'sig-node/0042-pod-overhead-v2.md'))],
    ['a KEP is retitled', (root: string) => writeFileSync(join(root, 'sig-node/0042-pod-overhead.md'), frontMatterKep(fields({ title: 'Pod Overhead' + ' Accounting' })))],
    ['a KEP changes status', (root: string) => writeFileSync(join(root, 'sig-node/0042-pod-overhead.md'), frontMatterKep(fields({ status: 'Final' })))]
  ])('is stale when %s: an error at the first differing line, with the fix', async (_, change) => {
    const root = await indexed()
    const before = read(root).split('\n')
    change(root)
    const { code, stdout } = await cli(root, 'index', '--check')
    expect(code).toBe(1)
    const stale = (await problems(root)).filter(p => p.rule === 'index-stale')
    expect(stale).toHaveLength(1)
    const { stdout: expected } = await cli(root, 'index')
    const firstDiff = before.findIndex((line, i) => line !== expected.split('\n')[i]) + 1
    expect(stale[0]).toMatchObject({ file: 'index.md', line: firstDiff, severity: 'error' })
    expect(stale[0].message).toContain('run kep-validator index --write')
    expect(stdout).toMatch(/^--- a\/index.md$/m)
    expect((await cli(root, 'index', '--write')).code).toBe(0)
    expect((await problems(root)).filter(p => p.rule === 'index-stale')).toEqual([])
  })

  it('catches a hand-edited row', async () => {
    const root = await indexed()
    const lines = read(root).split('\n')
    const row = lines.findIndex(line => line.startsWith('| 42 |'))
    lines[row] = lines[row].replace('Approved', 'Final')
    writeFileSync(join(root, 'index.md'), lines.join('\n'))
    expect(await problems(root)).toEqual([expect.objectContaining({ rule: 'index-stale', line: row + 1 })])
  })

  it('reports a deleted index at line 1', async () => {
    const root = await indexed()
    rmSync(join(root, 'index.md'))
    const [missing] = await problems(root)
    expect(missing).toMatchObject({ rule: 'index-stale', line: 1, file: 'index.md' })
    expect(missing.message).toContain('index.md is missing')
  })

  it('keeps hand-written text around the markers', async () => {
    const root = repository()
    writeFileSync(join(root, 'index.md'), `# Our KEPs\n\nIntro by hand.\n\n${BEGIN_MARKER}\nold\n${END_MARKER}\n\nFooter by hand.\n`)
    await cli(root, 'index', '--write')
    const text = read(root)
    expect(text.startsWith('# Our KEPs\n\nIntro by hand.\n\n<!-- BEGIN KEP INDEX -->\n_Generated')).toBe(true)
    expect(text.endsWith(`\n${END_MARKER}\n\nFooter by hand.\n`)).toBe(true)
    expect(text).not.toContain('\nold\n')
    expect(await problems(root)).toEqual([])
  })

  it('reports unusable markers instead of overwriting the file', async () => {
    const root = repository()
    const text = `# Our KEPs\n${BEGIN_MARKER}\nx\n`
    writeFileSync(join(root, 'index.md'), text)
    expect((await cli(root, 'index', '--write')).code).toBe(2)
    expect(read(root)).toBe(text)
    expect(await problems(root)).toEqual([expect.objectContaining({ rule: 'index-stale', line: 2 })])
  })

  it('lists a KEP with broken metadata by file, with the problem', async () => {
    const root = repository()
    writeFileSync(join(root, 'sig-node/0050-broken.md'), '---\ntitle: [unclosed\n---\n')
    writeFileSync(join(root, 'sig-node/0051-no-metadata.md'), '# Nothing\n')
    expect((await cli(root, 'index', '--write')).code).toBe(0)
    const text = read(root)
    expect(text).toContain('| unreadable metadata | 2 |')
    expect(text).toMatch(/\| \[sig-node\/0050-broken.md\]\(sig-node\/0050-broken.md\) \| line 2: YAML syntax error/)
    expect(text).toContain('[sig-node/0051-no-metadata.md](sig-node/0051-no-metadata.md)')
  })

  it('escapes table syntax in titles and encodes link paths', async () => {
    const root = writeRepo({ 'sig-node/0042 a|b.md': frontMatterKep(fields({ title: '"A | B [draft]"' })) })
    await cli(root, 'index', '--write')
    expect(read(root)).toContain('[A \\| B \\[draft\\]](sig-node/0042%20a%7Cb.md)')
  })

  it('shows separate changes as separate small hunks, as git diff does', async () => {
    const keps: Record<string, string> = {}
    for (let n = 1; n <= 40; n++) keps[`sig-node/${String(n).padStart(4, '0')}-kep-${n}.md`] = frontMatterKep(fields({ 'kep-number': String(n), title: `KEP ${n}` }))
    const root = writeRepo(keps)
    expect((await cli(root, 'index', '--write')).code).toBe(0)
    const committed = read(root)
    for (const n of [3, 20, 37]) writeFileSync(join(root, `sig-node/${String(n).padStart(4, '0')}-kep-${n}.md`), frontMatterKep(fields({ 'kep-number': String(n), title: `KEP ${n} retitled` })))
    const { stdout } = await cli(root, 'index', '--check')
    const hunks = stdout.split('\n').filter(line => line.startsWith('@@'))
    expect(hunks).toHaveLength(3)
    // Each hunk: the changed row, removed and added, with 3 lines of context either side.
    expect(hunks).toEqual(hunks.map(() => expect.stringMatching(/^@@ -\d+,7 \+\d+,7 @@$/)))

    // The same hunks as git's own diff of the two files.
    const { stdout: expected } = await cli(root, 'index')
    writeFileSync(join(root, 'expected.md'), expected)
    const git = spawnSync('git', ['diff', '--no-index', '-U3', '--', 'index.md', 'expected.md'], { cwd: root, encoding: 'utf8' })
    expect(git.status).toBe(1)
    // git writes no count of 1 and may add the nearest heading after a hunk's range.
    const body = (diff: string) => diff.slice(diff.indexOf('\n@@') + 1).replace(/^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@.*$/gm, (_, a, b, c, d) => `@@ -${a},${b ?? 1} +${c},${d ?? 1} @@`)
    expect(lineDiff('index.md', committed, expected).diff).toMatch(/^--- a\/index.md\n\+\+\+ b\/index.md\n@@ /)
    expect(body(lineDiff('index.md', committed, expected).diff)).toBe(body(git.stdout))
  })

  it('shows a rewritten index as one hunk, quickly', () => {
    const rows = (word: string) => Array.from({ length: 5000 }, (_, i) => `| ${i} | [${word} ${i}](sig-node/${i}.md) |`).join('\n') + '\n'
    const started = Date.now()
    const { diff, firstLine } = lineDiff('index.md', rows('Old'), rows('New'))
    expect(Date.now() - started).toBeLessThan(1500)
    expect(firstLine).toBe(1)
    const lines = diff.split('\n')
    expect(lines.slice(0, 3)).toEqual(['--- a/index.md', '+++ b/index.md', '@@ -1,5000 +1,5000 @@'])
    expect(lines.filter(line => line.startsWith('-|'))).toHaveLength(5000)
    expect(lines.filter(line => line.startsWith('+|'))).toHaveLength(5000)
  })
})
