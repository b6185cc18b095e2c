import { afterAll, describe, expect, it } from '@jest/globals'
import { symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { validate } from '../src/validate/validate.js'
import { FileSystemTree } from '../src/tree/fileSystemTree.js'
import { loadSettings } from '../src/config/settings.js'
import { byRule, check, fields, frontMatterKep, lineOf, removeRepos, writeRepo } from './helpers/repo.js'

afterAll(removeRepos)

function kepFile(number: number | string, title = 'Pod Overhead', sig = 'sig-node'): string {
  const prefix = typeof number === 'number' ? String(number).padStart(4, '0') : number
  return `${sig}/${prefix}-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.md`
}

describe('number-assigned', () => {
  it.each(['Approved', 'Final', 'Replaced'])('needs an assigned number in %s', async status => {
    const kep = frontMatterKep(fields({ 'kep-number': 'draft-20240115', status, 'superseded-by': status === 'Replaced' ? '\n  - KEP-7' : null }))
    const diagnostics = await check({ [kepFile('draft-20240115')]: kep, [kepFile(7, 'Other')]: frontMatterKep(fields({ 'kep-number': '7', title: 'Other' })) })
    expect(byRule(diagnostics, 'number-assigned')).toEqual([expect.objectContaining({ line: lineOf(kep, 'kep-number:'), column: 13, expected: ['8'] })])
  })

  it('lets a Draft keep its draft number', async () => {
    const kep = frontMatterKep(fields({ 'kep-number': 'draft-20240115', status: 'Draft' }))
    expect(await check({ [kepFile('draft-20240115')]: kep })).toEqual([])
  })
})

describe('draft-date', () => {
  it('requires the draft date to equal creation-date', async () => {
    const kep = frontMatterKep(fields({ 'kep-number': 'draft-20240116', status: 'Draft' }))
    const diagnostics = await check({ [kepFile('draft-20240116')]: kep })
    expect(byRule(diagnostics, 'draft-date')).toEqual([expect.objectContaining({ line: lineOf(kep, 'kep-number:'), column: 13, expected: ['draft-20240115'] })])
  })

  it('rejects a draft date that is not a real date', async () => {
    const kep = frontMatterKep(fields({ 'kep-number': 'draft-20240231', status: 'Draft' }))
    const [found] = byRule(await check({ [kepFile('draft-20240231')]: kep }), 'draft-date')
    expect(found.message).toContain('does not hold a real date')
  })
})

describe('date-order', () => {
  it('reports last-updated before creation-date at last-updated', async () => {
    const kep = frontMatterKep(fields({ 'last-updated': '2024-01-14' }))
    expect(byRule(await check({ [kepFile(42)]: kep }), 'date-order')).toEqual([expect.objectContaining({ line: lineOf(kep, 'last-updated:'), column: 15, expected: ['2024-01-15'] })])
  })

  it('accepts the same day', async () => {
    expect(await check({ [kepFile(42)]: frontMatterKep(fields({ 'last-updated': '2024-01-15' })) })).toEqual([])
  })
})

describe('superseded-by-required', () => {
  it('reports a Replaced KEP with no superseded-by at its status', async () => {
    const kep = frontMatterKep(fields({ status: 'Replaced' }))
    expect(byRule(await check({ [kepFile(42)]: kep }), 'superseded-by-required')).toEqual([expect.objectContaining({ line: lineOf(kep, 'status:'), column: 9 })])
  })
})

describe('references between KEPs', () => {
  const replaced = frontMatterKep(fields({ 'kep-number': '4', title: 'Old', status: 'Replaced', 'superseded-by': '\n  - KEP-5' }))
  const replacing = frontMatterKep(fields({ 'kep-number': '5', title: 'New', status: 'Final', replaces: '\n  - KEP-4' }))

  it('accepts reciprocal replaces and superseded-by', async () => {
    expect(await check({ [kepFile(4, 'Old')]: replaced, [kepFile(5, 'New')]: replacing })).toEqual([])
  })

  it('reports a one-sided replaces where it is written, naming the file to fix', async () => {
    const oneSided = frontMatterKep(fields({ 'kep-number': '4', title: 'Old', status: 'Final' }))
    const diagnostics = await check({ [kepFile(4, 'Old')]: oneSided, [kepFile(5, 'New')]: replacing })
    expect(byRule(diagnostics, 'replaces-reciprocal')).toEqual([expect.objectContaining({ file: kepFile(5, 'New'), line: lineOf(replacing, '  - KEP-4'), column: 5 })])
    expect(diagnostics[0].message).toContain(`${kepFile(4, 'Old')} does not list KEP-5 in superseded-by`)
  })

  it('reports a one-sided superseded-by where it is written', async () => {
    const plain = frontMatterKep(fields({ 'kep-number': '5', title: 'New', status: 'Final' }))
    const diagnostics = await check({ [kepFile(4, 'Old')]: replaced, [kepFile(5, 'New')]: plain })
    expect(byRule(diagnostics, 'replaces-reciprocal')).toEqual([expect.objectContaining({ file: kepFile(4, 'Old'), line: lineOf(replaced, '  - KEP-5') })])
  })

  it('reports references to KEPs that do not exist, and to itself', async () => {
    const kep = frontMatterKep(fields({ 'see-also': '\n  - KEP-42\n  - KEP-99' }))
    const found = byRule(await check({ [kepFile(42)]: kep }), 'reference-exists')
    expect(found.map(d => [d.line, d.column])).toEqual([
      [lineOf(kep, '  - KEP-42'), 5],
      [lineOf(kep, '  - KEP-99'), 5]
    ])
    expect(found[0].message).toContain('this KEP itself')
    expect(found[1].message).toContain('no KEP in this repository has kep-number 99')
  })
})

describe('number-unique', () => {
  it('reports every KEP that shares an assigned number', async () => {
    const a = frontMatterKep(fields({ title: 'A' }))
    const b = frontMatterKep(fields({ title: 'B' }))
    const diagnostics = byRule(await check({ [kepFile(42, 'A')]: a, [kepFile(42, 'B')]: b }), 'number-unique')
    expect(diagnostics.map(d => [d.file, d.line])).toEqual([
      [kepFile(42, 'A'), lineOf(a, 'kep-number:')],
      [kepFile(42, 'B'), lineOf(b, 'kep-number:')]
    ])
    expect(diagnostics[0].message).toContain(kepFile(42, 'B'))
    expect(diagnostics[0].expected).toEqual(['43'])
  })

  it('lets drafts of the same day share a draft number', async () => {
    const draft = (title: string) => frontMatterKep(fields({ 'kep-number': 'draft-20240115', title, status: 'Draft' }))
    expect(await check({ [kepFile('draft-20240115', 'A')]: draft('A'), [kepFile('draft-20240115', 'B')]: draft('B') })).toEqual([])
  })
})

describe('folders', () => {
  it('reports an owning-sig that is not the SIG folder', async () => {
    const kep = frontMatterKep(fields({ 'owning-sig': 'sig-apps' }))
    expect(byRule(await check({ [kepFile(42)]: kep }), 'folder-sig')).toEqual([expect.objectContaining({ line: lineOf(kep, 'owning-sig:'), column: 13, expected: ['sig-node'] })])
  })

  it('accepts any owning-sig in the newcomers folder', async () => {
    expect(await check({ [kepFile(42, 'Pod Overhead', 'unsorted-to-be-used-by-newcomers-only')]: frontMatterKep(fields({ 'owning-sig': 'sig-apps' })) })).toEqual([])
  })

  it('reports a status that does not match the status folder', async () => {
    const kep = frontMatterKep(fields({ status: 'Approved' }))
    expect(byRule(await check({ [`sig-node/deferred/${kepFile(42).split('/')[1]}`]: kep }), 'folder-status')).toEqual([expect.objectContaining({ line: lineOf(kep, 'status:'), expected: ['Deferred'] })])
  })

  it('reports a Deferred KEP outside a deferred folder, also below a subproject', async () => {
    // Only Draft leads to Deferred: a Deferred KEP keeps its draft number.
    const kep = frontMatterKep(fields({ status: 'Deferred', 'kep-number': 'draft-20240115' }))
    const [found] = byRule(await check({ 'sig-node/draft-20240115-pod-overhead.md': kep }), 'folder-status')
    expect(found.message).toContain('move the file to sig-node/deferred/')
    expect(await check({ 'sig-node/kubelet/deferred/draft-20240115-pod-overhead.md': kep })).toEqual([])
  })

  it("follows the lifecycle's folders", async () => {
    const kep = frontMatterKep(fields({ status: 'retired' }))
    expect(await check({ 'sig-node/retired/0042-pod-overhead.md': kep }, { lifecycle: 'kep-0001-workflow' })).toEqual([])
    const misplaced = byRule(await check({ 'sig-node/orphaned/0042-pod-overhead.md': kep }, { lifecycle: 'kep-0001-workflow' }), 'folder-status')
    expect(misplaced).toEqual([expect.objectContaining({ expected: ['orphaned'] })])
    expect(misplaced[0].message).toContain('move the file to sig-node/retired/')
  })
})

describe('file-name', () => {
  it('warns when the name does not carry the number and the title slug', async () => {
    const diagnostics = await check({ 'sig-node/pod-overhead.md': frontMatterKep(fields()) })
    expect(diagnostics).toEqual([expect.objectContaining({ rule: 'file-name', severity: 'warning', line: 1, expected: ['0042-pod-overhead.md'] })])
  })
})

describe('discovery', () => {
  it('finds KEPs in SIG, working-group and newcomer folders, and nothing else', async () => {
    const root = writeRepo({
      '0000-kep-template.md': '# template',
      'index.md': '# index',
      'README.md': '# readme',
      'sig-node/README.md': '# readme',
      'sig-node/0042-pod-overhead.md': frontMatterKep(fields()),
      'wg-x/notes.md': '# no metadata',
      'docs/guide.md': '# not under a SIG',
      'sig-node/image.png': 'binary'
    })
    const settings = await loadSettings({ root })
    const result = await validate({ ...settings, indexFile: null }, { head: new FileSystemTree(settings.root) })
    expect(result.checked).toEqual(['sig-node/0042-pod-overhead.md', 'wg-x/notes.md'])
    expect(result.diagnostics).toEqual([expect.objectContaining({ file: 'wg-x/notes.md', rule: 'metadata-missing' })])
  })

  it('takes other globs from the settings', async () => {
    const root = writeRepo({ 'proposals/0042-pod-overhead.md': frontMatterKep(fields()), 'sig-node/0043-x.md': '# x' })
    const settings = await loadSettings({ root, include: ['proposals/*.md'] })
    expect((await validate({ ...settings, indexFile: null }, { head: new FileSystemTree(settings.root) })).checked).toEqual(['proposals/0042-pod-overhead.md'])
  })

  it('reports a symlinked KEP and never reads through it', async () => {
    const outside = writeRepo({ 'secret.md': frontMatterKep(fields()) })
    const root = writeRepo({})
    symlinkSync(join(outside, 'secret.md'), join(root, 'sig-node-link.md'))
    const settings = await loadSettings({ root, include: ['*.md'] })
    const result = await validate({ ...settings, indexFile: null }, { head: new FileSystemTree(settings.root) })
    expect(result.diagnostics).toEqual([expect.objectContaining({ file: 'sig-node-link.md', rule: 'file-symlink' })])
    expect(result.repository.documents).toEqual([])
  })
})
