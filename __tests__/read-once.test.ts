import { afterAll, describe, expect, it } from '@jest/globals'
import type { ValidateFunction } from 'ajv'
import { parse } from 'yaml'
import { loadSettings, type Settings } from '../src/config/settings.js'
import { numberInPath, type KepDocument } from '../src/core/document.js'
import { markdownParserLoaded } from '../src/parse/markdownParser.js'
import { readmeSources } from '../src/readme/readmes.js'
import { KEP_YAML } from '../src/read/formats/kepYaml.js'
import { FileSystemTree } from '../src/tree/fileSystemTree.js'
import { GitTree } from '../src/tree/gitTree.js'
import { gitChanges } from '../src/git/gitChanges.js'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Tree } from '../src/tree/tree.js'
import { EVERY_KEP, readRepository } from '../src/validate/readRepository.js'
import { runIndex } from '../src/cli/indexCommand.js'
import { runReport } from '../src/cli/reportCommand.js'
import { positionsWanted } from '../src/validate/ruleData.js'
import { validate } from '../src/validate/validate.js'
import { kepYaml } from './helpers/kepYaml.js'
import { fields, frontMatterKep, removeRepos, writeRepo } from './helpers/repo.js'
import { git, initRepo } from './helpers/git.js'

/*
 * What a run reads once instead of again (docs/performance.md): the READMEs of a change's KEPs,
 * the positions in metadata a rule will look them up in, and remark only for rules that run.
 * Each is asserted on what the run does (the reads a tree serves, the positions a read kept).
 */

afterAll(removeRepos)

/** A tree that counts the calls that read whole files (each is one git process for a commit). */
function counting(tree: Tree): { tree: Tree; reads: string[][] } {
  const reads: string[][] = []
  return {
    reads,
    tree: {
      label: tree.label,
      list: () => tree.list(),
      readHeads: (paths, bytes, visit) => tree.readHeads(paths, bytes, visit),
      readFiles: paths => {
        reads.push([...paths])
        return tree.readFiles(paths)
      }
    }
  }
}

/** A schema validator that records the titles of the metadata it is asked about. */
function countingSchema(validateData: ValidateFunction): { validate: ValidateFunction; titles: string[] } {
  const titles: string[] = []
  const counting = Object.assign(
    (data: unknown) => {
      titles.push((data as { title: string }).title)
      const valid = validateData(data)
      counting.errors = validateData.errors
      return valid
    },
    { errors: validateData.errors }
  ) as unknown as ValidateFunction
  return { validate: counting, titles }
}

const doc = (file: string): KepDocument => ({ file, readProblems: [] }) as unknown as KepDocument

describe("a change's READMEs", () => {
  it('are read in one call per side and kept, however often the rules ask', () => {
    const root = writeRepo({ 'keps/sig-a/1-a/README.md': '# A\n', 'keps/sig-a/2-b/README.md': '# B\n', 'keps/sig-a/3-c/README.md': '# C\n' })
    const head = counting(new FileSystemTree(root))
    const base = counting(new FileSystemTree(root))
    const changed = [doc('keps/sig-a/1-a/kep.yaml'), doc('keps/sig-a/2-b/kep.yaml')]
    const sources = readmeSources(KEP_YAML, head.tree, base.tree, { head: changed, base: changed })
    expect(head.reads).toEqual([['keps/sig-a/1-a/README.md', 'keps/sig-a/2-b/README.md']])
    expect(base.reads).toEqual([['keps/sig-a/1-a/README.md', 'keps/sig-a/2-b/README.md']])
    for (let i = 0; i < 3; i++) {
      expect(sources.head.readmeOf(changed[0]).text).toBe('# A\n')
      expect(sources.head.baseReadmeOf!(changed[1]).text).toBe('# B\n')
      expect(sources.base!.readmeOf(changed[1]).text).toBe('# B\n')
    }
    expect(sources.head.readmeOf(changed[0])).toBe(sources.head.readmeOf(changed[0]))
    expect(head.reads).toHaveLength(1)
    expect(base.reads).toHaveLength(1)
    // A KEP outside the change is read when asked, and not kept.
    expect(sources.head.readmeOf(doc('keps/sig-a/3-c/kep.yaml')).text).toBe('# C\n')
    expect(head.reads.slice(1)).toEqual([['keps/sig-a/3-c/README.md']])
  })
})

describe('positions a rule will look up', () => {
  const approver = (comment: string) => kepYaml({ 'kep-number': '7', approvers: `\n  - "@lead"${comment}` })

  it('are asked for by assigned-approvers where a marker is written, and by no rule elsewhere', async () => {
    const settings = await loadSettings({ root: writeRepo({}), preset: 'kubernetes' })
    const reading = { kepFolders: new Set(['keps/sig-node/7-a']), listedNumbers: new Set([7]), lifecycle: settings.lifecycle, prodReadiness: new Map([['keps/prod-readiness/sig-node/7.yaml', { alpha: { approver: '@prr' } }]]) }
    const wanted = (text: string, choice = settings) => positionsWanted(choice)({ file: 'keps/sig-node/7-a/kep.yaml', text, fields: parse(text) as Record<string, unknown> }, reading)
    expect(wanted(approver(' # sig-node-assigned-approver'))).toBe(true)
    expect(wanted(approver(' # sig-node-assigned-reviewer'))).toBe(true)
    expect(wanted(approver(''))).toBe(false)
    expect(wanted(approver(' # sig-node-assigned-approver'), { ...settings, rules: {} })).toBe(false)
    // Turned off, it does not run, and asks for nothing.
    expect(wanted(approver(' # sig-node-assigned-approver'), { ...settings, severity: [...settings.severity, { 'assigned-approvers': 'off' }] })).toBe(false)
  })

  it("are kept from the first read of such a KEP and of an approval with a handle without @, never from the others'", async () => {
    const files = {
      'keps/sig-node/7-marked/kep.yaml': kepYaml({ 'kep-number': '7', title: 'Marked', approvers: '\n  - "@lead" # sig-node-assigned-approver' }),
      'keps/sig-node/8-plain/kep.yaml': kepYaml({ 'kep-number': '8', title: 'Plain', approvers: '\n  - "@lead"' }),
      'keps/prod-readiness/sig-node/7.yaml': 'kep-number: 7\nalpha:\n  approver: "@prr"\n',
      'keps/prod-readiness/sig-node/8.yaml': 'kep-number: 8\nalpha:\n  approver: prr\n'
    }
    const root = writeRepo(files)
    const settings = await loadSettings({ root, preset: 'kubernetes' })
    const repository = await readRepository(settings, new FileSystemTree(root), { mayCheck: EVERY_KEP })
    const kept = (file: string) => (repository.documents.find(d => d.file === file)!.metadata as unknown as { positionsCache?: unknown }).positionsCache !== undefined
    expect(repository.documents.map(d => d.file)).toEqual(['keps/sig-node/7-marked/kep.yaml', 'keps/sig-node/8-plain/kep.yaml'])
    expect(repository.schemaValid!.has(repository.documents[1].metadata!.data as object)).toBe(true)
    expect(kept('keps/sig-node/7-marked/kep.yaml')).toBe(true)
    expect(kept('keps/sig-node/8-plain/kep.yaml')).toBe(false)
    // An approval keeps them where its approver lacks @ (handle-at's finding and fix will look them up).
    const approvals = new Map(repository.prodReadiness!.files.map(({ path, metadata }) => [path, (metadata as unknown as { positionsCache?: unknown }).positionsCache !== undefined]))
    expect(approvals).toEqual(
      new Map([
        ['keps/prod-readiness/sig-node/7.yaml', false],
        ['keps/prod-readiness/sig-node/8.yaml', true]
      ])
    )
  })
})

describe('positions foreseen from the data', () => {
  it('are kept from the first read where handle-at, prod-readiness and reference-exists will have a finding, and nowhere else', async () => {
    const files = {
      'keps/sig-node/7-clean/kep.yaml': kepYaml({ 'kep-number': '7', title: 'Clean', 'see-also': '\n  - "/keps/sig-node/8-handle"' }),
      'keps/sig-node/8-handle/kep.yaml': kepYaml({ 'kep-number': '8', title: 'Handle', authors: '\n  - janedoe' }),
      'keps/sig-node/9-unapproved/kep.yaml': kepYaml({ 'kep-number': '9', title: 'Unapproved' }),
      'keps/sig-node/10-other-stage/kep.yaml': kepYaml({ 'kep-number': '10', title: 'Other stage', stage: 'beta', milestone: '\n  alpha: "v1.29"\n  beta: "v1.30"' }),
      'keps/sig-node/11-missing/kep.yaml': kepYaml({ 'kep-number': '11', title: 'Missing', 'see-also': '\n  - "/keps/sig-node/99-nowhere"' }),
      // By number: a KEP the listing names with it, none, and the KEP itself.
      'keps/sig-node/12-by-number/kep.yaml': kepYaml({ 'kep-number': '12', title: 'By number', 'see-also': '\n  - KEP-7\n  - "11"' }),
      'keps/sig-node/13-unknown-number/kep.yaml': kepYaml({ 'kep-number': '13', title: 'Unknown number', replaces: '\n  - KEP-98' }),
      'keps/sig-node/14-itself/kep.yaml': kepYaml({ 'kep-number': '14', title: 'Itself', 'see-also': '\n  - KEP-14' }),
      'keps/prod-readiness/sig-node/7.yaml': 'kep-number: 7\nalpha:\n  approver: "@prr"\n',
      'keps/prod-readiness/sig-node/8.yaml': 'kep-number: 8\nalpha:\n  approver: "@prr"\n',
      'keps/prod-readiness/sig-node/10.yaml': 'kep-number: 10\nalpha:\n  approver: "@prr"\n',
      'keps/prod-readiness/sig-node/11.yaml': 'kep-number: 11\nalpha:\n  approver: "@prr"\n',
      'keps/prod-readiness/sig-node/12.yaml': 'kep-number: 12\nalpha:\n  approver: "@prr"\n',
      'keps/prod-readiness/sig-node/13.yaml': 'kep-number: 13\nalpha:\n  approver: "@prr"\n',
      'keps/prod-readiness/sig-node/14.yaml': 'kep-number: 14\nalpha:\n  approver: "@prr"\n'
    }
    const root = writeRepo(files)
    const settings = await loadSettings({ root, preset: 'kubernetes', severity: { toc: 'off', 'template-sections': 'off' } })
    const repository = await readRepository(settings, new FileSystemTree(root), { mayCheck: EVERY_KEP })
    const kept = new Map(repository.documents.map(d => [d.file, (d.metadata as unknown as { positionsCache?: unknown }).positionsCache !== undefined]))
    // All pass the schema: none keeps its positions for a schema finding.
    expect(repository.documents.every(d => repository.schemaValid!.has(d.metadata!.data as object))).toBe(true)
    expect(kept).toEqual(
      new Map([
        ['keps/sig-node/10-other-stage/kep.yaml', true],
        ['keps/sig-node/11-missing/kep.yaml', true],
        ['keps/sig-node/12-by-number/kep.yaml', false],
        ['keps/sig-node/13-unknown-number/kep.yaml', true],
        ['keps/sig-node/14-itself/kep.yaml', true],
        ['keps/sig-node/7-clean/kep.yaml', false],
        ['keps/sig-node/8-handle/kep.yaml', true],
        ['keps/sig-node/9-unapproved/kep.yaml', true]
      ])
    )
    // Each KEP kept them for the finding it has: the guess is the rules' own condition.
    const result = await validate({ ...settings, indexFile: null }, { head: new FileSystemTree(root) })
    const found = (file: string) => [...new Set(result.diagnostics.filter(d => d.file === file && ['handle-at', 'prod-readiness', 'reference-exists'].includes(d.rule)).map(d => d.rule))]
    expect(found('keps/sig-node/7-clean/kep.yaml')).toEqual([])
    expect(found('keps/sig-node/8-handle/kep.yaml')).toEqual(['handle-at'])
    expect(found('keps/sig-node/9-unapproved/kep.yaml')).toEqual(['prod-readiness'])
    expect(found('keps/sig-node/10-other-stage/kep.yaml')).toEqual(['prod-readiness'])
    expect(found('keps/sig-node/11-missing/kep.yaml')).toEqual(['reference-exists'])
    expect(found('keps/sig-node/12-by-number/kep.yaml')).toEqual([])
    expect(found('keps/sig-node/13-unknown-number/kep.yaml')).toEqual(['reference-exists'])
    expect(found('keps/sig-node/14-itself/kep.yaml')).toEqual(['reference-exists'])
  })
})

describe("positions foreseen from the data and the lifecycle's states", () => {
  // number-assigned and superseded-by-required find by the lifecycle's states (KEP-1's here).
  it('are asked for where the number and the status disagree, or a replaced KEP names no successor, and nowhere else', async () => {
    const settings = await loadSettings({ root: writeRepo({}), preset: 'kep-0001' })
    const reading = { kepFolders: new Set(['sig-node']), listedNumbers: new Set([7, 43]), lifecycle: settings.lifecycle }
    const wanted = (data: Record<string, unknown>) => positionsWanted(settings)({ file: 'sig-node/0007-a.md', text: '', fields: { title: 'A', authors: ['@a'], ...data } }, reading)
    expect(wanted({ 'kep-number': 7, status: 'Draft' })).toBe(true)
    expect(wanted({ 'kep-number': 'draft-20240115', status: 'Approved' })).toBe(true)
    expect(wanted({ 'kep-number': 'draft-20240115', status: 'Draft' })).toBe(false)
    expect(wanted({ 'kep-number': 7, status: 'Approved' })).toBe(false)
    expect(wanted({ 'kep-number': 7, status: 'Replaced' })).toBe(true)
    expect(wanted({ 'kep-number': 7, status: 'Replaced', 'superseded-by': [] })).toBe(true)
    expect(wanted({ 'kep-number': 7, status: 'Replaced', 'superseded-by': ['KEP-43'] })).toBe(false)
  })
})

describe('the number a KEP is named with', () => {
  // reference-exists guesses from the listing which numbers the KEPs will hold.
  it("is its file's leading number, or else its folder's", () => {
    expect(numberInPath('sig-node/0043-pod-priority.md')).toBe(43)
    expect(numberInPath('keps/sig-node/1539-hugepages/kep.yaml')).toBe(1539)
    expect(numberInPath('keps/sig-node/1539-hugepages/README.md')).toBe(1539)
    expect(numberInPath('teps/0001-tekton-community-process.md')).toBe(1)
    expect(numberInPath('enhancements/network/ovn-kubernetes.md')).toBeUndefined()
    expect(numberInPath('keps/NNNN-kep-template/kep.yaml')).toBeUndefined()
    expect(numberInPath('keps/sig-node/0000-draft/kep.yaml')).toBeUndefined()
    expect(numberInPath('sig-node/12abc.md')).toBeUndefined()
  })
})

describe('the schema', () => {
  it('validates each KEP once: what failed it while it was read is reported from the errors found then', async () => {
    const files = {
      'keps/sig-node/7-valid/kep.yaml': kepYaml({ 'kep-number': '7', title: 'Valid' }),
      'keps/sig-node/8-invalid/kep.yaml': kepYaml({ 'kep-number': '8', title: 'Invalid', status: 'draft' }),
      'keps/prod-readiness/sig-node/7.yaml': 'kep-number: 7\nalpha:\n  approver: "@prr"\n',
      'keps/prod-readiness/sig-node/8.yaml': 'kep-number: 8\nalpha:\n  approver: "@prr"\n'
    }
    const root = writeRepo(files)
    const settings = await loadSettings({ root, preset: 'kubernetes', severity: { toc: 'off', 'template-sections': 'off' } })
    const schema = countingSchema(settings.schema.validate)
    const result = await validate({ ...settings, schema: { ...settings.schema, validate: schema.validate }, indexFile: null }, { head: new FileSystemTree(root) })
    expect(result.diagnostics.filter(d => d.rule.startsWith('schema/')).map(d => [d.file, d.rule])).toEqual([['keps/sig-node/8-invalid/kep.yaml', 'schema/status']])
    expect(schema.titles).toEqual(['Valid', 'Invalid'])
  })
})

describe('remark', () => {
  it('is not loaded by a run whose README rules are turned off', async () => {
    const root = writeRepo({ 'keps/sig-node/7-a/kep.yaml': kepYaml({ 'kep-number': '7', title: 'A' }), 'keps/sig-node/7-a/README.md': '# A\n' })
    const settings = await loadSettings({ root, preset: 'kubernetes', severity: { toc: 'off', 'template-sections': 'off' } })
    expect(Object.keys(settings.rules)).toEqual(expect.arrayContaining(['toc', 'template-sections']))
    const result = await validate({ ...settings, indexFile: null }, { head: new FileSystemTree(root) })
    expect(result.diagnostics.some(d => d.rule === 'toc')).toBe(false)
    expect(markdownParserLoaded()).toBe(false)
    // With them on, the same run loads it (and finds the README's missing table of contents).
    const on = await loadSettings({ root, preset: 'kubernetes' })
    const checked = await validate({ ...on, indexFile: null }, { head: new FileSystemTree(root) })
    expect(checked.diagnostics.some(d => d.rule === 'toc')).toBe(true)
    expect(markdownParserLoaded()).toBe(true)
  })
})

describe('KEPs a pull request does not touch', () => {
  // readRun tells readRepository, from the changed paths, which KEPs the run may check: the
  // others are read for their fields only. A KEP the hint misses is still checked in full.
  it('are not validated against the schema while read, and the KEPs the change checks are reported at their lines', async () => {
    const renumbered = kepYaml({ 'kep-number': '20', title: 'Renumbered', stage: 'beta', milestone: '\n  alpha: "v1.29"\n  beta: "v1.30"' })
    const lineOf = (text: string, line: string) => text.split('\n').indexOf(line) + 1
    const root = writeRepo({
      // Invalid from before, and untouched: the run does not check it, nor validate it.
      'keps/sig-node/7-untouched/kep.yaml': kepYaml({ 'kep-number': '7', title: 'Untouched', status: 'draft' }),
      'keps/sig-node/8-edited/kep.yaml': kepYaml({ 'kep-number': '8', title: 'Edited' }),
      // Numbered apart from its folder: its changed approval (20.yaml) makes it a target the hint cannot foresee.
      'keps/sig-node/9-renumbered/kep.yaml': renumbered,
      'keps/prod-readiness/sig-node/7.yaml': 'kep-number: 7\nalpha:\n  approver: "@prr"\n',
      'keps/prod-readiness/sig-node/8.yaml': 'kep-number: 8\nalpha:\n  approver: "@prr"\n',
      'keps/prod-readiness/sig-node/20.yaml': 'kep-number: 20\nalpha:\n  approver: "@prr"\nbeta:\n  approver: "@prr"\n'
    })
    initRepo(root)
    // The change: KEP 8 gets an invalid status, and KEP 20 loses its beta approval.
    const edited = kepYaml({ 'kep-number': '8', title: 'Edited', status: 'draft' })
    writeFileSync(join(root, 'keps/sig-node/8-edited/kep.yaml'), edited)
    writeFileSync(join(root, 'keps/prod-readiness/sig-node/20.yaml'), 'kep-number: 20\nalpha:\n  approver: "@prr"\n')
    const settings = await loadSettings({ root, preset: 'kubernetes', severity: { toc: 'off', 'template-sections': 'off' } })
    const schema = countingSchema(settings.schema.validate)
    const base = git(root, 'rev-parse', 'HEAD').trim()
    const result = await validate(
      { ...settings, schema: { ...settings.schema, validate: schema.validate }, indexFile: null },
      { head: new FileSystemTree(root), changes: { base: new GitTree(root, base, ''), files: gitChanges(root, base) } }
    )
    expect(result.checked).toEqual(['keps/sig-node/8-edited/kep.yaml', 'keps/sig-node/9-renumbered/kep.yaml'])
    // While the head was read, only the edited KEP was validated (the renumbered one is missed
    // by the hint, and validated when the schema rule runs on it); the untouched one never.
    expect(schema.titles.slice(0, 1)).toEqual(['Edited'])
    expect(schema.titles).not.toContain('Untouched')
    expect(schema.titles).toContain('Renumbered')
    const readWith = (file: string) => {
      const data = result.repository.documents.find(d => d.file === file)!.metadata!.data as object
      return result.repository.schemaErrors!.has(data) ? 'errors' : result.repository.schemaValid!.has(data) ? 'valid' : 'not validated'
    }
    expect(['7-untouched', '8-edited', '9-renumbered'].map(kep => readWith(`keps/sig-node/${kep}/kep.yaml`))).toEqual(['not validated', 'errors', 'not validated'])
    const found = result.diagnostics.filter(d => !d.preexisting).map(d => [d.file, d.rule, d.line])
    expect(found).toEqual([
      ['keps/sig-node/8-edited/kep.yaml', 'schema/status', lineOf(edited, 'status: draft')],
      ['keps/sig-node/9-renumbered/kep.yaml', 'prod-readiness', lineOf(renumbered, 'stage: beta')]
    ])
  })
})

describe('KEPs beside a changed one', () => {
  // The hint is what readRun will pick, not the changed files' folders: in KEP-1's layout every
  // KEP of a SIG shares one folder, and kubernetes' OWNERS and README.md change their own KEPs.
  async function changed(root: string, settings: Settings, edit: () => void): Promise<{ titles: string[]; checked: string[]; validatedWhileRead: string[] }> {
    initRepo(root)
    edit()
    const schema = countingSchema(settings.schema.validate)
    const base = git(root, 'rev-parse', 'HEAD').trim()
    const result = await validate(
      { ...settings, schema: { ...settings.schema, validate: schema.validate }, indexFile: null },
      { head: new FileSystemTree(root), changes: { base: new GitTree(root, base, ''), files: gitChanges(root, base) } }
    )
    const { documents, schemaValid, schemaErrors } = result.repository
    const validatedWhileRead = documents.filter(doc => schemaValid!.has(doc.metadata!.data as object) || schemaErrors!.has(doc.metadata!.data as object)).map(doc => doc.file)
    return { titles: schema.titles, checked: result.checked, validatedWhileRead }
  }

  it('in the same folder are not validated while read, when the change is one KEP file', async () => {
    const root = writeRepo({ 'sig-node/0042-a.md': frontMatterKep(fields({ 'kep-number': '42', title: 'A' })), 'sig-node/0043-b.md': frontMatterKep(fields({ 'kep-number': '43', title: 'B' })) })
    const settings = await loadSettings({ root, preset: 'kep-0001' })
    const run = await changed(root, settings, () => writeFileSync(join(root, 'sig-node/0042-a.md'), frontMatterKep(fields({ 'kep-number': '42', title: 'A2' }))))
    expect(run.checked).toEqual(['sig-node/0042-a.md'])
    // The changed KEP while read (A2), then its base version, checked to tell what the change brought (A).
    expect(run.titles).toEqual(['A2', 'A'])
    expect(run.validatedWhileRead).toEqual(['sig-node/0042-a.md'])
  })

  it("are validated while read where the change is a KEP's README or its folder's OWNERS", async () => {
    const files = {
      'keps/sig-node/7-readme/kep.yaml': kepYaml({ 'kep-number': '7', title: 'Readme' }),
      'keps/sig-node/7-readme/README.md': '# Readme\n',
      'keps/sig-node/8-owners/kep.yaml': kepYaml({ 'kep-number': '8', title: 'Owners', reviewers: '\n  - "@reviewer" # sig-node-assigned-reviewer' }),
      'keps/sig-node/8-owners/OWNERS': 'reviewers:\n  - reviewer\napprovers:\n  - approver\n',
      'keps/sig-node/9-untouched/kep.yaml': kepYaml({ 'kep-number': '9', title: 'Untouched' })
    }
    const root = writeRepo(files)
    const settings = await loadSettings({ root, preset: 'kubernetes', severity: { toc: 'off', 'template-sections': 'off', 'prod-readiness': 'off' } })
    const run = await changed(root, settings, () => {
      writeFileSync(join(root, 'keps/sig-node/7-readme/README.md'), '# Readme, edited\n')
      writeFileSync(join(root, 'keps/sig-node/8-owners/OWNERS'), 'reviewers:\n  - someone\napprovers:\n  - approver\n')
    })
    expect(run.checked).toEqual(['keps/sig-node/7-readme/kep.yaml', 'keps/sig-node/8-owners/kep.yaml'])
    expect(run.validatedWhileRead).toEqual(['keps/sig-node/7-readme/kep.yaml', 'keps/sig-node/8-owners/kep.yaml'])
    expect(run.titles).not.toContain('Untouched')
  })
})

describe('KEPs a selection of paths leaves out', () => {
  it('are not validated while read; the selected ones are, and reported at their lines', async () => {
    const selected = kepYaml({ 'kep-number': '8', title: 'Selected', status: 'draft' })
    const root = writeRepo({
      'keps/sig-node/7-other/kep.yaml': kepYaml({ 'kep-number': '7', title: 'Other', status: 'draft' }),
      'keps/sig-node/8-selected/kep.yaml': selected
    })
    const settings = await loadSettings({ root, preset: 'kubernetes', severity: { toc: 'off', 'template-sections': 'off', 'prod-readiness': 'off' } })
    const schema = countingSchema(settings.schema.validate)
    const result = await validate({ ...settings, schema: { ...settings.schema, validate: schema.validate }, indexFile: null }, { head: new FileSystemTree(root), paths: [{ path: 'keps/sig-node/8-selected', directory: true }] })
    expect(result.checked).toEqual(['keps/sig-node/8-selected/kep.yaml'])
    expect(schema.titles).toEqual(['Selected'])
    expect(result.diagnostics.map(d => [d.file, d.rule, d.line])).toEqual([['keps/sig-node/8-selected/kep.yaml', 'schema/status', selected.split('\n').indexOf('status: draft') + 1]])
  })
})

describe('commands that report no problem of the KEPs', () => {
  it('read them without validating them: index and report print the same as ever', async () => {
    const root = writeRepo({
      'keps/sig-node/7-a/kep.yaml': kepYaml({ 'kep-number': '7', title: 'A', status: 'implementable' }),
      // Invalid: still listed, as the index and reports always listed what they could read.
      'keps/sig-node/8-b/kep.yaml': kepYaml({ 'kep-number': '8', title: 'B', status: 'draft' })
    })
    const settings = await loadSettings({ root, preset: 'kubernetes', indexFile: 'index.md' })
    const schema = countingSchema(settings.schema.validate)
    const counted = { ...settings, schema: { ...settings.schema, validate: schema.validate } }
    let printed = ''
    const io = { cwd: root, stdout: (text: string) => void (printed += text), stderr: () => {} }
    expect(await runIndex(io, counted, 'print')).toBe(0)
    expect(printed).toContain('| 8 | [B](keps/sig-node/8-b/kep.yaml) | draft |')
    printed = ''
    expect(await runReport(io, counted, 'roadmap', { format: 'json' })).toBe(0)
    expect(JSON.parse(printed).roadmap.length).toBeGreaterThan(0)
    expect(schema.titles).toEqual([])
  })
})
