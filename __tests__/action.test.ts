import { afterAll, afterEach, describe, expect, it } from '@jest/globals'
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { FakeGitHub, json } from './helpers/fakeGitHub.js'
import { git, initRepo } from './helpers/git.js'
import { fields, frontMatterKep, lineOf, removeRepos, writeRepo } from './helpers/repo.js'
import { pullRequestPayload, runAction } from './helpers/runAction.js'

afterAll(removeRepos)

const FILE = 'sig-node/0042-pod-overhead.md'
const BEFORE = frontMatterKep(fields({ status: 'Approved' }))
const AFTER = frontMatterKep(fields({ status: 'Draft' }))

/** An origin with main (the KEP Approved, then more commits) and a feature branch moving it back to Draft. */
function originWithPullRequest() {
  const origin = writeRepo({ [FILE]: BEFORE, 'sig-node/README.md': '# SIG Node\n' })
  initRepo(origin)
  git(origin, 'config', 'uploadpack.allowAnySHA1InWant', 'true')
  git(origin, 'checkout', '-q', '-b', 'feature')
  writeFileSync(join(origin, FILE), AFTER)
  git(origin, 'commit', '-q', '-am', 'move back to Draft')
  const headSha = git(origin, 'rev-parse', 'HEAD').trim()
  git(origin, 'checkout', '-q', 'main')
  for (let i = 0; i < 3; i++) {
    writeFileSync(join(origin, 'sig-node/README.md'), `# SIG Node ${i}\n`)
    git(origin, 'commit', '-q', '-am', `main moves on ${i}`)
  }
  const baseSha = git(origin, 'rev-parse', 'HEAD').trim()
  return { origin, baseSha, headSha }
}

describe('the bundled action, dist/index.js', () => {
  let server: FakeGitHub | undefined
  afterEach(async () => {
    await server?.stop()
    server = undefined
  })

  it('rejects an illegal transition in a pull request checked out with history', async () => {
    const { origin, baseSha, headSha } = originWithPullRequest()
    const workspace = mkdtempSync(join(tmpdir(), 'kep-ws-'))
    git(workspace, 'clone', '-q', '--no-checkout', origin, '.')
    git(workspace, 'checkout', '-q', headSha)
    const run = await runAction({ workspace, inputs: { index: 'none' }, event: { name: 'pull_request', payload: pullRequestPayload(7, baseSha, headSha) } })
    expect(run.stdout).toContain(`::error title=status-transition,file=${FILE},line=${lineOf(AFTER, 'status:')},endLine=${lineOf(AFTER, 'status:')},col=9,endColumn=13::status changed from Approved to Draft`)
    // One problem: that a Draft keeps no number (number-assigned) follows from the illegal status.
    expect(run.outputs.errors).toBe('1')
    expect(JSON.parse(run.outputs['changed-keps'])).toEqual([{ file: FILE, kind: 'modified', from: 'Approved', to: 'Draft' }])
    expect(run.code).toBe(1)
  })

  it('fetches what a shallow checkout lacks to find the merge base', async () => {
    const { origin, baseSha, headSha } = originWithPullRequest()
    const workspace = mkdtempSync(join(tmpdir(), 'kep-ws-'))
    git(workspace, 'clone', '-q', '--depth=1', '--branch', 'feature', `file://${origin}`, '.')
    const run = await runAction({ workspace, event: { name: 'pull_request', payload: pullRequestPayload(7, baseSha, headSha) } })
    expect(run.stdout).toMatch(/fetching the base and head commits/)
    expect(run.stdout).toMatch(/read the changes with git/)
    expect(run.stdout).toContain('::error title=status-transition')
    expect(run.code).toBe(1)
  })

  it('reads the changes through the REST API when there is no git checkout, with pagination and retries', async () => {
    const baseSha = 'b'.repeat(40)
    const headSha = 'e'.repeat(40)
    const workspace = writeRepo({ [FILE]: AFTER })
    const files = [...Array.from({ length: 149 }, (_, i) => ({ filename: `docs/page-${i}.md`, status: 'modified' })), { filename: FILE, status: 'modified' }]
    let failedOnce = false
    let limitedOnce = false
    server = new FakeGitHub()
      .on('GET', /^\/repos\/kubernetes\/enhancements\/pulls\/7\/files\?/, (request, response) => {
        if (!failedOnce) {
          failedOnce = true
          return json(response, 502, { message: 'Bad Gateway' })
        }
        const url = new URL(request.path, 'http://x')
        const page = Number(url.searchParams.get('page'))
        json(response, 200, files.slice((page - 1) * 100, page * 100))
      })
      .on('GET', /^\/repos\/kubernetes\/enhancements\/contents\//, (request, response) => {
        if (!limitedOnce) {
          limitedOnce = true
          return json(response, 429, { message: 'secondary rate limit' }, { 'retry-after': '0' })
        }
        const ref = new URL(request.path, 'http://x').searchParams.get('ref')
        response.writeHead(200, { 'content-type': 'application/vnd.github.raw' }).end(ref === baseSha ? BEFORE : AFTER)
      })
    const apiUrl = await server.start()
    const run = await runAction({ workspace, apiUrl, inputs: { token: 'secret-token' }, event: { name: 'pull_request_target', payload: pullRequestPayload(7, baseSha, headSha) } })
    expect(run.stdout).toMatch(/using the GitHub API/)
    expect(run.stdout).toContain('::error title=status-transition')
    expect(run.code).toBe(1)
    const pages = server.requests.filter(r => r.path.includes('/files?'))
    expect(pages.map(r => new URL(r.path, 'http://x').searchParams.get('page'))).toEqual(['1', '1', '2'])
    expect(pages.every(r => r.path.includes('per_page=100'))).toBe(true)
    const contents = server.requests.filter(r => r.path.includes('/contents/'))
    expect(contents.map(r => decodeURIComponent(r.path))).toEqual([
      `/repos/kubernetes/enhancements/contents/${FILE}?ref=${baseSha}`,
      `/repos/kubernetes/enhancements/contents/${FILE}?ref=${baseSha}`,
      `/repos/kubernetes/enhancements/contents/${FILE}?ref=${headSha}`
    ])
    expect(contents[0].headers.accept).toBe('application/vnd.github.raw')
    expect(contents[0].headers.authorization).toBe('token secret-token')
  })

  it('fails with the reason when the base version cannot be fetched (404)', async () => {
    const workspace = writeRepo({ [FILE]: AFTER })
    server = new FakeGitHub()
      .on('GET', /\/pulls\/7\/files\?/, (_, response) => json(response, 200, [{ filename: FILE, status: 'modified' }]))
      .on('GET', /\/contents\//, (request, response) => {
        if (request.path.includes('ref=' + 'b'.repeat(40))) return json(response, 404, { message: 'Not Found' })
        response.writeHead(200).end(AFTER)
      })
    const apiUrl = await server.start()
    const run = await runAction({ workspace, apiUrl, inputs: { token: 't' }, event: { name: 'pull_request', payload: pullRequestPayload(7, 'b'.repeat(40), 'e'.repeat(40)) } })
    expect(run.stdout).toMatch(/::error title=base-unreadable,file=sig-node\/0042-pod-overhead.md,line=1.*GitHub answered 404/)
    expect(run.code).toBe(1)
  })

  it('fails, never passes, when the pull request is larger than the API lists and git is missing', async () => {
    const workspace = writeRepo({ [FILE]: AFTER })
    server = new FakeGitHub().on('GET', /\/pulls\/7\/files\?/, (_, response) =>
      json(
        response,
        200,
        Array.from({ length: 100 }, (_, i) => ({ filename: `docs/${i}.md`, status: 'added' }))
      )
    )
    const apiUrl = await server.start()
    const run = await runAction({ workspace, apiUrl, inputs: { token: 't' }, event: { name: 'pull_request', payload: pullRequestPayload(7, 'b'.repeat(40), 'e'.repeat(40), 3500) } })
    expect(run.stdout).toMatch(/::error::kep-validator could not check the KEPs: the pull request changes more than 3000 files/)
    expect(server.requests.filter(r => r.path.includes('/files?'))).toHaveLength(30)
    expect(run.code).toBe(1)
  })

  it('fails, never passes, when the list of changed files is malformed or shorter than the event says', async () => {
    const workspace = writeRepo({ [FILE]: AFTER })
    const answers: Array<(response: import('node:http').ServerResponse) => void> = [response => response.writeHead(200, { 'content-type': 'application/json' }).end(`[{"filename": "${FILE}", "sta`), response => json(response, 200, [])]
    server = new FakeGitHub().on('GET', /\/pulls\/7\/files\?/, (_, response) => answers.shift()!(response))
    const apiUrl = await server.start()
    const event = { name: 'pull_request', payload: pullRequestPayload(7, 'b'.repeat(40), 'e'.repeat(40), 1) }
    const truncated = await runAction({ workspace, apiUrl, inputs: { token: 't' }, event })
    expect(truncated.stdout).toMatch(/::error::kep-validator could not check the KEPs: GitHub's list of the pull request's files \(page 1\) is not a list/)
    expect(truncated.stdout).not.toContain('0 KEPs checked')
    expect(truncated.code).toBe(1)
    const empty = await runAction({ workspace, apiUrl, inputs: { token: 't' }, event })
    expect(empty.stdout).toMatch(/::error::kep-validator could not check the KEPs: GitHub listed 0 changed files, but the event says the pull request changes 1/)
    expect(empty.code).toBe(1)
  })

  it('fails with a clear message when there is neither git nor a token', async () => {
    const workspace = writeRepo({ [FILE]: AFTER })
    const run = await runAction({ workspace, event: { name: 'pull_request', payload: pullRequestPayload(7, 'b'.repeat(40), 'e'.repeat(40)) } })
    expect(run.stdout).toMatch(/::error::kep-validator could not check the KEPs: git could not provide .* and there is no token/)
    expect(run.code).toBe(1)
  })

  it('audits the whole repository on push', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'kep-ws-'))
    cpSync(fileURLToPath(new URL('../examples/keps', import.meta.url)), workspace, { recursive: true })
    const run = await runAction({ workspace, event: { name: 'push', payload: {} } })
    expect(run.stdout).toContain('push: checking every KEP')
    expect(run.outputs).toMatchObject({ errors: '0', warnings: '0' })
    expect(run.code).toBe(0)
  })
})
