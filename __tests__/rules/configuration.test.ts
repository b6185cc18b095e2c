import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { filesSource } from '../../src/files/files.js'
import { loadRules, type RulesRequest } from '../../src/config/loadRules.js'
import { git, initRepo } from '../helpers/git.js'
import { fields, frontMatterKep, removeRepos, writeRepo } from '../helpers/repo.js'

/**
 * Rule `configuration`: the rules files a change adds or edits are loaded as every run will load
 * them once it is merged, and each problem is reported on its file — while the change itself is
 * judged by its base's rules.
 */

afterAll(removeRepos)

const FILE = 'sig-node/0042-pod-overhead.md'

/** main holds `base` (a valid KEP besides); the working tree then writes `head` over it. */
async function proposed(base: Record<string, string>, head: Record<string, string>, request: Partial<RulesRequest> = {}) {
  const top = writeRepo({ [FILE]: frontMatterKep(fields()), ...base })
  initRepo(top)
  const commit = git(top, 'rev-parse', 'HEAD').trim()
  for (const [path, text] of Object.entries(head)) {
    mkdirSync(dirname(join(top, path)), { recursive: true })
    writeFileSync(join(top, path), text)
  }
  const rules = await loadRules({ checkout: filesSource([top]), base: { top, commit }, configDir: top, defaultRoot: top, options: {}, ...request })
  return { top, rules, problems: [...rules.proposed.problems].sort((a, b) => a.span.line - b.span.line).map(p => ({ file: p.file, line: p.span.line, rule: p.rule, topic: p.topic, message: p.message })) }
}

describe('configuration', () => {
  describe('valid', () => {
    it('a change that edits no rules file proposes nothing', async () => {
      const { rules } = await proposed({ '.kep-validator.yml': 'rules:\n  handle-at: error\n' }, { [FILE]: frontMatterKep(fields({ title: 'Pod Overhead, revised' })) })
      expect(rules.proposed).toEqual({ files: [], problems: [] })
    })

    it('a configuration, a lifecycle it names and a baseline that all load: named, with no problem', async () => {
      const lifecycle = JSON.stringify({ name: 'mine', states: ['Draft', 'Done'], initial: ['Draft'], transitions: { Draft: ['Done'], Done: [] } })
      const { top, rules } = await proposed({}, { '.kep-validator.yml': 'lifecycle: lifecycle.json\n', 'lifecycle.json': lifecycle, '.kep-validator-baseline.json': JSON.stringify({ [FILE]: { schema: { count: 1 } } }) })
      expect(rules.proposed.files).toEqual([join(top, '.kep-validator-baseline.json'), join(top, '.kep-validator.yml')])
      expect(rules.proposed.problems).toEqual([])
      // The change is judged by its base: the kep-0001 lifecycle, not the one it brings.
      expect(rules.settings.lifecycle.name).toBe('kep-0001')
    })
  })

  describe('invalid', () => {
    it('a configuration that does not match its schema: each problem at its line, by field', async () => {
      const { problems } = await proposed({}, { '.kep-validator.yml': 'preset: kubernets\nrulez: {}\n' })
      expect(problems).toEqual([
        expect.objectContaining({ file: '.kep-validator.yml', line: 1, rule: 'configuration', topic: 'preset', message: expect.stringContaining('did you mean "kubernetes"?') }),
        expect.objectContaining({ file: '.kep-validator.yml', line: 2, rule: 'configuration', topic: 'unknown-field' })
      ])
      expect(problems[0].message).toMatch(/\(the rules this change proposes do not load: once it is merged, every run fails on this\)$/)
    })

    it('a configuration that is not YAML', async () => {
      const { problems } = await proposed({}, { '.kep-validator.yml': 'preset: "kubernetes\n' })
      expect(problems).toEqual([expect.objectContaining({ file: '.kep-validator.yml', line: 2, rule: 'configuration', message: expect.stringMatching(/^YAML syntax error: Missing closing "quote/) })])
    })

    it('a lifecycle the change edits, which the configuration names: on the lifecycle file, its path shown from the repository', async () => {
      const good = JSON.stringify({ name: 'mine', states: ['Draft', 'Done'], initial: ['Draft'], transitions: { Draft: ['Done'], Done: [] } })
      const { problems } = await proposed({ '.kep-validator.yml': 'lifecycle: lifecycle.json\n', 'lifecycle.json': good }, { 'lifecycle.json': good.replace('"initial":["Draft"]', '"initial":["Nowhere"]') })
      expect(problems).toEqual([expect.objectContaining({ file: 'lifecycle.json', line: 1, rule: 'configuration', message: expect.stringMatching(/^lifecycle lifecycle\.json: initial names "Nowhere"/) })])
    })

    it('a baseline the change adds that is not a baseline', async () => {
      const { problems } = await proposed({}, { '.kep-validator-baseline.json': '[1, 2]' })
      expect(problems).toEqual([expect.objectContaining({ file: '.kep-validator-baseline.json', line: 1, rule: 'configuration', message: expect.stringContaining('is not an object of files') })])
    })

    it('a baseline the change adds, even when the caller names none for this run: it is still the file a later run reads', async () => {
      const { problems } = await proposed({}, { '.kep-validator-baseline.json': '' })
      expect(problems).toEqual([expect.objectContaining({ file: '.kep-validator-baseline.json', message: expect.stringContaining('it is empty') })])
    })

    it('a configuration above the KEP root: named from the root', async () => {
      const { problems } = await proposed({ [`keps/${FILE}`]: frontMatterKep(fields()), '.kep-validator.yml': 'root: keps\n' }, { '.kep-validator.yml': 'root: keps\nindex: 3\n' })
      expect(problems).toEqual([expect.objectContaining({ file: '../.kep-validator.yml', line: 2, rule: 'configuration' })])
    })
  })
})
