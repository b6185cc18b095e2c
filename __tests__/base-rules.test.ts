import { afterAll, describe, expect, it } from '@jest/globals'
import { FakeGitHub, json } from './helpers/fakeGitHub.js'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { git, initRepo } from './helpers/git.js'
import { fields, frontMatterKep, removeRepos, writeRepo } from './helpers/repo.js'
import { pullRequestPayload, runAction } from './helpers/runAction.js'

afterAll(removeRepos)

const FILE = 'sig-node/0042-pod-overhead.md'
const ALL_OFF = 'rules:\n  status-transition: "off"\n  number-assigned: "off"\n'

/** main: KEP 42 Approved; a branch that moves it back to Draft and, in the same pull request, switches the rules that catch it off. */
function pullRequestThatChangesItsRules(): { workspace: string; baseSha: string; headSha: string } {
  const origin = writeRepo({ [FILE]: frontMatterKep(fields({ status: 'Approved' })) })
  initRepo(origin)
  const baseSha = git(origin, 'rev-parse', 'HEAD').trim()
  git(origin, 'checkout', '-q', '-b', 'feature')
  writeFileSync(join(origin, FILE), frontMatterKep(fields({ status: 'Draft' })))
  writeFileSync(join(origin, '.kep-validator.yml'), ALL_OFF)
  git(origin, 'add', '-A')
  git(origin, 'commit', '-q', '-m', 'back to Draft, and no rule to say so')
  const headSha = git(origin, 'rev-parse', 'HEAD').trim()
  const workspace = mkdtempSync(join(tmpdir(), 'kep-ws-'))
  git(workspace, 'clone', '-q', origin, '.')
  git(workspace, 'checkout', '-q', headSha)
  return { workspace, baseSha, headSha }
}

const recorders: string[] = []
afterAll(() => recorders.forEach(bin => rmSync(bin, { recursive: true, force: true })))

/** A git that writes down each command it is asked to run, then runs it: PATH with it first, and the commands so far. */
function gitRecorder(): { path: string; commands: () => string[] } {
  const bin = mkdtempSync(join(tmpdir(), 'kep-git-'))
  const log = join(bin, 'commands.log')
  const realGit = spawnSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).stdout.trim()
  writeFileSync(join(bin, 'git'), `#!/bin/sh\necho "$*" >> '${log}'\nexec '${realGit}' "$@"\n`, { mode: 0o755 })
  recorders.push(bin)
  return { path: `${bin}:${process.env.PATH}`, commands: () => readFileSync(log, 'utf8').trim().split('\n') }
}

describe('the rules a change is judged by', () => {
  it("are the base commit's for a pull request: a configuration it adds does not switch off what catches it", async () => {
    const { workspace, baseSha, headSha } = pullRequestThatChangesItsRules()
    const run = await runAction({ workspace, inputs: { index: 'none' }, event: { name: 'pull_request', payload: pullRequestPayload(7, baseSha, headSha) } })
    expect(run.stdout).toContain('::error title=status-transition')
    expect(run.stdout).toMatch(/::notice::this pull request changes \.kep-validator\.yml: it is judged by the rules of its base \([0-9a-f]{7}\); the rules it proposes apply once it is merged/)
    expect(run.code).toBe(1)
  })

  it.each([
    ['push', (baseSha: string, headSha: string) => ({ ref: 'refs/heads/feature', before: baseSha, after: headSha, repository: { default_branch: 'main' } })],
    ['merge_group', (baseSha: string, headSha: string) => ({ merge_group: { base_sha: baseSha, head_sha: headSha, head_ref: 'refs/heads/gh-readonly-queue/main/pr-7' } })]
  ] as const)("are the base commit's for a %s with a base, as for a pull request", async (name, payload) => {
    const { workspace, baseSha, headSha } = pullRequestThatChangesItsRules()
    const run = await runAction({ workspace, inputs: { index: 'none' }, event: { name, payload: payload(baseSha, headSha) } })
    expect(run.stdout).toContain('::error title=status-transition')
    expect(run.stdout).toMatch(new RegExp(`::notice::this ${name.replace('_', ' ')} changes \\.kep-validator\\.yml: it is judged by the rules of its base`))
    expect(run.code).toBe(1)
  })

  it('are never read through a link: a configuration linked to a system file is refused, its target unread', async () => {
    const workspace = writeRepo({ [FILE]: frontMatterKep(fields()) })
    symlinkSync('/etc/passwd', join(workspace, '.kep-validator.yml'))
    const run = await runAction({ workspace, inputs: { index: 'none' }, event: { name: 'workflow_dispatch', payload: {} } })
    expect(run.stdout).toMatch(/::error::kep-validator could not check the KEPs: .*symbolic link/)
    expect(run.stdout).not.toContain('root:')
    expect(run.code).toBe(1)
  })

  it("come from the pull request's merge base, worked out once: the changes are taken against the same commit", async () => {
    const { workspace, baseSha, headSha } = pullRequestThatChangesItsRules()
    const recorder = gitRecorder()
    const run = await runAction({ workspace, inputs: { index: 'none' }, event: { name: 'pull_request', payload: pullRequestPayload(7, baseSha, headSha) }, env: { PATH: recorder.path } })
    expect(run.stdout).toContain('::error title=status-transition')
    const commands = recorder.commands()
    expect(commands.filter(command => command.startsWith('merge-base'))).toEqual([`merge-base --end-of-options ${baseSha} ${headSha}`])
    expect(commands).toContainEqual(expect.stringMatching(new RegExp(`^diff .*--end-of-options ${baseSha} ${headSha}`)))
  })

  it('never come from outside the workspace: a schema path to a system file is refused without showing the file', async () => {
    const workspace = writeRepo({ [FILE]: frontMatterKep(fields()) })
    const run = await runAction({ workspace, inputs: { index: 'none', schema: '/etc/passwd' }, event: { name: 'workflow_dispatch', payload: {} } })
    expect(run.stdout).toMatch(/::error::kep-validator could not check the KEPs: .*\/etc\/passwd is outside the workspace/)
    expect(run.stdout).not.toContain('root:')
    expect(run.code).toBe(1)
  })
})

const BASELINE = '.kep-validator-baseline.json'
const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url))

function cli(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '' } })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** main holds `base`; branch feature writes `head` over it (null deletes); a workspace checks out the feature's head. */
function pullRequest(base: Record<string, string>, head: Record<string, string | null>): { origin: string; workspace: string; baseSha: string; headSha: string } {
  const origin = writeRepo(base)
  initRepo(origin)
  const baseSha = git(origin, 'rev-parse', 'HEAD').trim()
  git(origin, 'checkout', '-q', '-b', 'feature')
  for (const [path, text] of Object.entries(head)) {
    if (text === null) rmSync(join(origin, path))
    else {
      mkdirSync(dirname(join(origin, path)), { recursive: true })
      writeFileSync(join(origin, path), text)
    }
  }
  git(origin, 'add', '-A')
  git(origin, 'commit', '-q', '--allow-empty', '-m', 'the pull request')
  const headSha = git(origin, 'rev-parse', 'HEAD').trim()
  const workspace = mkdtempSync(join(tmpdir(), 'kep-ws-'))
  git(workspace, 'clone', '-q', origin, '.')
  git(workspace, 'checkout', '-q', headSha)
  return { origin, workspace, baseSha, headSha }
}

const APPROVED = frontMatterKep(fields({ status: 'Approved' }))
// Approved → Draft: status-transition (a change rule); and a problem of the KEP's own that the
// change brings, an unknown field (number-assigned would only follow from the illegal status, and
// is dropped as its consequence).
const DRAFT = frontMatterKep(fields({ status: 'Draft', typo: 'x' }))
const KNOWN = (rules: string[]) => `${JSON.stringify({ [FILE]: Object.fromEntries(rules.map(rule => [rule, { count: 1 }])) }, null, 2)}\n`

const prRun = (workspace: string, baseSha: string, headSha: string, inputs: Record<string, string> = {}) =>
  runAction({ workspace, inputs: { index: 'none', ...inputs }, event: { name: 'pull_request', payload: pullRequestPayload(7, baseSha, headSha) } })

describe('the baseline a change is judged by', () => {
  it("is the base commit's: a baseline a pull request adds does not hide its own problems (only-new: false)", async () => {
    const { workspace, baseSha, headSha } = pullRequest({ [FILE]: APPROVED }, { [FILE]: DRAFT, [BASELINE]: KNOWN(['status-transition', 'schema/unknown-field']) })
    const run = await prRun(workspace, baseSha, headSha, { 'only-new': 'false' })
    expect(run.stdout).toContain('::error title=status-transition')
    expect(run.stdout).toContain('::error title=schema/unknown-field')
    expect(run.stdout).not.toContain('in the baseline')
    expect(run.stdout).toMatch(/::notice::this pull request changes \.kep-validator-baseline\.json: it is judged by the rules of its base/)
    expect(run.outputs.errors).toBe('2')
    expect(run.code).toBe(1)
  })

  it("is the base commit's: entries a pull request adds to the base's baseline do not count", async () => {
    const { workspace, baseSha, headSha } = pullRequest(
      { [FILE]: frontMatterKep(fields({ status: 'Approved', bogus: 'x' })), [BASELINE]: KNOWN(['schema/unknown-field']) },
      { [FILE]: frontMatterKep(fields({ status: 'Approved', bogus: 'x', 'last-updated': '2024-13-45' })), [BASELINE]: KNOWN(['schema/unknown-field', 'schema/last-updated']) }
    )
    const run = await prRun(workspace, baseSha, headSha, { 'only-new': 'false' })
    // The base records the unknown field: a notice. The impossible date it does not: an error.
    expect(run.stdout).toMatch(/::notice title=schema\/unknown-field,[^\n]*\(in the baseline: not counted\)/)
    expect(run.stdout).toContain('::error title=schema/last-updated')
    expect(run.code).toBe(1)
  })

  it('never covers a change rule: a base baseline that records status-transition does not excuse it', async () => {
    const { workspace, baseSha, headSha } = pullRequest({ [FILE]: APPROVED, [BASELINE]: KNOWN(['status-transition', 'schema/unknown-field']) }, { [FILE]: DRAFT })
    const run = await prRun(workspace, baseSha, headSha, { 'only-new': 'false' })
    expect(run.stdout).toContain('::error title=status-transition')
    expect(run.stdout).toMatch(/::notice title=schema\/unknown-field,[^\n]*\(in the baseline: not counted\)/)
    expect(run.outputs.errors).toBe('1')
    expect(run.code).toBe(1)
  })

  it('without git (the REST API path), is not applied to a change: it would be the one the change brings', async () => {
    const workspace = writeRepo({ [FILE]: DRAFT, [BASELINE]: KNOWN(['status-transition', 'schema/unknown-field']) })
    const server = new FakeGitHub()
      .on('GET', /\/pulls\/7\/files\?/, (_, response) =>
        json(response, 200, [
          { filename: FILE, status: 'modified' },
          { filename: BASELINE, status: 'added' }
        ])
      )
      .on('GET', /\/contents\//, (request, response) => {
        response.writeHead(200).end(request.path.includes(`ref=${'b'.repeat(40)}`) ? APPROVED : DRAFT)
      })
    try {
      const apiUrl = await server.start()
      const run = await runAction({ workspace, apiUrl, inputs: { index: 'none', token: 't', 'only-new': 'false' }, event: { name: 'pull_request', payload: pullRequestPayload(7, 'b'.repeat(40), 'e'.repeat(40)) } })
      expect(run.stdout).toMatch(/::warning::kep-validator reads the rules from the checkout/)
      expect(run.stdout).toContain('the baseline is not applied: without the base commit, it would be the one the changes bring')
      expect(run.stdout).toContain('::error title=status-transition')
      expect(run.outputs.errors).toBe('2')
      expect(run.code).toBe(1)
    } finally {
      await server.stop()
    }
  })

  it("with --base --all-problems in the CLI is the base commit's too", () => {
    const { origin } = pullRequest({ [FILE]: APPROVED }, { [FILE]: DRAFT, [BASELINE]: KNOWN(['status-transition', 'schema/unknown-field']) })
    const { code, stdout, stderr } = cli(origin, 'check', '--base', 'main', '--all-problems', '--no-index', '--format', 'json')
    const report = JSON.parse(stdout) as { problems: Array<{ rule: string; preexisting?: string }> }
    expect(report.problems.map(p => [p.rule, p.preexisting])).toEqual([
      ['status-transition', undefined],
      ['schema/unknown-field', undefined]
    ])
    expect(stderr).toMatch(/the working tree changes \.kep-validator-baseline\.json: it is judged by the rules of its base \([0-9a-f]{7}\)/)
    expect(code).toBe(1)
  })
})

describe('the rules files a change adds or edits', () => {
  it('are checked as they will load once merged: a broken .kep-validator.yml fails the pull request that adds it, annotated on it', async () => {
    const config = 'preset: kubernets\nrulez:\n  handle-at: error\n'
    const { workspace, baseSha, headSha } = pullRequest({ [FILE]: APPROVED }, { '.kep-validator.yml': config })
    const run = await prRun(workspace, baseSha, headSha)
    expect(run.stdout).toMatch(
      /::error title=configuration\/preset,file=\.kep-validator\.yml,line=1,[^\n]*::preset "kubernets" is not one of kep-0001, kubernetes[^;]*; did you mean "kubernetes"\? \(the rules this change proposes do not load: once it is merged, every run fails on this\)/
    )
    expect(run.stdout).toMatch(/::error title=configuration\/unknown-field,file=\.kep-validator\.yml,line=2,[^\n]*rulez/)
    expect(run.stdout).toMatch(/::notice::this pull request changes \.kep-validator\.yml: it is judged by the rules of its base/)
    expect(run.summary).toContain('configuration')
    expect(run.outputs.errors).toBe('2')
    expect(run.code).toBe(1)
  })

  it('a configuration that parses but names a preset that does not exist is annotated at its start', async () => {
    const { workspace, baseSha, headSha } = pullRequest({ [FILE]: APPROVED }, { '.kep-validator.yml': 'lifecycle: no-such-lifecycle\n' })
    const run = await prRun(workspace, baseSha, headSha)
    expect(run.stdout).toMatch(/::error title=configuration,file=\.kep-validator\.yml,line=1[^\n]*lifecycle "no-such-lifecycle" is neither a built-in lifecycle/)
    expect(run.code).toBe(1)
  })

  it('a broken baseline fails the pull request that adds it, whether or not the run applies a baseline', async () => {
    const { workspace, baseSha, headSha } = pullRequest({ [FILE]: APPROVED }, { [BASELINE]: JSON.stringify({ [FILE]: { schema: { count: 0 } } }) })
    const run = await prRun(workspace, baseSha, headSha)
    expect(run.stdout).toMatch(/::error title=configuration,file=\.kep-validator-baseline\.json,line=1[^\n]*needs a count that is a positive integer/)
    expect(run.code).toBe(1)
  })

  it('a configuration a pull request adds as a link to a system file: refused on the file, its target unread', async () => {
    const origin = writeRepo({ [FILE]: APPROVED })
    initRepo(origin)
    const baseSha = git(origin, 'rev-parse', 'HEAD').trim()
    git(origin, 'checkout', '-q', '-b', 'feature')
    symlinkSync('/etc/passwd', join(origin, '.kep-validator.yml'))
    git(origin, 'add', '-A')
    git(origin, 'commit', '-q', '-m', 'a link')
    const headSha = git(origin, 'rev-parse', 'HEAD').trim()
    const workspace = mkdtempSync(join(tmpdir(), 'kep-ws-'))
    git(workspace, 'clone', '-q', origin, '.')
    git(workspace, 'checkout', '-q', headSha)
    const run = await prRun(workspace, baseSha, headSha)
    expect(run.stdout).toMatch(/::error title=configuration,file=\.kep-validator\.yml,line=1[^\n]*symbolic link/)
    expect(run.stdout).not.toContain('root:')
    expect(run.summary).not.toContain('root:')
    expect(run.code).toBe(1)
  })

  it('a valid configuration a pull request adds passes, with the notice', async () => {
    const { workspace, baseSha, headSha } = pullRequest({ [FILE]: APPROVED }, { '.kep-validator.yml': 'rules:\n  handle-at: error\n' })
    const run = await prRun(workspace, baseSha, headSha)
    expect(run.stdout).not.toContain('title=configuration')
    expect(run.stdout).toContain('::notice::this pull request changes .kep-validator.yml')
    expect(run.code).toBe(0)
  })

  it('in a KEP root below the repository: the configuration beside it is named from the repository', async () => {
    const { workspace, baseSha, headSha } = pullRequest({ [`keps/${FILE}`]: APPROVED, '.kep-validator.yml': 'root: keps\n' }, { '.kep-validator.yml': 'root: keps\npreset: nope\n' })
    const run = await prRun(workspace, baseSha, headSha)
    expect(run.stdout).toMatch(/::error title=configuration\/preset,file=\.kep-validator\.yml,line=2/)
    expect(run.code).toBe(1)
  })

  it('check --base judges the working tree by the rules of its base, and reports a broken configuration it adds', () => {
    const { origin } = pullRequest({ [FILE]: APPROVED }, { [FILE]: DRAFT, '.kep-validator.yml': `${ALL_OFF}preset: [kep-0001]\n` })
    const { code, stdout, stderr } = cli(origin, 'check', '--base', 'main', '--no-index')
    expect(stdout).toMatch(/sig-node\/0042-pod-overhead\.md:\d+:\d+\s+error\s+status-transition/)
    expect(stdout).toMatch(/\.kep-validator\.yml:4:1\s+error\s+configuration\/preset\s+preset a list is not one of/)
    expect(stderr).toMatch(/the working tree changes \.kep-validator\.yml: it is judged by the rules of its base/)
    expect(code).toBe(1)
  })

  it("check --base fails with git's own words when git cannot list the changes it works out in the background", () => {
    const { origin } = pullRequest({ [FILE]: APPROVED }, { [FILE]: DRAFT })
    const bin = mkdtempSync(join(tmpdir(), 'kep-git-'))
    recorders.push(bin)
    const realGit = spawnSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).stdout.trim()
    // A git whose diff fails, as a corrupt object store would make it.
    writeFileSync(join(bin, 'git'), `#!/bin/sh\nif [ "$1" = diff ]; then echo "fatal: bad object" >&2; exit 128; fi\nexec '${realGit}' "$@"\n`, { mode: 0o755 })
    const result = spawnSync(process.execPath, [CLI, 'check', '--base', 'main', '--no-index'], { cwd: origin, encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '', PATH: `${bin}:${process.env.PATH}` } })
    expect(result.stderr).toMatch(/^kep-validator: git diff .* failed in .*: fatal: bad object\n$/)
    expect(result.stderr).not.toMatch(/unhandled|UnhandledPromiseRejection/i)
    expect(result.stdout).toBe('')
    expect(result.status).toBe(2)
  })

  it('check --base works out its base commit once: the rules and the changes are judged from the same commit', () => {
    const { origin } = pullRequest({ [FILE]: APPROVED }, { [FILE]: DRAFT, '.kep-validator.yml': ALL_OFF })
    const recorder = gitRecorder()
    const result = spawnSync(process.execPath, [CLI, 'check', '--base', 'main', '--no-index'], { cwd: origin, encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '', PATH: recorder.path } })
    expect(result.stdout).toMatch(/error\s+status-transition/)
    const commands = recorder.commands()
    expect(commands.filter(command => command.startsWith('merge-base'))).toEqual(['merge-base --end-of-options main HEAD'])
    const base = git(origin, 'merge-base', 'main', 'HEAD').trim()
    // The changes are listed against that commit, and the base tree read from it.
    expect(commands).toContainEqual(expect.stringMatching(new RegExp(`^diff .*--end-of-options ${base} --$`)))
    expect(commands).toContainEqual(expect.stringMatching(new RegExp(`^ls-tree .*${base}`)))
    // The base has no configuration and no baseline: one listing of its top folder says so, with no read of each name asked about.
    expect(commands.filter(command => command.startsWith('cat-file blob'))).toEqual([])
    expect(commands.filter(command => command.startsWith('ls-tree -z --full-tree'))).toEqual([`ls-tree -z --full-tree --end-of-options ${base}`])
  })
})

describe("the base's rules are read by their names", () => {
  it('a configuration that is a link in the base commit is refused, as in the checkout, never read as the text of where it points', () => {
    const { origin } = pullRequest({ [FILE]: APPROVED, 'docs/lenient.yml': 'rules:\n  file-name: "off"\n' }, { [FILE]: DRAFT })
    git(origin, 'checkout', '-q', 'main')
    symlinkSync('docs/lenient.yml', join(origin, '.kep-validator.yml'))
    git(origin, 'add', '-A')
    git(origin, 'commit', '-q', '-m', 'the configuration, linked')
    git(origin, 'checkout', '-q', 'feature')
    git(origin, 'merge', '-q', '--no-edit', 'main')
    const { code, stderr } = cli(origin, 'check', '--base', 'main', '--no-index')
    expect(stderr).toMatch(/cannot read configuration .*\.kep-validator\.yml: it is a symbolic link in the base commit [0-9a-f]{7}, not a file; links are never followed/)
    expect(code).toBe(2)
  })

  it('a pull request that turns .kep-validator.yml into a link to a file of its own does not move where the base configuration is read', () => {
    // The base makes file-name an error; the pull request retitles the KEP (its file name no longer fits) and links the configuration away.
    const { origin } = pullRequest(
      { [FILE]: APPROVED, '.kep-validator.yml': 'rules:\n  file-name: error\n' },
      { [FILE]: frontMatterKep(fields({ status: 'Approved', title: 'Pod Overhead Renamed' })), 'docs/lenient.yml': 'rules:\n  file-name: "off"\n' }
    )
    rmSync(join(origin, '.kep-validator.yml'))
    symlinkSync('docs/lenient.yml', join(origin, '.kep-validator.yml'))
    const { code, stdout, stderr } = cli(origin, 'check', '--base', 'main', '--no-index')
    expect(stdout).toMatch(/sig-node\/0042-pod-overhead\.md:\d+:\d+\s+error\s+file-name/)
    expect(stderr).toContain('the working tree changes .kep-validator.yml')
    expect(code).toBe(1)
  })

  it('in the action too: the base configuration still applies, and the link is refused on the file', async () => {
    const { origin, baseSha } = pullRequest(
      { [FILE]: APPROVED, '.kep-validator.yml': 'rules:\n  file-name: error\n' },
      { [FILE]: frontMatterKep(fields({ status: 'Approved', title: 'Pod Overhead Renamed' })), 'docs/lenient.yml': 'rules:\n  file-name: "off"\n' }
    )
    rmSync(join(origin, '.kep-validator.yml'))
    symlinkSync('docs/lenient.yml', join(origin, '.kep-validator.yml'))
    git(origin, 'add', '-A')
    git(origin, 'commit', '-q', '-m', 'link the configuration away')
    const headSha = git(origin, 'rev-parse', 'HEAD').trim()
    const workspace = mkdtempSync(join(tmpdir(), 'kep-ws-'))
    git(workspace, 'clone', '-q', origin, '.')
    git(workspace, 'checkout', '-q', headSha)
    const run = await prRun(workspace, baseSha, headSha)
    expect(run.stdout).toContain('::error title=file-name,file=sig-node/0042-pod-overhead.md')
    expect(run.stdout).toMatch(/::error title=configuration,file=\.kep-validator\.yml,line=1[^\n]*symbolic link/)
    expect(run.code).toBe(1)
  })
})
