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
  it("prints the JSON contract for KEP-1's own metadata and exits 1", () => {
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
    expect(report.summary).toEqual({ errors: 2, warnings: 0, preexisting: 0, checked: 1 })
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
    expect(stdout).toContain('::error title=schema/status,file=sig-architecture/0001-kubernetes-enhancement-proposal-process.md,line=26,endLine=26,col=9,endColumn=13::status "draft"')
  })

  it('exits 0 on the bundled example repository', () => {
    const { code, stdout } = run(['check', '--root', EXAMPLE])
    expect(stdout).toMatch(/9 KEPs checked, no problems/)
    expect(code).toBe(0)
  })

  it('reports a collection used as a key as an unknown field, and the YAML library prints nothing of its own', () => {
    const kep = frontMatterKep(fields({ '[a, b]': '1' }))
    const root = writeRepo({ 'sig-node/0042-pod-overhead.md': kep })
    const { code, stdout, stderr } = run(['check', '--root', root, '--format', 'json', '--no-index'])
    expect(code).toBe(1)
    expect(JSON.parse(stdout).problems).toEqual([expect.objectContaining({ rule: 'schema/unknown-field', line: lineOf(kep, '[a, b]'), message: expect.stringContaining('"[ a, b ]"') })])
    expect(stderr).toBe('')
  })

  it('exits 0 when there are only warnings', () => {
    const root = writeRepo({ 'sig-node/pod-overhead.md': frontMatterKep(fields()) })
    const { code, stdout } = run(['check', '--root', root, '--format', 'json', '--no-index'])
    expect(JSON.parse(stdout).summary).toEqual({ errors: 0, warnings: 1, preexisting: 0, checked: 1 })
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
    expect(stderr).toMatch(/git merge-base --end-of-options no-such-branch HEAD failed/)
    expect(code).toBe(2)
  })
})

describe("a repository's own schema and lifecycle, in the bundled CLI", () => {
  const schema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    required: ['title', 'status', 'owner'],
    properties: {
      title: { type: 'string' },
      status: { type: 'string' },
      owner: {
        'x-allowed': 'a team name, or name and github',
        anyOf: [
          { type: 'string', pattern: '^team-' },
          { type: 'object', required: ['name', 'github'], properties: { name: { type: 'string' }, github: { type: 'string' } } }
        ]
      }
    }
  }
  const lifecycle = { name: 'ours', states: ['Open', 'Closed'], initial: ['Open'], transitions: { Open: ['Closed'], Closed: [] } }

  it("validates against the schema file, with the lifecycle file's states and edges", () => {
    const kep = '---\ntitle: A\nstatus: Closd\nowner:\n  name: Jane\n---\n# A\n'
    const root = writeRepo({
      'sig-node/0001-a.md': kep,
      'rules/schema.json': JSON.stringify(schema),
      'rules/lifecycle.json': JSON.stringify(lifecycle)
    })
    const { code, stdout, stderr } = run(['check', '--schema', 'rules/schema.json', '--lifecycle', 'rules/lifecycle.json', '--no-index', '--format', 'json'], root)
    expect(stderr).toBe('')
    const problems = JSON.parse(stdout).problems.filter((p: { rule: string }) => p.rule.startsWith('schema/'))
    expect(problems.map((p: { rule: string; line: number; message: string }) => [p.rule, p.line, p.message])).toEqual([
      ['schema/status', 3, 'status "Closd" is not one of Open, Closed; did you mean "Closed"?'],
      ['schema/owner', 4, 'owner has no "github", which is required; add it']
    ])
    expect(code).toBe(1)
  })

  it('fails with the reason when the schema or the lifecycle is broken', () => {
    const root = writeRepo({ 'bad.json': '{"type": "objekt"}', 'cycle.json': JSON.stringify({ ...lifecycle, initial: ['Nope'] }) })
    const schemaRun = run(['check', '--schema', 'bad.json'], root)
    expect(schemaRun.stderr).toMatch(/metadata schema .*bad.json does not compile: schema is invalid/)
    expect(schemaRun.code).toBe(2)
    const lifecycleRun = run(['check', '--lifecycle', 'cycle.json'], root)
    expect(lifecycleRun.stderr).toMatch(/initial names "Nope", which is not one of its states \(Open, Closed\)/)
    expect(lifecycleRun.code).toBe(2)
  })

  it('fails with the reason when the root is not a folder', () => {
    const { code, stderr } = run(['check', '--root', '/nonexistent/keps'])
    expect(stderr).toBe('kep-validator: the KEP root /nonexistent/keps is not a folder\n')
    expect(code).toBe(2)
  })
})

describe("each command's own options", () => {
  it('refuses an option its command does not take, naming the commands that take it, before reading any rules', () => {
    // A configuration that cannot load: the usage error comes first, and nothing is read.
    const root = writeRepo({ '.kep-validator.yml': 'preset: [' })
    const cases: Array<[string[], string]> = [
      [['report', 'metrics', '--write'], '--write belongs to the index and baseline commands'],
      [['baseline', '--check'], '--check belongs to the index command'],
      [['index', '--fix-dry-run'], '--fix and --fix-dry-run belong to the check command'],
      [['index', '--format', 'json'], '--format belongs to the check, report and rules commands'],
      [['promote', 'x.md', '--title', 'T'], '--title belongs to the new command'],
      [['check', '--milestone', 'v1.30'], '--milestone belongs to the new and promote commands'],
      [['rules', '--root', '.'], '--root belongs to the check, index, report, baseline, new and promote commands']
    ]
    for (const [args, message] of cases) {
      const { code, stderr } = run(args, root)
      expect([args, code, stderr.split('\n')[0]]).toEqual([args, 2, `kep-validator: ${message}`])
    }
  })

  it('lists every command in the help, from its own declaration', () => {
    const { code, stdout } = run(['--help'])
    expect(code).toBe(0)
    for (const command of ['check [PATH…]', 'index ', 'report metrics', 'report release-notes --since REF', 'report roadmap', 'baseline ', 'rules ', 'new --sig SIG', 'promote KEP']) expect(stdout).toContain(`\n  ${command}`)
  })
})
