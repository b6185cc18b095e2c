import { afterAll, afterEach, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runCli } from '../src/cli/run.js'
import { proposalContext } from '../src/author/newKep.js'
import { loadSettings } from '../src/config/settings.js'
import { createTep, tepSlug } from '../src/presets/tekton/newTep.js'
import { FakeGitHub, json } from './helpers/fakeGitHub.js'
import { git, initRepo } from './helpers/git.js'
import { removeRepos, writeRepo } from './helpers/repo.js'
import { pullRequestPayload, runAction } from './helpers/runAction.js'
import { tep } from './helpers/tep.js'

afterAll(removeRepos)

const TABLE_TEMPLATE = '# TEPs\n\n| TEP | Title | Status | Last Updated |\n|---|---|---|---|\n{{#teps}}\n|[{{number}}]({{link}}) | {{title}} | {{status}} | {{lastupdated}} |\n{{/teps}}\n'
const TEMPLATE = '<!-- the template -->\n\n## Summary\n\n## Motivation\n'

/** A small Tekton community repository: two TEPs, the README template, its table and the TEP template. */
function community(extra: Record<string, string> = {}): string {
  const root = writeRepo({
    'teps/0001-tep-process.md': tep('0001', { title: 'TEP Process', status: 'implemented' }),
    'teps/0002-custom-tasks.md': tep('0002', { title: 'Custom Tasks' }),
    'teps/README.md.mustache': TABLE_TEMPLATE,
    'teps/tools/tep-template.md.template': TEMPLATE,
    '.kep-validator.yml': 'preset: tekton\n',
    ...extra
  })
  return root
}

async function cli(cwd: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, { cwd, stdout: text => (stdout += text), stderr: text => (stderr += text) })
  return { code, stdout, stderr }
}

describe('new and promote under the tekton preset', () => {
  it('names the slug as teps.py new does: letters, digits and spaces kept, spaces as hyphens, lower case', () => {
    expect(tepSlug('My: "Great" Idea #1')).toBe('my-great-idea-1')
    expect(tepSlug('Two  spaces')).toBe('two--spaces')
    expect(tepSlug('Café Überall')).toBe('café-überall')
  })

  it('creates the next TEP from the repository template, writes the table, and check and promote agree', async () => {
    const root = community()
    expect((await cli(root, 'index', '--write')).code).toBe(0)
    const created = await cli(root, 'new', '--title', 'Pipeline in Pipeline', '--author', '@alice', '--author', 'bob')
    expect(created.stderr).toBe('')
    expect(created.code).toBe(0)
    expect(created.stdout).toContain('created teps/0003-pipeline-in-pipeline.md from teps/tools/tep-template.md.template: TEP-0003, status proposed')
    expect(created.stdout).toContain('open pull request titled with this number may claim it too')
    const text = readFileSync(join(root, 'teps/0003-pipeline-in-pipeline.md'), 'utf8')
    expect(text).toMatch(
      /^---\nstatus: proposed\ntitle: Pipeline in Pipeline\ncreation-date: '\d{4}-\d{2}-\d{2}'\nlast-updated: '\d{4}-\d{2}-\d{2}'\nauthors:\n- '@alice'\n- '@bob'\ncollaborators: \[\]\n---\n\n# TEP-0003: Pipeline in Pipeline\n<!-- the template -->\n/
    )
    expect(readFileSync(join(root, 'teps/README.md'), 'utf8')).toContain('|[TEP-0003](0003-pipeline-in-pipeline.md) | Pipeline in Pipeline | proposed |')
    const promoted = await cli(root, 'promote', 'teps/0003-pipeline-in-pipeline.md', '--status', 'implementable')
    expect(promoted.code).toBe(0)
    expect(promoted.stdout).toContain('status: proposed → implementable')
    expect(readFileSync(join(root, 'teps/0003-pipeline-in-pipeline.md'), 'utf8')).toContain('\nstatus: implementable\n')
    expect(readFileSync(join(root, 'teps/README.md'), 'utf8')).toContain('| Pipeline in Pipeline | implementable |')
    const refused = await cli(root, 'promote', 'teps/0003-pipeline-in-pipeline.md', '--status', 'proposed')
    expect(refused.code).not.toBe(0)
    expect(refused.stderr).toContain('cannot change from implementable to proposed')
    const checked = await cli(root, 'check', '--format', 'json')
    expect(JSON.parse(checked.stdout).problems).toEqual([])
  })

  it('uses the built-in template where the repository keeps none, and refuses what a TEP does not have', async () => {
    const root = writeRepo({ 'teps/0007-first.md': tep('0007', { title: 'First' }), '.kep-validator.yml': 'preset: tekton\nindex: none\n' })
    const created = await cli(root, 'new', '--title', 'Second', '--author', 'alice')
    expect(created.stdout).toContain('created teps/0008-second.md from the built-in template')
    expect(readFileSync(join(root, 'teps/0008-second.md'), 'utf8')).toContain('# TEP-0008: Second\n\n<!-- toc -->')
    const sig = await cli(root, 'new', '--title', 'Third', '--author', 'alice', '--sig', 'sig-node')
    expect(sig.code).toBe(2)
    expect(sig.stderr).toContain('a TEP has no SIG')
    expect(existsSync(join(root, 'teps/0009-third.md'))).toBe(false)
  })

  const tepsPy = join(fileURLToPath(new URL('../..', import.meta.url)), 'shared', 'corpus', 'tektoncd-community', 'teps', 'tools', 'teps.py')
  const python = ['/usr/bin/python3', 'python3'].find(candidate => spawnSync(candidate, ['-c', 'import click, ruamel.yaml']).status === 0)
  const skip = !existsSync(tepsPy) ? `no teps.py at ${tepsPy}` : python === undefined ? 'no python3 with click and ruamel.yaml' : undefined
  ;(skip ? it.skip : it)(`writes the front matter and heading byte for byte as teps.py new's write_tep_header${skip ? ` (skipped: ${skip})` : ''}`, async () => {
    const root = writeRepo({ 'teps/0041-before.md': tep('0041'), '.kep-validator.yml': 'preset: tekton\nindex: none\n' })
    for (const title of ['Plain Title', 'My: "Great" Idea #1', "It's: #1 'quoted'", 'yes', '2024-01-15', '@handle first']) {
      const settings = await loadSettings({ root, preset: 'tekton', indexFile: null })
      const created = await createTep(proposalContext(settings), { title, authors: [{ handle: 'alice', name: 'Alice' }], today: '2024-01-15' })
      const ours = readFileSync(join(root, created.file), 'utf8')
      const script = [
        'import importlib.util, io, sys',
        `spec = importlib.util.spec_from_file_location('teps', ${JSON.stringify(tepsPy)})`,
        'teps = importlib.util.module_from_spec(spec); spec.loader.exec_module(teps)',
        'out = io.StringIO()',
        `teps.write_tep_header({'title': sys.argv[1], 'authors': ('alice',), 'collaborators': (), 'status': 'proposed', 'number': ${created.number}, 'creation-date': '2024-01-15', 'last-updated': '2024-01-15'}, out)`,
        'sys.stdout.write(out.getvalue())'
      ].join('\n')
      const theirs = spawnSync(python!, ['-c', script, title], { encoding: 'utf8', env: { ...process.env, PYTHONPATH: fileURLToPath(new URL('helpers/python', import.meta.url)), PYTHONUTF8: '1' } })
      expect(theirs.stderr).toBe('')
      expect([title, ours.slice(0, theirs.stdout.length)]).toEqual([title, theirs.stdout])
    }
  })
})

describe('the action numbers a new TEP after the open pull requests titled "TEP-NNNN"', () => {
  let server: FakeGitHub | undefined
  afterEach(async () => {
    await server?.stop()
    server = undefined
  })

  /** An origin whose feature branch adds TEP-0003, checked out as a pull request's head. */
  function pullRequestAddingTep3(): { workspace: string; baseSha: string; headSha: string } {
    const origin = community({ 'teps/README.md': '' })
    spawnSync(process.execPath, [fileURLToPath(new URL('../dist/cli.js', import.meta.url)), 'index', '--write'], { cwd: origin })
    initRepo(origin)
    const baseSha = git(origin, 'rev-parse', 'HEAD').trim()
    git(origin, 'checkout', '-q', '-b', 'feature')
    writeFileSync(join(origin, 'teps/0003-new-idea.md'), tep('0003', { title: 'New Idea' }))
    writeFileSync(join(origin, 'teps/README.md'), `${readFileSync(join(origin, 'teps/README.md'), 'utf8')}|[TEP-0003](0003-new-idea.md) | New Idea | proposed | 2024-01-15 |\n`)
    git(origin, 'add', '-A')
    git(origin, 'commit', '-q', '-m', 'TEP-0003: New Idea')
    const headSha = git(origin, 'rev-parse', 'HEAD').trim()
    const workspace = mkdtempSync(join(tmpdir(), 'kep-ws-'))
    git(workspace, 'clone', '-q', '--no-checkout', origin, '.')
    git(workspace, 'checkout', '-q', headSha)
    return { workspace, baseSha, headSha }
  }

  it('warns when another open pull request claims the number, and names the next free one', async () => {
    const { workspace, baseSha, headSha } = pullRequestAddingTep3()
    server = new FakeGitHub().on('GET', /^\/repos\/kubernetes\/enhancements\/pulls\?/, (request, response) => {
      const page = Number(new URL(request.path, 'http://x').searchParams.get('page'))
      // This pull request (#7) claims TEP-0003 too; #5 claimed it first; #6 claims TEP-0004.
      const pulls = [
        { number: 5, title: 'TEP-0003: Someone else' },
        { number: 6, title: 'TEP 0004 Another' },
        { number: 7, title: 'TEP-0003: New Idea' },
        ...Array.from({ length: 97 }, (_, i) => ({ number: 100 + i, title: `Fix typo ${i}` }))
      ]
      json(response, 200, page === 1 ? pulls : [{ number: 300, title: 'TEP-0009: on page two' }])
    })
    const apiUrl = await server.start()
    const run = await runAction({ workspace, apiUrl, inputs: { token: 'secret-token' }, event: { name: 'pull_request', payload: pullRequestPayload(7, baseSha, headSha) } })
    expect(run.stderr).toBe('')
    expect(run.stdout).toContain('::warning title=tep-number-next,file=teps/0003-new-idea.md')
    expect(run.stdout).toContain('TEP-0003 is claimed by open pull request #5 (&quot;TEP-0003: Someone else&quot;)'.replace(/&quot;/g, '"'))
    expect(run.stdout).toContain('take TEP-0010, the next free number')
    expect(run.code).toBe(0)
    const listed = server.requests.filter(r => r.path.startsWith('/repos/kubernetes/enhancements/pulls?'))
    expect(listed.map(r => new URL(r.path, 'http://x').searchParams.get('page'))).toEqual(['1', '2'])
    expect(listed.every(r => r.path.includes('state=open') && r.path.includes('per_page=100'))).toBe(true)
    expect(listed[0].headers.authorization).toBe('token secret-token')
  })

  it('checks against the files alone, and says so, when the list cannot be had', async () => {
    const { workspace, baseSha, headSha } = pullRequestAddingTep3()
    server = new FakeGitHub().on('GET', /\/pulls\?/, (_, response) => json(response, 403, { message: 'Resource not accessible by integration' }))
    const apiUrl = await server.start()
    const run = await runAction({ workspace, apiUrl, inputs: { token: 'secret-token' }, event: { name: 'pull_request', payload: pullRequestPayload(7, baseSha, headSha) } })
    expect(run.stdout).toMatch(/::warning::kep-validator could not list the open pull requests \(GitHub answered 403/)
    expect(run.stdout).not.toContain('title=tep-number-next')
    expect(run.code).toBe(0)
  })
})
