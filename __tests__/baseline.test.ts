import { afterAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, lstatSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { removeRepos, writeRepo } from './helpers/repo.js'
import { git, initRepo } from './helpers/git.js'
import { kepYaml, readme, TEMPLATE } from './helpers/kepYaml.js'

afterAll(removeRepos)

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
const BASELINE = '.kep-validator-baseline.json'

const ONE = 'keps/sig-node/42-pod-overhead/kep.yaml'
const TWO = 'keps/sig-node/43-other/kep.yaml'
const prr = (n: number) => `kep-number: ${n}\nalpha:\n  approver: "@deads2k"\n`

/** Two KEPs: KEP 42 with two bad reviewers (schema/reviewers ×2), KEP 43 with one bad approver (schema/approvers ×1). */
function repository(overrides: { one?: string; two?: string } = {}): Record<string, string> {
  return {
    [ONE]: overrides.one ?? kepYaml({ reviewers: '\n  - "@bad one"\n  - "@bad two"' }),
    'keps/sig-node/42-pod-overhead/README.md': readme('Pod Overhead'),
    'keps/prod-readiness/sig-node/42.yaml': prr(42),
    [TWO]: overrides.two ?? kepYaml({ 'kep-number': '43', title: 'Other', approvers: '\n  - "@bad approver"' }),
    'keps/sig-node/43-other/README.md': readme('Other'),
    ...TEMPLATE,
    'keps/prod-readiness/sig-node/43.yaml': prr(43)
  }
}

const EXPECTED = {
  [ONE]: { 'schema/reviewers': { count: 2 } },
  [TWO]: { 'schema/approvers': { count: 1 } }
}

const K8S = ['--preset', 'kubernetes', '--no-index']

function cli(root: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '' } })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

interface Problem {
  file: string
  rule: string
  severity: string
  preexisting?: string
}

function checkJson(root: string, ...args: string[]) {
  const { code, stdout, stderr } = cli(root, 'check', '--format', 'json', ...K8S, ...args)
  let report: { problems: Problem[]; summary: { errors: number; warnings: number; preexisting: number; checked: number }; baselineFixed?: unknown }
  try {
    report = JSON.parse(stdout) as typeof report
  } catch {
    throw new Error(`not JSON (exit ${code}): ${stdout}\n${stderr}`)
  }
  return { code, report }
}

function write(root: string, path: string, content: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true })
  writeFileSync(join(root, path), content)
}

/** A repository with its baseline written by `baseline --write`. */
function baselined(): string {
  const root = writeRepo(repository())
  const { code, stdout } = cli(root, 'baseline', '--write', ...K8S)
  expect(code).toBe(0)
  expect(stdout).toContain(`wrote ${BASELINE}: 3 errors in 2 files (2 KEPs checked)`)
  return root
}

describe('kep-validator baseline', () => {
  it('prints the errors counted by file and rule, eslint-suppressions shaped, and writes nothing', () => {
    const root = writeRepo(repository())
    const { code, stdout } = cli(root, 'baseline', ...K8S)
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toEqual(EXPECTED)
    expect(existsSync(join(root, BASELINE))).toBe(false)
  })

  it('records errors only, not warnings', () => {
    // A handle without @ is a warning (handle-at): not in the baseline.
    const root = writeRepo(repository({ one: kepYaml({ reviewers: '\n  - nohandle' }) }))
    const problems = checkJson(root).report.problems
    expect(problems).toContainEqual(expect.objectContaining({ file: ONE, severity: 'warning' }))
    expect(JSON.parse(cli(root, 'baseline', ...K8S).stdout)).toEqual({ [TWO]: EXPECTED[TWO] })
  })

  it('--write writes the file at the KEP root, the same JSON as printed', () => {
    const root = baselined()
    expect(JSON.parse(readFileSync(join(root, BASELINE), 'utf8'))).toEqual(EXPECTED)
    expect(readFileSync(join(root, BASELINE), 'utf8')).toBe(cli(root, 'baseline', ...K8S).stdout)
  })

  it('--write refuses to write through a symbolic link', () => {
    const root = writeRepo(repository())
    const outside = writeRepo({ 'target.json': 'untouched\n' })
    symlinkSync(join(outside, 'target.json'), join(root, BASELINE))
    const { code, stderr } = cli(root, 'baseline', '--write', ...K8S)
    expect(code).toBe(2)
    expect(stderr).toMatch(/symbolic link/)
    expect(readFileSync(join(outside, 'target.json'), 'utf8')).toBe('untouched\n')
    expect(lstatSync(join(root, BASELINE)).isSymbolicLink()).toBe(true)
  })
})

describe('a full audit with a baseline', () => {
  it('fails without one', () => {
    const root = writeRepo(repository())
    const { code, report } = checkJson(root)
    expect(report.summary).toMatchObject({ errors: 3, preexisting: 0 })
    expect(code).toBe(1)
  })

  it('passes with one, the recorded problems marked baseline', () => {
    const root = baselined()
    const { code, report } = checkJson(root)
    const errors = report.problems.filter(p => p.severity === 'error')
    expect(errors).toHaveLength(3)
    expect(errors.every(p => p.preexisting === 'baseline')).toBe(true)
    expect(report.summary).toMatchObject({ errors: 0, preexisting: 3 })
    expect(report.baselineFixed).toBeUndefined()
    expect(code).toBe(0)
    const text = cli(root, 'check', ...K8S)
    expect(text.stdout).toContain('(in the baseline: not counted)')
    expect(text.code).toBe(0)
  })

  it('annotates the recorded problems as notices in github format', () => {
    const root = baselined()
    const { code, stdout } = cli(root, 'check', '--format', 'github', ...K8S)
    expect(stdout).toMatch(new RegExp(`^::notice title=schema/reviewers,file=${ONE},line=\\d+[^\\n]*\\(in the baseline: not counted\\)$`, 'm'))
    expect(stdout).not.toMatch(/^::error/m)
    expect(code).toBe(0)
  })

  it('counts every error of a file and rule that has one more than recorded', () => {
    const root = baselined()
    write(root, ONE, kepYaml({ reviewers: '\n  - "@bad one"\n  - "@bad two"\n  - "@bad three"' }))
    const { code, report } = checkJson(root)
    const reviewers = report.problems.filter(p => p.rule === 'schema/reviewers')
    expect(reviewers).toHaveLength(3)
    expect(reviewers.filter(p => p.preexisting)).toEqual([])
    // The other file's recorded error stays known.
    expect(report.problems.filter(p => p.file === TWO)).toEqual([expect.objectContaining({ rule: 'schema/approvers', preexisting: 'baseline' })])
    expect(report.summary).toMatchObject({ errors: 3, preexisting: 1 })
    expect(code).toBe(1)
  })

  it('counts an error of a file and rule the baseline does not record', () => {
    const root = baselined()
    write(root, TWO, kepYaml({ 'kep-number': '43', title: 'Other', approvers: '\n  - "@bad approver"', reviewers: '\n  - "@bad reviewer"' }))
    const { code, report } = checkJson(root)
    expect(report.problems.filter(p => !p.preexisting)).toEqual([expect.objectContaining({ file: TWO, rule: 'schema/reviewers' })])
    expect(report.summary).toMatchObject({ errors: 1, preexisting: 3 })
    expect(code).toBe(1)
  })

  it('lists an entry that recorded more than there are now, and still passes', () => {
    const root = baselined()
    write(root, ONE, kepYaml({ reviewers: '\n  - "@bad one"' }))
    const { code, report } = checkJson(root)
    expect(report.baselineFixed).toEqual([{ file: ONE, rule: 'schema/reviewers', recorded: 2, now: 1 }])
    expect(report.summary).toMatchObject({ errors: 0, preexisting: 2 })
    expect(code).toBe(0)
    const text = cli(root, 'check', ...K8S)
    expect(text.stdout).toContain('1 baseline entry recorded more problems than there are now; run kep-validator baseline --write to drop them:')
    expect(text.stdout).toContain(`  ${ONE}  schema/reviewers  recorded 2, now 1`)
    expect(text.code).toBe(0)
  })

  it('lists an entry whose problems are all fixed', () => {
    const root = baselined()
    write(root, TWO, kepYaml({ 'kep-number': '43', title: 'Other' }))
    const { code, report } = checkJson(root)
    expect(report.baselineFixed).toEqual([{ file: TWO, rule: 'schema/approvers', recorded: 1, now: 0 }])
    expect(code).toBe(0)
  })

  it('lists the entries of a KEP that was deleted', () => {
    const root = baselined()
    rmSync(join(root, 'keps/sig-node/43-other'), { recursive: true })
    rmSync(join(root, 'keps/prod-readiness/sig-node/43.yaml'))
    const { code, report } = checkJson(root)
    expect(report.baselineFixed).toEqual([{ file: TWO, rule: 'schema/approvers', recorded: 1, now: 0 }])
    expect(code).toBe(0)
  })

  it('checking some paths lists no entry of the files left out', () => {
    const root = baselined()
    write(root, TWO, kepYaml({ 'kep-number': '43', title: 'Other' }))
    const { code, report } = checkJson(root, 'keps/sig-node/42-pod-overhead')
    expect(report.problems.filter(p => p.severity === 'error').map(p => [p.file, p.preexisting])).toEqual([
      [ONE, 'baseline'],
      [ONE, 'baseline']
    ])
    expect(report.baselineFixed).toBeUndefined()
    expect(code).toBe(0)
  })

  it('--no-baseline ignores the file', () => {
    const root = baselined()
    const { code, report } = checkJson(root, '--no-baseline')
    expect(report.summary).toMatchObject({ errors: 3, preexisting: 0 })
    expect(code).toBe(1)
  })

  it('--baseline FILE reads another file, and a missing one is an error', () => {
    const root = writeRepo(repository())
    write(root, 'elsewhere/known.json', JSON.stringify(EXPECTED))
    const { code, report } = checkJson(root, '--baseline', 'elsewhere/known.json')
    expect(report.summary).toMatchObject({ errors: 0, preexisting: 3 })
    expect(code).toBe(0)
    const missing = cli(root, 'check', ...K8S, '--baseline', 'elsewhere/none.json')
    expect(missing.stderr).toContain('none.json')
    expect(missing.code).toBe(2)
  })

  it('--baseline FILE takes the place of the default file', () => {
    const root = baselined()
    write(root, 'partial.json', JSON.stringify({ [TWO]: EXPECTED[TWO] }))
    const { code, report } = checkJson(root, '--baseline', 'partial.json')
    expect(report.summary).toMatchObject({ errors: 2, preexisting: 1 })
    expect(code).toBe(1)
  })

  it('is read by --base --all-problems, and not by --base alone (the base is a finer baseline)', () => {
    const root = baselined()
    initRepo(root)
    git(root, 'checkout', '-q', '-b', 'feature')
    write(root, ONE, kepYaml({ title: 'Pod Overhead, revised', reviewers: '\n  - "@bad one"\n  - "@bad two"' }))
    git(root, 'commit', '-q', '-am', 'revise')
    const all = checkJson(root, '--base', 'main', '--all-problems')
    expect(all.report.problems.filter(p => p.severity === 'error').map(p => p.preexisting)).toEqual(['baseline', 'baseline'])
    expect(all.code).toBe(0)
    const onlyNew = checkJson(root, '--base', 'main')
    expect(onlyNew.report.problems.filter(p => p.severity === 'error').map(p => p.preexisting)).toEqual(['base', 'base'])
    expect(onlyNew.code).toBe(0)
  })
})

describe('a malformed baseline file is a clear error naming it', () => {
  for (const [name, content, message] of [
    ['invalid JSON', '{ "keps/a/kep.yaml": ', /baseline/],
    ['an empty file', '\n', /it is empty; write it with kep-validator baseline --write/],
    ['not an object of files', '[1, 2]', /is not an object of files/],
    ['a file that is not an object of rules', JSON.stringify({ [ONE]: 3 }), /is not an object of rules/],
    ['a count of 0', JSON.stringify({ [ONE]: { 'schema/reviewers': { count: 0 } } }), /needs a count that is a positive integer/],
    ['a count that is not a number', JSON.stringify({ [ONE]: { 'schema/reviewers': { count: '2' } } }), /needs a count that is a positive integer/],
    ['an entry without a count', JSON.stringify({ [ONE]: { 'schema/reviewers': 2 } }), /needs a count that is a positive integer/]
  ] as const) {
    it(name, () => {
      const root = writeRepo({ ...repository(), [BASELINE]: content })
      const { code, stdout, stderr } = cli(root, 'check', ...K8S)
      expect(stderr).toContain(join(root, BASELINE))
      expect(stderr).toMatch(message)
      expect(stdout).toBe('')
      expect(code).toBe(2)
    })
  }

  it('is ignored with --no-baseline', () => {
    const root = writeRepo({ ...repository(), [BASELINE]: '{ not json' })
    expect(cli(root, 'check', ...K8S, '--no-baseline').code).toBe(1)
  })
})

describe('a stale index is never baselined', () => {
  const KEP = 'sig-node/0042-pod-overhead.md'
  const text = (n: number, title: string) =>
    `---\nkep-number: ${n}\ntitle: ${title}\nauthors:\n  - name: Jane Doe\n    github: janedoe\nowning-sig: sig-node\nreviewers: TBD\napprovers: TBD\neditor: TBD\ncreation-date: 2024-01-15\nstatus: Approved\n---\n\n# ${title}\n`

  /** A repository whose index was edited by hand: stale. */
  function staleIndex(): string {
    const root = writeRepo({ [KEP]: text(42, 'Pod Overhead') })
    expect(cli(root, 'index', '--write').code).toBe(0)
    writeFileSync(join(root, 'index.md'), readFileSync(join(root, 'index.md'), 'utf8').replace('[Pod Overhead]', '[Pod Overhead (by hand)]'))
    return root
  }

  it('baseline leaves it out: index --write fixes it at once', () => {
    const root = staleIndex()
    expect(cli(root, 'check', '--format', 'json').stdout).toContain('index-stale')
    expect(JSON.parse(cli(root, 'baseline').stdout)).toEqual({})
  })

  it('a baseline that records it does not hide a later staleness (a KEP added without updating the index)', () => {
    const root = staleIndex()
    write(root, BASELINE, JSON.stringify({ 'index.md': { 'index-stale': { count: 1 } } }))
    write(root, 'sig-node/0043-other.md', text(43, 'Other'))
    const { code, stdout } = cli(root, 'check', '--format', 'json')
    const report = JSON.parse(stdout) as { problems: Problem[] }
    expect(report.problems).toEqual([expect.objectContaining({ file: 'index.md', rule: 'index-stale' })])
    expect(report.problems[0].preexisting).toBeUndefined()
    expect(code).toBe(1)
  })
})

describe('baseline options', () => {
  it('--write --baseline FILE writes that file, and check --baseline FILE reads it', () => {
    const root = writeRepo(repository())
    expect(cli(root, 'baseline', '--write', '--baseline', 'known.json', ...K8S).code).toBe(0)
    expect(existsSync(join(root, BASELINE))).toBe(false)
    expect(JSON.parse(readFileSync(join(root, 'known.json'), 'utf8'))).toEqual(EXPECTED)
    expect(checkJson(root, '--baseline', 'known.json').code).toBe(0)
  })

  it('baseline takes no paths, and --baseline excludes --no-baseline', () => {
    const root = writeRepo(repository())
    const paths = cli(root, 'baseline', ...K8S, 'keps/sig-node')
    expect(paths.stderr).toMatch(/baseline takes no paths/)
    expect(paths.code).toBe(2)
    const both = cli(root, 'check', ...K8S, '--baseline', 'x.json', '--no-baseline')
    expect(both.stderr).toMatch(/exclude each other/)
    expect(both.code).toBe(2)
  })
})
