import { afterEach, describe, expect, it } from '@jest/globals'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createClient, DEFAULT_CLIENT, NetworkError, type ClientOptions } from '../src/github/client.js'
import { createCheckRun } from '../src/github/createCheckRun.js'
import { listPullRequestFiles, UnexpectedAnswerError } from '../src/github/listPullRequestFiles.js'
import { gfm } from '../src/format/markdown.js'
import { FakeGitHub, json } from './helpers/fakeGitHub.js'

let server: FakeGitHub | undefined
afterEach(async () => {
  await server?.stop()
  server = undefined
})

async function client(baseUrl: string, options: Partial<ClientOptions> = {}) {
  const log: string[] = []
  return { octokit: await createClient('t', { ...DEFAULT_CLIENT, baseUrl, ...options }, message => log.push(message)), log }
}

async function closedPort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>(resolve => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as AddressInfo
  await new Promise(resolve => probe.close(resolve))
  return port
}

describe('requests to the GitHub API', () => {
  it('tells a DNS failure from an answer, and does not retry it', async () => {
    const { octokit, log } = await client('http://api.kep-validator.invalid')
    const started = Date.now()
    const failure = await octokit.rest.pulls.listFiles({ owner: 'o', repo: 'r', pull_number: 1 }).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(NetworkError)
    expect((failure as Error).message).toMatch(/^could not reach GitHub for GET http:\/\/api.kep-validator.invalid\/repos\/o\/r\/pulls\/1\/files: network error ENOTFOUND/)
    expect(log).toEqual([(failure as Error).message])
    expect(log.join('\n')).not.toMatch(/answered/)
    expect(Date.now() - started).toBeLessThan(2000)
  })

  it('tells a refused connection from an answer, and does not retry it', async () => {
    const port = await closedPort()
    const { octokit, log } = await client(`http://127.0.0.1:${port}`)
    const failure = await octokit.rest.checks.create({ owner: 'o', repo: 'r', name: 'n', head_sha: 'a' }).catch((error: unknown) => error)
    expect((failure as Error).message).toMatch(/network error ECONNREFUSED/)
    expect(log).toHaveLength(1)
  })

  it('abandons an attempt a silent server never answers, retries, then fails with a timeout', async () => {
    server = new FakeGitHub().on('GET', /\/files/, () => new Promise<void>(() => {}))
    const { octokit, log } = await client(await server.start(), { requestTimeoutMs: 300, retries: 1 })
    const started = Date.now()
    const failure = await octokit.rest.pulls.listFiles({ owner: 'o', repo: 'r', pull_number: 1 }).catch((error: unknown) => error)
    expect((failure as Error).message).toMatch(/^no answer from GitHub to GET http:\/\/127.0.0.1:\d+\/repos\/o\/r\/pulls\/1\/files within 0.3 s/)
    expect(server.requests).toHaveLength(2)
    expect(log).toEqual([expect.stringMatching(/; retrying$/), expect.not.stringMatching(/retrying/)])
    expect(Date.now() - started).toBeLessThan(5000)
  })

  it('retries a 5xx answer and says it was an answer', async () => {
    let answered = 0
    server = new FakeGitHub().on('GET', /\/files/, (_, response) => (answered++ === 0 ? json(response, 502, { message: 'Bad Gateway' }) : json(response, 200, [])))
    const apiUrl = await server.start()
    const { octokit, log } = await client(apiUrl)
    const { data } = await octokit.rest.pulls.listFiles({ owner: 'o', repo: 'r', pull_number: 1 })
    expect(data).toEqual([])
    expect(log).toEqual([`GitHub answered 502 to GET ${apiUrl}/repos/o/r/pulls/1/files`])
  })

  it('sits out a short secondary rate limit and gives up on a long one', async () => {
    let answered = 0
    server = new FakeGitHub().on('GET', /\/files/, (_, response) => (answered++ === 0 ? json(response, 403, { message: 'You have exceeded a secondary rate limit' }, { 'retry-after': '1' }) : json(response, 200, [])))
    const short = await client(await server.start())
    expect((await short.octokit.rest.pulls.listFiles({ owner: 'o', repo: 'r', pull_number: 1 })).data).toEqual([])
    expect(short.log).toContain("GitHub's secondary rate limit stopped GET /repos/{owner}/{repo}/pulls/{pull_number}/files; retrying in 1 s")
    await server.stop()

    server = new FakeGitHub().on('GET', /\/files/, (_, response) => json(response, 403, { message: 'You have exceeded a secondary rate limit' }, { 'retry-after': '3600' }))
    const long = await client(await server.start())
    await expect(long.octokit.rest.pulls.listFiles({ owner: 'o', repo: 'r', pull_number: 1 })).rejects.toMatchObject({ status: 403 })
    expect(server.requests).toHaveLength(1)
  })
})

describe('answers are checked for shape', () => {
  it('fails on a truncated list of files, which Octokit hands back as a string', async () => {
    server = new FakeGitHub().on('GET', /\/files/, (_, response) => {
      response.writeHead(200, { 'content-type': 'application/json' }).end('[{"filename": "sig-node/0042-pod-over')
    })
    const { octokit } = await client(await server.start())
    await expect(listPullRequestFiles(octokit, 'o', 'r', 1)).rejects.toThrow(UnexpectedAnswerError)
    await expect(listPullRequestFiles(octokit, 'o', 'r', 1)).rejects.toThrow(/is not a list/)
  })

  it('fails on entries without a file name or with an unknown status', async () => {
    const answers: unknown[] = [[{ status: 'added' }], [{ filename: 'a.md', status: 'exploded' }], [null]]
    server = new FakeGitHub().on('GET', /\/files/, (_, response) => json(response, 200, answers.shift()))
    const { octokit } = await client(await server.start())
    await expect(listPullRequestFiles(octokit, 'o', 'r', 1)).rejects.toThrow(/without filename and status/)
    await expect(listPullRequestFiles(octokit, 'o', 'r', 1)).rejects.toThrow(/unknown status "exploded"/)
    await expect(listPullRequestFiles(octokit, 'o', 'r', 1)).rejects.toThrow(/without filename and status/)
  })
})

describe('check runs', () => {
  const annotations = Array.from({ length: 120 }, (_, i) => ({ path: `f${i}.md`, start_line: 1, end_line: 1, annotation_level: 'failure' as const, message: 'm' }))
  const request = { owner: 'o', repo: 'r', name: 'KEP metadata', headSha: 'a'.repeat(40), conclusion: 'failure' as const, title: 't', summary: gfm`s`, annotations }

  it('completes the check run when an update that adds annotations fails (422), saying what is missing', async () => {
    let patches = 0
    server = new FakeGitHub()
      .on('POST', /\/check-runs$/, (_, response) => json(response, 201, { id: 5, html_url: 'https://github.com/o/r/runs/5' }))
      .on('PATCH', /\/check-runs\/5$/, (_, response) => (++patches === 2 ? json(response, 422, { message: 'Invalid annotation' }) : json(response, 200, { id: 5 })))
    const { octokit } = await client(await server.start())
    const result = await createCheckRun(octokit, request)
    const bodies = server.requests.map(r => JSON.parse(r.body) as { status?: string; conclusion?: string; output: { annotations: unknown[]; summary: string } })
    expect(bodies.map(b => [b.status, b.conclusion, b.output.annotations.length])).toEqual([
      ['in_progress', undefined, 50],
      [undefined, undefined, 50],
      ['completed', 'failure', 20],
      ['completed', 'failure', 0]
    ])
    expect(bodies[3].output.summary).toMatch(/^s\n\n20 of 120 annotations could not be added: `.*Invalid annotation.*`\. The job summary lists every problem\.$/)
    expect(result).toMatchObject({ url: 'https://github.com/o/r/runs/5', annotated: 100, problem: expect.stringMatching(/Invalid annotation/) })
  })

  it('fails when the created check run has no id, rather than updating nothing', async () => {
    server = new FakeGitHub().on('POST', /\/check-runs$/, (_, response) => json(response, 201, { message: 'ok' }))
    const { octokit } = await client(await server.start())
    await expect(createCheckRun(octokit, request)).rejects.toThrow(/has no id/)
  })
})
