import { afterAll, afterEach, describe, expect, it } from '@jest/globals'
import { FakeGitHub, json } from './helpers/fakeGitHub.js'
import { fields, frontMatterKep, lineOf, removeRepos, writeRepo } from './helpers/repo.js'
import { runAction } from './helpers/runAction.js'
import { join } from 'node:path'

afterAll(removeRepos)

const SHA = '0'.repeat(40)

/** A repository with `count` KEPs whose status is wrong: one error each. */
function brokenRepository(count: number): string {
  const files: Record<string, string> = {}
  for (let i = 1; i <= count; i++) {
    const number = String(i).padStart(4, '0')
    files[`sig-node/${number}-kep-${i}.md`] = frontMatterKep(fields({ 'kep-number': String(i), title: `KEP ${i}`, status: 'Bogus' }))
  }
  return writeRepo(files)
}

interface CheckRunRequest {
  status?: string
  conclusion?: string
  head_sha?: string
  name?: string
  output: { annotations: Array<{ path: string; start_line: number; annotation_level: string; title: string }> }
}

describe('reporting from the action', () => {
  let server: FakeGitHub | undefined
  afterEach(async () => {
    await server?.stop()
    server = undefined
  })

  it('puts every annotation in a check run, 50 per request, when there are more than the step shows', async () => {
    const workspace = brokenRepository(120)
    server = new FakeGitHub()
      .on('POST', /^\/repos\/kubernetes\/enhancements\/check-runs$/, (_, response) => json(response, 201, { id: 99, html_url: 'https://github.com/kubernetes/enhancements/runs/99' }))
      .on('PATCH', /^\/repos\/kubernetes\/enhancements\/check-runs\/99$/, (_, response) => json(response, 200, { id: 99 }))
    const apiUrl = await server.start()
    const run = await runAction({ workspace, apiUrl, inputs: { token: 't', index: 'none' }, event: { name: 'push', payload: {} } })
    const requests = server.requests.map(r => ({ method: r.method, body: JSON.parse(r.body) as CheckRunRequest }))
    expect(requests.map(r => [r.method, r.body.output.annotations.length, r.body.status, r.body.conclusion])).toEqual([
      ['POST', 50, 'in_progress', undefined],
      ['PATCH', 50, undefined, undefined],
      ['PATCH', 20, 'completed', 'failure']
    ])
    expect(requests[0].body).toMatchObject({ name: 'KEP metadata', head_sha: SHA })
    const kep = frontMatterKep(fields({ 'kep-number': '1', title: 'KEP 1', status: 'Bogus' }))
    expect(requests[0].body.output.annotations[0]).toEqual({
      path: 'sig-node/0001-kep-1.md',
      start_line: lineOf(kep, 'status:'),
      end_line: lineOf(kep, 'status:'),
      start_column: 9,
      // "Bogus" is columns 9 to 13: GitHub's end column is inclusive.
      end_column: 13,
      annotation_level: 'failure',
      message: expect.stringContaining('status "Bogus" is not one of'),
      title: 'schema/status'
    })
    const paths = requests.flatMap(r => r.body.output.annotations.map(a => a.path))
    expect(new Set(paths).size).toBe(120)
    // Not repeated on the step: the check run has them.
    expect(run.stdout).not.toContain('::error title=schema/status')
    expect(run.outputs['check-run-url']).toBe('https://github.com/kubernetes/enhancements/runs/99')
    expect(run.outputs.errors).toBe('120')
    expect(run.summary).toContain('Every problem is annotated in [the check run](<https://github.com/kubernetes/enhancements/runs/99>).')
    expect(run.code).toBe(1)
  })

  it('falls back to step annotations and the summary when the token may not write checks (403, as for a fork)', async () => {
    const workspace = brokenRepository(12)
    server = new FakeGitHub().on('POST', /\/check-runs$/, (_, response) => json(response, 403, { message: 'Resource not accessible by integration' }))
    const apiUrl = await server.start()
    const run = await runAction({ workspace, apiUrl, inputs: { token: 'read-only', index: 'none' }, event: { name: 'push', payload: {} } })
    expect(server.requests).toHaveLength(1)
    expect(run.stdout).toMatch(/::warning::kep-validator could not create the "KEP metadata" check run: the token may not write checks/)
    expect(run.stdout.match(/::error title=schema\/status,/g)).toHaveLength(12)
    expect(run.outputs['check-run-url']).toBe('')
    for (let i = 1; i <= 12; i++) expect(run.summary).toContain(`#### \`sig-node/${String(i).padStart(4, '0')}-kep-${i}.md\``)
    expect(run.code).toBe(1)
  })

  it('writes a job summary with links to the lines at the checked commit', async () => {
    const workspace = brokenRepository(1)
    const run = await runAction({ workspace, inputs: { index: 'index.md' }, event: { name: 'push', payload: {} } })
    const kep = frontMatterKep(fields({ 'kep-number': '1', title: 'KEP 1', status: 'Bogus' }))
    expect(run.summary).toContain('## KEP metadata: ❌ 2 errors, 0 warnings')
    expect(run.summary).toContain(
      `- ❌ [line ${lineOf(kep, 'status:')}](<https://github.com/kubernetes/enhancements/blob/${SHA}/sig-node/0001-kep-1.md#L${lineOf(kep, 'status:')}>), column 9 — [\`schema/status\`](<https://github.com/kep-validator/kep-validator/blob/main/docs/rules.md#schema>): \`status "Bogus" is not one of`
    )
    expect(run.summary).toContain('`index.md` is missing. Fix it with:')
    expect(run.summary).toContain('```sh\nkep-validator index --write\n```')
    expect(run.summary).toMatch(/```diff\n--- a\/index.md\n\+\+\+ b\/index.md/)
    expect(run.outputs['index-state']).toBe('missing')
  })

  it('escapes workflow commands and markdown that file names and metadata values carry', async () => {
    const name = 'sig-node/0001-x\n::error::pwned,%0A.md'
    const workspace = writeRepo({ [name]: frontMatterKep(fields({ 'kep-number': '1', title: '"<b>x</b> `y`"', status: '"::warning::Bogus"' })) })
    const run = await runAction({ workspace, inputs: { index: 'none' }, event: { name: 'push', payload: {} } })
    const lines = run.stdout.split('\n')
    expect(lines.filter(line => line.startsWith('::error::pwned'))).toEqual([])
    const annotation = lines.find(line => line.startsWith('::error title=schema/status'))!
    expect(annotation).toContain('file=sig-node/0001-x%0A%3A%3Aerror%3A%3Apwned%2C%250A.md,')
    expect(run.summary).not.toContain('<b>')
  })

  it('passes with warnings by default and fails on them with fail-on: warning', async () => {
    const workspace = writeRepo({ 'sig-node/kep.md': frontMatterKep(fields()) })
    const passing = await runAction({ workspace, inputs: { index: 'none' }, event: { name: 'push', payload: {} } })
    expect(passing.outputs).toMatchObject({ errors: '0', warnings: '1' })
    expect(passing.code).toBe(0)
    const failing = await runAction({ workspace, inputs: { index: 'none', 'fail-on': 'warning' }, event: { name: 'push', payload: {} } })
    expect(failing.code).toBe(1)
  })
})

describe('when the check cannot run, or cannot report', () => {
  it('annotates a broken configuration on its file, and still writes outputs and a summary', async () => {
    const workspace = writeRepo({ '.kep-validator.yml': 'preset: kep-0001\nbogus: 1\n', 'sig-node/0001-a.md': frontMatterKep(fields({ 'kep-number': '1', title: 'A' })) })
    const run = await runAction({ workspace, event: { name: 'push', payload: {} } })
    expect(run.stdout).toMatch(/::error title=configuration,file=.kep-validator.yml,line=2,endLine=2,col=1,endColumn=5::unknown field "bogus" in the configuration/)
    expect(run.stdout).toMatch(/::error::kep-validator could not check the KEPs: configuration .*\.kep-validator\.yml is invalid/)
    expect(run.outputs).toEqual({ errors: '1', warnings: '0', preexisting: '0', 'changed-keps': '[]', 'index-state': 'unchecked', 'check-run-url': '' })
    expect(run.summary).toContain('## KEP metadata: ❌ could not check the KEPs')
    expect(run.code).toBe(1)
  })

  it('keeps the verdict when the output file is missing, with a warning instead of "could not check"', async () => {
    const workspace = writeRepo({ 'sig-node/0001-a.md': frontMatterKep(fields({ 'kep-number': '1', title: 'A', status: 'Bogus' })) })
    const run = await runAction({ workspace, inputs: { index: 'none' }, event: { name: 'push', payload: {} }, env: { GITHUB_OUTPUT: join(workspace, 'no-such-folder', 'output') } })
    expect(run.stdout).toMatch(/::warning::kep-validator could not write the step outputs \(GITHUB_OUTPUT\)/)
    expect(run.stdout).not.toContain('could not check the KEPs')
    expect(run.stdout).toContain('::error title=schema/status')
    expect(run.stdout).toContain('::error::KEP metadata has problems')
    expect(run.code).toBe(1)
  })
})

describe('markdown escaping', () => {
  it('turns markup in values into text', async () => {
    const { escapeMarkdown, codeBlock } = await import('../src/format/markdown.js')
    expect(escapeMarkdown('<b>x</b> `y` | [z](u) *a*')).toBe('&lt;b&gt;x&lt;/b&gt; \\`y\\` \\| \\[z\\](u) \\*a\\*')
    expect(codeBlock('a ``` b')).toBe('````\na ``` b\n````')
  })
})

describe('the job summary', () => {
  it("stays under GitHub's 1 MiB, with a note where it is cut", async () => {
    const { SUMMARY_LIMIT } = await import('../src/format/summary.js')
    const { FORMATTERS } = await import('../src/format/formatters.js')
    const { checkReport } = await import('../src/format/checkReport.js')
    const diagnostics = Array.from({ length: 20_000 }, (_, i) => ({
      file: `sig-node/${String(i).padStart(5, '0')}-kep.md`,
      line: 12,
      column: 9,
      endLine: 12,
      endColumn: 14,
      severity: 'error' as const,
      rule: 'schema/status',
      message: `status "Bogus" is not one of Draft, Deferred, Approved, Rejected, Withdrawn, Final, Replaced (${i})`
    }))
    const markdown = FORMATTERS.summary(checkReport({ diagnostics, checked: diagnostics.map(d => d.file) }), { scope: 'full audit', displayPath: file => file })
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(SUMMARY_LIMIT)
    expect(Buffer.byteLength(markdown)).toBeGreaterThan(SUMMARY_LIMIT - 64 * 1024)
    const listed = (markdown.match(/^- ❌ /gm) ?? []).length
    expect(listed).toBeGreaterThan(1000)
    expect(markdown).toContain(`_This summary leaves out ${20_000 - listed} problems to stay within GitHub's 1 MiB; each list that is cut says so. Every problem is listed by \`kep-validator check --format json\``)
    expect(markdown).toContain(`_${20_000 - listed} more errors are not listed here: GitHub keeps at most 1 MiB of job summary.`)
    expect(markdown.startsWith('## KEP metadata: ❌ 20000 errors, 0 warnings')).toBe(true)
  })
})
