import { afterAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, symlinkSync } from 'node:fs'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { BUILTIN_TEMPLATE } from '../src/presets/kubernetes/template.js'
import { git, initRepo } from './helpers/git.js'
import { kepYaml } from './helpers/kepYaml.js'
import { fields, frontMatterKep, removeRepos, writeRepo } from './helpers/repo.js'
import { pullRequestPayload, runAction } from './helpers/runAction.js'

/**
 * One way to touch a file: what a pull request can put in a checkout (links, files outside the
 * repository named by a path) is never read into a message nor written through, by the bundled
 * action and the bundled CLI alike.
 */

afterAll(removeRepos)

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
const BASELINE = '.kep-validator-baseline.json'
const FILE = 'sig-node/0042-pod-overhead.md'
/** The token the runner gives the action; /proc/self/environ holds it as INPUT_TOKEN. */
const TOKEN = 'ghs_0123456789abcdefSECRET'
const SECRET = `GITHUB_TOKEN=${TOKEN}`

/** A folder outside every repository, with a secret in it. */
function outside(): string {
  return writeRepo({ secret: `${SECRET}\n` })
}

function cli(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GITHUB_ACTIONS: '', GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', LEAKED: SECRET }
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

function expectNoSecret(...texts: string[]): void {
  for (const text of texts) {
    expect(text).not.toContain(TOKEN)
    expect(text).not.toContain('INPUT_TOKEN')
    expect(text).not.toContain('LEAKED')
  }
}

describe('attack 1: a baseline that is a link, or outside the workspace, is never read into the log or the summary', () => {
  it('a full audit fails on a baseline linked to /proc/self/environ, saying it is a link, and quotes nothing of it', async () => {
    const workspace = writeRepo({ [FILE]: frontMatterKep(fields()) })
    symlinkSync('/proc/self/environ', join(workspace, BASELINE))
    const run = await runAction({ workspace, inputs: { token: TOKEN, index: 'none' }, event: { name: 'workflow_dispatch', payload: {} } })
    expectNoSecret(run.stdout, run.stderr, run.summary)
    expect(run.stdout).toMatch(/^::error::kep-validator could not check the KEPs: cannot read the baseline file .*\.kep-validator-baseline\.json: \.kep-validator-baseline\.json is a symbolic link; links are never followed/m)
    expect(run.summary).toContain('symbolic link')
    expect(run.code).toBe(1)
  })

  it('a pull request with only-new: false that adds the link leaks nothing either', async () => {
    const workspace = writeRepo({ [FILE]: frontMatterKep(fields()) })
    initRepo(workspace)
    const baseSha = git(workspace, 'rev-parse', 'HEAD').trim()
    symlinkSync('/proc/self/environ', join(workspace, BASELINE))
    git(workspace, 'add', BASELINE)
    git(workspace, 'commit', '-q', '-m', 'a baseline')
    const headSha = git(workspace, 'rev-parse', 'HEAD').trim()
    const run = await runAction({ workspace, inputs: { token: TOKEN, index: 'none', 'only-new': 'false' }, event: { name: 'pull_request', payload: pullRequestPayload(7, baseSha, headSha) } })
    expectNoSecret(run.stdout, run.stderr, run.summary)
  })

  it('the baseline input naming a file outside the workspace is refused, and nothing of the file is shown', async () => {
    const workspace = writeRepo({ [FILE]: frontMatterKep(fields()) })
    const secret = outside()
    const run = await runAction({ workspace, inputs: { token: TOKEN, index: 'none', baseline: `../${basename(secret)}/secret` }, event: { name: 'workflow_dispatch', payload: {} } })
    expect(run.stdout).toMatch(/cannot read the baseline file .*secret: .*secret is outside the workspace/)
    expect(run.stdout + run.summary).not.toContain(TOKEN)
    expect(run.code).toBe(1)
  })

  it('a baseline inside the workspace that does not parse is quoted by a short, escaped excerpt only', async () => {
    const workspace = writeRepo({ [FILE]: frontMatterKep(fields()), [BASELINE]: `${'x'.repeat(60)}${SECRET}\n` })
    const run = await runAction({ workspace, inputs: { index: 'none' }, event: { name: 'workflow_dispatch', payload: {} } })
    expect(run.stdout).toContain(`the metadata is a single value ("${'x'.repeat(40)}"… (${60 + SECRET.length} characters))`)
    expect(run.stdout + run.summary).not.toContain(TOKEN)
    expect(run.code).toBe(1)
  })

  it('a configuration that does not pass its schema is quoted by short excerpts only', () => {
    const root = writeRepo({ [FILE]: frontMatterKep(fields()), '.kep-validator.yml': `index: none\n${'k'.repeat(60)}${TOKEN}: 1\npreset: ${'p'.repeat(60)}${TOKEN}\n` })
    const { code, stderr } = cli(root, 'check')
    expect(stderr).toContain(`unknown field "${'k'.repeat(40)}"… (${60 + TOKEN.length} characters) in the configuration`)
    expect(stderr).toContain(`preset "${'p'.repeat(40)}"… (${60 + TOKEN.length} characters) is not one of`)
    expect(stderr).not.toContain(TOKEN)
    expect(code).toBe(2)
  })

  it('the CLI fails on a baseline or configuration linked to /proc/self/environ, and quotes nothing of them', () => {
    const root = writeRepo({ [FILE]: frontMatterKep(fields()) })
    symlinkSync('/proc/self/environ', join(root, BASELINE))
    const baseline = cli(root, 'check', '--no-index')
    expect(baseline.stderr).toMatch(/^kep-validator: cannot read the baseline file .*: \.kep-validator-baseline\.json is a symbolic link/m)
    expect(baseline.code).toBe(2)
    symlinkSync('/proc/self/environ', join(root, '.kep-validator.yml'))
    const config = cli(root, 'check', '--no-index', '--no-baseline')
    expect(config.stderr).toMatch(/^kep-validator: cannot read configuration .*\.kep-validator\.yml: \.kep-validator\.yml is a symbolic link/)
    expect(config.code).toBe(2)
    expectNoSecret(baseline.stdout, baseline.stderr, config.stdout, config.stderr)
  })

  it("the CLI refuses a path a configuration names outside the folders it reads (the configuration may be a pull request's)", () => {
    const secret = outside()
    const root = writeRepo({ [FILE]: frontMatterKep(fields()), '.kep-validator.yml': `index: none\nsigs: ../${basename(secret)}/secret\n` })
    const { code, stdout, stderr } = cli(root, 'check')
    expect(stderr).toMatch(/cannot read the SIG list .*secret: .*secret is outside the folders kep-validator reads/)
    expect(code).toBe(2)
    expect(stdout + stderr).not.toContain(TOKEN)
    // Named on the command line, the same file is the user's to read (and it is no SIG list).
    expect(cli(root, 'check', '--sigs', join(secret, 'secret')).stderr).toMatch(/the SIG list .*secret (is invalid|names no SIG)/)
  })

  it("a configuration's root outside the folders a run reads is refused: /proc/self's environ is no KEP", async () => {
    const config = 'preset: kubernetes\nindex: none\nroot: /proc/self\ninclude: ["environ"]\nexclude: []\n'
    const root = writeRepo({ '.kep-validator.yml': config })
    const { code, stdout, stderr } = cli(root, 'check', '--no-baseline')
    expect(stderr).toMatch(/^kep-validator: the KEP root \/proc\/self that .*\.kep-validator\.yml names cannot be read: \/proc\/self is outside the folders kep-validator reads/)
    expect(code).toBe(2)
    expectNoSecret(stdout, stderr)
    const run = await runAction({ workspace: root, inputs: { token: TOKEN }, event: { name: 'workflow_dispatch', payload: {} } })
    expect(run.stdout).toMatch(/the KEP root \/proc\/self that .* names cannot be read: \/proc\/self is outside the workspace/)
    expectNoSecret(run.stdout, run.stderr, run.summary)
    expect(run.code).toBe(1)
  })

  it('nothing is read from .git, where actions/checkout keeps its credentials', () => {
    const root = writeRepo({ [FILE]: frontMatterKep(fields()), '.kep-validator.yml': 'index: none\nsigs: .git/config\n' })
    initRepo(root)
    git(root, 'config', 'http.https://github.com/.extraheader', `AUTHORIZATION: basic ${TOKEN}`)
    const { code, stdout, stderr } = cli(root, 'check')
    expect(stderr).toMatch(/\.git\/config is inside \.git: git's own files/)
    expect(code).toBe(2)
    expectNoSecret(stdout, stderr)
  })
})

describe('attack 2: new and promote write only inside the repository, and copy only its regular files', () => {
  const AUTHOR = ['--author', '@jdoe']

  function kubernetesRepository(): string {
    return writeRepo({
      'keps/sig-node/42-pod-overhead/kep.yaml': kepYaml({ status: 'provisional' }),
      'keps/sig-node/42-pod-overhead/README.md': '# KEP-42: Pod Overhead\n',
      'keps/prod-readiness/sig-node/42.yaml': 'kep-number: 42\nalpha:\n  approver: "@prr"\n',
      'keps/NNNN-kep-template/kep.yaml': BUILTIN_TEMPLATE['kep.yaml'],
      'keps/NNNN-kep-template/README.md': BUILTIN_TEMPLATE['README.md']
    })
  }

  const NEW = ['new', '--preset', 'kubernetes', '--title', 'Gateway API', '--milestone', 'v1.31', ...AUTHOR]

  it("new refuses a template folder holding a link, and copies nothing (the link's target would be committed)", () => {
    const root = kubernetesRepository()
    const secret = outside()
    symlinkSync(join(secret, 'secret'), join(root, 'keps/NNNN-kep-template/notes.md'))
    const { code, stdout, stderr } = cli(root, ...NEW, '--sig', 'sig-node')
    expect(stderr).toBe("kep-validator: the template keps/NNNN-kep-template/ holds notes.md, which is a symbolic link: a template's files are copied into the new KEP, and only regular files are; nothing was created\n")
    expect(code).toBe(2)
    expect(readdirSync(join(root, 'keps/sig-node')).sort()).toEqual(['42-pod-overhead'])
    expectNoSecret(stdout, stderr)
  })

  it('new refuses a SIG folder that is a link, and writes nothing outside the repository', () => {
    const root = kubernetesRepository()
    const elsewhere = writeRepo({})
    symlinkSync(elsewhere, join(root, 'keps/sig-evil'))
    const { code, stderr } = cli(root, ...NEW, '--sig', 'sig-evil')
    expect(stderr).toMatch(/^kep-validator: keps\/sig-evil\/.* is under keps\/sig-evil, which is a symbolic link/)
    expect(code).toBe(2)
    expect(readdirSync(elsewhere)).toEqual([])
  })

  it("new (KEP-1's layout) refuses a SIG folder that is a link", () => {
    const root = writeRepo({ [FILE]: frontMatterKep(fields()) })
    const elsewhere = writeRepo({})
    symlinkSync(elsewhere, join(root, 'sig-evil'))
    const { code, stderr } = cli(root, 'new', '--no-index', '--sig', 'sig-evil', '--title', 'Gateway API', ...AUTHOR)
    expect(stderr).toMatch(/^kep-validator: sig-evil\/draft-\d+-gateway-api\.md is under sig-evil, which is a symbolic link/)
    expect(code).toBe(2)
    expect(readdirSync(elsewhere)).toEqual([])
  })

  const DRAFT = 'sig-apps/draft-20240115-job-api.md'

  for (const tracked of [true, false]) {
    it(`promote --status Deferred does not move a KEP${tracked ? ' (tracked: git mv)' : ''} into a deferred/ that is a link, and changes nothing`, () => {
      const kep = frontMatterKep(fields({ 'kep-number': 'draft-20240115', title: 'Job API', 'owning-sig': 'sig-apps', status: 'Draft' }))
      const root = writeRepo({ [FILE]: frontMatterKep(fields()), [DRAFT]: kep })
      const elsewhere = writeRepo({})
      symlinkSync(elsewhere, join(root, 'sig-apps/deferred'))
      if (tracked) initRepo(root)
      const { code, stderr } = cli(root, 'promote', '--no-index', DRAFT, '--status', 'Deferred')
      expect(stderr).toMatch(/^kep-validator: sig-apps\/deferred\/draft-20240115-job-api\.md is under sig-apps\/deferred, which is a symbolic link/)
      expect(code).toBe(2)
      expect(readdirSync(elsewhere)).toEqual([])
      expect(readFileSync(join(root, DRAFT), 'utf8')).toBe(kep)
      if (tracked) expect(git(root, 'status', '--porcelain')).toBe('')
    })
  }
})
