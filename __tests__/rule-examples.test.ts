import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadSettings } from '../src/config/settings.js'
import { loadConfigFile } from '../src/config/configFile.js'
import { proposedRulesProblems } from '../src/config/loadRules.js'
import type { Problem } from '../src/core/diagnostic.js'
import type { Change } from '../src/core/change.js'
import type { Diagnostic } from '../src/core/diagnostic.js'
import { ruleOf } from '../src/format/ruleLinks.js'
import { examplePreset } from '../src/format/rulesTable.js'
import { presetNamed } from '../src/presets/registry.js'
import { exampleFile, otherFile, type Example } from '../src/rules/example.js'
import { RULES } from '../src/rules/registry.js'
import { OverlayTree } from '../src/tree/overlayTree.js'
import { validate } from '../src/validate/validate.js'

/**
 * The examples of the rules page are true: for every rule, the example that passes brings no
 * problem of that rule, and the one that fails brings at least one — each run by validate(),
 * as `kep-validator check` runs a repository, under the preset the page names.
 */

const folders: string[] = []
afterAll(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true })
})

async function run(id: string, example: Example): Promise<Diagnostic[]> {
  const preset = examplePreset(id)
  const valid = presetNamed(preset)!.example
  const file = example.file ?? valid.file
  let sigs: string | undefined
  if (example.sigs !== undefined) {
    const dir = mkdtempSync(join(tmpdir(), 'kep-sigs-'))
    folders.push(dir)
    sigs = join(dir, 'sigs.yaml')
    writeFileSync(sigs, example.sigs)
  }
  // A configuration the change adds is loaded as every run will load it once merged.
  let proposedRules: Problem[] = []
  if (example.configuration !== undefined) {
    const dir = mkdtempSync(join(tmpdir(), 'kep-config-'))
    folders.push(dir)
    writeFileSync(join(dir, '.kep-validator.yml'), example.configuration)
    await loadConfigFile(join(dir, '.kep-validator.yml')).catch((error: unknown) => {
      proposedRules = proposedRulesProblems(error, [join(dir, '.kep-validator.yml')], dir, dir)
    })
    const unchanged = new OverlayTree('the base', new Map([[file, Buffer.from(exampleFile(valid, example.kep!))]]))
    const settings = await loadSettings({ root: tmpdir(), preset, indexFile: null })
    return (await validate(settings, { head: unchanged, changes: { base: unchanged, files: [] }, proposedRules })).diagnostics
  }
  const indexFile = example.others?.['index.md'] === undefined ? null : 'index.md'
  const settings = await loadSettings({ root: tmpdir(), preset, indexFile, sigs })
  const others = Object.entries(example.others ?? {}).map(([path, text]) => [path, Buffer.from(otherFile(valid, text))] as const)
  const version = (text: string | undefined): [string, Buffer][] => (text === undefined ? [] : [[file, Buffer.from(exampleFile(valid, text), example.encoding ?? 'utf8')]])
  if (example.kep !== undefined) {
    const head =
      example.link !== undefined
        ? new OverlayTree('the example', new Map(others), { others: [{ path: file, kind: 'symlink' }] })
        : example.submodule
          ? new OverlayTree('the example', new Map(others), { others: [{ path: file, kind: 'submodule' }] })
          : new OverlayTree('the example', new Map([...others, ...version(example.kep)]))
    return (await validate(settings, { head })).diagnostics
  }
  const base = new Map<string, Buffer | Error>([...others, ...version(example.before)])
  if (example.unreadableBase !== undefined) base.set(example.previousFile ?? file, new Error(example.unreadableBase))
  const kind: Change['kind'] = example.after === undefined ? 'deleted' : example.before === undefined && example.unreadableBase === undefined ? 'added' : example.previousFile ? 'renamed' : 'modified'
  const change: Change = { kind, path: file, ...(example.previousFile ? { previousPath: example.previousFile } : {}) }
  const head = new OverlayTree('the head', new Map([...others, ...version(example.after)]))
  return (await validate(settings, { head, changes: { base: new OverlayTree('the base', base), files: [change] } })).diagnostics
}

const ofRule = (id: string, diagnostics: Diagnostic[]): string[] => diagnostics.filter(d => ruleOf(d.rule) === id).map(d => `${d.rule}: ${d.message}`)

describe('the examples of the rules page', () => {
  it('are there for every rule of the registry, beside it', () => {
    expect([...RULES.values()].filter(rule => rule.meta.examples?.ok === undefined || rule.meta.examples.notOk === undefined).map(rule => rule.meta.id)).toEqual([])
    for (const [id, { meta }] of RULES) {
      const { examples } = meta
      for (const example of [examples.ok, examples.notOk])
        expect([id, example.kep !== undefined || example.link !== undefined || example.before !== undefined || example.after !== undefined || example.unreadableBase !== undefined]).toEqual([id, true])
      // A rule about a change is shown by a change, the others by a KEP.
      const change = RULES.get(id)!.subject === 'change'
      for (const example of [examples.ok, examples.notOk]) expect([id, example.kep === undefined && example.link === undefined]).toEqual([id, change])
    }
  })

  // Every rule: one without examples fails here too.
  describe.each([...RULES.keys()].map(id => [id]))('%s', id => {
    it('passes: the example brings no problem of the rule', async () => {
      expect(ofRule(id, await run(id, RULES.get(id)!.meta.examples.ok))).toEqual([])
    })
    it('fails: the example brings a problem of the rule', async () => {
      expect(ofRule(id, await run(id, RULES.get(id)!.meta.examples.notOk)).length).toBeGreaterThan(0)
    })
  })
})
