import { afterAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { fields, frontMatterKep, removeRepos, writeRepo } from './helpers/repo.js'
import { git, initRepo } from './helpers/git.js'
import { kepYaml, readme, TEMPLATE } from './helpers/kepYaml.js'

afterAll(removeRepos)

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url))

const KEP = 'keps/sig-node/42-pod-overhead/kep.yaml'
const README = 'keps/sig-node/42-pod-overhead/README.md'
const PRR = 'keps/prod-readiness/sig-node/42.yaml'
const PRR_TEXT = 'kep-number: 42\nalpha:\n  approver: "@deads2k"\n'

interface Problem {
  file: string
  line: number
  rule: string
  message: string
  severity: string
  preexisting?: 'base' | 'baseline'
}

interface Report {
  problems: Problem[]
  summary: { errors: number; warnings: number; preexisting: number; checked: number }
}

function cli(root: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '' } })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** `check --base main --format json` in root, the report parsed. */
function checkJson(root: string, ...args: string[]): { code: number | null; report: Report; stderr: string } {
  const { code, stdout, stderr } = cli(root, 'check', '--base', 'main', '--format', 'json', ...args)
  let report: Report
  try {
    report = JSON.parse(stdout) as Report
  } catch {
    throw new Error(`not JSON (exit ${code}): ${stdout}\n${stderr}`)
  }
  return { code, report, stderr }
}

function write(root: string, path: string, content: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true })
  writeFileSync(join(root, path), content)
}

/** A repository whose main holds `base`; branch feature commits what `edit` does. */
function pullRequest(base: Record<string, string>, edit: (root: string) => void): string {
  const root = writeRepo(base)
  initRepo(root)
  git(root, 'checkout', '-q', '-b', 'feature')
  edit(root)
  git(root, 'add', '-A')
  git(root, 'commit', '-q', '--allow-empty', '-m', 'the pull request')
  return root
}

function kubernetesRepo(kep: string): Record<string, string> {
  return { [KEP]: kep, [README]: readme('Pod Overhead'), [PRR]: PRR_TEXT, ...TEMPLATE }
}

const K8S = ['--preset', 'kubernetes', '--no-index']

/** rule, the offending text at its line, and whether it is preexisting: a summary independent of line numbers. */
function summary(root: string, problems: Problem[], file = KEP): Array<[string, string, string | undefined]> {
  const lines = readFileSync(join(root, file), 'utf8').split('\n')
  return problems.filter(p => p.file === file).map(p => [p.rule, lines[p.line - 1].trim(), p.preexisting])
}

describe('a pull request is judged by what it introduces (kubernetes preset, kep.yaml)', () => {
  const OLD = kepYaml({ reviewers: '\n  - "@reviewer"\n  - "@bad reviewer"' })

  it('counts the new problem, shows the old one as preexisting, and fails only because of the new', () => {
    const root = pullRequest(kubernetesRepo(OLD), root => write(root, KEP, kepYaml({ reviewers: '\n  - "@reviewer"\n  - "@bad reviewer"', approvers: '\n  - "@bad approver"' })))
    const { code, report } = checkJson(root, ...K8S)
    expect(summary(root, report.problems)).toEqual([
      ['schema/reviewers', '- "@bad reviewer"', 'base'],
      ['schema/approvers', '- "@bad approver"', undefined]
    ])
    expect(report.summary).toMatchObject({ errors: 1, warnings: 0, preexisting: 1 })
    expect(code).toBe(1)
  })

  it('exits 0 when the pull request brings no problem of its own, though the KEP still has old ones', () => {
    const root = pullRequest(kubernetesRepo(OLD), root => write(root, KEP, OLD.replace('title: Pod Overhead', 'title: Pod Overhead, revised')))
    const { code, report } = checkJson(root, ...K8S)
    expect(summary(root, report.problems)).toEqual([['schema/reviewers', '- "@bad reviewer"', 'base']])
    expect(report.summary).toMatchObject({ errors: 0, warnings: 0, preexisting: 1 })
    expect(code).toBe(0)
  })

  it('says so in the text output: the note after the problem and the summary line', () => {
    const root = pullRequest(kubernetesRepo(OLD), root => write(root, KEP, OLD.replace('title: Pod Overhead', 'title: Pod Overhead, revised')))
    const { code, stdout } = cli(root, 'check', '--base', 'main', ...K8S)
    expect(stdout).toMatch(/kep\.yaml:\d+:\d+ +error +schema\/reviewers +reviewers\[1\] is the text "@bad reviewer".* \(already on the base: not counted\)$/m)
    expect(stdout).toContain('✓ 1 KEP checked, no problems of their own; 1 problem from before not counted')
    expect(code).toBe(0)

    const worse = pullRequest(kubernetesRepo(OLD), root => write(root, KEP, kepYaml({ reviewers: '\n  - "@reviewer"\n  - "@bad reviewer"', approvers: '\n  - "@bad approver"' })))
    const failed = cli(worse, 'check', '--base', 'main', ...K8S)
    expect(failed.stdout).toMatch(/schema\/approvers .*"@bad approver"(?!.*not counted).*$/m)
    expect(failed.stdout).toContain('✗ 1 error, 0 warnings in 1 file (1 KEP checked; 1 problem from before not counted)')
    expect(failed.code).toBe(1)
  })

  it('does not make an old problem new when a reviewer is inserted at the top of the list above it', () => {
    const root = pullRequest(kubernetesRepo(OLD), root => write(root, KEP, kepYaml({ reviewers: '\n  - "@newreviewer"\n  - "@another"\n  - "@reviewer"\n  - "@bad reviewer"' })))
    const { code, report } = checkJson(root, ...K8S)
    expect(summary(root, report.problems)).toEqual([['schema/reviewers', '- "@bad reviewer"', 'base']])
    // The problem moved down two lines and its message names the new index: still the old problem.
    expect(report.problems[0].message).toContain('reviewers[3]')
    expect(code).toBe(0)
  })

  it('counts a second copy of a problem the base had once (a multiset)', () => {
    const root = pullRequest(kubernetesRepo(OLD), root => write(root, KEP, kepYaml({ reviewers: '\n  - "@reviewer"\n  - "@bad reviewer"\n  - "@bad reviewer"' })))
    const { code, report } = checkJson(root, ...K8S)
    const reviewers = report.problems.filter(p => p.rule === 'schema/reviewers')
    expect(reviewers).toHaveLength(2)
    expect(reviewers.filter(p => p.preexisting === 'base')).toHaveLength(1)
    expect(reviewers.filter(p => !p.preexisting)).toHaveLength(1)
    expect(report.summary).toMatchObject({ errors: 1, preexisting: 1 })
    expect(code).toBe(1)
  })

  it('counts a changed value at the same place: a different bad reviewer is a new problem', () => {
    const root = pullRequest(kubernetesRepo(OLD), root => write(root, KEP, kepYaml({ reviewers: '\n  - "@reviewer"\n  - "@other bad"' })))
    const { code, report } = checkJson(root, ...K8S)
    expect(summary(root, report.problems)).toEqual([['schema/reviewers', '- "@other bad"', undefined]])
    expect(code).toBe(1)
  })

  describe('a re-quoted kep-number neither makes an old problem new nor changes the number', () => {
    // The folder says 42, the metadata 4960: folder-number points at the kep-number value.
    const unquoted = kepYaml({ 'kep-number': '4960' })
    const quoted = kepYaml({ 'kep-number': '"4960"' })
    for (const [from, to, name] of [
      [unquoted, quoted, '4960 → "4960"'],
      [quoted, unquoted, '"4960" → 4960']
    ]) {
      it(name, () => {
        const root = pullRequest(kubernetesRepo(from), root => write(root, KEP, to))
        const { code, report } = checkJson(root, ...K8S)
        expect(report.problems.map(p => p.rule)).not.toContain('number-changed')
        const onNumber = report.problems.filter(p => p.file === KEP && readFileSync(join(root, KEP), 'utf8').split('\n')[p.line - 1].startsWith('kep-number:'))
        expect(onNumber.length).toBeGreaterThan(0)
        expect(onNumber.map(p => p.rule)).toContain('folder-number')
        expect(report.problems.filter(p => !p.preexisting)).toEqual([])
        expect(code).toBe(0)
      })
    }

    it('while a real change of the number is caught, and the old problems at the number are new', () => {
      const root = pullRequest(kubernetesRepo(unquoted), root => write(root, KEP, kepYaml({ 'kep-number': '4961' })))
      const { code, report } = checkJson(root, ...K8S)
      expect(report.problems).toContainEqual(expect.objectContaining({ rule: 'number-changed' }))
      expect(report.problems.find(p => p.rule === 'number-changed')?.preexisting).toBeUndefined()
      expect(report.problems.find(p => p.rule === 'folder-number')?.preexisting).toBeUndefined()
      expect(code).toBe(1)
    })
  })

  it('re-quoted dates neither make an old date-order problem new nor change the creation date', () => {
    const before = kepYaml({ 'creation-date': '2024-03-01', 'last-updated': '2024-01-01' })
    const after = kepYaml({ 'creation-date': '"2024-03-01"', 'last-updated': "'2024-01-01'" })
    const root = pullRequest(kubernetesRepo(before), root => write(root, KEP, after))
    const { code, report } = checkJson(root, ...K8S)
    expect(report.problems.map(p => [p.rule, p.preexisting])).toEqual([['date-order', 'base']])
    expect(code).toBe(0)
  })

  it('keeps a problem about a field (at its key) preexisting when only the value written there changes', () => {
    const before = `${kepYaml()}extra-field: one\n`
    const root = pullRequest(kubernetesRepo(before), root => write(root, KEP, `${kepYaml()}extra-field: two\n`))
    const { code, report } = checkJson(root, ...K8S)
    expect(report.problems.map(p => [p.rule, p.preexisting])).toEqual([['schema/unknown-field', 'base']])
    expect(code).toBe(0)
  })

  it('counts a problem about a field that is another field now', () => {
    const before = `${kepYaml()}extra-field: one\n`
    const root = pullRequest(kubernetesRepo(before), root => write(root, KEP, `${kepYaml()}other-field: one\n`))
    const { code, report } = checkJson(root, ...K8S)
    expect(report.problems.map(p => [p.rule, p.preexisting])).toEqual([['schema/unknown-field', undefined]])
    expect(code).toBe(1)
  })

  it('treats a new KEP as all new', () => {
    const NEW = 'keps/sig-node/43-other/kep.yaml'
    const root = pullRequest(kubernetesRepo(OLD), root => {
      write(root, NEW, kepYaml({ 'kep-number': '43', title: 'Other', reviewers: '\n  - "@bad reviewer"' }))
      write(root, 'keps/sig-node/43-other/README.md', readme('Other'))
      write(root, 'keps/prod-readiness/sig-node/43.yaml', PRR_TEXT.replace('42', '43'))
    })
    const { code, report } = checkJson(root, ...K8S)
    expect(report.problems.filter(p => p.file === NEW).map(p => [p.rule, p.preexisting])).toEqual([['schema/reviewers', undefined]])
    expect(report.problems.filter(p => p.file === KEP)).toEqual([])
    expect(code).toBe(1)
  })

  it('when the base version did not parse, falls back to the diff: a problem on a line the repair did not touch is preexisting', () => {
    // Not a mapping at all: the base's metadata has no fields to compare value by value.
    const broken = `- a\n${OLD}`
    const root = pullRequest(kubernetesRepo(broken), root => write(root, KEP, OLD))
    const alone = JSON.parse(cli(writeRepo(kubernetesRepo(broken)), 'check', '--format', 'json', ...K8S).stdout) as Report
    expect(alone.problems.map(p => p.rule)).toEqual(expect.arrayContaining(['metadata-not-mapping', 'yaml-syntax']))
    expect(alone.problems.map(p => p.rule)).not.toContain('schema/reviewers')
    const { code, report } = checkJson(root, ...K8S)
    expect(summary(root, report.problems)).toEqual([['schema/reviewers', '- "@bad reviewer"', 'base']])
    expect(report.summary).toMatchObject({ errors: 0, preexisting: 1 })
    expect(code).toBe(0)
  })

  it('keeps as preexisting what a base with a YAML error still reported (the parser reads past the error)', () => {
    const broken = OLD.replace('title: Pod Overhead', 'title: "Pod Overhead')
    const root = pullRequest(kubernetesRepo(broken), root => write(root, KEP, OLD))
    const { code, report } = checkJson(root, ...K8S)
    expect(summary(root, report.problems)).toEqual([['schema/reviewers', '- "@bad reviewer"', 'base']])
    expect(code).toBe(0)
  })

  describe('a file that cannot be read (issue 24)', () => {
    // Line 1 does not parse; the parser reads past it and loses the fields below.
    const unparsed = (kep: string) => kep.replace('title: Pod Overhead', 'title Pod Overhead: a: b')

    it('in an audit, shows its read error and what stands on text that was read, never the missing fields that follow from the error', () => {
      const root = writeRepo(kubernetesRepo(unparsed(kepYaml({ reviewers: '\n  - "@bad reviewer"' }))))
      const alone = JSON.parse(cli(root, 'check', '--format', 'json', ...K8S).stdout) as Report
      // The parser loses every field after line 1: recommended-fields would find reviewers, approvers and creation-date missing.
      expect(alone.problems.map(p => [p.rule, p.line])).toEqual([['yaml-syntax', 1]])
    })

    it('shows its read error alone: a syntax error that moved counts once, with none of the missing fields that follow from it', () => {
      const broken = unparsed(OLD)
      const root = pullRequest(kubernetesRepo(broken), root => write(root, KEP, `# a comment\n${broken.replace('reviewers:\n', 'reviewers:\n  - "@another"\n')}`))
      const { code, report } = checkJson(root, ...K8S)
      expect(report.problems.filter(p => p.file === KEP).map(p => [p.rule, p.line, p.preexisting])).toEqual([['yaml-syntax', 2, undefined]])
      expect(report.summary).toMatchObject({ errors: 1, warnings: 0, preexisting: 0 })
      expect(code).toBe(1)
    })

    it('a pull request that repairs the syntax does not pay for its past: an invalid date on a line it did not touch is preexisting', () => {
      const dated = kepYaml({ 'creation-date': '2023-14-05' })
      const root = pullRequest(kubernetesRepo(unparsed(dated)), root => write(root, KEP, dated))
      const { code, report } = checkJson(root, ...K8S)
      expect(summary(root, report.problems)).toEqual([['schema/creation-date', 'creation-date: 2023-14-05', 'base']])
      expect(code).toBe(0)
    })

    it('while a problem the repair brings on a line it touched counts', () => {
      const dated = kepYaml({ 'creation-date': '2023-14-05' })
      const root = pullRequest(kubernetesRepo(unparsed(dated)), root => write(root, KEP, dated.replace('title: Pod Overhead', 'title: [Pod Overhead]')))
      const { code, report } = checkJson(root, ...K8S)
      expect(summary(root, report.problems)).toEqual([
        ['schema/title', 'title: [Pod Overhead]', undefined],
        ['schema/creation-date', 'creation-date: 2023-14-05', 'base']
      ])
      expect(code).toBe(1)
    })
  })

  it('with --all-problems counts every problem of the changed KEPs', () => {
    const root = pullRequest(kubernetesRepo(OLD), root => write(root, KEP, OLD.replace('title: Pod Overhead', 'title: Pod Overhead, revised')))
    const { code, report } = checkJson(root, ...K8S, '--all-problems')
    expect(summary(root, report.problems)).toEqual([['schema/reviewers', '- "@bad reviewer"', undefined]])
    expect(report.summary).toMatchObject({ errors: 1, preexisting: 0 })
    expect(code).toBe(1)
  })

  it('refuses --all-problems without --base', () => {
    const root = writeRepo(kubernetesRepo(OLD))
    const { code, stderr } = cli(root, 'check', ...K8S, '--all-problems')
    expect(stderr).toMatch(/--all-problems/)
    expect(code).toBe(2)
  })
})

describe('a KEP that moves keeps its old problems (kep-0001 preset)', () => {
  const FILE = 'sig-node/0042-pod-overhead.md'
  const body = '# Pod Overhead\n\n## Summary\n\n' + Array.from({ length: 30 }, (_, i) => `Line ${i} of a long body that git can follow.`).join('\n') + '\n'
  const OLD = frontMatterKep(fields({ status: 'draft' }), body)

  it('renamed with git mv and edited: the old problem is preexisting', () => {
    const TO = 'sig-node/0042-pod-overhead-renamed.md'
    const root = pullRequest({ [FILE]: OLD }, root => {
      git(root, 'mv', FILE, TO)
      write(root, TO, OLD.replace('title: Pod Overhead', 'title: Pod Overhead Renamed'))
    })
    expect(git(root, 'diff', '--name-status', '-M', 'main', 'HEAD')).toMatch(/^R\d+/)
    const { code, report } = checkJson(root, '--no-index')
    expect(report.problems).toEqual([expect.objectContaining({ file: TO, rule: 'schema/status', preexisting: 'base' })])
    expect(code).toBe(0)
  })

  it('moved as a delete and an add that git cannot pair: paired by kep-number, the old problem is preexisting', () => {
    const TO = 'sig-node/0042-overhead.md'
    const rewritten = frontMatterKep(fields({ status: 'draft', title: 'Overhead' }), '# Overhead\n\n## Summary\n\nAll new text.\n')
    const root = pullRequest({ [FILE]: OLD }, root => {
      rmSync(join(root, FILE))
      write(root, TO, rewritten)
    })
    const diff = git(root, 'diff', '--name-status', '-M', 'main', 'HEAD')
    expect(diff).toMatch(/^D\s+sig-node\/0042-pod-overhead\.md$/m)
    expect(diff).toMatch(/^A\s+sig-node\/0042-overhead\.md$/m)
    const { code, report } = checkJson(root, '--no-index')
    expect(report.problems.filter(p => p.file === TO)).toEqual([expect.objectContaining({ rule: 'schema/status', preexisting: 'base' })])
    expect(report.problems.filter(p => !p.preexisting)).toEqual([])
    expect(code).toBe(0)
  })
})

describe('index.md stale at the base', () => {
  const ONE = 'sig-node/0042-pod-overhead.md'
  const TWO = 'sig-node/0043-other.md'
  const files = {
    [ONE]: frontMatterKep(fields()),
    [TWO]: frontMatterKep(fields({ 'kep-number': '43', title: 'Other' }))
  }

  /** main: the two KEPs and an index whose row of KEP 43 was edited by hand. */
  function staleMain(): string {
    const root = writeRepo(files)
    expect(cli(root, 'index', '--write').code).toBe(0)
    const index = readFileSync(join(root, 'index.md'), 'utf8')
    expect(index).toContain('Other')
    writeFileSync(join(root, 'index.md'), index.replace('Other', 'Other (edited by hand)'))
    initRepo(root)
    expect(cli(root, 'check', '--format', 'json').stdout).toContain('index-stale')
    git(root, 'checkout', '-q', '-b', 'feature')
    return root
  }

  it('is preexisting when the pull request leaves the same lines stale', () => {
    const root = staleMain()
    write(root, ONE, frontMatterKep(fields(), '# A KEP\n\n## Summary\n\nRevised text.\n'))
    git(root, 'commit', '-q', '-am', 'revise')
    const { code, report } = checkJson(root)
    expect(report.problems).toEqual([expect.objectContaining({ file: 'index.md', rule: 'index-stale', preexisting: 'base' })])
    expect(code).toBe(0)
  })

  it('counts when the pull request adds a KEP without updating the index', () => {
    const root = staleMain()
    write(root, 'sig-node/0044-third.md', frontMatterKep(fields({ 'kep-number': '44', title: 'Third' })))
    git(root, 'add', '-A')
    git(root, 'commit', '-q', '-m', 'add')
    const { code, report } = checkJson(root)
    const index = report.problems.filter(p => p.file === 'index.md')
    expect(index).toEqual([expect.objectContaining({ rule: 'index-stale', severity: 'error' })])
    expect(index[0].preexisting).toBeUndefined()
    expect(code).toBe(1)
  })

  it('counts when the index was fresh at the base and the pull request adds a KEP', () => {
    const root = writeRepo(files)
    expect(cli(root, 'index', '--write').code).toBe(0)
    initRepo(root)
    git(root, 'checkout', '-q', '-b', 'feature')
    write(root, 'sig-node/0044-third.md', frontMatterKep(fields({ 'kep-number': '44', title: 'Third' })))
    git(root, 'add', '-A')
    git(root, 'commit', '-q', '-m', 'add')
    const { code, report } = checkJson(root)
    const index = report.problems.filter(p => p.file === 'index.md')
    expect(index).toEqual([expect.objectContaining({ rule: 'index-stale', severity: 'error' })])
    expect(index[0].preexisting).toBeUndefined()
    expect(code).toBe(1)
  })
})

describe("KEP-1's own markdown, its metadata in a fenced block", () => {
  const KEP1 = fileURLToPath(new URL('./fixtures/kep-1', import.meta.url))
  const FILE = 'sig-architecture/0001-kubernetes-enhancement-proposal-process.md'

  function kep1PullRequest(edit: (text: string) => string): string {
    const root = mkdtempSync(join(tmpdir(), 'kep-validator-kep1-'))
    cpSync(KEP1, root, { recursive: true })
    initRepo(root)
    git(root, 'checkout', '-q', '-b', 'feature')
    writeFileSync(join(root, FILE), edit(readFileSync(join(root, FILE), 'utf8')))
    git(root, 'commit', '-q', '-am', 'the pull request')
    return root
  }

  it('keeps its two old problems preexisting when paragraphs are added above the metadata', () => {
    const root = kep1PullRequest(text => text.replace('\n', '\n\nAn added introduction.\n\nAnd another paragraph.\n'))
    const { code, report } = checkJson(root, '--no-index')
    expect(report.problems.map(p => [p.rule, p.preexisting])).toEqual([
      ['yaml-syntax', 'base'],
      ['schema/status', 'base']
    ])
    expect(report.problems[0].line).toBeGreaterThan(18)
    expect(code).toBe(0)
    rmSync(root, { recursive: true, force: true })
  })

  it('fails a pull request that edits the fence that does not parse: its syntax error and the problem it adds count', () => {
    const root = kep1PullRequest(text => text.replace(/^owning-sig: sig-architecture$/m, 'owning-sig: sig-architecture\nunknown-field: 1'))
    const { code, report } = checkJson(root, '--no-index')
    // It edits a block that still does not parse: its syntax error counts; the status it did not touch was there before.
    expect(report.problems.filter(p => !p.preexisting).map(p => p.rule)).toEqual(['schema/unknown-field', 'yaml-syntax'])
    expect(report.problems.filter(p => p.preexisting).map(p => p.rule)).toEqual(['schema/status'])
    expect(code).toBe(1)
    rmSync(root, { recursive: true, force: true })
  })
})

describe('a KEP that does not read is never laundered into "already on the base"', () => {
  const K8S_CHECK = ['--preset', 'kubernetes', '--no-index']
  // Nesting past the limit: the metadata is reported (metadata-too-deep), not read.
  const deep = (title: string) => `${kepYaml({ title })}extra: ${'['.repeat(70)}${']'.repeat(70)}\n`

  it('rewritten while it still does not read (too deep): its problem counts', () => {
    const root = pullRequest(kubernetesRepo(deep('Pod Overhead')), root => write(root, KEP, deep('Pod Overhead, rewritten')))
    const { code, report } = checkJson(root, ...K8S_CHECK)
    expect(report.problems.filter(p => p.file === KEP).map(p => [p.rule, p.preexisting])).toEqual([['metadata-too-deep', undefined]])
    expect(code).toBe(1)
  })

  it('rewritten while it still does not read (a NUL byte): its problem counts', () => {
    const binary = (title: string) => kepYaml({ title: `Pod\u0000${title}` })
    const root = pullRequest(kubernetesRepo(binary('Overhead')), root => write(root, KEP, binary('Overhead, rewritten')))
    const { code, report } = checkJson(root, ...K8S_CHECK)
    expect(report.problems.filter(p => p.file === KEP).map(p => [p.rule, p.preexisting])).toEqual([['file-unreadable', undefined]])
    expect(code).toBe(1)
  })

  it('moved with its bytes unchanged: its problem is still the one the base had', () => {
    const MOVED = 'keps/sig-node/42-pod-overhead-moved/kep.yaml'
    const root = pullRequest(kubernetesRepo(deep('Pod Overhead')), root => {
      git(root, 'mv', 'keps/sig-node/42-pod-overhead', 'keps/sig-node/42-pod-overhead-moved')
    })
    const { report } = checkJson(root, ...K8S_CHECK)
    expect(report.problems.filter(p => p.file === MOVED && p.rule === 'metadata-too-deep').map(p => p.preexisting)).toEqual(['base'])
  })
})

describe('a problem on a list item that is a mapping is matched by the item, not by its place', () => {
  const K8S_CHECK = ['--preset', 'kubernetes', '--no-index']
  // Each item lacks its name: schema/feature-gates, reported at the item.
  const gates = (...items: string[]) => kepYaml({ 'feature-gates': items.map(item => `\n  - ${item}`).join('') })

  it('a different mapping with the same problem is a new problem (block form)', () => {
    const root = pullRequest(kubernetesRepo(gates('components:\n      - kubelet')), root => write(root, KEP, gates('components:\n      - kube-apiserver')))
    const { code, report } = checkJson(root, ...K8S_CHECK)
    expect(report.problems.filter(p => p.rule === 'schema/feature-gates').map(p => [p.message, p.preexisting])).toEqual([['feature-gates[0] has no "name", which is required; add it', undefined]])
    expect(code).toBe(1)
  })

  it('a different mapping with the same problem is a new problem (flow form)', () => {
    const root = pullRequest(kubernetesRepo(gates('{components: [kubelet]}')), root => write(root, KEP, gates('{components: [kube-apiserver]}')))
    const { code, report } = checkJson(root, ...K8S_CHECK)
    expect(report.problems.filter(p => p.rule === 'schema/feature-gates').map(p => p.preexisting)).toEqual([undefined])
    expect(code).toBe(1)
  })

  it('the same mapping, with an item added above it, is still the old problem', () => {
    const old = 'components:\n      - kubelet'
    const root = pullRequest(kubernetesRepo(gates(old)), root => write(root, KEP, gates('name: NewGate\n    components:\n      - kubelet', old)))
    const { code, report } = checkJson(root, ...K8S_CHECK)
    expect(report.problems.filter(p => p.rule === 'schema/feature-gates').map(p => [p.message, p.preexisting])).toEqual([['feature-gates[1] has no "name", which is required; add it', 'base']])
    expect(code).toBe(0)
  })

  it('the same mapping with its keys in another order is the same item', () => {
    const root = pullRequest(kubernetesRepo(gates('{components: [kubelet], disable: x}')), root => write(root, KEP, gates('{disable: x, components: [kubelet]}')))
    const { code, report } = checkJson(root, ...K8S_CHECK)
    expect(report.problems.filter(p => p.file === KEP).every(p => p.preexisting === 'base')).toBe(true)
    expect(code).toBe(0)
  })
})
