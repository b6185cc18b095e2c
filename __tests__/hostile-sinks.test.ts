import { afterAll, afterEach, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { FakeGitHub, json } from './helpers/fakeGitHub.js'
import { fields, frontMatterKep, removeRepos, writeRepo } from './helpers/repo.js'
import { pullRequestPayload, runAction } from './helpers/runAction.js'
import { outsideCode, renderGfm, runnerCommands } from './helpers/sinks.js'

afterAll(removeRepos)

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
const FILE = 'sig-node/0042-pod-overhead.md'
const BASE = 'b'.repeat(40)
const HEAD = 'e'.repeat(40)

/** A team to ping, a user to ping, a tracking image and a link; "sig-node …" makes the schema guess a fix, so it is suggested. */
const OWNING_SIG = 'sig-node @kubernetes/sig-node-leads @octocat <img src="https://evil.example/t.png"> [click](https://evil.example/c)'

/** What GitHub would render of posted Markdown outside code: no mention, image, link or script may come from a value. */
function renderedOutsideCode(markdown: string): string {
  return outsideCode(renderGfm(markdown))
}

describe('attack: values that ping, track and link, in what kep-validator posts and logs', () => {
  let server: FakeGitHub | undefined
  afterEach(async () => {
    await server?.stop()
    server = undefined
  })

  it('a review of suggestions (suggestions: true), the check run and the job summary show an owning-sig as code, and API answers forge no workflow command', async () => {
    const kep = frontMatterKep(fields({ 'owning-sig': JSON.stringify(OWNING_SIG) }))
    const lines = kep.split('\n')
    // Answers of an API not to be trusted: a review's address and a check run's address with a newline, markup and a mention.
    const reviewUrl = 'https://github.com/kubernetes/enhancements/pull/7#pullrequestreview-1\n::error::forged by the API\n::add-mask::kep\n##[warning]forged'
    const checkRunUrl = 'https://github.com/kubernetes/enhancements/runs/5) ![pixel](https://evil.example/p.png) @octocat'
    server = new FakeGitHub()
      .on('GET', /\/pulls\/7\/files\?/, (request, response) => {
        const page = new URL(request.path, 'http://x').searchParams.get('page')
        json(response, 200, page === '1' ? [{ filename: FILE, status: 'added', patch: `@@ -0,0 +1,${lines.length} @@\n${lines.map(line => `+${line}`).join('\n')}` }] : [])
      })
      .on('GET', /\/contents\//, (_, response) => void response.writeHead(200, { 'content-type': 'application/vnd.github.raw' }).end(kep))
      .on('GET', /\/pulls\/7\/(comments|reviews)\?/, (_, response) => json(response, 200, []))
      // Octokit writes a deprecation notice quoting the answer's headers: on the console, unless told otherwise.
      .on('POST', /\/pulls\/7\/reviews$/, (_, response) => json(response, 200, { id: 1, html_url: reviewUrl }, { deprecation: 'true', sunset: '##[error]forged by a header' }))
      .on('POST', /\/check-runs$/, (_, response) => json(response, 201, { id: 5, html_url: checkRunUrl }))
    const apiUrl = await server.start()
    const workspace = writeRepo({ [FILE]: kep })
    const run = await runAction({ workspace, apiUrl, inputs: { token: 't', index: 'none', suggestions: 'true', 'check-run': 'always' }, event: { name: 'pull_request', payload: pullRequestPayload(7, BASE, HEAD) } })

    const [posted] = server.requests.filter(r => r.method === 'POST' && r.path.endsWith('/reviews'))
    const review = JSON.parse(posted.body) as { body: string; comments: Array<{ body: string }> }
    expect(review.comments).toHaveLength(1)
    // The suggestion is still one click: the guessed SIG in a suggestion block.
    expect(review.comments[0].body).toMatch(/```suggestion\nowning-sig: "sig-node-kubernetes-sig-node-leads-octocat-img-src-https-evil-example-t-png-click-https-evil-example-c"\n```/)
    expect(review.comments[0].body).toContain('@kubernetes/sig-node-leads')
    for (const body of [review.body, ...review.comments.map(comment => comment.body)]) expect(renderedOutsideCode(body)).not.toMatch(/<(img|a|script)\b|@|evil/)

    const checkRun = JSON.parse(server.requests.find(r => r.path.endsWith('/check-runs'))!.body) as { output: { summary: string } }
    expect(renderedOutsideCode(checkRun.output.summary)).not.toMatch(/<(img|a|script)\b|@|evil/)

    // The job summary: the owning-sig in the problems as code; the check run's address is not a link (it is not a URL).
    expect(run.summary).toContain('@kubernetes/sig-node-leads')
    const summary = renderedOutsideCode(run.summary)
    const links = [...summary.matchAll(/<a href="([^"]*)">/g)].map(match => match[1])
    expect(links.length).toBeGreaterThan(0)
    expect(links.map(href => new URL(href).host).filter(host => host !== 'github.com')).toEqual([])
    expect(summary.replace(/<a href="[^"]*">/g, '<a>')).not.toMatch(/<(img|script)\b|@|evil/)

    // The log: the API's answers are logged, as text.
    expect(run.stdout).toContain('kep-validator posted 1 suggested change in the review https://github.com/kubernetes/enhancements/pull/7#pullrequestreview-1\\n')
    expect(run.stdout).toContain('is deprecated. It is scheduled to be removed on #\\u0023[error]forged by a header')
    const commands = runnerCommands(run.stdout + run.stderr)
    expect(commands.filter(c => /forged/.test(c.data))).toEqual([])
    expect(commands.map(c => c.command).filter(name => !['error', 'warning', 'notice'].includes(name))).toEqual([])
  })
})

describe('the CLI in GitHub Actions: its output goes through the log escaper', () => {
  it('prints a file named like a workflow command and a value holding a legacy one as text', () => {
    const root = writeRepo({ 'sig-node/::error::forged.md': frontMatterKep(fields({ status: '"##[warning]forged Bogus"' })) })
    const cli = (env: Record<string, string>) => spawnSync(process.execPath, [CLI, 'check', '--root', '..', '--no-index'], { cwd: join(root, 'sig-node'), encoding: 'utf8', env: { ...process.env, ...env } })
    const inActions = cli({ GITHUB_ACTIONS: 'true' })
    expect(inActions.status).toBe(1)
    expect(inActions.stdout).toContain('\\u003a:error::forged.md:')
    expect(runnerCommands(inActions.stdout + inActions.stderr)).toEqual([])
    // In a terminal, the output is as it was.
    const inTerminal = cli({ GITHUB_ACTIONS: '' })
    expect(inTerminal.stdout).toContain('\n::error::forged.md:')
  })
})
