import { afterAll, afterEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FakeGitHub, json } from './helpers/fakeGitHub.js'
import { git, initRepo } from './helpers/git.js'
import { fields, frontMatterKep, lineOf, removeRepos, writeRepo } from './helpers/repo.js'
import { pullRequestPayload, runAction } from './helpers/runAction.js'

afterAll(removeRepos)

const FILE = 'sig-node/0042-pod-overhead.md'
const APPROVED = frontMatterKep(fields({ status: 'Approved' }))
const DRAFT = frontMatterKep(fields({ status: 'Draft' }))

/** An origin whose main goes from the KEP Approved (before) to Draft (after), with an unrelated commit between. */
function originWithPush() {
  const origin = writeRepo({ [FILE]: APPROVED, 'sig-node/README.md': '# SIG Node\n' })
  initRepo(origin)
  git(origin, 'config', 'uploadpack.allowAnySHA1InWant', 'true')
  const before = git(origin, 'rev-parse', 'HEAD').trim()
  writeFileSync(join(origin, 'sig-node/README.md'), '# SIG Node, again\n')
  git(origin, 'commit', '-q', '-am', 'unrelated')
  writeFileSync(join(origin, FILE), DRAFT)
  git(origin, 'commit', '-q', '-am', 'move back to Draft')
  const after = git(origin, 'rev-parse', 'HEAD').trim()
  return { origin, before, after }
}

function clone(origin: string, ...args: string[]): string {
  const workspace = mkdtempSync(join(tmpdir(), 'kep-ws-'))
  git(workspace, 'clone', '-q', ...args, `file://${origin}`, '.')
  return workspace
}

function pushPayload(before: string, after: string): unknown {
  return { ref: 'refs/heads/main', before, after, repository: { name: 'enhancements', owner: { login: 'kubernetes' }, default_branch: 'main' } }
}

const TRANSITION = `::error title=status-transition,file=${FILE},line=${lineOf(DRAFT, 'status:')}`

describe('push events', () => {
  it('a push with before and after is compared like a pull request: an illegal transition fails', async () => {
    const { origin, before, after } = originWithPush()
    const workspace = clone(origin)
    const run = await runAction({ workspace, inputs: { index: 'none' }, event: { name: 'push', payload: pushPayload(before, after) } })
    expect(run.stdout).toContain(`push ${before.slice(0, 7)}..${after.slice(0, 7)}: checking the KEPs it changes`)
    expect(run.stdout).toContain(TRANSITION)
    expect(run.stdout).toContain('status changed from Approved to Draft')
    // That a Draft has no number yet follows from the illegal status: one problem, one piece of advice.
    expect(run.stdout).not.toContain('title=number-assigned')
    expect(run.outputs.errors).toBe('1')
    expect(run.outputs.preexisting).toBe('0')
    expect(run.code).toBe(1)
  })

  it('fetches the before commit a shallow checkout lacks', async () => {
    const { origin, before, after } = originWithPush()
    const workspace = clone(origin, '--depth=1')
    expect(git(workspace, 'rev-parse', '--is-shallow-repository').trim()).toBe('true')
    const run = await runAction({ workspace, inputs: { index: 'none' }, event: { name: 'push', payload: pushPayload(before, after) } })
    expect(run.stdout).toContain(TRANSITION)
    expect(run.code).toBe(1)
  })

  it('a force-push is compared with where the two histories meet, not with the commit it dropped', async () => {
    const origin = writeRepo({ [FILE]: APPROVED, 'sig-node/README.md': '# SIG Node\n' })
    initRepo(origin)
    git(origin, 'config', 'uploadpack.allowAnySHA1InWant', 'true')
    // The dropped commit: Approved → Final, legal; seen backwards it would be Final → Approved.
    git(origin, 'checkout', '-q', '-b', 'dropped')
    writeFileSync(join(origin, FILE), frontMatterKep(fields({ status: 'Final' })))
    git(origin, 'commit', '-q', '-am', 'Final')
    const before = git(origin, 'rev-parse', 'HEAD').trim()
    git(origin, 'checkout', '-q', 'main')
    writeFileSync(join(origin, 'sig-node/README.md'), '# SIG Node, again\n')
    git(origin, 'commit', '-q', '-am', 'unrelated')
    const after = git(origin, 'rev-parse', 'HEAD').trim()
    const workspace = clone(origin, '--branch', 'main')
    const run = await runAction({ workspace, inputs: { index: 'none' }, event: { name: 'push', payload: pushPayload(before, after) } })
    expect(run.stdout).toContain(`push ${before.slice(0, 7)}..${after.slice(0, 7)}: checking the KEPs it changes`)
    expect(run.stdout).not.toContain('status-transition')
    expect(run.outputs.errors).toBe('0')
    expect(run.code).toBe(0)
  })

  it('a push that creates a branch (before all zeros) is a full audit: no transition to judge', async () => {
    const { origin, after } = originWithPush()
    const workspace = clone(origin)
    const run = await runAction({ workspace, inputs: { index: 'none' }, event: { name: 'push', payload: pushPayload('0'.repeat(40), after) } })
    expect(run.stdout).toMatch(/push: checking every KEP/)
    expect(run.stdout).not.toContain('status-transition')
    // What the state of the KEP says is still judged: a Draft has no number yet.
    expect(run.stdout).toContain('::error title=number-assigned')
    expect(run.outputs.errors).toBe('1')
    expect(run.code).toBe(1)
  })

  it('a push without before is a full audit', async () => {
    const { origin, after } = originWithPush()
    const workspace = clone(origin)
    const run = await runAction({ workspace, inputs: { index: 'none' }, event: { name: 'push', payload: { ref: 'refs/heads/main', after } } })
    expect(run.stdout).toMatch(/push: checking every KEP/)
    expect(run.stdout).not.toContain('status-transition')
    expect(run.outputs.errors).toBe('1')
  })

  it('a push whose before commit cannot be fetched (a force-push) falls back to a full audit with a warning', async () => {
    const { origin, after } = originWithPush()
    const workspace = clone(origin)
    const gone = 'f'.repeat(40)
    const run = await runAction({ workspace, inputs: { index: 'none' }, event: { name: 'push', payload: pushPayload(gone, after) } })
    expect(run.stdout).toMatch(/::warning::kep-validator could not compare the push with fffffff/)
    // One warning: the rules of the audit are the checkout's, as every audit's are.
    expect(run.stdout.match(/::warning::/g)).toHaveLength(1)
    expect(run.stdout).toMatch(/push: checking every KEP/)
    expect(run.stdout).not.toContain('status-transition')
    expect(run.outputs.errors).toBe('1')
  })
})

describe('merge_group events', () => {
  it('a merge group is compared with its base: an illegal transition fails', async () => {
    const { origin, before, after } = originWithPush()
    const workspace = clone(origin)
    const payload = { merge_group: { base_sha: before, head_sha: after, head_ref: 'refs/heads/gh-readonly-queue/main/pr-7', base_ref: 'refs/heads/main' }, repository: { name: 'enhancements', owner: { login: 'kubernetes' } } }
    const run = await runAction({ workspace, inputs: { index: 'none' }, event: { name: 'merge_group', payload } })
    expect(run.stdout).toContain(`merge group ${after.slice(0, 7)} against ${before.slice(0, 7)}`)
    expect(run.stdout).toContain(TRANSITION)
    expect(run.code).toBe(1)
  })

  it('a merge group payload without shas is an error, not a silent pass', async () => {
    const { origin } = originWithPush()
    const workspace = clone(origin)
    const run = await runAction({ workspace, inputs: { index: 'none' }, event: { name: 'merge_group', payload: { merge_group: {} } } })
    expect(run.stdout).toMatch(/::error::.*merge_group/)
    expect(run.code).not.toBe(0)
  })
})

describe('a pull request judged by what it brings', () => {
  // An invalid creation date: a problem the KEP has on main already.
  const OLD = frontMatterKep(fields({ 'creation-date': '2024-13-45' }))
  const EDITED = frontMatterKep(fields({ 'creation-date': '2024-13-45' }), '# A KEP\n\n## Summary\n\nRevised text.\n')

  function originWithOldProblem() {
    const origin = writeRepo({ [FILE]: OLD })
    initRepo(origin)
    const baseSha = git(origin, 'rev-parse', 'HEAD').trim()
    git(origin, 'checkout', '-q', '-b', 'feature')
    writeFileSync(join(origin, FILE), EDITED)
    git(origin, 'commit', '-q', '-am', 'revise the text')
    const headSha = git(origin, 'rev-parse', 'HEAD').trim()
    const workspace = clone(origin)
    git(workspace, 'checkout', '-q', headSha)
    return { workspace, baseSha, headSha }
  }

  it('passes, the old problem (on a line the pull request did not touch) in the summary and not annotated, outputs and summary saying so', async () => {
    const { workspace, baseSha, headSha } = originWithOldProblem()
    const run = await runAction({ workspace, inputs: { index: 'none' }, event: { name: 'pull_request', payload: pullRequestPayload(7, baseSha, headSha) } })
    expect(run.stdout).not.toMatch(/^::(notice|error|warning) title=/m)
    expect(run.stdout).toContain('1 problem from before is not annotated (not on a line the changes show; the job summary lists them)')
    expect(run.outputs.errors).toBe('0')
    expect(run.outputs.preexisting).toBe('1')
    expect(run.summary).toContain('## KEP metadata: ✅ no problems of its own (1 problem from before, not counted)')
    expect(run.summary).toContain(`| \`${FILE}\` | modified | \`Approved\` | none of its own; already on the base: 1 |`)
    expect(run.summary).toContain('### Already on the base: 1 problem')
    expect(run.summary).toContain('`schema/creation-date`')
    expect(run.code).toBe(0)
  })

  it('fails with only-new: false, the old problem an error again', async () => {
    const { workspace, baseSha, headSha } = originWithOldProblem()
    const run = await runAction({ workspace, inputs: { index: 'none', 'only-new': 'false' }, event: { name: 'pull_request', payload: pullRequestPayload(7, baseSha, headSha) } })
    expect(run.stdout).toMatch(new RegExp(`::error title=[^,]+,file=${FILE},line=${lineOf(EDITED, 'creation-date:')}`))
    expect(run.stdout).not.toContain('::notice')
    expect(Number(run.outputs.errors)).toBeGreaterThan(0)
    expect(run.outputs.preexisting).toBe('0')
    expect(run.summary).not.toContain('Already on the base')
    expect(run.code).toBe(1)
  })

  it('fails when the pull request adds a problem of its own, the old one still a notice', async () => {
    const { workspace, baseSha, headSha } = (() => {
      const origin = writeRepo({ [FILE]: OLD })
      initRepo(origin)
      const baseSha = git(origin, 'rev-parse', 'HEAD').trim()
      git(origin, 'checkout', '-q', '-b', 'feature')
      writeFileSync(join(origin, FILE), frontMatterKep(fields({ 'creation-date': '2024-13-45', status: 'Draft' })))
      git(origin, 'commit', '-q', '-am', 'back to Draft')
      const headSha = git(origin, 'rev-parse', 'HEAD').trim()
      const workspace = clone(origin)
      git(workspace, 'checkout', '-q', headSha)
      return { workspace, baseSha, headSha }
    })()
    const run = await runAction({ workspace, inputs: { index: 'none' }, event: { name: 'pull_request', payload: pullRequestPayload(7, baseSha, headSha) } })
    expect(run.stdout).toContain('::error title=status-transition')
    expect(run.stdout).toMatch(/::notice title=[^\n]*already on the base: not counted/)
    // The Draft's number follows from the illegal status: not a second error.
    expect(run.outputs.errors).toBe('1')
    expect(Number(run.outputs.preexisting)).toBeGreaterThan(0)
    expect(run.code).toBe(1)
  })
})

describe('a full audit in the action reads the baseline', () => {
  const BAD = frontMatterKep(fields({ 'creation-date': '2024-13-45' }))
  const KNOWN = JSON.stringify({ [FILE]: { 'schema/creation-date': { count: 1 } } })

  it('passes within the baseline at the root, the known problem in the summary (an audit changes no line to annotate)', async () => {
    const workspace = writeRepo({ [FILE]: BAD, '.kep-validator-baseline.json': KNOWN })
    const run = await runAction({ workspace, inputs: { index: 'none' }, event: { name: 'workflow_dispatch', payload: {} } })
    expect(run.stdout).not.toMatch(/^::notice title=/m)
    expect(run.stdout).toContain('1 problem from before is not annotated (a full audit changes no line; the job summary lists them)')
    expect(run.summary).toContain('### In the baseline: 1 problem')
    expect(run.summary).toContain('`schema/creation-date`')
    expect(run.outputs.errors).toBe('0')
    expect(run.outputs.preexisting).toBe('1')
    expect(run.code).toBe(0)
  })

  it('counts it with baseline: none', async () => {
    const workspace = writeRepo({ [FILE]: BAD, '.kep-validator-baseline.json': KNOWN })
    const run = await runAction({ workspace, inputs: { index: 'none', baseline: 'none' }, event: { name: 'workflow_dispatch', payload: {} } })
    expect(run.stdout).toContain('::error title=schema/creation-date')
    expect(run.code).toBe(1)
  })

  it('reads the file the input names, relative to the workspace, and fails clearly on a malformed one', async () => {
    const workspace = writeRepo({ [FILE]: BAD, 'ci/known.json': KNOWN, 'ci/broken.json': '{"x": {"y": {"count": 0}}}' })
    const named = await runAction({ workspace, inputs: { index: 'none', baseline: 'ci/known.json' }, event: { name: 'workflow_dispatch', payload: {} } })
    expect(named.outputs.errors).toBe('0')
    expect(named.code).toBe(0)
    const broken = await runAction({ workspace, inputs: { index: 'none', baseline: 'ci/broken.json' }, event: { name: 'workflow_dispatch', payload: {} } })
    expect(broken.stdout).toMatch(/::error::[^\n]*ci\/broken\.json[^\n]*positive integer/)
    expect(broken.code).not.toBe(0)
  })

  it('is not used for a pull request, judged by its base instead', async () => {
    const origin = writeRepo({ [FILE]: BAD })
    initRepo(origin)
    const baseSha = git(origin, 'rev-parse', 'HEAD').trim()
    git(origin, 'checkout', '-q', '-b', 'feature')
    writeFileSync(join(origin, '.kep-validator-baseline.json'), KNOWN)
    writeFileSync(join(origin, FILE), frontMatterKep(fields({ 'creation-date': '2024-13-45' }), '# A KEP\n\n## Summary\n\nRevised.\n'))
    git(origin, 'add', '-A')
    git(origin, 'commit', '-q', '-m', 'revise')
    const headSha = git(origin, 'rev-parse', 'HEAD').trim()
    const workspace = clone(origin)
    git(workspace, 'checkout', '-q', headSha)
    const run = await runAction({ workspace, inputs: { index: 'none' }, event: { name: 'pull_request', payload: pullRequestPayload(7, baseSha, headSha) } })
    expect(run.outputs).toMatchObject({ errors: '0', preexisting: '1' })
    expect(run.summary).toContain('### Already on the base: 1 problem')
    expect(run.code).toBe(0)
  })

  it('is used for a pull request judged with only-new: false, as the CLI uses it with --all-problems', async () => {
    const origin = writeRepo({ [FILE]: BAD, '.kep-validator-baseline.json': KNOWN })
    initRepo(origin)
    const baseSha = git(origin, 'rev-parse', 'HEAD').trim()
    git(origin, 'checkout', '-q', '-b', 'feature')
    writeFileSync(join(origin, FILE), BAD.replace('## Summary', '## Summary\n\nRevised.'))
    git(origin, 'commit', '-q', '-am', 'revise the body')
    const headSha = git(origin, 'rev-parse', 'HEAD').trim()
    const workspace = clone(origin)
    git(workspace, 'checkout', '-q', headSha)
    const event = { name: 'pull_request', payload: pullRequestPayload(7, baseSha, headSha) }
    const within = await runAction({ workspace, inputs: { index: 'none', 'only-new': 'false' }, event })
    expect(within.outputs).toMatchObject({ errors: '0', preexisting: '1' })
    expect(within.summary).toContain('### In the baseline: 1 problem')
    expect(within.code).toBe(0)
    const without = await runAction({ workspace, inputs: { index: 'none', 'only-new': 'false', baseline: 'none' }, event })
    expect(without.stdout).toMatch(/::error title=schema\/creation-date/)
    expect(without.code).toBe(1)
  })
})

describe('a pull request read through the REST API (no git checkout)', () => {
  let server: FakeGitHub | undefined
  afterEach(async () => {
    await server?.stop()
    server = undefined
  })

  const OLD = frontMatterKep(fields({ 'creation-date': '2024-13-45' }))
  const baseSha = 'b'.repeat(40)
  const headSha = 'e'.repeat(40)

  async function viaApi(head: string, inputs: Record<string, string> = {}) {
    const workspace = writeRepo({ [FILE]: head })
    server = new FakeGitHub()
      .on('GET', /\/pulls\/7\/files\?/, (_, response) => json(response, 200, [{ filename: FILE, status: 'modified' }]))
      .on('GET', /\/contents\//, (request, response) => {
        const ref = new URL(request.path, 'http://x').searchParams.get('ref')
        response.writeHead(200, { 'content-type': 'application/vnd.github.raw' }).end(ref === baseSha ? OLD : head)
      })
    const apiUrl = await server.start()
    return runAction({ workspace, apiUrl, inputs: { token: 't', index: 'none', ...inputs }, event: { name: 'pull_request_target', payload: pullRequestPayload(7, baseSha, headSha) } })
  }

  it('judges by the base it fetched: the old problem a notice, exit 0', async () => {
    const run = await viaApi(frontMatterKep(fields({ 'creation-date': '2024-13-45' }), '# A KEP\n\n## Summary\n\nRevised.\n'))
    expect(run.stdout).toMatch(/using the GitHub API/)
    expect(run.stdout).toMatch(/::notice title=schema\/creation-date,[^\n]*already on the base: not counted/)
    expect(run.outputs.errors).toBe('0')
    expect(run.outputs.preexisting).toBe('1')
    expect(run.code).toBe(0)
  })

  it('counts what the pull request brings: a second invalid date', async () => {
    const run = await viaApi(frontMatterKep(fields({ 'creation-date': '2024-13-45', 'last-updated': '2024-02-31' })))
    expect(run.stdout).toMatch(/::error title=schema\/last-updated/)
    expect(run.stdout).toMatch(/::notice title=schema\/creation-date/)
    expect(run.outputs.errors).toBe('1')
    expect(run.code).toBe(1)
  })
})
