import { afterAll, afterEach, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { FakeGitHub, json } from './helpers/fakeGitHub.js'
import { git, initRepo } from './helpers/git.js'
import { kepYaml, readme, TEMPLATE } from './helpers/kepYaml.js'
import { removeRepos, writeRepo } from './helpers/repo.js'
import { pullRequestPayload, runAction } from './helpers/runAction.js'

afterAll(removeRepos)

/*
 * What an author sees of a pull request: problems from before only where the diff shows their
 * line (reviewdog's diff_context), every annotation outside the diff with its reason, a check run
 * only for what they must act on. Real git repositories, the bundled action, a fake GitHub.
 */

const FILE = 'sig-node/0042-pod-overhead.md'
const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url))

/** A KEP with old problems at known lines: foo1 (line 4), foo2 (line 5) and creation-date (line 6) near the top, foo3 at the bottom of a long list. */
function oldKep(title = 'Pod Overhead', body = 'Text.'): string {
  const reviewers = Array.from({ length: 15 }, (_, i) => `  - name: Reviewer ${i}\n    github: reviewer-${i}`).join('\n')
  return `---\nkep-number: 42\ntitle: ${title}\nfoo1: x\nfoo2: y\ncreation-date: 2024-13-45\nauthors:\n  - name: Jane Doe\n    github: janedoe\nowning-sig: sig-node\nreviewers:\n${reviewers}\napprovers: TBD\neditor: TBD\nstatus: Approved\nfoo3: z\n---\n\n# A KEP\n\n## Summary\n\n${body}\n`
}

const lineOf = (text: string, prefix: string): number => text.split('\n').findIndex(line => line.startsWith(prefix)) + 1

/** main holds `base`; a branch changes it to `head`; a clone checked out at the head is the workspace. */
function pullRequest(base: Record<string, string>, head: Record<string, string | null>): { workspace: string; baseSha: string; headSha: string } {
  const origin = writeRepo(base)
  initRepo(origin)
  const baseSha = git(origin, 'rev-parse', 'HEAD').trim()
  git(origin, 'checkout', '-q', '-b', 'feature')
  for (const [path, content] of Object.entries(head)) {
    if (content === null) rmSync(join(origin, path))
    else {
      mkdirSync(dirname(join(origin, path)), { recursive: true })
      writeFileSync(join(origin, path), content)
    }
  }
  git(origin, 'add', '-A')
  git(origin, 'commit', '-q', '-m', 'the change')
  const headSha = git(origin, 'rev-parse', 'HEAD').trim()
  const workspace = mkdtempSync(join(tmpdir(), 'kep-ws-'))
  git(workspace, 'clone', '-q', origin, '.')
  git(workspace, 'checkout', '-q', headSha)
  return { workspace, baseSha, headSha }
}

const notices = (stdout: string): string[] => stdout.split('\n').filter(line => line.startsWith('::notice title='))

describe('problems from before, as reviewdog diff_context shows them', () => {
  it("a one-line change far from a KEP's old problems annotates none of them; the summary lists them, folded", async () => {
    const { workspace, baseSha, headSha } = pullRequest({ [FILE]: oldKep() }, { [FILE]: oldKep('Pod Overhead', 'Revised text.') })
    const run = await runAction({ workspace, inputs: { index: 'none' }, event: { name: 'pull_request', payload: pullRequestPayload(7, baseSha, headSha) } })
    expect(notices(run.stdout)).toEqual([])
    expect(run.stdout).toContain('4 problems from before are not annotated (not on a line the changes show; the job summary lists them)')
    expect(run.outputs).toMatchObject({ errors: '0', preexisting: '4' })
    expect(run.summary).toContain('### Already on the base: 4 problems')
    expect(run.summary).toMatch(/<details><summary>Show them<\/summary>\n\n#### `sig-node\/0042-pod-overhead.md`/)
    expect(run.code).toBe(0)
  })

  it('annotates an old problem within three lines of a changed line, and no other', async () => {
    const head = oldKep('"Pod Overhead"')
    const { workspace, baseSha, headSha } = pullRequest({ [FILE]: oldKep() }, { [FILE]: head })
    const run = await runAction({ workspace, inputs: { index: 'none' }, event: { name: 'pull_request', payload: pullRequestPayload(7, baseSha, headSha) } })
    // title is line 3 (re-quoted): lines 1 to 6 are in the diff's context; foo3 at the bottom is not.
    expect(notices(run.stdout).map(line => /line=(\d+)/.exec(line)![1])).toEqual([String(lineOf(head, 'foo1:')), String(lineOf(head, 'foo2:')), String(lineOf(head, 'creation-date:'))])
    expect(notices(run.stdout)[0]).toContain('already on the base: not counted')
    expect(run.stdout).toContain('1 problem from before is not annotated')
    expect(run.outputs.preexisting).toBe('4')
  })

  it('preexisting: summary annotates none of them; none does not list them either, and says so', async () => {
    const { workspace, baseSha, headSha } = pullRequest({ [FILE]: oldKep() }, { [FILE]: oldKep('"Pod Overhead"') })
    const event = { name: 'pull_request', payload: pullRequestPayload(7, baseSha, headSha) }
    const summary = await runAction({ workspace, inputs: { index: 'none', preexisting: 'summary' }, event })
    expect(notices(summary.stdout)).toEqual([])
    expect(summary.stdout).toContain('4 problems from before are not annotated (preexisting: summary; the job summary lists them)')
    expect(summary.summary).toContain('unknown field "foo3"')
    const none = await runAction({ workspace, inputs: { index: 'none', preexisting: 'none' }, event })
    expect(notices(none.stdout)).toEqual([])
    expect(none.summary).toContain('## KEP metadata: ✅ no problems of its own (4 problems from before, not counted)')
    expect(none.summary).toContain('They are not listed (`preexisting: none`).')
    expect(none.summary).not.toContain('unknown field')
    expect(none.outputs.preexisting).toBe('4')
    const wrong = await runAction({ workspace, inputs: { index: 'none', preexisting: 'all' }, event })
    expect(wrong.stdout).toMatch(/::error::kep-validator could not check the KEPs: input preexisting must be annotations, summary or none, not "all"/)
    expect(wrong.code).toBe(1)
  })

  it('a push that says what it replaced is placed by its own diff', async () => {
    const { workspace, baseSha, headSha } = pullRequest({ [FILE]: oldKep() }, { [FILE]: oldKep('"Pod Overhead"') })
    const payload = { ref: 'refs/heads/feature', before: baseSha, after: headSha, repository: { name: 'enhancements', owner: { login: 'kubernetes' }, default_branch: 'main' } }
    const run = await runAction({ workspace, inputs: { index: 'none' }, event: { name: 'push', payload } })
    expect(run.stdout).toContain(`push ${baseSha.slice(0, 7)}..${headSha.slice(0, 7)}`)
    expect(notices(run.stdout)).toHaveLength(3)
  })

  it("a merge group is placed by its group's diff", async () => {
    const { workspace, baseSha, headSha } = pullRequest({ [FILE]: oldKep() }, { [FILE]: oldKep('Pod Overhead', 'Revised text.') })
    const payload = { merge_group: { base_sha: baseSha, head_sha: headSha }, repository: { name: 'enhancements', owner: { login: 'kubernetes' } } }
    const run = await runAction({ workspace, inputs: { index: 'none' }, event: { name: 'merge_group', payload } })
    expect(run.stdout).toContain(`merge group ${headSha.slice(0, 7)}`)
    expect(notices(run.stdout)).toEqual([])
    expect(run.outputs.preexisting).toBe('4')
  })
})

describe('through the REST API (no git checkout): the patches GitHub lists', () => {
  let server: FakeGitHub | undefined
  afterEach(async () => {
    await server?.stop()
    server = undefined
  })

  async function viaApi(head: string, file: Record<string, unknown>) {
    const workspace = writeRepo({ [FILE]: head })
    const baseSha = 'b'.repeat(40)
    server = new FakeGitHub()
      .on('GET', /\/pulls\/7\/files\?/, (_, response) => json(response, 200, [{ filename: FILE, status: 'modified', ...file }]))
      .on('GET', /\/contents\//, (request, response) => {
        const ref = new URL(request.path, 'http://x').searchParams.get('ref')
        response.writeHead(200, { 'content-type': 'application/vnd.github.raw' }).end(ref === baseSha ? oldKep() : head)
      })
    const apiUrl = await server.start()
    return runAction({ workspace, apiUrl, inputs: { token: 't', index: 'none' }, event: { name: 'pull_request_target', payload: pullRequestPayload(7, baseSha, 'e'.repeat(40)) } })
  }

  it('annotates the old problems the patch shows, and only those', async () => {
    const head = oldKep('"Pod Overhead"')
    const run = await viaApi(head, { patch: '@@ -1,6 +1,6 @@\n ---\n kep-number: 42\n-title: Pod Overhead\n+title: Pod Overhead Revisited\n foo1: x\n foo2: y\n creation-date: 2024-13-45', changes: 2 })
    expect(run.stdout).toMatch(/using the GitHub API/)
    expect(notices(run.stdout)).toHaveLength(3)
    expect(run.outputs.preexisting).toBe('4')
  })

  it("without a patch (a diff too large for GitHub to send), every line is the change's", async () => {
    const run = await viaApi(oldKep('Pod Overhead', 'Revised text.'), { changes: 9999 })
    expect(notices(run.stdout)).toHaveLength(4)
  })
})

describe('an annotation outside the diff says why it is there', () => {
  const KEP = 'keps/sig-node/42-pod-overhead/kep.yaml'
  const APPROVAL = 'keps/prod-readiness/sig-node/42.yaml'
  const README = 'keps/sig-node/42-pod-overhead/README.md'
  const beta = kepYaml({ stage: 'beta', milestone: '\n  alpha: "v1.29"\n  beta: "v1.30"' })

  it('a pull request that changes only an approval file: the error on kep.yaml names the file it changed', async () => {
    const { workspace, baseSha, headSha } = pullRequest(
      { [KEP]: beta, [README]: readme('Pod Overhead'), ...TEMPLATE, [APPROVAL]: 'kep-number: 42\nalpha:\n  approver: "@prr"\nbeta:\n  approver: "@prr"\n' },
      { [APPROVAL]: 'kep-number: 42\nalpha:\n  approver: "@prr"\n' }
    )
    const run = await runAction({ workspace, inputs: { preset: 'kubernetes' }, event: { name: 'pull_request', payload: pullRequestPayload(7, baseSha, headSha) } })
    const annotation = run.stdout.split('\n').find(line => line.startsWith(`::error title=prod-readiness,file=${KEP}`))
    expect(annotation).toMatch(/stage is beta but keps\/prod-readiness\/sig-node\/42\.yaml has no approver for beta.*\(this pull request changes keps\/prod-readiness\/sig-node\/42\.yaml, which this KEP's stage needs\)$/)
    expect(run.summary).toContain(`| \`${KEP}\` | checked again: \`${APPROVAL}\` changed |  | 1 error |`)
    expect(run.code).toBe(1)
  })

  it('a problem the change brings on a line it did not touch says so', async () => {
    // Draft → Approved is legal, but the number stays a draft one: number-assigned, at kep-number (line 2), far from the status line.
    const DRAFT = 'sig-node/draft-20240115-pod-overhead.md'
    const kep = (status: string) =>
      `---\nkep-number: draft-20240115\ntitle: Pod Overhead\nauthors:\n  - name: Jane Doe\n    github: janedoe\nowning-sig: sig-node\nreviewers: TBD\napprovers: TBD\neditor: TBD\ncreation-date: 2024-01-15\nstatus: ${status}\n---\n\n# A KEP\n`
    const { workspace, baseSha, headSha } = pullRequest({ [DRAFT]: kep('Draft') }, { [DRAFT]: kep('Approved') })
    const run = await runAction({ workspace, inputs: { index: 'none' }, event: { name: 'pull_request', payload: pullRequestPayload(7, baseSha, headSha) } })
    expect(run.stdout).toMatch(
      /::error title=number-assigned,file=sig-node\/draft-20240115-pod-overhead\.md,line=2,[^\n]*the next free number is 1 \(not on a line this pull request changes: the base version of this file did not have this problem\)$/m
    )
  })

  it('a file the change adds is all new: its problems need no reason', async () => {
    const added = `---\nfoo: 1\ntitle: Pod Overhead\nkep-number: draft-20240115\nauthors:\n  - name: Jane Doe\n    github: janedoe\nowning-sig: sig-node\nreviewers: TBD\napprovers: TBD\neditor: TBD\ncreation-date: 2024-01-15\nstatus: Draft\n---\n\n# A KEP\n`
    const { workspace, baseSha, headSha } = pullRequest({ 'sig-node/README.md': '# SIG Node\n' }, { 'sig-node/draft-20240115-pod-overhead.md': added })
    const run = await runAction({ workspace, inputs: { index: 'none' }, event: { name: 'pull_request', payload: pullRequestPayload(7, baseSha, headSha) } })
    expect(run.stdout).toMatch(/::error title=schema\/unknown-field,file=sig-node\/draft-20240115-pod-overhead\.md,line=2,[^\n]*remove it$/m)
  })

  it('index.md left as it was by a pull request that adds a KEP: its error says why it is there', async () => {
    const draft = `---\nkep-number: draft-20240115\ntitle: Pod Overhead\nauthors:\n  - name: Jane Doe\n    github: janedoe\nowning-sig: sig-node\nreviewers: TBD\napprovers: TBD\neditor: TBD\ncreation-date: 2024-01-15\nstatus: Draft\n---\n\n# A KEP\n`
    const base = writeRepo({ 'sig-node/draft-20240115-pod-overhead.md': draft })
    execFileSync(process.execPath, [CLI, 'index', '--write'], { cwd: base })
    const { workspace, baseSha, headSha } = pullRequest(
      { 'sig-node/draft-20240115-pod-overhead.md': draft, 'index.md': readFileSync(join(base, 'index.md'), 'utf8') },
      { 'sig-node/draft-20240116-pod-underhead.md': draft.replace('draft-20240115', 'draft-20240116').replace('2024-01-15', '2024-01-16').replace('Pod Overhead', 'Pod Underhead') }
    )
    const run = await runAction({ workspace, event: { name: 'pull_request', payload: pullRequestPayload(7, baseSha, headSha) } })
    expect(run.stdout).toMatch(/::error title=index-stale,file=index\.md,[^\n]*\(index\.md lists the KEPs this pull request changes\)$/m)
    expect(run.code).toBe(1)
  })

  it('with only-new: false, an old problem on an untouched line is counted, and the annotation says why', async () => {
    const { workspace, baseSha, headSha } = pullRequest({ [FILE]: oldKep() }, { [FILE]: oldKep('Pod Overhead', 'Revised text.') })
    const run = await runAction({ workspace, inputs: { index: 'none', 'only-new': 'false' }, event: { name: 'pull_request', payload: pullRequestPayload(7, baseSha, headSha) } })
    expect(run.stdout).toMatch(/::error title=schema\/unknown-field,[^\n]*unknown field "foo3"[^\n]*\(not on a line this pull request changes: with only-new: false, every problem of a file it changes counts\)$/m)
  })

  it("a new KEP's row counts the warning on its approval file, as the headline does", async () => {
    const { workspace, baseSha, headSha } = pullRequest(
      { 'keps/sig-node/README.md': '# SIG Node\n', ...TEMPLATE },
      { [KEP]: kepYaml({ status: 'provisional' }), [README]: readme('Pod Overhead'), [APPROVAL]: 'kep-number: 42\nalpha:\n  approver: prr\n' }
    )
    const run = await runAction({ workspace, inputs: { preset: 'kubernetes' }, event: { name: 'pull_request', payload: pullRequestPayload(7, baseSha, headSha) } })
    expect(run.summary).toContain('## KEP metadata: ⚠️ 0 errors, 1 warning')
    expect(run.summary).toContain(`| \`${KEP}\` | added | \`provisional\` | 1 warning (1 in \`${APPROVAL}\`) |`)
  })
})

describe('check-run: auto', () => {
  let server: FakeGitHub | undefined
  afterEach(async () => {
    await server?.stop()
    server = undefined
  })

  /** A KEP with 12 unknown fields on main; the pull request revises its text. */
  function manyOldProblems() {
    const unknown = Array.from({ length: 12 }, (_, i) => `bar${i}: x`).join('\n')
    const kep = (body: string) => oldKep().replace('foo1: x\nfoo2: y\n', `${unknown}\n`).replace('Text.', body)
    return pullRequest({ [FILE]: kep('Text.') }, { [FILE]: kep('Revised.') })
  }

  async function fakeChecks(): Promise<string> {
    server = new FakeGitHub()
      .on('POST', /\/check-runs$/, (_, response) => json(response, 201, { id: 5, html_url: 'https://github.com/kubernetes/enhancements/runs/5' }))
      .on('PATCH', /\/check-runs\/5$/, (_, response) => json(response, 200, { id: 5 }))
    return server.start()
  }

  it('creates no check run for problems from before alone, however many', async () => {
    const { workspace, baseSha, headSha } = manyOldProblems()
    const run = await runAction({ workspace, apiUrl: await fakeChecks(), inputs: { token: 't', index: 'none' }, event: { name: 'pull_request', payload: pullRequestPayload(7, baseSha, headSha) } })
    expect(run.outputs.preexisting).toBe('14')
    expect(server!.requests).toEqual([])
    expect(run.outputs['check-run-url']).toBe('')
    expect(run.code).toBe(0)
  })

  it('creates one when a maintainer asks for it (check-run: true), even with nothing to act on', async () => {
    const { workspace, baseSha, headSha } = manyOldProblems()
    const run = await runAction({ workspace, apiUrl: await fakeChecks(), inputs: { token: 't', index: 'none', 'check-run': 'true' }, event: { name: 'pull_request', payload: pullRequestPayload(7, baseSha, headSha) } })
    const posted = JSON.parse(server!.requests[0].body) as { conclusion?: string; output: { summary: string; annotations: unknown[] } }
    expect(server!.requests.map(r => r.method)).toEqual(['POST'])
    expect(posted.conclusion).toBe('success')
    // The pull request changes the body: no old problem is on a line it shows.
    expect(posted.output.annotations).toEqual([])
    expect(posted.output.summary).toContain('14 problems from before, not counted (in the job summary)')
    expect(run.outputs['check-run-url']).toBe('https://github.com/kubernetes/enhancements/runs/5')
  })
})
