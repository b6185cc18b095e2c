import { afterAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadSettings } from '../src/config/settings.js'
import { FileSystemTree } from '../src/tree/fileSystemTree.js'
import { GitTree } from '../src/tree/gitTree.js'
import { validate } from '../src/validate/validate.js'
import { NothingSelectedError } from '../src/validate/nothingSelected.js'
import { git, initRepo } from './helpers/git.js'
import { kepYaml, readme, TEMPLATE } from './helpers/kepYaml.js'
import { fields, frontMatterKep, removeRepos, writeRepo } from './helpers/repo.js'
import { pullRequestPayload, runAction } from './helpers/runAction.js'

/**
 * A run that selects no KEP is an error with guidance, never "✓ 0 KEPs checked": a root or
 * preset that finds nothing would pass every pull request forever.
 */

afterAll(removeRepos)

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
const KEP = 'keps/sig-node/42-pod-overhead/kep.yaml'

function cli(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '' } })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** kubernetes/enhancements' layout: keps/<sig>/<number>-<name>/kep.yaml, with its README and approval. */
function kubernetesLayout(): Record<string, string> {
  return {
    [KEP]: kepYaml(),
    'keps/sig-node/42-pod-overhead/README.md': readme('Pod Overhead'),
    ...TEMPLATE,
    'keps/prod-readiness/sig-node/42.yaml': 'kep-number: 42\nalpha:\n  approver: "@deads2k"\n',
    'README.md': '# Enhancements\n'
  }
}

describe('a selection of nothing, in the CLI', () => {
  it('--root keps with the kubernetes preset (the folder of the SIGs): exit 2, naming the folder that holds keps/', () => {
    const root = writeRepo(kubernetesLayout())
    const { code, stdout, stderr } = cli(root, 'check', '--root', 'keps', '--preset', 'kubernetes')
    expect(stdout).toBe('')
    expect(stderr).toBe(
      "kep-validator: no KEP found: the kubernetes preset (keps/**/kep.yaml) finds none under the KEP root (keps/), but 1 file there looks like a KEP, such as sig-node/42-pod-overhead/kep.yaml; the KEP root at the folder that holds keps/ finds it: set the root (--root) on the command line, or as the action's inputs or in .kep-validator.yml.\n"
    )
    expect(code).toBe(2)
  })

  it('in a git repository, the root is named from the repository', () => {
    const root = writeRepo(kubernetesLayout())
    initRepo(root)
    const { code, stderr } = cli(root, 'check', '--root', 'keps', '--preset', 'kubernetes')
    expect(stderr).toContain("the KEP root at the repository's top folder finds it: set the root (--root)")
    expect(code).toBe(2)
  })

  it('a root beside the KEPs, in a git repository: found from the repository', () => {
    const root = writeRepo({ ...kubernetesLayout(), 'docs/guide.md': '# Guide\n' })
    initRepo(root)
    const { code, stderr } = cli(root, 'check', '--root', 'docs', '--preset', 'kubernetes')
    expect(stderr).toContain("finds none under the KEP root (docs/), but 1 file in the repository looks like a KEP, such as keps/sig-node/42-pod-overhead/kep.yaml; the KEP root at the repository's top folder finds it")
    expect(code).toBe(2)
  })

  // Without --preset, the layout tells the preset (__tests__/recognise.test.ts): named, kep-0001 finds nothing.
  it('kep-0001 named at the top of a repository of the kubernetes layout: names --preset kubernetes', () => {
    const root = writeRepo(kubernetesLayout())
    const { code, stderr } = cli(root, 'check', '--preset', 'kep-0001')
    expect(stderr).toMatch(
      /no KEP found: the kep-0001 preset \([^)]*\) finds none under the KEP root \([^)]*\), but 1 file there looks like a KEP, such as keps\/sig-node\/42-pod-overhead\/kep\.yaml; the kubernetes preset finds it: set the preset \(--preset kubernetes\)/
    )
    expect(code).toBe(2)
  })

  it('root: keps in .kep-validator.yml, as the README once suggested', () => {
    const root = writeRepo({ ...kubernetesLayout(), '.kep-validator.yml': 'preset: kubernetes\nroot: keps\n' })
    const { code, stderr } = cli(root, 'check')
    expect(stderr).toContain('no KEP found: the kubernetes preset (keps/**/kep.yaml) finds none under the KEP root (keps/)')
    expect(code).toBe(2)
  })

  it('markdown KEPs one folder down: names that folder', () => {
    const root = writeRepo({ 'proposals/sig-node/0042-pod-overhead.md': frontMatterKep(fields()) })
    const { code, stderr } = cli(root, 'check')
    expect(stderr).toContain('such as proposals/sig-node/0042-pod-overhead.md; the KEP root at its folder proposals/ finds it')
    expect(code).toBe(2)
  })

  it('proposals of another process (front matter with a title and a status), where no preset looks: names an include that finds them', () => {
    const tep = (title: string) => `---\ntitle: ${title}\nauthors:\n  - "@vdemeester"\ncreation-date: 2020-03-10\nstatus: implemented\n---\n\n# ${title}\n`
    const root = writeRepo({ 'rfcs/0001-process.md': tep('Process'), 'rfcs/0002-custom-tasks.md': tep('Custom Tasks'), 'rfcs/README.md': '# RFCs\n', 'README.md': '# Community\n' })
    const { code, stderr } = cli(root, 'check')
    expect(stderr).toContain('but 2 files there look like KEPs, such as rfcs/0001-process.md, where no preset looks: name their files with include in .kep-validator.yml (include: ["rfcs/*.md"] finds 2 of them).')
    expect(code).toBe(2)
  })

  it("Tekton's TEPs at a root where the default preset looks: names the tekton preset", () => {
    const tep = (n: string, title: string) => `---\ntitle: ${title}\nauthors:\n  - "@vdemeester"\ncreation-date: 2020-03-10\nstatus: implemented\n---\n\n# TEP-${n}: ${title}\n`
    const root = writeRepo({ 'teps/0001-process.md': tep('0001', 'Process'), 'teps/0002-custom-tasks.md': tep('0002', 'Custom Tasks'), 'README.md': '# Community\n' })
    const { code, stderr } = cli(root, 'check', '--preset', 'kep-0001')
    expect(stderr).toContain('such as teps/0001-process.md; the tekton preset finds 2: set the preset (--preset tekton)')
    expect(code).toBe(2)
  })

  it('nothing that looks like a KEP: says so, and how a layout of its own is named', () => {
    const root = writeRepo({ 'docs/guide.md': '# Guide\n\nowning the docs\n' })
    const { code, stderr } = cli(root, 'check')
    expect(stderr).toContain('and nothing there looks like a KEP')
    expect(stderr).toContain('include in .kep-validator.yml')
    expect(code).toBe(2)
  })

  it('a folder named that holds no KEP', () => {
    const root = writeRepo({ ...kubernetesLayout(), 'keps/sig-apps/README.md': '# SIG Apps\n' })
    const { code, stderr } = cli(root, 'check', '--preset', 'kubernetes', 'keps/sig-apps')
    expect(stderr).toBe('kep-validator: keps/sig-apps/ selects no KEP: the kubernetes preset (keps/**/kep.yaml) finds none under it, and nothing there looks like a KEP; name a folder or file that holds KEPs.\n')
    expect(code).toBe(2)
    // The folder beside it is selected, and passes.
    expect(cli(root, 'check', '--preset', 'kubernetes', 'keps/sig-node').code).toBe(0)
  })

  it('baseline --write of nothing: exit 2, nothing written', () => {
    const root = writeRepo(kubernetesLayout())
    const { code, stderr } = cli(root, 'baseline', '--write', '--root', 'keps', '--preset', 'kubernetes')
    expect(stderr).toContain('no KEP found')
    expect(code).toBe(2)
  })

  it('--base in a repository whose layout finds no KEP', () => {
    const root = writeRepo(kubernetesLayout())
    initRepo(root)
    git(root, 'checkout', '-q', '-b', 'feature')
    writeFileSync(join(root, 'README.md'), '# Enhancements, revised\n')
    const { code, stderr } = cli(root, 'check', '--base', 'main', '--preset', 'kep-0001')
    expect(stderr).toContain('no KEP found')
    expect(code).toBe(2)
  })
})

describe('a selection of nothing, in the action', () => {
  it('a full audit with root: keps fails its check, with the guidance in the summary', async () => {
    const workspace = writeRepo(kubernetesLayout())
    const run = await runAction({ workspace, inputs: { preset: 'kubernetes', root: 'keps' }, event: { name: 'workflow_dispatch', payload: {} } })
    expect(run.stdout).toMatch(/::error::kep-validator could not check the KEPs: no KEP found: the kubernetes preset \(keps\/\*\*\/kep\.yaml\) finds none under the KEP root \(keps\/\)/)
    expect(run.summary).toContain('could not check the KEPs')
    expect(run.summary).toContain('the folder that holds keps/')
    expect(run.outputs.errors).toBe('1')
    expect(run.code).toBe(1)
  })

  function pullRequest(files: Record<string, string>, edit: Record<string, string>) {
    const origin = writeRepo(files)
    initRepo(origin)
    const baseSha = git(origin, 'rev-parse', 'HEAD').trim()
    git(origin, 'checkout', '-q', '-b', 'feature')
    for (const [path, text] of Object.entries(edit)) writeFileSync(join(origin, path), text)
    git(origin, 'commit', '-q', '-am', 'the pull request')
    const headSha = git(origin, 'rev-parse', 'HEAD').trim()
    const workspace = mkdtempSync(join(tmpdir(), 'kep-ws-'))
    git(workspace, 'clone', '-q', origin, '.')
    git(workspace, 'checkout', '-q', headSha)
    return { workspace, baseSha, headSha }
  }

  it('a pull request in a repository whose layout finds no KEP fails', async () => {
    const { workspace, baseSha, headSha } = pullRequest(kubernetesLayout(), { 'README.md': '# Enhancements, revised\n' })
    const run = await runAction({ workspace, inputs: { preset: 'kep-0001' }, event: { name: 'pull_request', payload: pullRequestPayload(7, baseSha, headSha) } })
    expect(run.stdout).toMatch(/::error::kep-validator could not check the KEPs: no KEP found: the kep-0001 preset[^\n]*the kubernetes preset finds it/)
    expect(run.code).toBe(1)
  })

  it('a pull request that changes no KEP of a repository that has KEPs passes: that is no selection of nothing', async () => {
    const { workspace, baseSha, headSha } = pullRequest(kubernetesLayout(), { 'README.md': '# Enhancements, revised\n' })
    const run = await runAction({ workspace, inputs: { preset: 'kubernetes' }, event: { name: 'pull_request', payload: pullRequestPayload(7, baseSha, headSha) } })
    expect(run.stdout).toContain('0 KEPs checked')
    expect(run.code).toBe(0)
  })
})

describe('validate()', () => {
  it('throws NothingSelectedError for a tree with no KEP', async () => {
    const root = writeRepo({ 'README.md': '# Nothing\n' })
    const settings = await loadSettings({ root, indexFile: null })
    await expect(validate(settings, { head: new FileSystemTree(root) })).rejects.toBeInstanceOf(NothingSelectedError)
  })

  it('checks a change that deletes the last KEP (file-deleted), which is no selection of nothing', async () => {
    const root = writeRepo({ 'sig-node/0042-pod-overhead.md': frontMatterKep(fields()) })
    initRepo(root)
    const base = git(root, 'rev-parse', 'HEAD').trim()
    git(root, 'rm', '-q', 'sig-node/0042-pod-overhead.md')
    const settings = await loadSettings({ root, indexFile: null })
    const result = await validate(settings, { head: new FileSystemTree(root), changes: { base: new GitTree(root, base, ''), files: [{ kind: 'deleted', path: 'sig-node/0042-pod-overhead.md' }] } })
    expect(result.diagnostics.map(d => d.rule)).toEqual(['file-deleted'])
  })
})
