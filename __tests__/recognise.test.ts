import { afterAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadSettings } from '../src/config/settings.js'
import { recognisePreset } from '../src/presets/recognise.js'
import { FileSystemTree } from '../src/tree/fileSystemTree.js'
import { fields, frontMatterKep, removeRepos, writeRepo } from './helpers/repo.js'
import { runAction } from './helpers/runAction.js'
import { git, initRepo } from './helpers/git.js'
import { writeFileSync, mkdirSync } from 'node:fs'

/*
 * Found without flags: where neither the caller nor the configuration names a preset, the
 * layout under the root tells it (each preset's recognisedBy), and the run says which; a layout
 * no preset has is told what was looked for.
 */

afterAll(removeRepos)

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url))

function run(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '' }, maxBuffer: 64 * 1024 * 1024 })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

const TEP = '---\nstatus: proposed\ntitle: Pod Overhead\ncreation-date: 2024-01-15\nlast-updated: 2024-01-15\nauthors:\n- "@janedoe"\n---\n\n# TEP-0001: Pod Overhead\n'
const KEP_YAML = 'title: Pod Overhead\nkep-number: 42\nauthors:\n  - "@janedoe"\nowning-sig: sig-node\nstatus: provisional\ncreation-date: 2024-01-15\n'
const ENHANCEMENT = '---\ntitle: neat-idea\nauthors:\n  - "@janedoe"\nstatus: provisional\n---\n\n# Neat Idea\n'

/** Small layouts made by hand, one per preset. */
const LAYOUTS: Record<string, { files: Record<string, string>; include: string; count: number }> = {
  'kep-0001': { files: { 'sig-node/0042-pod-overhead.md': frontMatterKep(fields()), 'README.md': '# KEPs\n' }, include: '{sig-*,wg-*,unsorted-to-be-used-by-newcomers-only}/**/*.md', count: 1 },
  kubernetes: { files: { 'keps/sig-node/42-pod-overhead/kep.yaml': KEP_YAML, 'keps/sig-node/42-pod-overhead/README.md': '# KEP-42\n', 'keps/NNNN-kep-template/kep.yaml': KEP_YAML }, include: 'keps/**/kep.yaml', count: 1 },
  openshift: { files: { 'enhancements/installer/neat-idea.md': ENHANCEMENT, 'enhancements/README.md': '# Enhancements\n' }, include: 'enhancements/**/*.md', count: 2 },
  tekton: { files: { 'teps/0001-pod-overhead.md': TEP, 'teps/README.md': '# TEPs\n' }, include: 'teps/[0-9][0-9][0-9][0-9]-*.md', count: 1 }
}

describe('the preset a layout has', () => {
  it.each(Object.entries(LAYOUTS))('%s: recognised from its files', (preset, layout) => {
    expect(recognisePreset(new FileSystemTree(writeRepo(layout.files)))).toEqual({ preset, include: [layout.include], count: layout.count })
  })

  it('the preset whose files are the most, where two layouts are there', () => {
    const root = writeRepo({ ...LAYOUTS.tekton.files, 'teps/0002-b.md': TEP, ...LAYOUTS['kep-0001'].files })
    expect(recognisePreset(new FileSystemTree(root))).toMatchObject({ preset: 'tekton', count: 2 })
  })

  it('none: what was looked for, preset by preset', () => {
    const recognition = recognisePreset(new FileSystemTree(writeRepo({ 'docs/a.md': '# A\n' })))
    expect(recognition).toEqual({
      lookedFor: Object.entries(LAYOUTS).map(([preset, layout]) => ({ preset, include: [layout.include] }))
    })
  })

  it('only where the front end asks, and never over a preset the caller or the configuration names', async () => {
    const root = writeRepo(LAYOUTS.tekton.files)
    expect((await loadSettings({ root })).preset).toBe('kep-0001')
    expect((await loadSettings({ root, recognisePreset: true })).preset).toBe('tekton')
    const named = await loadSettings({ root, recognisePreset: true, preset: 'openshift' })
    expect([named.preset, named.recognition]).toEqual(['openshift', undefined])
    const configured = await loadSettings({ root, recognisePreset: true, config: { file: join(root, '.kep-validator.yml'), preset: 'kubernetes' } })
    expect([configured.preset, configured.recognition]).toEqual(['kubernetes', undefined])
  })
})

describe('kep-validator check without options (dist/cli.js)', () => {
  it.each(Object.entries(LAYOUTS))('%s: says which preset (silent for the default), and checks as --preset does', (preset, layout) => {
    const root = writeRepo(layout.files)
    const found = run(root, 'check', '--format', 'json', '--no-index')
    const named = run(root, 'check', '--format', 'json', '--no-index', '--preset', preset)
    const said = `kep-validator: preset ${preset}, found ${layout.include} (${layout.count} ${layout.count === 1 ? 'file' : 'files'})\n`
    expect(found.stderr).toBe(preset === 'kep-0001' ? '' : said)
    expect([found.code, found.stdout]).toEqual([named.code, named.stdout])
    expect(named.stderr).toBe('')
  })

  it('a configuration that names a preset wins, and nothing is said', () => {
    const root = writeRepo({ ...LAYOUTS.tekton.files, ...LAYOUTS['kep-0001'].files, '.kep-validator.yml': 'preset: kep-0001\nindex: none\n' })
    const result = run(root, 'check', '--format', 'json')
    expect(result.stderr).toBe('')
    expect(JSON.parse(result.stdout).checked).toEqual(['sig-node/0042-pod-overhead.md'])
  })

  it('a layout no preset has: told what was looked for, never "0 KEPs checked"', () => {
    const root = writeRepo({ 'docs/a.md': '# A\n' })
    const result = run(root, 'check')
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain(
      "no preset's layout is there either (looked for {sig-*,wg-*,unsorted-to-be-used-by-newcomers-only}/**/*.md (kep-0001); keps/**/kep.yaml (kubernetes); enhancements/**/*.md (openshift); teps/[0-9][0-9][0-9][0-9]-*.md (tekton))"
    )
  })
})

describe("in a change, the layout that tells the preset is the base commit's", () => {
  it('a pull request that adds files of another layout does not choose what judges it', () => {
    // The base is a KEP-1 repository; the change adds three TEPs, more files than its one KEP,
    // and breaks the KEP: judged by the base's layout, the KEP-1 preset finds the break.
    const root = writeRepo({ 'sig-node/0042-pod-overhead.md': frontMatterKep(fields()), 'README.md': '# KEPs\n' })
    initRepo(root)
    mkdirSync(join(root, 'teps'))
    for (const n of ['0001', '0002', '0003']) writeFileSync(join(root, 'teps', `${n}-pod-overhead.md`), TEP.replace('TEP-0001', `TEP-${n}`))
    writeFileSync(join(root, 'sig-node/0042-pod-overhead.md'), frontMatterKep(fields({ status: 'Bogus' })))
    git(root, 'add', '-A')
    git(root, 'commit', '-qm', 'teps')
    expect(run(root, 'check').stderr).toContain('preset tekton, found')
    const judged = run(root, 'check', '--base', 'HEAD~1', '--format', 'json')
    expect(judged.stderr).not.toContain('preset tekton')
    expect(JSON.parse(judged.stdout).problems).toEqual(expect.arrayContaining([expect.objectContaining({ file: 'sig-node/0042-pod-overhead.md', rule: 'schema/status' })]))
    expect(judged.code).toBe(1)
  })
})

describe('the action without a preset input or configuration', () => {
  it('says in its log which preset the layout told, and checks under it', async () => {
    const root = writeRepo(LAYOUTS.tekton.files)
    const result = await runAction({ workspace: root, inputs: { 'check-run': 'never', index: 'none' } })
    expect(result.stdout).toContain(`preset tekton, found teps/[0-9][0-9][0-9][0-9]-*.md (1 file)\n`)
    // The TEP is checked under tekton's rules: as written, it has no problem (under kep-0001 it would have many).
    expect([result.code, result.outputs.errors]).toEqual([0, '0'])
  })
})

/*
 * The three real repositories, copied: at each root, `check` with no option picks the
 * community's preset, says so, and reports exactly what `check --preset NAME` reports. Skipped,
 * saying why, where a corpus is absent (CI names them: KEP_CORPUS, OPENSHIFT_CORPUS, TEKTON_CORPUS).
 */
const CORPORA: Array<[string, string, string, number]> = [
  ['kubernetes', process.env.KEP_CORPUS ?? fileURLToPath(new URL('../../shared/corpus/kubernetes-enhancements', import.meta.url)), 'keps/**/kep.yaml', 654],
  ['openshift', process.env.OPENSHIFT_CORPUS ?? fileURLToPath(new URL('../../shared/corpus/openshift-enhancements', import.meta.url)), 'enhancements/**/*.md', 606],
  ['tekton', process.env.TEKTON_CORPUS ?? fileURLToPath(new URL('../../shared/corpus/tektoncd-community', import.meta.url)), 'teps/[0-9][0-9][0-9][0-9]-*.md', 146]
]

describe.each(CORPORA)('the real repository of the %s preset, copied', (preset, corpus, include, count) => {
  const present = corpus !== 'none' && existsSync(corpus)
  if (!present) console.warn(`recognising the ${preset} preset on its real repository skipped: corpus not found at ${corpus}`)
  const maybe = present ? it : it.skip
  maybe('check with no option: the preset, said in one line, and the report of --preset', () => {
    const root = mkdtempSync(join(tmpdir(), `kep-recognise-${preset}-`))
    try {
      cpSync(corpus, root, { recursive: true })
      const found = run(root, 'check', '--format', 'json')
      const named = run(root, 'check', '--format', 'json', '--preset', preset)
      expect(found.stderr).toBe(`kep-validator: preset ${preset}, found ${include} (${count} files)\n`)
      expect(found.code).toBe(named.code)
      expect(found.stdout).toBe(named.stdout)
      expect(JSON.parse(found.stdout).checked.length).toBeGreaterThan(0)
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })
})
