import { afterAll, afterEach, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { FakeGitHub, json } from './helpers/fakeGitHub.js'
import { git, initRepo } from './helpers/git.js'
import { fields, frontMatterKep, lineOf, removeRepos, writeRepo } from './helpers/repo.js'
import { pullRequestPayload, runAction } from './helpers/runAction.js'

afterAll(removeRepos)

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
const CHANGED = 'keps/sig-node/0042-pod-overhead.md'
const DELETED = 'keps/sig-node/0043-gone.md'
const MOVED = 'keps/sig-node/0044-moved.md'
const MOVED_TO = 'keps/sig-node/kubelet/0044-moved.md'
const AFTER = frontMatterKep(fields({ status: 'Draft' }))

/**
 * A pull request on a repository whose KEPs are under keps/, checked out into kep-repo/ of the
 * workspace (as a workflow that also checks out kubernetes/community does): one KEP moved back
 * to Draft, one deleted, one renamed, and no index.
 */
function subfolderCheckout() {
  const origin = writeRepo({
    [CHANGED]: frontMatterKep(fields({ status: 'Approved' })),
    [DELETED]: frontMatterKep(fields({ 'kep-number': '43', title: 'Gone', status: 'Withdrawn' })),
    [MOVED]: frontMatterKep(fields({ 'kep-number': '44', title: 'Moved', status: 'Approved' })),
    'README.md': '# KEPs\n'
  })
  initRepo(origin)
  const baseSha = git(origin, 'rev-parse', 'HEAD').trim()
  writeFileSync(join(origin, CHANGED), AFTER)
  rmSync(join(origin, DELETED))
  mkdirSync(join(origin, 'keps/sig-node/kubelet'))
  renameSync(join(origin, MOVED), join(origin, MOVED_TO))
  git(origin, 'add', '-A')
  git(origin, 'commit', '-q', '-m', 'the pull request')
  const headSha = git(origin, 'rev-parse', 'HEAD').trim()
  const workspace = mkdtempSync(join(tmpdir(), 'kep-ws-'))
  git(workspace, 'clone', '-q', origin, 'kep-repo')
  mkdirSync(join(workspace, 'community'))
  return { origin, workspace, repository: join(workspace, 'kep-repo'), baseSha, headSha }
}

describe('a repository checked out into a subfolder of the workspace', () => {
  let server: FakeGitHub | undefined
  afterEach(async () => {
    await server?.stop()
    server = undefined
  })

  /** The event's payload as GitHub sends it: a pull request, a push that says what it replaced, a merge queue's group. */
  function payloadOf(name: string, baseSha: string, headSha: string): unknown {
    if (name === 'push') return { ref: 'refs/heads/main', before: baseSha, after: headSha, repository: { default_branch: 'main' } }
    if (name === 'merge_group') return { merge_group: { base_sha: baseSha, head_sha: headSha, head_ref: 'refs/heads/gh-readonly-queue/main/pr-7' } }
    return pullRequestPayload(7, baseSha, headSha)
  }

  it.each(['pull_request', 'pull_request_target', 'push', 'merge_group'])('on %s, names every file relative to the repository: annotations, summary, links, outputs', async name => {
    const { workspace, baseSha, headSha } = subfolderCheckout()
    const run = await runAction({ workspace, inputs: { root: 'kep-repo/keps', 'check-run': 'never' }, event: { name, payload: payloadOf(name, baseSha, headSha) } })
    const line = lineOf(AFTER, 'status:')
    expect(run.stdout).toContain(`::error title=status-transition,file=${CHANGED},line=${line},`)
    expect(run.stdout).toContain(`::error title=file-deleted,file=${DELETED},line=1,`)
    expect(run.stdout).not.toMatch(/file=kep-repo\//)
    expect(JSON.parse(run.outputs['changed-keps'])).toEqual([
      { file: CHANGED, kind: 'modified', from: 'Approved', to: 'Draft' },
      { file: DELETED, kind: 'deleted', from: 'Withdrawn' },
      { file: MOVED_TO, kind: 'renamed', previousFile: MOVED, from: 'Approved', to: 'Approved' }
    ])
    expect(run.summary).toContain(`| \`${MOVED_TO}\` | renamed (from \`${MOVED}\`) |`)
    expect(run.summary).toContain(`[line ${line}](<https://github.com/kubernetes/enhancements/blob/${headSha}/${CHANGED}#L${line}>)`)
    // The deleted KEP's lines are at the base; the head has no such file.
    expect(run.summary).toContain(`[line 1](<https://github.com/kubernetes/enhancements/blob/${baseSha}/${DELETED}#L1>)`)
    expect(run.summary).not.toContain('kep-repo/')
    expect(run.code).toBe(1)
  })

  it('reads the changes through the API, with repository paths, when git cannot provide them', async () => {
    const { origin, workspace, repository, baseSha, headSha } = subfolderCheckout()
    // The head alone, and no remote to fetch the base from.
    rmSync(repository, { recursive: true, force: true })
    git(workspace, 'clone', '-q', '--depth=1', `file://${origin}`, 'kep-repo')
    git(repository, 'remote', 'remove', 'origin')
    const before = frontMatterKep(fields({ status: 'Approved' }))
    server = new FakeGitHub()
      .on('GET', /\/pulls\/7\/files\?/, (_, response) => json(response, 200, [{ filename: CHANGED, status: 'modified' }]))
      .on('GET', /\/contents\//, (request, response) => {
        response.writeHead(200).end(request.path.includes(`ref=${baseSha}`) ? before : AFTER)
      })
    const apiUrl = await server.start()
    const run = await runAction({ workspace, apiUrl, inputs: { root: 'kep-repo/keps', index: 'none', token: 't' }, event: { name: 'pull_request', payload: pullRequestPayload(7, baseSha, headSha, 1) } })
    expect(run.stdout).toMatch(/using the GitHub API/)
    expect(run.stdout).toContain(`::error title=status-transition,file=${CHANGED},`)
    expect(server.requests.filter(r => r.path.includes('/contents/')).map(r => decodeURIComponent(r.path.split('?')[0]))).toEqual([`/repos/kubernetes/enhancements/contents/${CHANGED}`, `/repos/kubernetes/enhancements/contents/${CHANGED}`])
    expect(run.code).toBe(1)
  })

  it('sends the check run the same paths', async () => {
    const { workspace, baseSha, headSha } = subfolderCheckout()
    server = new FakeGitHub().on('POST', /\/check-runs$/, (_, response) => json(response, 201, { id: 1, html_url: 'https://github.com/kubernetes/enhancements/runs/1' }))
    const apiUrl = await server.start()
    const run = await runAction({ workspace, apiUrl, inputs: { root: 'kep-repo/keps', 'check-run': 'always', token: 't', index: 'none' }, event: { name: 'pull_request', payload: pullRequestPayload(7, baseSha, headSha) } })
    const [created] = server.requests.map(r => JSON.parse(r.body) as { output: { annotations: Array<{ path: string }> } })
    expect([...new Set(created.output.annotations.map(a => a.path))].sort()).toEqual([CHANGED, DELETED])
    expect(run.outputs['check-run-url']).toBe('https://github.com/kubernetes/enhancements/runs/1')
  })

  it.each(['push', 'workflow_dispatch'])('on %s, prints the fix command for the index so that, run from the repository root, it fixes the index', async name => {
    const { workspace, repository } = subfolderCheckout()
    const run = await runAction({ workspace, inputs: { root: 'kep-repo/keps' }, event: { name, payload: {} } })
    const fix = 'kep-validator index --write --root keps'
    expect(run.summary).toContain(`### \`keps/index.md\`\n\n\`keps/index.md\` is missing. Fix it with:\n\n\`\`\`sh\n${fix}\n\`\`\``)
    expect(run.stdout).toMatch(new RegExp(`::error title=index-stale,file=keps/index.md,.*run ${fix} and commit it`))
    expect(run.outputs['index-state']).toBe('missing')

    const [command, ...args] = fix.split(' ')
    expect(command).toBe('kep-validator')
    execFileSync(process.execPath, [CLI, ...args], { cwd: repository })
    const again = await runAction({ workspace, inputs: { root: 'kep-repo/keps' }, event: { name, payload: {} } })
    expect(again.outputs['index-state']).toBe('fresh')
  })

  it('names the preset and index file in the fix command when they are not what the command finds by itself', async () => {
    const { workspace, repository } = subfolderCheckout()
    const kep = 'keps/sig-node/42-pod-overhead/kep.yaml'
    mkdirSync(join(repository, 'keps/sig-node/42-pod-overhead'), { recursive: true })
    writeFileSync(join(repository, kep), 'title: Pod Overhead\nkep-number: 42\nauthors:\n  - "@jane"\nowning-sig: sig-node\nstatus: implementable\ncreation-date: 2024-01-15\n')
    const run = await runAction({ workspace, inputs: { root: 'kep-repo', preset: 'kubernetes', index: 'KEPS.md' }, event: { name: 'push', payload: {} } })
    const fix = 'kep-validator index --write --preset kubernetes --index KEPS.md'
    expect(run.summary).toContain(`\`\`\`sh\n${fix}\n\`\`\``)
    execFileSync(process.execPath, [CLI, ...fix.split(' ').slice(1)], { cwd: repository })
    const again = await runAction({ workspace, inputs: { root: 'kep-repo', preset: 'kubernetes', index: 'KEPS.md' }, event: { name: 'push', payload: {} } })
    expect(again.outputs['index-state']).toBe('fresh')
  })
})
