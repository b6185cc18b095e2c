import { afterAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { fields, frontMatterKep, lineOf, removeRepos, writeRepo } from './helpers/repo.js'
import { git, initRepo } from './helpers/git.js'

afterAll(removeRepos)

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
const KEP1 = fileURLToPath(new URL('./fixtures/kep-1', import.meta.url))
const EXAMPLE = fileURLToPath(new URL('../examples/keps', import.meta.url))

function run(args: string[], cwd = process.cwd()) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '' } })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('the bundled CLI, dist/cli.js', () => {
  it('prints the JSON contract for KEP-1\'s own metadata and exits 1', () => {
    const { code, stdout } = run(['check', '--root', KEP1, '--format', 'json', '--no-index'])
    expect(code).toBe(1)
    const report = JSON.parse(stdout)
    expect(report.problems).toEqual([
      {
        file: 'sig-architecture/0001-kubernetes-enhancement-proposal-process.md',
        line: 18,
        column: 5,
        endLine: 18,
        endColumn: 22,
        severity: 'error',
        rule: 'yaml-syntax',
        message: expect.stringContaining('`kubernetes-wide`'),
        expected: ['kubernetes-wide']
      },
      {
        file: 'sig-architecture/0001-kubernetes-enhancement-proposal-process.md',
        line: 26,
        column: 9,
        endLine: 26,
        endColumn: 14,
        severity: 'error',
        rule: 'schema/status',
        message: expect.stringContaining('did you mean "Draft"?'),
        expected: ['Draft']
      }
    ])
    expect(report.summary).toEqual({ errors: 2, warnings: 0, checked: 1 })
  })

  it('prints compiler-style lines relative to the current folder', () => {
    const { code, stdout } = run(['check', '--no-index'], KEP1)
    expect(code).toBe(1)
    expect(stdout).toContain('sig-architecture/0001-kubernetes-enhancement-proposal-process.md:26:9  error    schema/status  status "draft"')
    expect(stdout).toContain('2 errors, 0 warnings in 1 file')
  })

  it('prints workflow annotations in github format', () => {
    const { code, stdout } = run(['check', '--format', 'github', '--no-index'], KEP1)
    expect(code).toBe(1)
    expect(stdout).toContain(
      '::error title=schema/status,file=sig-architecture/0001-kubernetes-enhancement-proposal-process.md,line=26,endLine=26,col=9,endColumn=14::status "draft"'
    )
  })

  it('exits 0 on the bundled example repository', () => {
    const { code, stdout } = run(['check', '--root', EXAMPLE])
    expect(stdout).toMatch(/9 KEPs checked, no problems/)
    expect(code).toBe(0)
  })

  it('exits 0 when there are only warnings', () => {
    const root = writeRepo({ 'sig-node/pod-overhead.md': frontMatterKep(fields()) })
    const { code, stdout } = run(['check', '--root', root, '--format', 'json', '--no-index'])
    expect(JSON.parse(stdout).summary).toEqual({ errors: 0, warnings: 1, checked: 1 })
    expect(code).toBe(0)
  })

  it.each([
    [['frobnicate'], /unknown command "frobnicate"/],
    [['check', '--format', 'xml'], /--format must be one of text, json, github/],
    [['check', '--bogus'], /Unknown option '--bogus'/],
    [['check', '--lifecycle', 'nope'], /lifecycle "nope" is neither a built-in lifecycle/],
    [['check', 'missing.md'], /missing.md does not exist/]
  ])('exits 2 with a message for %j', (args, message) => {
    const { code, stderr } = run(args as string[], KEP1)
    expect(stderr).toMatch(message)
    expect(code).toBe(2)
  })

  it('checks only the paths given, with the whole repository as context', () => {
    const root = writeRepo({
      'sig-node/0042-pod-overhead.md': frontMatterKep(fields({ 'see-also': '\n  - KEP-7' })),
      'sig-apps/0007-other.md': frontMatterKep(fields({ 'kep-number': '7', title: 'Other', 'owning-sig': 'sig-apps', status: 'bogus' }))
    })
    const { code, stdout } = run(['check', '--format', 'json', 'sig-node/0042-pod-overhead.md'], root)
    expect(JSON.parse(stdout)).toMatchObject({ problems: [], checked: ['sig-node/0042-pod-overhead.md'] })
    expect(code).toBe(0)
  })

  it('with --base, checks the KEPs changed since the merge base, untracked ones included', () => {
    const good = frontMatterKep(fields())
    const root = writeRepo({
      'sig-node/0042-pod-overhead.md': good,
      'sig-apps/0007-broken.md': frontMatterKep(fields({ 'kep-number': '7', title: 'Broken', 'owning-sig': 'sig-apps', status: 'bogus' }))
    })
    initRepo(root)
    git(root, 'checkout', '-q', '-b', 'feature')
    const changed = good.replace('status: Approved', 'status: Finall')
    writeFileSync(join(root, 'sig-node/0042-pod-overhead.md'), changed)
    writeFileSync(join(root, 'sig-node/0043-new-one.md'), frontMatterKep(fields({ 'kep-number': '43', title: 'New One', editor: '[]' })))
    const { code, stdout } = run(['check', '--base', 'main', '--format', 'json', '--no-index'], root)
    const report = JSON.parse(stdout)
    expect(report.checked).toEqual(['sig-node/0042-pod-overhead.md', 'sig-node/0043-new-one.md'])
    expect(report.problems.map((p: { file: string; rule: string; line: number }) => [p.file, p.rule, p.line])).toEqual([
      ['sig-node/0042-pod-overhead.md', 'schema/status', lineOf(changed, 'status:')],
      ['sig-node/0043-new-one.md', 'schema/editor', lineOf(changed, 'editor:')],
      ['sig-node/0043-new-one.md', 'initial-status', lineOf(changed, 'status:')]
    ])
    expect(code).toBe(1)
  })

  it('exits 2 when --base names no commit', () => {
    const root = writeRepo({ 'sig-node/0042-pod-overhead.md': frontMatterKep(fields()) })
    initRepo(root)
    const { code, stderr } = run(['check', '--base', 'no-such-branch'], root)
    expect(stderr).toMatch(/git merge-base no-such-branch HEAD failed/)
    expect(code).toBe(2)
  })
})
