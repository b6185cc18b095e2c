import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync, type SpawnSyncOptions } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const REPO = fileURLToPath(new URL('..', import.meta.url))
const EXAMPLE = fileURLToPath(new URL('../examples/keps', import.meta.url))
const work = mkdtempSync(join(tmpdir(), 'kep-validator-package-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

// As a user's shell runs them: without jest's NODE_OPTIONS, and with no GitHub Actions context.
const env = { ...process.env, NODE_OPTIONS: '', GITHUB_ACTIONS: '' }

function run(command: string, args: string[], options: SpawnSyncOptions) {
  const result = spawnSync(command, args, { encoding: 'utf8', env, ...options })
  return { code: result.status, stdout: String(result.stdout), stderr: String(result.stderr) }
}

describe('the npm package', () => {
  const project = join(work, 'project')
  const keps = join(work, 'keps')
  let packed: ReturnType<typeof run>
  let installed: ReturnType<typeof run>
  let files: string[] = []

  // npm pack of this checkout, installed into an empty project from the tarball alone: a user's
  // `npm install kep-validator` or `npx kep-validator`, without the registry.
  beforeAll(() => {
    packed = run('npm', ['pack', '--json', '--pack-destination', work], { cwd: REPO })
    const [tarball] = JSON.parse(packed.stdout) as [{ filename: string; files: { path: string }[] }]
    files = tarball.files.map(file => file.path)
    mkdirSync(project)
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'a-kep-repository', private: true }))
    installed = run('npm', ['install', '--offline', '--no-audit', '--no-fund', join(work, tarball.filename)], { cwd: project })
    cpSync(EXAMPLE, keps, { recursive: true })
  })

  it('holds the bundle, the schemas and the action, not the sources or the tests', () => {
    expect(packed.code).toBe(0)
    expect(files).toEqual(expect.arrayContaining(['dist/cli.js', 'dist/index.js', 'dist/read-worker.js', 'schemas/kep-0001.schema.json', 'action.yml', 'README.md', 'CHANGELOG.md', 'package.json']))
    expect(files.filter(path => /^(src|__tests__|examples|scripts|node_modules)\//.test(path))).toEqual([])
  })

  it('installs without the registry: dist/ bundles every library, so it depends on nothing', () => {
    expect([installed.code, installed.stderr]).toEqual([0, expect.any(String)])
    const manifest = JSON.parse(readFileSync(join(project, 'node_modules/kep-validator/package.json'), 'utf8'))
    expect(manifest.dependencies).toBeUndefined()
    expect(readdirSync(join(project, 'node_modules')).filter(name => !name.startsWith('.'))).toEqual(['kep-validator'])
  })

  it('runs as the kep-validator command, as the bundle in this checkout does', () => {
    const bin = join(project, 'node_modules/.bin/kep-validator')
    const help = run(bin, ['--help'], { cwd: project })
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/^Usage: kep-validator <command>/)

    const checked = run(bin, ['check', '--root', keps], { cwd: project })
    const here = run(process.execPath, [join(REPO, 'dist/cli.js'), 'check', '--root', keps], { cwd: project })
    expect([checked.code, checked.stderr]).toEqual([0, ''])
    expect(checked.stdout).toMatch(/✓ \d+ KEPs checked, no problems/)
    expect(checked.stdout).toBe(here.stdout)
  })

  it('runs through npx', () => {
    const checked = run('npx', ['--offline', '--no', 'kep-validator', 'check', '--root', keps], { cwd: project })
    expect([checked.code, checked.stderr]).toEqual([0, ''])
    expect(checked.stdout).toMatch(/✓ \d+ KEPs checked, no problems/)
  })
})
