import { afterAll, afterEach, describe, expect, it } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createClient, DEFAULT_CLIENT } from '../src/github/client.js'
import { createCheckRun } from '../src/github/createCheckRun.js'
import { gfm } from '../src/format/markdown.js'
import { FakeGitHub, json } from './helpers/fakeGitHub.js'
import { git, initRepo } from './helpers/git.js'
import { fields, frontMatterKep, removeRepos, writeRepo } from './helpers/repo.js'
import { pullRequestPayload, runAction } from './helpers/runAction.js'

afterAll(removeRepos)

const FILE = 'sig-node/0042-pod-overhead.md'

/** `count` KEPs whose status is wrong: one error each. */
function brokenKeps(count: number): Record<string, string> {
  const files: Record<string, string> = {}
  for (let i = 1; i <= count; i++) files[`sig-node/${String(i).padStart(4, '0')}-kep-${i}.md`] = frontMatterKep(fields({ 'kep-number': String(i), title: `KEP ${i}`, status: 'Bogus' }))
  return files
}

let server: FakeGitHub | undefined
afterEach(async () => {
  await server?.stop()
  server = undefined
})

describe('a check run created but never completed (every update fails)', () => {
  const annotations = Array.from({ length: 60 }, (_, i) => ({ path: `f${i}.md`, start_line: 1, end_line: 1, annotation_level: 'failure' as const, message: 'm' }))

  it('is told apart from one that could not be created', async () => {
    server = new FakeGitHub()
      .on('POST', /\/check-runs$/, (_, response) => json(response, 201, { id: 5, html_url: 'https://github.com/o/r/runs/5' }))
      .on('PATCH', /\/check-runs\/5$/, (_, response) => json(response, 422, { message: 'Validation Failed' }))
    const octokit = await createClient('t', { ...DEFAULT_CLIENT, baseUrl: await server.start() })
    const result = await createCheckRun(octokit, { owner: 'o', repo: 'r', name: 'KEP metadata', headSha: 'a'.repeat(40), conclusion: 'success', title: 't', summary: gfm`s`, annotations })
    expect(result).toMatchObject({
      url: 'https://github.com/o/r/runs/5',
      annotated: 50,
      problem: expect.stringMatching(/^10 of 60 annotations could not be added: .*Validation Failed/),
      notCompleted: expect.stringMatching(/Validation Failed/)
    })
    // It tried to complete it, after the update that failed.
    expect(server.requests.map(r => [r.method, (JSON.parse(r.body) as { status?: string }).status])).toEqual([
      ['POST', 'in_progress'],
      ['PATCH', 'completed'],
      ['PATCH', 'completed']
    ])
  })

  it('fails the step, saying truthfully what failed, even when the problems would not', async () => {
    server = new FakeGitHub()
      .on('POST', /\/check-runs$/, (_, response) => json(response, 201, { id: 5, html_url: 'https://github.com/kubernetes/enhancements/runs/5' }))
      .on('PATCH', /\/check-runs\/5$/, (_, response) => json(response, 422, { message: 'Validation Failed' }))
    const apiUrl = await server.start()
    const run = await runAction({ workspace: writeRepo(brokenKeps(60)), apiUrl, inputs: { token: 't', index: 'none', 'fail-on': 'never' }, event: { name: 'push', payload: {} } })
    expect(run.stdout).not.toMatch(/could not create/)
    expect(run.stdout).toMatch(
      /::error::kep-validator created the "KEP metadata" check run https:\/\/github.com\/kubernetes\/enhancements\/runs\/5, but could not complete it: 10 of 60 annotations could not be added: .*It stays in progress/
    )
    // The step shows the annotations, as the check run lacks some.
    expect(run.stdout).toContain('::error title=schema/status')
    expect(run.summary).not.toContain('Every problem is annotated in')
    expect(run.code).toBe(1)
  })
})

describe('the summary of a check that could not run', () => {
  it("shows paths relative to the workspace, not the runner's folders", async () => {
    const workspace = writeRepo({ '.kep-validator.yml': 'preset: kep-0001\nbogus: 1\n', [FILE]: frontMatterKep(fields()) })
    const run = await runAction({ workspace, event: { name: 'push', payload: {} } })
    expect(run.summary).toContain('## KEP metadata: ❌ could not check the KEPs')
    expect(run.summary).toContain('.kep-validator.yml')
    expect(run.summary).not.toContain(workspace)
    expect(run.stdout).toMatch(/::error::kep-validator could not check the KEPs: configuration \.kep-validator\.yml is invalid/)
    expect(run.stdout).not.toContain(workspace)
    expect(run.code).toBe(1)
  })
})

describe('a pull request whose base commit is missing', () => {
  it('gives one warning about where the rules are read from, not two that contradict each other', async () => {
    const workspace = writeRepo({ [FILE]: frontMatterKep(fields()) })
    initRepo(workspace)
    const head = git(workspace, 'rev-parse', 'HEAD').trim()
    const run = await runAction({ workspace, inputs: { index: 'none' }, event: { name: 'pull_request', payload: pullRequestPayload(7, 'b'.repeat(40), head) } })
    const warnings = run.stdout.split('\n').filter(line => line.startsWith('::warning::'))
    expect(warnings.filter(line => /reads the rules from/.test(line))).toEqual([expect.stringMatching(/^::warning::kep-validator reads the rules from the checkout: the base commit is not available/)])
    expect(run.stdout).not.toMatch(/without git/)
    // Clear: in the workspace's terms, not the runner's folders.
    expect(run.stdout).not.toContain(workspace)
  })
})

describe('a push whose payload is malformed', () => {
  it.each([
    ['without after', { ref: 'refs/heads/main', before: 'a'.repeat(40), repository: { default_branch: 'main' } }, /the push event payload at .* cannot say what the push changed: after is missing/],
    ['with commits that are not commit ids', { before: 'HEAD~1', after: 42 }, /before is "HEAD~1", not a commit id .*; after is 42, not a commit id/],
    ['that is not an object', 'not an object', /cannot read the push event payload at .*: it is not a JSON object/]
  ])('%s: says what is wrong with it, and checks every KEP', async (_, payload, said) => {
    const workspace = writeRepo({ [FILE]: frontMatterKep(fields()) })
    const run = await runAction({ workspace, apiUrl: 'http://127.0.0.1:9', inputs: { token: 't', index: 'none', 'check-run': 'never' }, event: { name: 'push', payload } })
    const warnings = run.stdout.split('\n').filter(line => line.startsWith('::warning::'))
    expect(warnings).toEqual([expect.stringMatching(said)])
    expect(warnings[0]).toMatch(/^::warning::kep-validator checks every KEP: /)
    expect(run.stdout).toContain('push: checking every KEP')
    expect(run.code).toBe(0)
  })

  it('a payload that cannot be read is said too', async () => {
    const workspace = writeRepo({ [FILE]: frontMatterKep(fields()) })
    const eventFile = join(writeRepo({}), 'event.json')
    writeFileSync(eventFile, '{"before": ')
    const run = await runAction({ workspace, inputs: { index: 'none' }, event: { name: 'push', payload: {} }, env: { GITHUB_EVENT_PATH: eventFile } })
    expect(run.stdout).toMatch(/::warning::kep-validator checks every KEP: cannot read the push event payload at .*event\.json: /)
    expect(run.code).toBe(0)
  })
})

describe('retries of a request GitHub does not answer', () => {
  it('say "retrying" only when an attempt is left', async () => {
    server = new FakeGitHub().on('GET', /\/files/, () => new Promise<void>(() => {}))
    const log: string[] = []
    const octokit = await createClient('t', { ...DEFAULT_CLIENT, baseUrl: await server.start(), requestTimeoutMs: 300, retries: 1 }, message => log.push(message))
    await expect(octokit.rest.pulls.listFiles({ owner: 'o', repo: 'r', pull_number: 1 })).rejects.toThrow(/no answer from GitHub/)
    expect(server.requests).toHaveLength(2)
    expect(log).toEqual([expect.stringMatching(/within 0\.3 s; retrying$/), expect.stringMatching(/within 0\.3 s; no attempt left \(2 made\)$/)])
  })
})
