import { afterAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runCli } from '../src/cli/run.js'
import type { Diagnostic } from '../src/diagnostic.js'
import { byRule, check, removeRepos, writeRepo } from './helpers/repo.js'

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
  return Object.entries({ ...base, ...overrides })
    .filter(([, value]) => value !== null)
    .map(([key, value]) => (value!.startsWith('\n') ? `${key}:${value}` : `${key}: ${value}`))
    .join('\n') + '\n'
}

const prr = 'kep-number: 1539\nalpha:\n  approver: "@deads2k"\nbeta:\n  approver: "@deads2k"\n'

function line(text: string, prefix: string): number {
  return text.split('\n').findIndex(l => l.startsWith(prefix)) + 1
}

const kubernetes = { preset: 'kubernetes' }

describe('the kubernetes preset: kep.yaml sidecars', () => {
  it('accepts a valid kep.yaml with its production readiness approval', async () => {
    expect(await check({ [KEP]: kepYaml(), [PRR]: prr, 'keps/sig-node/1539-hugepages/README.md': '# HugePages\n' }, kubernetes)).toEqual([])
  })

  it('points at lines of kep.yaml', async () => {
    const text = kepYaml({ status: 'imlpemented', authors: '\n  - derekwaynecarr' })
    const diagnostics = await check({ [KEP]: text, [PRR]: prr }, kubernetes)
    expect(byRule(diagnostics, 'schema/status')).toEqual([expect.objectContaining({ file: KEP, line: line(text, 'status:'), column: 9, expected: ['implemented'] })])
    expect(byRule(diagnostics, 'schema/authors')).toEqual([expect.objectContaining({ line: line(text, '  - derekwaynecarr'), column: 5, expected: ['@derekwaynecarr'] })])
  })

  it('requires kep-number to be the folder number', async () => {
    const text = kepYaml({ 'kep-number': '1884' })
    expect(byRule(await check({ [KEP]: text, [PRR]: prr }, kubernetes), 'folder-number')).toEqual([
      expect.objectContaining({ line: line(text, 'kep-number:'), expected: ['1539'] })
    ])
  })

  it('requires a stage of an implemented KEP to be stable (or a deprecation stage)', async () => {
    const text = kepYaml({ status: 'implemented' })
    expect(byRule(await check({ [KEP]: text, [PRR]: prr }, kubernetes), 'implemented-stage')).toEqual([
      expect.objectContaining({ line: line(text, 'stage:'), expected: ['stable'] })
    ])
    expect(byRule(await check({ [KEP]: kepYaml({ status: 'implemented', stage: 'removed' }), [PRR]: prr }, kubernetes), 'implemented-stage')).toEqual([])
  })

  it('requires a stage, and warns about missing milestones', async () => {
    const text = kepYaml({ stage: null, 'latest-milestone': null })
    const diagnostics = await check({ [KEP]: text, [PRR]: prr }, kubernetes)
    expect(byRule(diagnostics, 'stage-required')).toEqual([expect.objectContaining({ line: line(text, 'status:'), severity: 'error' })])
    expect(byRule(diagnostics, 'milestone-required')).toEqual([expect.objectContaining({ severity: 'warning' })])
  })

  it('requires a production readiness approval of the current stage', async () => {
    const text = kepYaml({ stage: 'stable' })
    const missingStage = byRule(await check({ [KEP]: text, [PRR]: prr }, kubernetes), 'prod-readiness')
    expect(missingStage).toEqual([expect.objectContaining({ line: line(text, 'stage:'), severity: 'error' })])
    expect(missingStage[0].message).toContain('has no approver for stable (it approves alpha, beta)')
    const noFile = byRule(await check({ [KEP]: kepYaml() }, kubernetes), 'prod-readiness')
    expect(noFile).toEqual([expect.objectContaining({ line: line(text, 'status:'), severity: 'error' })])
    expect(noFile[0].message).toContain(`${PRR} does not exist`)
  })

  it('only warns about a missing approval for a KEP implemented before the review existed (v1.21)', async () => {
    const text = kepYaml({ status: 'implemented', stage: 'stable', 'latest-milestone': '"v1.19"' })
    expect(byRule(await check({ [KEP]: text }, kubernetes), 'prod-readiness')).toEqual([expect.objectContaining({ severity: 'warning' })])
  })

  it('validates the approval files themselves', async () => {
    const diagnostics = await check({ [KEP]: kepYaml(), [PRR]: 'kep-number: 1539\nalpha:\n  approver: deads2k\nbeta:\n  approver: "@x"\n' }, kubernetes)
    expect(diagnostics).toEqual([expect.objectContaining({ file: PRR, line: 3, column: 13, rule: 'prod-readiness-schema/alpha', expected: ['@deads2k'] })])
  })

  it('checks references by path', async () => {
    const text = kepYaml({ 'see-also': '\n  - "/keps/sig-node/9999-nothing"\n  - "/keps/sig-node/1539-hugepages"' })
    expect(byRule(await check({ [KEP]: text, [PRR]: prr }, kubernetes), 'reference-exists')).toEqual([
      expect.objectContaining({ line: line(text, '  - "/keps/sig-node/9999'), severity: 'warning' })
    ])
  })

  it('reports a SIG folder that is not the owning SIG', async () => {
    const text = kepYaml({ 'owning-sig': 'sig-windows' })
    expect(byRule(await check({ [KEP]: text, 'keps/prod-readiness/sig-windows/1539.yaml': prr }, kubernetes), 'folder-sig')).toEqual([
      expect.objectContaining({ line: line(text, 'owning-sig:'), expected: ['sig-node'] })
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

  it('is validated: a bad configuration is a failure with its line', async () => {
    const root = writeRepo({ '.kep-validator.yml': 'preset: kubernets\nseverity:\n  x: loud\n' })
    const { code, stderr } = await cli(root, 'check')
    expect(stderr).toMatch(/\.kep-validator\.yml:1:9: preset "kubernets" is not one of kep-0001, kubernetes; did you mean "kubernetes"\?/)
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
const corpusSkippedBecause =
  corpusPath === 'none'
    ? 'KEP_CORPUS=none'
    : process.env.KEP_CORPUS === undefined && !existsSync(corpusPath)
      ? `corpus not found at ${corpusPath}; set KEP_CORPUS to its path to run it`
      : undefined
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
    const typo = report.problems.find(p => p.rule === 'schema/status' && p.message.includes('"imlpemented"'))
    expect(typo?.expected).toEqual(['implemented'])
    for (const problem of report.problems) expect(problem.line).toBeGreaterThanOrEqual(1)
  })
})

describe('pull-request mode with the kubernetes preset', () => {
  it('enforces the kubernetes lifecycle on kep.yaml', async () => {
    const { execFileSync } = await import('node:child_process')
    const { check: checkCli } = await import('../src/cli/check.js')
    const { loadSettings } = await import('../src/settings.js')
    const root = writeRepo({ [KEP]: kepYaml({ status: 'implemented', stage: 'stable', milestone: '\n  stable: "v1.22"' }), [PRR]: prr + 'stable:\n  approver: "@deads2k"\n' })
    const git = (...args: string[]) => execFileSync('git', args, { cwd: root, env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@x', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@x' } })
    git('init', '-q', '-b', 'main')
    git('add', '-A')
    git('commit', '-q', '-m', 'base')
    const after = kepYaml({ status: 'provisional', stage: 'stable', milestone: '\n  stable: "v1.22"' })
    writeFileSync(join(root, KEP), after)
    const io = { cwd: root, stdout: () => {}, stderr: () => {} }
    const result = await checkCli(io, { settings: await loadSettings({ root, preset: 'kubernetes' }), base: 'main', format: 'json', paths: [] })
    expect(byRule(result.diagnostics, 'status-transition')).toEqual([
      expect.objectContaining({ file: KEP, line: line(after, 'status:'), expected: ['implementable', 'withdrawn', 'replaced'] })
    ])
  })
})

describe('the action with the kubernetes preset', () => {
  it('audits kep.yaml files and reports at their lines', async () => {
    const { runAction } = await import('./helpers/runAction.js')
    const text = kepYaml({ status: 'imlpemented' })
    const workspace = writeRepo({ [KEP]: text, [PRR]: prr })
    const run = await runAction({ workspace, inputs: { preset: 'kubernetes' }, event: { name: 'push', payload: {} } })
    expect(run.stdout).toContain(`::error title=schema/status,file=${KEP},line=${line(text, 'status:')},endLine=${line(text, 'status:')},col=9,endColumn=20::status "imlpemented" is not one of`)
    expect(run.outputs).toMatchObject({ errors: '1', 'index-state': 'off' })
    expect(run.code).toBe(1)
  })
})
