import { afterAll, describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadConfigFile } from '../src/config/configFile.js'
import { loadSettings } from '../src/config/settings.js'
import { runNew } from '../src/cli/newCommand.js'
import { USAGE } from '../src/cli/run.js'
import { builtinLifecycles, isShippedLifecycle, presetNamed, presets, PRESET_NAMES, registerPreset } from '../src/presets/registry.js'
import { loadPrecompiledLifecycle } from '../src/schema/precompiled.js'
import { recognisePreset } from '../src/presets/recognise.js'
import { RULES } from '../src/rules/registry.js'
import { examplePreset } from '../src/format/rulesTable.js'
import { FileSystemTree } from '../src/tree/fileSystemTree.js'
import { validate } from '../src/validate/validate.js'
import { removeRepos, writeRepo } from './helpers/repo.js'
import { RFC_PRESET } from './fixtures/presets/rfc/preset.js'

const TOP = join(fileURLToPath(import.meta.url), '..', '..')
const read = (path: string): string => readFileSync(join(TOP, path), 'utf8')

afterAll(removeRepos)

function sources(folder: string): string[] {
  return (readdirSync(join(TOP, folder), { recursive: true }) as string[]).filter(file => file.endsWith('.ts')).map(file => join(folder, file))
}

describe('the registry is the one place presets are listed', () => {
  const builtIn = presets().filter(preset => preset !== RFC_PRESET)

  it('nothing in src/ outside src/presets/ names a preset', () => {
    const named: string[] = []
    for (const file of sources('src').filter(file => !file.startsWith(`src${'/'}presets/`))) {
      const text = read(file)
      for (const preset of builtIn) if (text.includes(`'${preset.name}'`) || text.includes(`"${preset.name}"`)) named.push(`${file}: ${preset.name}`)
    }
    expect(named).toEqual([])
  })

  it("the configuration schema's preset enum is the registry's", () => {
    const schema = JSON.parse(read('schemas/config.schema.json')) as { properties: { preset: { enum: string[] } } }
    expect(schema.properties.preset.enum).toEqual(builtIn.map(preset => preset.name))
  })

  it('an unknown preset is refused naming every registered preset, from the configuration file and from --preset', async () => {
    const root = writeRepo({ '.kep-validator.yml': 'preset: kubernets\n' })
    const names = builtIn.map(preset => preset.name).join(', ')
    const fromFile = await loadConfigFile(join(root, '.kep-validator.yml')).then(
      () => '',
      (error: Error) => error.message
    )
    expect(fromFile).toContain(`preset "kubernets" is not one of ${names}; did you mean "kubernetes"?`)
    await expect(loadSettings({ root, preset: 'kubernets' })).rejects.toThrow(`preset "kubernets" is not one of ${PRESET_NAMES.join(', ')}`)
  })

  it("each built-in lifecycle's name is its data's (the name the precompiled schemas are keyed by)", () => {
    for (const lifecycle of builtIn.flatMap(preset => preset.lifecycles)) expect((lifecycle.data as { name: string }).name).toBe(lifecycle.name)
  })

  it('each built-in lifecycle matches schemas/lifecycle.schema.json: checked here, so that a run need not load the validator', async () => {
    const { validate } = await loadPrecompiledLifecycle()
    for (const lifecycle of builtIn.flatMap(preset => preset.lifecycles)) {
      expect(isShippedLifecycle(lifecycle)).toBe(true)
      expect([lifecycle.name, validate(lifecycle.data), validate.errors ?? null]).toEqual([lifecycle.name, true, null])
    }
  })

  it("the precompiled schemas are each preset's schema with each of its lifecycles", () => {
    const variants = JSON.parse(read('src/schema/compiled/variants.json')) as string[]
    expect([...variants].sort()).toEqual(builtIn.flatMap(preset => preset.lifecycles.map(lifecycle => `${preset.schema}--${lifecycle.name}`)).sort())
  })

  it("the action's inputs and the CLI's help list every preset and built-in lifecycle", () => {
    const action = read('action.yml')
    const input = (name: string): string => /\n {2}(\S+):\n(?: {4}.*\n)+/g.exec(action.slice(action.indexOf(`\n  ${name}:\n`)))?.[0] ?? ''
    for (const preset of builtIn) {
      expect(input('preset')).toContain(preset.name)
      expect(USAGE).toContain(`${preset.name} (${preset.description})`)
    }
    for (const lifecycle of builtIn.flatMap(preset => preset.lifecycles.map(l => l.name))) {
      expect(input('lifecycle')).toContain(lifecycle)
      expect(USAGE).toContain(lifecycle)
    }
  })

  it('each preset is a folder: its own rules and their examples come from it', () => {
    for (const preset of builtIn) {
      expect(existsSync(join(TOP, 'src', 'presets', preset.name, 'preset.ts'))).toBe(true)
      for (const rule of preset.ownRules ?? []) {
        expect(RULES.get(rule.meta.id)).toBe(rule)
        expect(examplePreset(rule.meta.id)).toBe(preset.name)
      }
    }
  })
})

describe('a preset for another front-matter process: its folder and one registry call', () => {
  registerPreset(RFC_PRESET)
  const ACCEPTED = '---\ntitle: Pod Overhead\nauthors:\n  - "@janedoe"\nstatus: accepted\ncreated: 2024-01-15\n---\n\n# Pod Overhead\n'

  it('is in the registry, with its lifecycle, its rules and their examples', () => {
    expect(presetNamed('rfc-fixture')).toBe(RFC_PRESET)
    expect(PRESET_NAMES).toContain('rfc-fixture')
    expect(builtinLifecycles()).toContain('rfc-fixture-lifecycle')
    expect(RULES.get('rfc-shepherd')).toBe(RFC_PRESET.ownRules![0])
    expect(examplePreset('rfc-shepherd')).toBe('rfc-fixture')
    expect(() => registerPreset(RFC_PRESET)).toThrow('a preset named rfc-fixture is registered already')
  })

  it('checks the lifecycle of a preset registered at run time against the schema when a run loads it', async () => {
    const broken = { ...RFC_PRESET, name: 'rfc-broken-lifecycle', lifecycle: 'rfc-broken', lifecycles: [{ name: 'rfc-broken', data: { name: 'rfc-broken', states: 'accepted' } }], ownRules: [] }
    registerPreset(broken)
    expect(isShippedLifecycle(broken.lifecycles[0])).toBe(false)
    const root = writeRepo({ 'rfcs/0001-pod-overhead.md': ACCEPTED })
    await expect(loadSettings({ root, preset: 'rfc-broken-lifecycle' })).rejects.toThrow('the built-in lifecycle rfc-broken does not match schemas/lifecycle.schema.json')
  })

  it("refuses a preset whose rule has another rule's id, and registers nothing of it", () => {
    const schemaRule = RULES.get('schema')!
    const clash = { ...RFC_PRESET, name: 'rfc-clash', lifecycles: [], ownRules: [{ ...schemaRule, meta: { ...schemaRule.meta } }] }
    expect(() => registerPreset(clash)).toThrow("the rule schema of preset rfc-clash is another rule's id")
    expect(presetNamed('rfc-clash')).toBeUndefined()
    expect(RULES.get('schema')).toBe(schemaRule)
  })

  it("joins its rules to the registry's where the built-in presets' are: before the rules of the repository's files", () => {
    const ids = [...RULES.keys()]
    expect(ids.slice(-3)).toEqual(['rfc-shepherd', 'index-stale', 'configuration'])
    const lastBuiltIn = presets()
      .filter(preset => preset !== RFC_PRESET)
      .flatMap(preset => preset.ownRules ?? [])
      .at(-1)!
    expect(ids.indexOf('rfc-shepherd')).toBe(ids.indexOf(lastBuiltIn.meta.id) + 1)
  })

  it('check: its layout, format, schema, lifecycle and own rule, with its severities', async () => {
    const root = writeRepo({ 'rfcs/0001-pod-overhead.md': ACCEPTED, 'rfcs/0002-bad.md': '---\ntitle: Bad\nauthors: [janedoe]\nstatus: draft\ncreated: 2024-01-15\n---\n', 'rfcs/README.md': '# RFCs\n' })
    const settings = await loadSettings({ root, preset: 'rfc-fixture' })
    expect(settings.lifecycle.name).toBe('rfc-fixture-lifecycle')
    const result = await validate(settings, { head: new FileSystemTree(root) })
    expect(result.checked).toEqual(['rfcs/0001-pod-overhead.md', 'rfcs/0002-bad.md'])
    expect(result.diagnostics.map(d => [d.file, d.rule, d.severity])).toEqual([
      ['rfcs/0001-pod-overhead.md', 'rfc-shepherd', 'warning'],
      ['rfcs/0002-bad.md', 'schema/authors', 'error']
    ])
  })

  it('is recognised by its layout where neither the caller nor the configuration names a preset', async () => {
    const root = writeRepo({ 'rfcs/0001-pod-overhead.md': ACCEPTED })
    expect(recognisePreset(new FileSystemTree(root))).toEqual({ preset: 'rfc-fixture', include: ['rfcs/[0-9][0-9][0-9][0-9]-*.md'], count: 1 })
    const settings = await loadSettings({ root, recognisePreset: true })
    expect(settings.preset).toBe('rfc-fixture')
  })

  it('new: its numbering and template, through the CLI command, then checked', async () => {
    const root = writeRepo({ 'rfcs/0001-pod-overhead.md': ACCEPTED.replace('status: accepted', 'status: draft') })
    const settings = await loadSettings({ root, preset: 'rfc-fixture' })
    const out: string[] = []
    const status = await runNew({ cwd: root, stdout: text => out.push(text), stderr: text => out.push(text) }, settings, { title: 'Node Swap', authors: ['janedoe'] })
    expect(out.join('')).toMatch(/^created rfcs\/0002-node-swap\.md from the built-in template: RFC 2, status draft\n/)
    expect(status).toBe(0)
    const written = readFileSync(join(root, 'rfcs/0002-node-swap.md'), 'utf8')
    expect(written).toMatch(/^---\ntitle: Node Swap\nauthors:\n {2}- "?@janedoe"?\nstatus: draft\ncreated: \d{4}-\d{2}-\d{2}\n---\n/)
  })
})
