import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { check } from '../src/cli/check.js'
import { mergeBase } from '../src/git/gitChanges.js'
import type { Diagnostic } from '../src/core/diagnostic.js'
import { loadLifecycle } from '../src/config/lifecycle.js'
import { loadSettings } from '../src/config/settings.js'
import { byRule, fields, frontMatterKep, lineOf, removeRepos, writeRepo } from './helpers/repo.js'
import { git, initRepo } from './helpers/git.js'

afterAll(removeRepos)

const FILE = 'sig-node/0042-pod-overhead.md'
const DRAFT_FILE = 'sig-node/draft-20240115-pod-overhead.md'

/** A repository whose main branch holds `base`; the working tree of branch "feature" is then edited. */
async function pullRequest(base: Record<string, string>, edit: (root: string) => void, lifecycle?: string) {
  const root = writeRepo(base)
  initRepo(root)
  git(root, 'checkout', '-q', '-b', 'feature')
  edit(root)
  const io = { cwd: root, stdout: () => {}, stderr: () => {} }
  return await check(io, { settings: await loadSettings({ root, lifecycle, indexFile: null }), baseCommit: mergeBase(root, 'main'), format: 'json', paths: [] })
}

function write(root: string, path: string, content: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true })
  writeFileSync(join(root, path), content)
}

function move(root: string, from: string, to: string): void {
  mkdirSync(dirname(join(root, to)), { recursive: true })
  git(root, 'mv', from, to)
}

function rules(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map(d => d.rule)
}

async function statusChange(from: string, to: string, lifecycle?: string) {
  const extra = (status: string) => ({
    status,
    'superseded-by': ['Replaced', 'superseded'].includes(status) ? '\n  - KEP-7' : null
  })
  const other = frontMatterKep(fields({ 'kep-number': '7', title: 'Other', replaces: '\n  - KEP-42' }))
  const before = frontMatterKep(fields(extra(from)))
  const after = frontMatterKep(fields(extra(to)))
  const place = (status: string) => {
    const folder = { Deferred: 'deferred/', Withdrawn: 'orphaned/', deferred: 'deferred/', orphaned: 'orphaned/', retired: 'retired/' }[status] ?? ''
    return `sig-node/${folder}0042-pod-overhead.md`
  }
  const result = await pullRequest(
    { [place(from)]: before, 'sig-node/0007-other.md': other },
    root => {
      if (place(from) !== place(to)) move(root, place(from), place(to))
      write(root, place(to), after)
    },
    lifecycle
  )
  return { result, after, file: place(to) }
}

const lifecycle = await loadLifecycle('kep-0001')

describe('status transitions (kep-0001)', () => {
  const edges = Object.entries(lifecycle.transitions).flatMap(([from, to]) => to.map(next => [from, next]))
  const nonEdges = lifecycle.states.flatMap(from => lifecycle.states.filter(to => to !== from && !lifecycle.transitions[from].includes(to)).map(to => [from, to]))

  it.each(edges)('allows %s → %s', async (from, to) => {
    const { result } = await statusChange(from, to)
    expect(byRule(result.diagnostics, 'status-transition')).toEqual([])
  })

  it.each(nonEdges)('rejects %s → %s at the status line, naming the allowed states', async (from, to) => {
    const { result, after, file } = await statusChange(from, to)
    const found = byRule(result.diagnostics, 'status-transition')
    expect(found).toEqual([expect.objectContaining({ file, line: lineOf(after, 'status:'), column: 9, severity: 'error' })])
    expect(found[0].message).toContain(`status changed from ${from} to ${to}`)
    expect(found[0].expected ?? []).toEqual(lifecycle.transitions[from])
  })

  it('reports the transition in the result', async () => {
    const { result } = await statusChange('Approved', 'Final')
    expect('keps' in result && result.keps).toEqual([{ file: FILE, kind: 'modified', from: 'Approved', to: 'Final' }])
  })
})

describe('a consequence of an illegal transition is not a second problem', () => {
  it('Approved → Draft: one problem (the transition), not also "renumber to a draft number"', async () => {
    const { result, after } = await statusChange('Approved', 'Draft')
    expect(result.diagnostics).toEqual([expect.objectContaining({ rule: 'status-transition', line: lineOf(after, 'status:') })])
    expect(result.diagnostics[0].message).toContain('Approved may change only to Final, Replaced, Withdrawn')
  })

  it('Draft → Final with its draft number: not also "assign a number"', async () => {
    const before = frontMatterKep(fields({ 'kep-number': 'draft-20240115', status: 'Draft' }))
    const result = await pullRequest({ [DRAFT_FILE]: before }, root => write(root, DRAFT_FILE, before.replace('status: Draft', 'status: Final')))
    expect(rules(result.diagnostics)).toEqual(['status-transition'])
  })

  it('Draft → Replaced: not also "add superseded-by"', async () => {
    const before = frontMatterKep(fields({ 'kep-number': 'draft-20240115', status: 'Draft' }))
    const result = await pullRequest({ [DRAFT_FILE]: before }, root => write(root, DRAFT_FILE, before.replace('status: Draft', 'status: Replaced')))
    expect(rules(result.diagnostics)).toEqual(['status-transition'])
  })

  it('a new KEP that starts in a state it may not start in: initial-status alone', async () => {
    const kep = frontMatterKep(fields({ 'kep-number': 'draft-20240115', status: 'Final' }))
    const result = await pullRequest({ 'sig-node/README.md': '# SIG Node' }, root => write(root, DRAFT_FILE, kep))
    expect(rules(result.diagnostics)).toEqual(['initial-status'])
  })

  it('with status-transition off, nothing rejects the status: what follows from it is reported', async () => {
    const root = writeRepo({ [FILE]: frontMatterKep(fields({ status: 'Approved' })) })
    initRepo(root)
    write(root, FILE, frontMatterKep(fields({ status: 'Draft' })))
    const io = { cwd: root, stdout: () => {}, stderr: () => {} }
    const result = await check(io, { settings: await loadSettings({ root, indexFile: null, severity: { 'status-transition': 'off' } }), baseCommit: mergeBase(root, 'main'), format: 'json', paths: [] })
    expect(rules(result.diagnostics)).toEqual(['number-assigned'])
  })

  it('a KEP whose status did not change keeps every finding about it', async () => {
    const kep = frontMatterKep(fields({ status: 'Draft' }))
    const result = await pullRequest({ [FILE]: kep }, root => write(root, FILE, kep.replace('Text.', 'More text.')))
    // Judged as new or not by the base, never dropped: the base had it.
    expect(result.diagnostics).toEqual([expect.objectContaining({ rule: 'number-assigned', preexisting: 'base' })])
  })
})

describe('status transitions (kep-0001-workflow: exactly paths (a)–(k))', () => {
  it.each([
    ['opened', 'accepted', true],
    ['accepted', 'scoped', true],
    ['started', 'implemented', true],
    ['implemented', 'retired', true],
    ['opened', 'scoped', false],
    ['implemented', 'superseded', false],
    ['deferred', 'opened', false]
  ])('%s → %s allowed: %s', async (from, to, allowed) => {
    const { result } = await statusChange(from, to, 'kep-0001-workflow')
    expect(byRule(result.diagnostics, 'status-transition').length === 0).toBe(allowed)
  })
})

describe('new, renamed and deleted KEPs', () => {
  it('requires a new KEP to start in an initial state', async () => {
    const kep = frontMatterKep(fields({ status: 'Final' }))
    const result = await pullRequest({ 'sig-node/README.md': '# SIG Node' }, root => write(root, FILE, kep))
    expect(byRule(result.diagnostics, 'initial-status')).toEqual([expect.objectContaining({ file: FILE, line: lineOf(kep, 'status:'), expected: ['Draft'] })])
  })

  it('accepts a new Draft', async () => {
    const kep = frontMatterKep(fields({ 'kep-number': 'draft-20240115', status: 'Draft' }))
    const result = await pullRequest({ 'sig-node/README.md': '# SIG Node' }, root => write(root, DRAFT_FILE, kep))
    expect(result.diagnostics).toEqual([])
    expect(result.checked).toEqual([DRAFT_FILE])
  })

  it('compares a move into deferred/ with the version it moved from', async () => {
    const before = frontMatterKep(fields({ status: 'Draft', 'kep-number': 'draft-20240115' }))
    const result = await pullRequest({ [DRAFT_FILE]: before }, root => {
      move(root, DRAFT_FILE, 'sig-node/deferred/draft-20240115-pod-overhead.md')
      write(root, 'sig-node/deferred/draft-20240115-pod-overhead.md', before.replace('status: Draft', 'status: Deferred'))
    })
    expect(result.diagnostics).toEqual([])
    expect('keps' in result && result.keps).toEqual([{ file: 'sig-node/deferred/draft-20240115-pod-overhead.md', kind: 'renamed', previousFile: DRAFT_FILE, from: 'Draft', to: 'Deferred' }])
  })

  it('pairs a move that git sees as delete and add by its kep-number', async () => {
    const before = frontMatterKep(fields({ status: 'Approved' }), '# Pod Overhead\n')
    const after = frontMatterKep(fields({ status: 'Rejected' }), `# Rewritten\n\n${'All new text. '.repeat(200)}\n`)
    const result = await pullRequest({ [FILE]: before }, root => {
      rmSync(join(root, FILE))
      write(root, 'sig-node/kubelet/0042-pod-overhead.md', after)
    })
    expect('keps' in result && result.keps).toEqual([{ file: 'sig-node/kubelet/0042-pod-overhead.md', kind: 'renamed', previousFile: FILE, from: 'Approved', to: 'Rejected' }])
    // Rejected is reached only from Draft: that a Rejected KEP has a number follows from the illegal status, and is not a second problem.
    expect(rules(result.diagnostics)).toEqual(['status-transition'])
  })

  it('rejects a deleted KEP, on the file', async () => {
    const result = await pullRequest({ [FILE]: frontMatterKep(fields()), 'sig-node/0043-other.md': frontMatterKep(fields({ 'kep-number': '43', title: 'Other' })) }, root => rmSync(join(root, FILE)))
    expect(result.diagnostics).toEqual([expect.objectContaining({ file: FILE, line: 1, rule: 'file-deleted' })])
    expect(result.diagnostics[0].message).toContain('(status Approved)')
  })

  it('treats a move out of the KEP folders as a deletion', async () => {
    const result = await pullRequest({ [FILE]: frontMatterKep(fields()) }, root => {
      mkdirSync(join(root, 'attic'))
      renameSync(join(root, FILE), join(root, 'attic/0042.md'))
    })
    expect(rules(result.diagnostics)).toEqual(['file-deleted'])
  })

  it('reports a KEP turned into a symbolic link (a type change)', async () => {
    const result = await pullRequest({ [FILE]: frontMatterKep(fields()), 'sig-node/0043-other.md': frontMatterKep(fields({ 'kep-number': '43', title: 'Other' })) }, root => {
      rmSync(join(root, FILE))
      symlinkSync('0043-other.md', join(root, FILE))
    })
    expect(rules(result.diagnostics)).toEqual(['file-symlink'])
    expect('keps' in result && result.keps).toEqual([{ file: FILE, kind: 'type-changed', from: 'Approved' }])
  })

  it('treats a copied KEP as a new one', async () => {
    const { validate } = await import('../src/validate/validate.js')
    const { FileSystemTree } = await import('../src/tree/fileSystemTree.js')
    const root = writeRepo({ [FILE]: frontMatterKep(fields()), 'sig-node/0043-copy.md': frontMatterKep(fields({ 'kep-number': '43', title: 'Copy', status: 'Final' })) })
    const settings = await loadSettings({ root, indexFile: null })
    const tree = new FileSystemTree(root)
    const result = await validate(settings, { head: tree, changes: { base: tree, files: [{ kind: 'copied', path: 'sig-node/0043-copy.md', previousPath: FILE }] } })
    expect(rules(result.diagnostics)).toEqual(['initial-status'])
  })

  it('does not validate KEPs the change does not touch', async () => {
    const broken = frontMatterKep(fields({ 'kep-number': '7', title: 'Broken', status: 'bogus' }))
    const result = await pullRequest({ [FILE]: frontMatterKep(fields()), 'sig-node/0007-broken.md': broken }, root => write(root, FILE, frontMatterKep(fields({ status: 'Final' }))))
    expect(result.checked).toEqual([FILE])
    expect(result.diagnostics).toEqual([])
  })
})

describe('numbers and dates against the base', () => {
  it('rejects a changed assigned number', async () => {
    const after = frontMatterKep(fields({ 'kep-number': '43' }))
    const result = await pullRequest({ [FILE]: frontMatterKep(fields()) }, root => write(root, FILE, after))
    expect(byRule(result.diagnostics, 'number-changed')).toEqual([expect.objectContaining({ line: lineOf(after, 'kep-number:'), column: 13, expected: ['42'] })])
  })

  it('rejects a removed assigned number', async () => {
    const result = await pullRequest({ [FILE]: frontMatterKep(fields()) }, root => write(root, FILE, frontMatterKep(fields({ 'kep-number': null }))))
    const [found] = byRule(result.diagnostics, 'number-changed')
    expect(found.message).toContain('kep-number was 42 and is gone')
  })

  it('allows a draft number to become the next number on the change to Approved', async () => {
    const before = frontMatterKep(fields({ 'kep-number': 'draft-20240115', status: 'Draft' }))
    const result = await pullRequest({ [DRAFT_FILE]: before, 'sig-node/0041-other.md': frontMatterKep(fields({ 'kep-number': '41', title: 'Other' })) }, root => {
      move(root, DRAFT_FILE, FILE)
      write(root, FILE, frontMatterKep(fields({ status: 'Approved' })))
    })
    expect(result.diagnostics).toEqual([])
  })

  it('rejects a number assigned without the change to Approved', async () => {
    const before = frontMatterKep(fields({ 'kep-number': 'draft-20240115', status: 'Draft' }))
    const after = frontMatterKep(fields({ status: 'Draft' }))
    const result = await pullRequest({ [DRAFT_FILE]: before }, root => {
      move(root, DRAFT_FILE, FILE)
      write(root, FILE, after)
    })
    // A Draft with a number is number-assigned's, as it is for a new KEP: reported once, not twice.
    expect(result.diagnostics.map(d => [d.rule, d.line, d.expected])).toEqual([['number-assigned', lineOf(after, 'kep-number:'), ['draft-20240115']]])
  })

  it('rejects a new Draft KEP with a number, as it rejects a changed one', async () => {
    const after = frontMatterKep(fields({ status: 'Draft', 'kep-number': '43' }))
    const result = await pullRequest({ 'sig-node/0001-one.md': frontMatterKep(fields({ 'kep-number': '1', title: 'One', status: 'Final' })) }, root => write(root, 'sig-node/0043-pod-overhead.md', after))
    expect(result.diagnostics.map(d => [d.rule, d.line, d.expected])).toEqual([['number-assigned', lineOf(after, 'kep-number:'), ['draft-20240115']]])
  })

  it('warns when the assigned number is free but not the next one', async () => {
    const before = frontMatterKep(fields({ 'kep-number': 'draft-20240115', status: 'Draft' }))
    const result = await pullRequest({ [DRAFT_FILE]: before, 'sig-node/0007-other.md': frontMatterKep(fields({ 'kep-number': '7', title: 'Other' })) }, root => {
      move(root, DRAFT_FILE, FILE)
      write(root, FILE, frontMatterKep(fields({ status: 'Approved' })))
    })
    expect(byRule(result.diagnostics, 'number-next')).toEqual([expect.objectContaining({ severity: 'warning', expected: ['8'] })])
  })

  it('rejects an assigned number another KEP already has', async () => {
    const before = frontMatterKep(fields({ 'kep-number': 'draft-20240115', status: 'Draft' }))
    const result = await pullRequest({ [DRAFT_FILE]: before, 'sig-node/0042-other.md': frontMatterKep(fields({ title: 'Other' })) }, root => {
      move(root, DRAFT_FILE, FILE)
      write(root, FILE, frontMatterKep(fields({ status: 'Approved' })))
    })
    expect(rules(result.diagnostics)).toContain('number-unique')
  })

  it('rejects a changed creation-date', async () => {
    const after = frontMatterKep(fields({ 'creation-date': '2024-02-01' }))
    const result = await pullRequest({ [FILE]: frontMatterKep(fields()) }, root => write(root, FILE, after))
    expect(byRule(result.diagnostics, 'creation-date-changed')).toEqual([expect.objectContaining({ line: lineOf(after, 'creation-date:'), column: 16, expected: ['2024-01-15'] })])
  })
})
