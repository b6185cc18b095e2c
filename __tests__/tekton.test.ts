import { afterAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runCli } from '../src/cli/run.js'
import { loadSettings } from '../src/config/settings.js'
import { FileSystemTree } from '../src/tree/fileSystemTree.js'
import { validate } from '../src/validate/validate.js'

/**
 * The tekton preset against tektoncd/community itself: the error verdict of every file agrees
 * with its own `teps.py validate`, run for real (on the real TEPs, and on fixtures of what it
 * rejects), but where docs/presets/tekton.md names the difference and why; its README table is
 * rendered byte for byte as `teps.py table` wrote it, and kept so by index --write and --fix.
 *
 * The corpus sits at ../shared/corpus/tektoncd-community beside the clone, or at TEKTON_CORPUS
 * (none: skip; named there, it must exist). teps.py needs python3 with click and ruamel.yaml (Debian's python3-click and
 * python3-ruamel.yaml, which .ci/run installs); it imports chevron, which validate never uses,
 * so a stand-in (__tests__/helpers/python/chevron.py) is put on PYTHONPATH. Without them the
 * tests that need them are skipped, saying why.
 */

const repository = fileURLToPath(new URL('..', import.meta.url))
const corpus = process.env.TEKTON_CORPUS ?? join(repository, '..', 'shared', 'corpus', 'tektoncd-community')
// A corpus named by TEKTON_CORPUS (CI names it) must be there: the tests fail instead of skipping.
const corpusMissing =
  corpus === 'none' ? 'TEKTON_CORPUS=none' : process.env.TEKTON_CORPUS === undefined && !existsSync(join(corpus, 'teps', 'tools', 'teps.py')) ? `tektoncd/community not found at ${corpus}; set TEKTON_CORPUS to its path to run it` : undefined
const tepsPy = join(corpus, 'teps', 'tools', 'teps.py')
const fixtures = join(repository, '__tests__', 'fixtures', 'tekton')

/** A python3 that can import what teps.py validate needs. */
function findPython(): string | undefined {
  // A python named by TEPS_PYTHON (CI names it) is used as it is: a broken one fails the tests.
  if (process.env.TEPS_PYTHON) return process.env.TEPS_PYTHON
  for (const candidate of ['/usr/bin/python3', 'python3']) {
    if (spawnSync(candidate, ['-c', 'import click, ruamel.yaml'], { encoding: 'utf8' }).status === 0) return candidate
  }
  return undefined
}
const python = corpusMissing ? undefined : findPython()
const pythonMissing = corpusMissing ?? (python === undefined ? 'no python3 with click and ruamel.yaml (apt-get install python3-click python3-ruamel.yaml, or set TEPS_PYTHON)' : undefined)
if (corpusMissing) console.warn(`tekton corpus tests skipped: ${corpusMissing}`)
else if (pythonMissing) console.warn(`tekton agreement with teps.py skipped: ${pythonMissing}`)

const folders: string[] = []
afterAll(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** teps.py validate's verdict on each file of a teps folder: passes, or fails (its errors, or an exception). */
function upstreamVerdicts(teps: string): Record<string, { ok: boolean; how: string }> {
  const result = spawnSync(python!, [join(repository, '__tests__', 'helpers', 'teps-validate.py'), tepsPy, teps], {
    encoding: 'utf8',
    // UTF-8 whatever the machine's locale: teps.py opens files with Python's default encoding.
    env: { ...process.env, PYTHONPATH: join(repository, '__tests__', 'helpers', 'python'), PYTHONUTF8: '1' },
    maxBuffer: 1 << 26
  })
  expect(result.stderr).toBe('')
  expect(result.status).toBe(0)
  return JSON.parse(result.stdout)
}

/** kep-validator's errors by file (every file of the layout, with or without errors), under the tekton preset. */
async function ourErrors(root: string, indexFile?: null): Promise<Map<string, string[]>> {
  const settings = await loadSettings({ root, preset: 'tekton', ...(indexFile === null ? { indexFile } : {}) })
  const result = await validate(settings, { head: new FileSystemTree(root) })
  const errors = new Map<string, string[]>(result.checked.map(file => [file, []]))
  for (const d of result.diagnostics) if (d.severity === 'error') errors.set(d.file, [...(errors.get(d.file) ?? []), `${d.rule} (line ${d.line}): ${d.message}`])
  return errors
}

/** The files docs/presets/tekton.md names as judged otherwise than by teps.py, each with its row. */
function documentedDifferences(): Map<string, string> {
  const page = readFileSync(join(repository, 'docs', 'presets', 'tekton.md'), 'utf8')
  const begin = page.indexOf('<!-- BEGIN DIFFERENCES -->')
  const end = page.indexOf('<!-- END DIFFERENCES -->')
  expect(begin).toBeGreaterThan(-1)
  expect(end).toBeGreaterThan(begin)
  const named = new Map<string, string>()
  for (const row of page
    .slice(begin, end)
    .split('\n')
    .filter(line => line.startsWith('| `'))) {
    const firstCell = row.split(' | ')[0]
    for (const [, file] of firstCell.matchAll(/`([^`]+)`/g)) named.set(file, row)
  }
  return named
}

/** Files whose error verdict differs from teps.py's: its verdict, and our errors. */
function disagreements(upstream: Record<string, { ok: boolean; how: string }>, ours: Map<string, string[]>): Array<{ file: string; teps: string; ours: string[] }> {
  const files = new Set([...Object.keys(upstream), ...[...ours.keys()].filter(file => file.startsWith('teps/') && !file.includes('/', 5)).map(file => file.slice(5))])
  files.delete('README.md')
  const found = []
  for (const file of [...files].sort()) {
    const theirs = upstream[file]
    const mine = ours.get(`teps/${file}`)
    if (theirs === undefined || mine === undefined) {
      found.push({ file, teps: theirs ? theirs.how : 'not taken for a TEP', ours: mine ?? ['not taken for a TEP'] })
    } else if (theirs.ok !== (mine.length === 0)) {
      found.push({ file, teps: theirs.how, ours: mine })
    }
  }
  return found
}

describe('fixtures of what teps.py validate rejects', () => {
  it('are all there, each named for what it shows', () => {
    const names = readdirSync(join(fixtures, 'teps'))
    expect(names.length).toBeGreaterThanOrEqual(25)
  })
})

const describeAgreement = pythonMissing ? describe.skip : describe
describeAgreement(pythonMissing ? `agreement with teps.py validate (skipped: ${pythonMissing})` : 'agreement with teps.py validate, file by file', () => {
  it('on the real tektoncd/community: the same error verdict for every TEP', async () => {
    const upstream = upstreamVerdicts(join(corpus, 'teps'))
    const ours = await ourErrors(corpus)
    expect(Object.keys(upstream).length).toBeGreaterThanOrEqual(146)
    const documented = documentedDifferences()
    expect(disagreements(upstream, ours).filter(d => !documented.has(d.file))).toEqual([])
    // teps/README.md, the index, is fresh: no error about it either.
    expect(ours.get('teps/README.md') ?? []).toEqual([])
  })

  it('on the fixtures: the same verdict, but for the differences the docs name', async () => {
    const upstream = upstreamVerdicts(join(fixtures, 'teps'))
    const ours = await ourErrors(fixtures, null)
    const documented = documentedDifferences()
    const differing = disagreements(upstream, ours)
    expect(differing.filter(d => !documented.has(d.file))).toEqual([])
    // Every difference the docs name is real: a row that no longer differs is taken out of the docs.
    const differingFiles = new Set(differing.map(d => d.file))
    expect([...documented.keys()].filter(file => !differingFiles.has(file) && existsSync(join(fixtures, 'teps', file)))).toEqual([])
    // Each fixture that teps.py rejects is one kep-validator rejects (only the documented ones pass upstream and fail here).
    for (const d of differing) expect([d.file, upstream[d.file]?.ok]).toEqual([d.file, true])
  })
})

async function cli(cwd: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, { cwd, stdout: text => (stdout += text), stderr: text => (stderr += text) })
  return { code, stdout, stderr }
}

/** A copy of the corpus's teps folder to change. */
function corpusCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'kep-tekton-'))
  folders.push(root)
  cpSync(join(corpus, 'teps'), join(root, 'teps'), { recursive: true })
  return root
}

const describeCorpus = corpusMissing ? describe.skip : describe
describeCorpus(corpusMissing ? `the README table of tektoncd/community (skipped: ${corpusMissing})` : 'the README table of tektoncd/community', () => {
  it('is rendered from teps/README.md.mustache byte for byte as teps.py table wrote it', async () => {
    const committed = readFileSync(join(corpus, 'teps', 'README.md'), 'utf8')
    const printed = await cli(corpus, 'index', '--preset', 'tekton')
    expect(printed.stderr).toBe('')
    expect(printed.code).toBe(0)
    expect(printed.stdout).toBe(committed)
    expect((await cli(corpus, 'index', '--preset', 'tekton', '--check')).code).toBe(0)
  })

  it('is written again, identical, by index --write when it is missing', async () => {
    const root = corpusCopy()
    const committed = readFileSync(join(root, 'teps', 'README.md'))
    rmSync(join(root, 'teps', 'README.md'))
    const checked = await cli(root, 'check', '--preset', 'tekton', '--format', 'json')
    expect(JSON.parse(checked.stdout).problems).toEqual(expect.arrayContaining([expect.objectContaining({ file: 'teps/README.md', rule: 'index-stale', severity: 'error' })]))
    expect((await cli(root, 'index', '--preset', 'tekton', '--write')).code).toBe(0)
    expect(readFileSync(join(root, 'teps', 'README.md'))).toEqual(committed)
  })

  it('is found stale when a TEP changes, and check --fix rewrites only its row', async () => {
    const root = corpusCopy()
    const tep = join(root, 'teps', '0002-custom-tasks.md')
    writeFileSync(tep, readFileSync(tep, 'utf8').replace('title: Custom Tasks', 'title: Custom Tasks & <Runs>').replace('status: implemented', 'status: implementable'))
    const before = readFileSync(join(root, 'teps', 'README.md'), 'utf8')
    const checked = await cli(root, 'check', '--preset', 'tekton', '--format', 'json')
    expect(checked.code).toBe(1)
    const stale = JSON.parse(checked.stdout).problems.find((p: { rule: string }) => p.rule === 'index-stale')
    expect(stale).toMatchObject({ file: 'teps/README.md', severity: 'error', line: 10 })
    expect(stale.message).toContain('teps/README.md.mustache')
    expect((await cli(root, 'check', '--preset', 'tekton', '--fix')).code).toBe(0)
    const after = readFileSync(join(root, 'teps', 'README.md'), 'utf8')
    const changed = after.split('\n').filter((line, i) => line !== before.split('\n')[i])
    // chevron's escaping, as teps.py table writes it: & < > " become entities, nothing else does.
    // TEP-0037's status "implementing" is one edit from "implemented", but work in progress is not
    // done: that did-you-mean is only a suggestion, which --fix shows and does not apply.
    expect(changed).toEqual(['|[TEP-0002](0002-custom-tasks.md) | Custom Tasks &amp; &lt;Runs&gt; | implementable | 2021-12-15 |'])
    expect(readFileSync(join(root, 'teps', '0037-remove-gcs-fetcher.md'), 'utf8')).toContain('\nstatus: implementing\n')
    expect((await cli(root, 'index', '--preset', 'tekton', '--check')).code).toBe(0)
  })
})
