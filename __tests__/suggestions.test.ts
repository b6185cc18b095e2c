import { afterAll, afterEach, describe, expect, it } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import type { ServerResponse } from 'node:http'
import { join } from 'node:path'
import { fixesAsLineChanges } from '../src/fix/lineChanges.js'
import { REVIEW_MARKER, reviewCommentBody } from '../src/action/reviewComment.js'
import type { Diagnostic } from '../src/core/diagnostic.js'
import { headLinesOf } from '../src/core/diffLines.js'
import { loadSettings } from '../src/config/settings.js'
import { FileSystemTree } from '../src/tree/fileSystemTree.js'
import { validate } from '../src/validate/validate.js'
import { FakeGitHub, json, type RecordedRequest } from './helpers/fakeGitHub.js'
import { kepYaml } from './helpers/kepYaml.js'
import { fields, frontMatterKep, lineOf, removeRepos, writeRepo } from './helpers/repo.js'
import { pullRequestPayload, runAction } from './helpers/runAction.js'

afterAll(removeRepos)

const FILE = 'sig-node/0042-pod-overhead.md'
const BASE = 'b'.repeat(40)
const HEAD = 'e'.repeat(40)

async function diagnosticsOf(files: Record<string, string>, indexFile: string | null = null): Promise<Diagnostic[]> {
  const root = writeRepo(files)
  const settings = await loadSettings({ root, indexFile })
  return (await validate(settings, { head: new FileSystemTree(root) })).diagnostics
}

describe('suggested changes from fixes', () => {
  it('replace whole lines with the fix applied, CRLF read as lines, and keep what the line says besides', async () => {
    const kep = frontMatterKep(fields({ status: 'aproved   # after the review', authors: '\n  - name: Jane Doe\n    github: "@janedoe"' })).replace(/\n/g, '\r\n')
    const changes = fixesAsLineChanges(await diagnosticsOf({ [FILE]: kep }), () => kep)
    const [github, status] = [lineOf(kep.replace(/\r/g, ''), '    github:'), lineOf(kep.replace(/\r/g, ''), 'status:')]
    expect(changes.map(({ file, startLine, endLine, replacement }) => ({ file, startLine, endLine, replacement }))).toEqual([
      { file: FILE, startLine: github, endLine: github, replacement: '    github: "janedoe"' },
      { file: FILE, startLine: status, endLine: status, replacement: 'status: Approved   # after the review' }
    ])
    expect(reviewCommentBody(changes[1])).toBe(
      `${REVIEW_MARKER}\n**\`schema/status\`** (error): \`status "aproved" is not one of Draft, Deferred, Approved, Rejected, Withdrawn, Final, Replaced; did you mean "Approved"?\`\n\n\`\`\`suggestion\nstatus: Approved   # after the review\n\`\`\``
    )
  })

  it('makes fixes on one line one suggestion', async () => {
    const kep = kepYaml({ reviewers: '[alice, bob]   # both from sig-node' })
    const file = 'keps/sig-node/42-pod-overhead/kep.yaml'
    const root = writeRepo({ [file]: kep })
    const settings = await loadSettings({ root, preset: 'kubernetes' })
    const { diagnostics } = await validate(settings, { head: new FileSystemTree(root) })
    const changes = fixesAsLineChanges(diagnostics, () => kep)
    expect(changes.map(change => [change.startLine, change.replacement, change.diagnostics.map(d => d.rule)])).toEqual([[lineOf(kep, 'reviewers:'), 'reviewers: ["@alice", "@bob"]   # both from sig-node', ['handle-at', 'handle-at']]])
  })

  it('offers a fix that is only a suggestion (it may change what was meant) as a suggested change, as it offers a safe one', async () => {
    const kep = kepYaml({ status: 'implementing', authors: '\n  - janedoe' })
    const file = 'keps/sig-node/42-pod-overhead/kep.yaml'
    const root = writeRepo({ [file]: kep })
    const settings = await loadSettings({ root, preset: 'kubernetes' })
    const { diagnostics } = await validate(settings, { head: new FileSystemTree(root) })
    expect(diagnostics.filter(d => d.fix).map(d => [d.rule, d.fix!.applicability])).toEqual([
      ['handle-at', 'safe'],
      ['schema/status', 'suggestion']
    ])
    const changes = fixesAsLineChanges(diagnostics, () => kep)
    expect(changes.map(change => [change.startLine, change.replacement, change.diagnostics.map(d => d.rule)])).toEqual([
      [lineOf(kep, '  - janedoe'), '  - "@janedoe"', ['handle-at']],
      [lineOf(kep, 'status:'), 'status: implemented', ['schema/status']]
    ])
  })

  it("suggests for a stale index only the lines that change, as the index's fix replaces only those", async () => {
    const kep = frontMatterKep(fields())
    const root = writeRepo({ [FILE]: kep })
    const settings = await loadSettings({ root })
    const { index } = await validate(settings, { head: new FileSystemTree(root) })
    const stale = index!.expected.replace('| 42 | [Pod Overhead]', '| 42 | [Pod Overheat]')
    const diagnostics = await diagnosticsOf({ [FILE]: kep, 'index.md': stale }, 'index.md')
    const [change] = fixesAsLineChanges(diagnostics, file => (file === 'index.md' ? stale : kep))
    const line = stale.split('\n').findIndex(text => text.startsWith('| 42 |')) + 1
    expect([change.file, change.startLine, change.endLine]).toEqual(['index.md', line, line])
    expect(change.replacement).toBe(index!.expected.split('\n')[line - 1])
  })

  it("reads a patch's head-side lines: added and context lines, not removed ones", () => {
    expect([...headLinesOf('@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n@@ -10,2 +10,3 @@\n x\n+y\n z\n\\ No newline at end of file')]).toEqual([1, 2, 3, 10, 11, 12])
  })
})

interface StoredComment {
  id: number
  path: string
  line: number
  start_line: number | null
  body: string
}

/** GitHub's pull request API as far as the review needs it: files, contents, reviews and their comments, kept between runs. */
function reviewServer(head: () => string, writable = true, patch?: string) {
  const comments: StoredComment[] = []
  const reviews: Array<{ id: number; body: string }> = []
  let nextId = 100
  const forbidden = (response: ServerResponse): void => json(response, 403, { message: 'Resource not accessible by integration' })
  const server = new FakeGitHub()
    .on('GET', /\/pulls\/7\/files\?/, (request, response) => {
      const lines = head().split('\n')
      const page = new URL(request.path, 'http://x').searchParams.get('page')
      json(response, 200, page === '1' ? [{ filename: FILE, status: 'added', patch: patch ?? `@@ -0,0 +1,${lines.length} @@\n${lines.map(line => `+${line}`).join('\n')}` }] : [])
    })
    .on('GET', /\/contents\//, (_, response) => void response.writeHead(200, { 'content-type': 'application/vnd.github.raw' }).end(head()))
    .on('GET', /\/pulls\/7\/comments\?/, (_, response) => json(response, 200, comments))
    .on('GET', /\/pulls\/7\/reviews\?/, (_, response) => json(response, 200, reviews))
    .on('DELETE', /\/pulls\/comments\/\d+$/, (request, response) => {
      if (!writable) return forbidden(response)
      const id = Number(/(\d+)$/.exec(request.path)![1])
      comments.splice(
        comments.findIndex(comment => comment.id === id),
        1
      )
      response.writeHead(204).end()
    })
    .on('PUT', /\/pulls\/7\/reviews\/\d+$/, (request, response) => {
      if (!writable) return forbidden(response)
      const review = reviews.find(r => r.id === Number(/(\d+)$/.exec(request.path)![1]))!
      review.body = (JSON.parse(request.body) as { body: string }).body
      json(response, 200, review)
    })
    .on('POST', /\/pulls\/7\/reviews$/, (request, response) => {
      if (!writable) return forbidden(response)
      const body = JSON.parse(request.body) as { body: string; comments: Array<{ path: string; line: number; start_line?: number; body: string }> }
      const review = { id: nextId++, body: body.body, html_url: 'https://github.com/kubernetes/enhancements/pull/7#pullrequestreview-1' }
      reviews.push(review)
      for (const comment of body.comments) comments.push({ id: nextId++, path: comment.path, line: comment.line, start_line: comment.start_line ?? null, body: comment.body })
      json(response, 200, review)
    })
  return { server, comments, reviews }
}

const requestsOf = (server: FakeGitHub, method: string, pattern: RegExp): RecordedRequest[] => server.requests.filter(r => r.method === method && pattern.test(r.path))

describe('the action with suggestions: true (bundled, against a local stand-in for the REST API)', () => {
  let server: FakeGitHub | undefined
  afterEach(async () => {
    await server?.stop()
    server = undefined
  })

  const misspelt = frontMatterKep(fields({ status: 'aproved', 'creation-date': '2024-1-15' }))

  it('posts a review of suggestions on the exact lines, leaves it alone when nothing changed, and replaces it after a push', async () => {
    let head = misspelt
    const github = reviewServer(() => head)
    server = github.server
    const apiUrl = await server.start()
    const workspace = writeRepo({ [FILE]: misspelt })
    const action = () => runAction({ workspace, apiUrl, inputs: { token: 't', index: 'none', suggestions: 'true' }, event: { name: 'pull_request', payload: pullRequestPayload(7, BASE, HEAD) } })

    const first = await action()
    expect(first.stdout).toContain('kep-validator posted 2 suggested changes in the review')
    const [posted] = requestsOf(server, 'POST', /\/reviews$/)
    const review = JSON.parse(posted.body) as { commit_id: string; event: string; body: string; comments: Array<Record<string, unknown>> }
    expect(review).toMatchObject({ commit_id: HEAD, event: 'COMMENT' })
    expect(review.body.startsWith(REVIEW_MARKER)).toBe(true)
    expect(review.comments).toEqual([
      { path: FILE, line: lineOf(misspelt, 'creation-date:'), side: 'RIGHT', body: expect.stringContaining('```suggestion\ncreation-date: 2024-01-15\n```') },
      { path: FILE, line: lineOf(misspelt, 'status:'), side: 'RIGHT', body: expect.stringContaining('```suggestion\nstatus: Approved\n```') }
    ])

    const again = await action()
    expect(again.stdout).toContain("kep-validator's review has these suggested changes already (2 comments); nothing posted")
    expect(requestsOf(server, 'POST', /\/reviews$/)).toHaveLength(1)
    expect(requestsOf(server, 'DELETE', /./)).toHaveLength(0)

    // The author applies one suggestion and pushes.
    head = misspelt.replace('status: aproved', 'status: Approved')
    writeFileSync(join(workspace, FILE), head)
    const pushed = await action()
    expect(pushed.stdout).toContain('kep-validator posted 1 suggested change in the review')
    expect(pushed.stdout).toContain('replacing 2 earlier ones')
    expect(requestsOf(server, 'DELETE', /\/pulls\/comments\//)).toHaveLength(2)
    expect(requestsOf(server, 'POST', /\/reviews$/)).toHaveLength(2)
    expect(github.comments.map(comment => comment.body)).toEqual([expect.stringContaining('```suggestion\ncreation-date: 2024-01-15\n```')])
    expect(github.reviews.map(r => r.body)).toEqual([`${REVIEW_MARKER}\nOutdated: kep-validator checked a later commit.`, expect.stringContaining('suggests 1 change')])
  })

  it('suggests only on lines of the diff, and says how many fixes it left out', async () => {
    const status = lineOf(misspelt, 'status:')
    const lines = misspelt.split('\n')
    // The pull request changed the status line only, in a hunk without context (the creation-date above is not in it).
    const patch = `@@ -${status},1 +${status},1 @@\n-status: Approved\n+${lines[status - 1]}`
    const github = reviewServer(() => misspelt, true, patch)
    server = github.server
    const apiUrl = await server.start()
    const workspace = writeRepo({ [FILE]: misspelt })
    const run = await runAction({ workspace, apiUrl, inputs: { token: 't', index: 'none', suggestions: 'true' }, event: { name: 'pull_request', payload: pullRequestPayload(7, BASE, HEAD) } })
    expect(run.stdout).toContain('1 suggested change left out: on lines this pull request does not change')
    expect(run.stdout).toContain('kep-validator posted 1 suggested change in the review')
    expect(github.comments).toEqual([expect.objectContaining({ path: FILE, line: status, body: expect.stringContaining('```suggestion\nstatus: Approved\n```') })])
  })

  it('skips the review where the token is read-only (a fork), saying so in the log, and fails only on the problems', async () => {
    const github = reviewServer(() => misspelt, false)
    server = github.server
    const apiUrl = await server.start()
    const workspace = writeRepo({ [FILE]: misspelt })
    const run = await runAction({ workspace, apiUrl, inputs: { token: 't', index: 'none', suggestions: 'true' }, event: { name: 'pull_request', payload: pullRequestPayload(7, BASE, HEAD) } })
    expect(run.stdout).toContain('kep-validator posts no suggested changes: the token may not write pull requests (a pull request from a fork gets a read-only token')
    expect(run.stdout).not.toMatch(/::warning::kep-validator could not post/)
    expect(requestsOf(server, 'POST', /\/reviews$/)).toHaveLength(1)
    expect(github.comments).toEqual([])
    expect(run.stdout).toContain('::error title=schema/status')
  })
})
