import { afterAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runCli } from '../src/cli/run.js'
import { mergeBase } from '../src/git/gitChanges.js'
import type { Diagnostic } from '../src/core/diagnostic.js'
import { byRule, check, removeRepos, writeRepo } from './helpers/repo.js'
import { readme } from './helpers/kepYaml.js'

afterAll(removeRepos)

const KEP = 'keps/sig-node/1539-hugepages/kep.yaml'
const PRR = 'keps/prod-readiness/sig-node/1539.yaml'

function kepYaml(overrides: Record<string, string | null> = {}): string {
  const base: Record<string, string> = {
    title: 'HugePages',
    'kep-number': '1539',
    authors: '\n  - "@derekwaynecarr"',
    'owning-sig': 'sig-node',
    'participating-sigs': '\n  - sig-scheduling',
    reviewers: '\n  - "@vishh"',
    approvers: '\n  - "@dchen1107"',
    stage: 'beta',
    'latest-milestone': '"v1.22"',
    milestone: '\n  alpha: "v1.18"\n  beta: "v1.22"',
    'creation-date': '2019-01-29',
    status: 'implementable'
  }
  return (
    Object.entries({ ...base, ...overrides })
      .filter(([, value]) => value !== null)
      .map(([key, value]) => (value!.startsWith('\n') ? `${key}:${value}` : `${key}: ${value}`))
      .join('\n') + '\n'
  )
}

const prr = 'kep-number: 1539\nalpha:\n  approver: "@deads2k"\nbeta:\n  approver: "@deads2k"\n'

function line(text: string, prefix: string): number {
  const index = text.split('\n').findIndex(l => l.startsWith(prefix))
  if (index === -1) throw new Error(`no line starts with ${prefix}`)
  return index + 1
}

/** The span of `value` on the first line that starts with `prefix`: 1-based, end column exclusive. */
function spanOf(text: string, prefix: string, value: string) {
  const at = line(text, prefix)
  const start = text.split('\n')[at - 1].indexOf(value)
  if (start === -1) throw new Error(`no ${value} on the line of ${prefix}`)
  return { line: at, column: start + 1, endLine: at, endColumn: start + 1 + value.length }
}

const kubernetes = { preset: 'kubernetes' }

describe('the kubernetes preset: kep.yaml sidecars', () => {
  it('accepts a valid kep.yaml with its production readiness approval', async () => {
    expect(await check({ [KEP]: kepYaml(), [PRR]: prr, 'keps/sig-node/1539-hugepages/README.md': readme('HugePages') }, kubernetes)).toEqual([])
  })

  it('points at lines of kep.yaml', async () => {
    const text = kepYaml({ status: 'imlpemented', authors: '\n  - derekwaynecarr' })
    const diagnostics = await check({ [KEP]: text, [PRR]: prr }, kubernetes)
    expect(byRule(diagnostics, 'schema/status')).toEqual([
      expect.objectContaining({ file: KEP, ...spanOf(text, 'status:', 'imlpemented'), column: 9, expected: ['implemented'], message: expect.stringContaining('status "imlpemented" is not one of') })
    ])
    expect(byRule(diagnostics, 'schema/authors')).toEqual([])
    // kubernetes/enhancements' tooling reads derekwaynecarr and @derekwaynecarr as one person: the missing @ is a warning, with the fix.
    expect(byRule(diagnostics, 'handle-at')).toEqual([
      expect.objectContaining({
        ...spanOf(text, '  - derekwaynecarr', 'derekwaynecarr'),
        severity: 'warning',
        expected: ['@derekwaynecarr'],
        message: 'authors[0] is "derekwaynecarr" without @; kubernetes/enhancements\' tooling reads it as the same person, but the template writes handles "@derekwaynecarr" — write "@derekwaynecarr"'
      })
    ])
  })

  it("accepts what kubernetes/enhancements' validator accepts: only its required fields, handles without @, bare KEP numbers", async () => {
    // api/proposal.go requires title, kep-number, authors, owning-sig, approvers and status; its fixtures add stage.
    const minimal = 'title: HugePages\nkep-number: 1539\nauthors:\n  - derekwaynecarr\nowning-sig: sig-node\napprovers:\n  - "@dchen1107"\nstatus: provisional\nstage: alpha\nreplaces:\n  - "1540"\n'
    const older = kepYaml({ 'kep-number': '1540', title: 'Old HugePages', status: 'replaced', 'superseded-by': '\n  - /keps/sig-node/1539-hugepages' })
    const diagnostics = await check({ [KEP]: minimal, 'keps/sig-node/1540-old-hugepages/kep.yaml': older }, kubernetes)
    expect(diagnostics.filter(d => d.severity === 'error')).toEqual([])
    expect(diagnostics.filter(d => d.file === KEP).map(d => [d.rule, d.line, d.expected])).toEqual([
      ['recommended-fields', 1, undefined],
      ['recommended-fields', 1, undefined],
      ['handle-at', 4, ['@derekwaynecarr']],
      ['reference-form', 11, ['/keps/sig-node/1540-old-hugepages', 'KEP-1540']]
    ])
    expect(diagnostics.filter(d => d.rule === 'recommended-fields').map(d => d.message)).toEqual([
      'the metadata has no "creation-date"; kubernetes/enhancements\' validator does not require it, but the template asks for it — add it',
      'the metadata has no "reviewers"; kubernetes/enhancements\' validator does not require it, but the template asks for it — add it'
    ])
  })

  it('keeps as errors what every consumer would read wrong', async () => {
    const text = kepYaml({ approvers: null, stage: 'gamma', 'creation-date': '2023-14-05' })
    const errors = (await check({ [KEP]: text, [PRR]: prr }, kubernetes)).filter(d => d.severity === 'error').map(d => d.rule)
    expect(errors).toEqual(expect.arrayContaining(['schema/approvers', 'schema/stage', 'schema/creation-date']))
  })

  it('warns about superseded-by on a KEP that is not replaced', async () => {
    const text = kepYaml({ 'superseded-by': '\n  - KEP-1540' })
    const other = kepYaml({ 'kep-number': '1540', title: 'New HugePages' })
    expect(byRule(await check({ [KEP]: text, [PRR]: prr, 'keps/sig-node/1540-new-hugepages/kep.yaml': other, 'keps/prod-readiness/sig-node/1540.yaml': prr.replace('1539', '1540') }, kubernetes), 'replaced-status')).toEqual([
      expect.objectContaining({ ...spanOf(text, 'superseded-by:', 'superseded-by'), severity: 'warning', expected: ['replaced'], message: expect.stringContaining('superseded-by names a KEP but status is implementable') })
    ])
  })

  it('requires kep-number to be the folder number', async () => {
    const text = kepYaml({ 'kep-number': '1884' })
    expect(byRule(await check({ [KEP]: text, [PRR]: prr }, kubernetes), 'folder-number')).toEqual([
      expect.objectContaining({
        ...spanOf(text, 'kep-number:', '1884'),
        expected: ['1539'],
        message: expect.stringContaining("kep-number is 1884 but the KEP's folder is 1539-hugepages; the number and the folder must agree: set kep-number to 1539")
      })
    ])
  })

  it('requires a stage of an implemented KEP to be stable (or a deprecation stage)', async () => {
    const text = kepYaml({ status: 'implemented' })
    expect(byRule(await check({ [KEP]: text, [PRR]: prr }, kubernetes), 'implemented-stage')).toEqual([
      expect.objectContaining({ ...spanOf(text, 'stage:', 'beta'), expected: ['stable'], message: expect.stringContaining('status is implemented but stage is beta; a KEP is implemented once it is stable') })
    ])
    expect(byRule(await check({ [KEP]: kepYaml({ status: 'implemented', stage: 'removed' }), [PRR]: prr }, kubernetes), 'implemented-stage')).toEqual([])
  })

  it('requires a stage, and warns about missing milestones', async () => {
    const text = kepYaml({ stage: null, 'latest-milestone': null })
    const diagnostics = await check({ [KEP]: text, [PRR]: prr }, kubernetes)
    expect(byRule(diagnostics, 'stage-required')).toEqual([
      expect.objectContaining({ ...spanOf(text, 'status:', 'implementable'), severity: 'error', message: expect.stringContaining('status is implementable but there is no stage; an implementable KEP says which stage it targets') })
    ])
    expect(byRule(diagnostics, 'milestone-required')).toEqual([
      expect.objectContaining({ ...spanOf(text, 'status:', 'implementable'), severity: 'warning', message: expect.stringContaining('status is implementable but latest-milestone is missing') })
    ])
  })

  it('requires a production readiness approval of the current stage', async () => {
    const text = kepYaml({ stage: 'stable' })
    const missingStage = byRule(await check({ [KEP]: text, [PRR]: prr }, kubernetes), 'prod-readiness')
    expect(missingStage).toEqual([expect.objectContaining({ ...spanOf(text, 'stage:', 'stable'), severity: 'error' })])
    expect(missingStage[0].message).toContain('has no approver for stable (it approves alpha, beta)')
    const noFile = byRule(await check({ [KEP]: kepYaml() }, kubernetes), 'prod-readiness')
    expect(noFile).toEqual([expect.objectContaining({ ...spanOf(text, 'status:', 'implementable'), severity: 'error' })])
    expect(noFile[0].message).toContain(`${PRR} does not exist`)
  })

  it('only warns about a missing approval for a KEP implemented before the review existed (v1.21)', async () => {
    const text = kepYaml({ status: 'implemented', stage: 'stable', 'latest-milestone': '"v1.19"' })
    expect(byRule(await check({ [KEP]: text }, kubernetes), 'prod-readiness')).toEqual([expect.objectContaining({ ...spanOf(text, 'status:', 'implemented'), severity: 'warning', message: expect.stringContaining(`${PRR} does not exist`) })])
  })

  it('validates the approval files themselves', async () => {
    const diagnostics = await check({ [KEP]: kepYaml(), [PRR]: 'kep-number: 1539\nalpha:\n  approver: deads2k\nbeta:\n  approver: "@x - PRR"\n' }, kubernetes)
    expect(diagnostics).toEqual([
      expect.objectContaining({
        file: PRR,
        line: 3,
        column: 13,
        endLine: 3,
        endColumn: 13 + 'deads2k'.length,
        rule: 'handle-at',
        severity: 'warning',
        expected: ['@deads2k'],
        message: expect.stringContaining('alpha.approver is "deads2k" without @')
      }),
      expect.objectContaining({ file: PRR, line: 5, rule: 'prod-readiness-schema/beta', severity: 'error', message: expect.stringContaining('"@x - PRR"') })
    ])
  })

  it("checks references by path: a folder that holds no KEP, and the KEP's own folder", async () => {
    const text = kepYaml({ 'see-also': '\n  - "/keps/sig-node/9999-nothing"\n  - "/keps/sig-node/1539-hugepages"' })
    expect(byRule(await check({ [KEP]: text, [PRR]: prr }, kubernetes), 'reference-exists')).toEqual([
      expect.objectContaining({
        ...spanOf(text, '  - "/keps/sig-node/9999', '"/keps/sig-node/9999-nothing"'),
        severity: 'warning',
        message: expect.stringContaining('see-also names /keps/sig-node/9999-nothing, but no KEP in this repository is there')
      }),
      expect.objectContaining({
        ...spanOf(text, '  - "/keps/sig-node/1539', '"/keps/sig-node/1539-hugepages"'),
        severity: 'warning',
        message: "see-also names /keps/sig-node/1539-hugepages, which is this KEP's own folder; remove it"
      })
    ])
  })

  it('reports a SIG folder that is not the owning SIG', async () => {
    const text = kepYaml({ 'owning-sig': 'sig-windows' })
    expect(byRule(await check({ [KEP]: text, 'keps/prod-readiness/sig-windows/1539.yaml': prr }, kubernetes), 'folder-sig')).toEqual([
      expect.objectContaining({ ...spanOf(text, 'owning-sig:', 'sig-windows'), expected: ['sig-node'], message: expect.stringContaining('owning-sig is sig-windows but the KEP is in keps/sig-node/') })
    ])
  })
})

async function cli(cwd: string, ...args: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, { cwd, stdout: text => (stdout += text), stderr: text => (stderr += text) })
  return { code, stdout, stderr }
}

describe('the configuration file', () => {
  it('sets the preset, SIG list and severities, for the CLI', async () => {
    const root = writeRepo({
      [KEP]: kepYaml({ 'owning-sig': 'sig-nod', 'latest-milestone': '"1.22"' }),
      'keps/prod-readiness/sig-nod/1539.yaml': prr,
      'sigs.yaml': 'sigs:\n  - dir: sig-node\n    name: Node\n  - dir: sig-scheduling\nworkinggroups:\n  - dir: wg-batch\n',
      '.kep-validator.yml': 'preset: kubernetes\nsigs: sigs.yaml\nseverity:\n  folder-sig: off\n  "schema/*": error\n'
    })
    const { code, stdout } = await cli(root, 'check', '--format', 'json')
    const problems = JSON.parse(stdout).problems as Diagnostic[]
    expect(problems.map(p => [p.rule, p.severity])).toEqual([
      ['sig-known', 'error'],
      ['schema/latest-milestone', 'error']
    ])
    expect(problems[0].expected).toEqual(['sig-node'])
    expect(code).toBe(1)
  })

  it('sets rules as eslint does (rules: { handle-at: error }), over severity', async () => {
    const root = writeRepo({
      [KEP]: kepYaml({ authors: '\n  - derekwaynecarr', reviewers: null }),
      [PRR]: prr,
      '.kep-validator.yml': 'preset: kubernetes\nseverity:\n  handle-at: off\nrules:\n  handle-at: error\n  recommended-fields: off\n'
    })
    const { code, stdout } = await cli(root, 'check', '--format', 'json')
    expect((JSON.parse(stdout).problems as Diagnostic[]).map(p => [p.rule, p.severity, p.expected])).toEqual([['handle-at', 'error', ['@derekwaynecarr']]])
    expect(code).toBe(1)
  })

  it('is validated: a bad configuration is a failure with its line', async () => {
    const root = writeRepo({ '.kep-validator.yml': 'preset: kubernets\nseverity:\n  x: loud\n' })
    const { code, stderr } = await cli(root, 'check')
    expect(stderr).toMatch(/\.kep-validator\.yml:1:9: preset "kubernets" is not one of kep-0001, kubernetes, openshift, tekton; did you mean "kubernetes"\?/)
    expect(stderr).toMatch(/\.kep-validator\.yml:3:6: severity\.x "loud" is not one of error, warning, off/)
    expect(code).toBe(2)
  })

  it('is overridden by command-line options', async () => {
    const root = writeRepo({ [KEP]: kepYaml(), [PRR]: prr, '.kep-validator.yml': 'preset: kep-0001\n' })
    const { stdout } = await cli(root, 'check', '--preset', 'kubernetes', '--format', 'json')
    expect(JSON.parse(stdout)).toMatchObject({ problems: [], checked: [KEP] })
  })
})

// The corpus sits beside the repository in this project's CI (../shared), which names it in
// KEP_CORPUS so that a missing corpus fails there. A fresh clone has no corpus: the test is
// skipped, saying so, so that `npm ci && npm test` passes for a newcomer. KEP_CORPUS=none skips it too.
const defaultCorpusPath = fileURLToPath(new URL('../../shared/corpus/kubernetes-enhancements', import.meta.url))
const corpusPath = process.env.KEP_CORPUS ?? defaultCorpusPath
const corpusSkippedBecause = corpusPath === 'none' ? 'KEP_CORPUS=none' : process.env.KEP_CORPUS === undefined && !existsSync(corpusPath) ? `corpus not found at ${corpusPath}; set KEP_CORPUS to its path to run it` : undefined
if (corpusSkippedBecause) console.warn(`kubernetes/enhancements corpus test skipped: ${corpusSkippedBecause}`)
const describeCorpus = corpusSkippedBecause ? describe.skip : describe

describeCorpus(corpusSkippedBecause ? `the real kubernetes/enhancements corpus (skipped: ${corpusSkippedBecause})` : 'the real kubernetes/enhancements corpus', () => {
  const corpus = corpusPath

  it('is read whole by the bundled CLI, without a crash, and its defects are found', () => {
    expect(existsSync(corpus)).toBe(true)
    const result = spawnSync(process.execPath, [fileURLToPath(new URL('../dist/cli.js', import.meta.url)), 'check', '--preset', 'kubernetes', '--root', corpus, '--format', 'json'], {
      encoding: 'utf8',
      maxBuffer: 1 << 28
    })
    expect(result.stderr).toBe('')
    expect(result.status).toBe(1)
    const report = JSON.parse(result.stdout) as { problems: Diagnostic[]; checked: string[] }
    const onDisk = spawnSync('find', ['keps', '-name', 'kep.yaml'], { cwd: corpus, encoding: 'utf8' }).stdout.trim().split('\n')
    // Every kep.yaml but the two templates.
    expect(report.checked.length).toBe(onDisk.length - 2)
    const rules = new Set(report.problems.map(p => p.rule))
    for (const rule of ['schema/status', 'schema/creation-date', 'number-unique', 'folder-number', 'date-order', 'implemented-stage', 'prod-readiness', 'schema/authors']) {
      expect([rule, rules.has(rule)]).toEqual([rule, true])
    }
    // Every class of defect at its severity by the policy: the template's conventions are warnings, what upstream rejects is an error.
    const severities = new Map<string, Set<string>>()
    for (const p of report.problems) severities.set(p.rule, (severities.get(p.rule) ?? new Set()).add(p.severity))
    const severityOf = (rule: string) => [rule, [...(severities.get(rule) ?? [])].sort().join(',')]
    for (const [rule, severity] of [
      ['handle-at', 'warning'],
      ['recommended-fields', 'warning'],
      ['reference-form', 'warning'],
      ['schema/latest-milestone', 'warning'],
      ['schema/creation-date', 'error'],
      ['schema/status', 'error'],
      ['schema/approvers', 'error'],
      ['number-unique', 'error'],
      ['folder-number', 'error'],
      ['implemented-stage', 'error']
    ]) {
      expect(severityOf(rule)).toEqual([rule, severity])
    }
    // A bare handle is the same person to kubernetes' tooling: never an error, in kep.yaml or in an approval file.
    expect(report.problems.filter(p => p.severity === 'error' && /is the text "[A-Za-z0-9-]+", which is not allowed; expected a GitHub handle/.test(p.message))).toEqual([])
    expect(report.problems.find(p => p.rule === 'reference-form')).toMatchObject({ severity: 'warning', expected: ['KEP-6090'], message: expect.stringContaining('replaces[0] is the bare number "6090"') })
    const typo = report.problems.find(p => p.rule === 'schema/status' && p.message.includes('"imlpemented"'))
    expect(typo?.expected).toEqual(['implemented'])
    // The typo's exact place, from the file's own text.
    const typoText = readFileSync(join(corpus, typo!.file), 'utf8')
    expect(typo).toMatchObject({ ...spanOf(typoText, 'status:', 'imlpemented'), column: 9 })
    // Every problem points inside its file: a line it has, a column within that line.
    const texts = new Map<string, string[]>()
    for (const problem of report.problems) {
      if (!texts.has(problem.file)) texts.set(problem.file, existsSync(join(corpus, problem.file)) ? readFileSync(join(corpus, problem.file), 'utf8').split(/\r?\n/) : [''])
      const lines = texts.get(problem.file)!
      const place = [problem.file, problem.rule, problem.line, problem.column]
      expect([place, problem.line >= 1 && problem.line <= lines.length]).toEqual([place, true])
      expect([place, problem.column >= 1 && problem.column <= lines[problem.line - 1].length + 1]).toEqual([place, true])
      expect([place, problem.endLine > problem.line || (problem.endLine === problem.line && problem.endColumn >= problem.column)]).toEqual([place, true])
      expect([place, problem.endLine <= lines.length && problem.endColumn <= lines[problem.endLine - 1].length + 1]).toEqual([place, true])
    }
  })

  it('--fix: each file it writes differs only on the lines of the problems it fixed (every other byte kept), as docs/cli.md counts them; a second --fix finds nothing', () => {
    const copy = mkdtempSync(join(tmpdir(), 'kep-validator-corpus-'))
    try {
      cpSync(join(corpus, 'keps'), join(copy, 'keps'), { recursive: true })
      const cli = (...args: string[]) => spawnSync(process.execPath, [fileURLToPath(new URL('../dist/cli.js', import.meta.url)), 'check', '--preset', 'kubernetes', '--root', copy, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 })
      const first = cli('--fix')
      expect(first.stderr).toBe('')
      // "path:line:column  fixed  rule  message", one per problem fixed; "wrote path", one per file.
      const fixedLines = new Map<string, Set<number>>()
      let problems = 0
      for (const match of first.stdout.matchAll(/^(\S+):(\d+):\d+ {2}fixed {2}/gm)) {
        problems++
        fixedLines.set(match[1], (fixedLines.get(match[1]) ?? new Set()).add(Number(match[2])))
      }
      const written = [...first.stdout.matchAll(/^wrote (\S+)$/gm)].map(match => match[1])
      expect(problems).toBeGreaterThan(0)
      let lines = 0
      for (const file of written) {
        const path = file.slice(file.indexOf('keps/'))
        const before = readFileSync(join(corpus, path)).toString('latin1').split('\n')
        const after = readFileSync(join(copy, path)).toString('latin1').split('\n')
        expect([path, after.length]).toEqual([path, before.length])
        const changed = before.flatMap((line, i) => (line === after[i] ? [] : [i + 1]))
        expect([path, changed]).toEqual([path, [...(fixedLines.get(file) ?? [])].sort((a, b) => a - b)])
        lines += changed.length
      }
      expect(written.length).toBe(fixedLines.size)
      // The figures docs/cli.md gives.
      const stated = /On kubernetes\/enhancements, `--fix` fixes (\d+) problems on (\d+) lines of (\d+) files/.exec(readFileSync(new URL('../docs/cli.md', import.meta.url), 'utf8'))
      expect(stated?.slice(1).map(Number)).toEqual([problems, lines, written.length])
      // No other file changed.
      const writtenPaths = new Set(written.map(file => file.slice(file.indexOf('keps/'))))
      const files = (readdirSync(join(corpus, 'keps'), { recursive: true }) as string[]).map(file => `keps/${file}`).filter(file => /\.ya?ml$/.test(file))
      expect(files.filter(file => !writtenPaths.has(file) && !readFileSync(join(corpus, file)).equals(readFileSync(join(copy, file))))).toEqual([])
      // Idempotent: what it wrote has nothing left to fix, and a second run writes nothing.
      const fixedOnce = new Map([...writtenPaths].map(path => [path, readFileSync(join(copy, path))]))
      const second = cli('--fix')
      expect(second.stdout).toContain('Nothing to fix: no problem has a safe fix.')
      expect(second.stdout).not.toMatch(/^wrote /m)
      for (const [path, bytes] of fixedOnce) expect([path, readFileSync(join(copy, path)).equals(bytes)]).toEqual([path, true])
    } finally {
      rmSync(copy, { recursive: true, force: true })
    }
  })
})

describe('pull-request mode with the kubernetes preset', () => {
  async function pullRequest(before: string, after: string) {
    const { execFileSync } = await import('node:child_process')
    const { check: checkCli } = await import('../src/cli/check.js')
    const { loadSettings } = await import('../src/config/settings.js')
    const root = writeRepo({ [KEP]: before, [PRR]: prr + 'stable:\n  approver: "@deads2k"\n' })
    const git = (...args: string[]) => execFileSync('git', args, { cwd: root, env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@x', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@x' } })
    git('init', '-q', '-b', 'main')
    git('add', '-A')
    git('commit', '-q', '-m', 'base')
    writeFileSync(join(root, KEP), after)
    const io = { cwd: root, stdout: () => {}, stderr: () => {} }
    return (await checkCli(io, { settings: await loadSettings({ root, preset: 'kubernetes' }), baseCommit: mergeBase(root, 'main'), format: 'json', paths: [] })).diagnostics
  }

  it('reports a stage that regresses, with the stages the lifecycle allows', async () => {
    const after = kepYaml({ stage: 'alpha' })
    expect(byRule(await pullRequest(kepYaml({ stage: 'beta' }), after), 'stage-transition')).toEqual([
      expect.objectContaining({
        file: KEP,
        ...spanOf(after, 'stage:', 'alpha'),
        severity: 'error',
        expected: ['stable', 'deprecated', 'disabled', 'removed'],
        message: 'stage changed from beta to alpha, which the kubernetes lifecycle does not allow: beta may change only to stable, deprecated, disabled, removed'
      })
    ])
  })

  it('lets a stage graduate', async () => {
    expect(byRule(await pullRequest(kepYaml({ stage: 'alpha' }), kepYaml({ stage: 'beta' })), 'stage-transition')).toEqual([])
  })

  it('enforces the kubernetes lifecycle on kep.yaml', async () => {
    const { execFileSync } = await import('node:child_process')
    const { check: checkCli } = await import('../src/cli/check.js')
    const { loadSettings } = await import('../src/config/settings.js')
    const root = writeRepo({ [KEP]: kepYaml({ status: 'implemented', stage: 'stable', milestone: '\n  stable: "v1.22"' }), [PRR]: prr + 'stable:\n  approver: "@deads2k"\n' })
    const git = (...args: string[]) => execFileSync('git', args, { cwd: root, env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@x', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@x' } })
    git('init', '-q', '-b', 'main')
    git('add', '-A')
    git('commit', '-q', '-m', 'base')
    const after = kepYaml({ status: 'provisional', stage: 'stable', milestone: '\n  stable: "v1.22"' })
    writeFileSync(join(root, KEP), after)
    const io = { cwd: root, stdout: () => {}, stderr: () => {} }
    const result = await checkCli(io, { settings: await loadSettings({ root, preset: 'kubernetes' }), baseCommit: mergeBase(root, 'main'), format: 'json', paths: [] })
    expect(byRule(result.diagnostics, 'status-transition')).toEqual([
      expect.objectContaining({
        file: KEP,
        ...spanOf(after, 'status:', 'provisional'),
        expected: ['implementable', 'withdrawn', 'replaced'],
        message: expect.stringContaining('status changed from implemented to provisional, which the kubernetes lifecycle does not allow')
      })
    ])
  })
})

describe('the action with the kubernetes preset', () => {
  it('audits kep.yaml files and reports at their lines', async () => {
    const { runAction } = await import('./helpers/runAction.js')
    const text = kepYaml({ status: 'imlpemented' })
    const workspace = writeRepo({ [KEP]: text, [PRR]: prr })
    const run = await runAction({ workspace, inputs: { preset: 'kubernetes' }, event: { name: 'push', payload: {} } })
    expect(run.stdout).toContain(`::error title=schema/status,file=${KEP},line=${line(text, 'status:')},endLine=${line(text, 'status:')},col=9,endColumn=19::status "imlpemented" is not one of`)
    expect(run.outputs).toMatchObject({ errors: '1', 'index-state': 'off' })
    expect(run.code).toBe(1)
  })
})
