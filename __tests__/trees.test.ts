import { afterAll, describe, expect, it } from '@jest/globals'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { CommitInWorkspaceTree } from '../src/tree/commitInWorkspaceTree.js'
import { FileSystemTree } from '../src/tree/fileSystemTree.js'
import { GitTree } from '../src/tree/gitTree.js'
import { OverlayTree } from '../src/tree/overlayTree.js'
import { fields, frontMatterKep, removeRepos, writeRepo } from './helpers/repo.js'
import { git, initRepo } from './helpers/git.js'
import { pullRequestPayload, runAction } from './helpers/runAction.js'
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

afterAll(removeRepos)

const KEP = (n: number, title: string) => frontMatterKep(fields({ 'kep-number': String(n), title }))

/** A repository at a commit, and a workspace that differs from it in the ways a checkout can. */
function commitAndWorkspace() {
  const root = writeRepo({
    'sig-node/0001-same.md': KEP(1, 'Same'),
    'sig-node/0002-edited.md': KEP(2, 'Abcd'),
    'sig-node/0003-crlf.md': KEP(3, 'Line endings'),
    'sig-node/0004-deleted.md': KEP(4, 'Deleted'),
    '.gitattributes': 'sig-node/0003-crlf.md text eol=crlf\n'
  })
  initRepo(root)
  const commit = git(root, 'rev-parse', 'HEAD').trim()
  // An edit of the same size (git must look at the content), a deletion, and a line-ending
  // conversion that git reports as no change but that changes the file's bytes.
  writeFileSync(join(root, 'sig-node/0002-edited.md'), KEP(2, 'Wxyz'))
  rmSync(join(root, 'sig-node/0003-crlf.md'))
  git(root, 'checkout', '--', 'sig-node/0003-crlf.md')
  git(root, 'rm', '-q', '--cached', 'sig-node/0004-deleted.md')
  git(root, 'commit', '-q', '-m', 'index only')
  const tree = new CommitInWorkspaceTree(new GitTree(root, commit, '', { sizes: true }), new FileSystemTree(root))
  return { root, commit, tree }
}

describe('a commit read through its workspace', () => {
  it("reads the commit's bytes for every file, whichever way it reads them", () => {
    const { tree } = commitAndWorkspace()
    const files = tree.readFiles(['sig-node/0001-same.md', 'sig-node/0002-edited.md', 'sig-node/0003-crlf.md', 'sig-node/0004-deleted.md'])
    expect(files.get('sig-node/0001-same.md')!.toString()).toBe(KEP(1, 'Same'))
    expect(files.get('sig-node/0002-edited.md')!.toString()).toBe(KEP(2, 'Abcd'))
    expect(files.get('sig-node/0003-crlf.md')!.toString()).toBe(KEP(3, 'Line endings'))
    expect(files.get('sig-node/0004-deleted.md')!.toString()).toBe(KEP(4, 'Deleted'))
    const heads = new Map<string, string>()
    tree.readHeads(['sig-node/0001-same.md', 'sig-node/0002-edited.md'], 16, (path, content) => heads.set(path, 'head' in content ? content.head.toString() : String(content)))
    expect(heads).toEqual(
      new Map([
        ['sig-node/0001-same.md', KEP(1, 'Same').slice(0, 16)],
        ['sig-node/0002-edited.md', KEP(2, 'Abcd')]
      ])
    )
  })

  it('takes from the workspace exactly the files git finds unchanged there, byte for byte', () => {
    const { root, tree } = commitAndWorkspace()
    expect(git(root, 'diff', '--name-only', 'HEAD~1').trim().split('\n').sort()).toEqual(['sig-node/0002-edited.md', 'sig-node/0004-deleted.md'])
    expect(readFileSync(join(root, 'sig-node/0003-crlf.md'), 'utf8')).toBe(KEP(3, 'Line endings').replace(/\n/g, '\r\n'))
    expect(['sig-node/0001-same.md', 'sig-node/0002-edited.md', 'sig-node/0003-crlf.md', 'sig-node/0004-deleted.md', '.gitattributes'].map(path => tree.readsFromWorkspace(path))).toEqual([true, false, false, false, true])
  })

  it('does not trust files that git was told not to look at', () => {
    const { root, tree } = commitAndWorkspace()
    git(root, 'update-index', '--assume-unchanged', 'sig-node/0001-same.md')
    writeFileSync(join(root, 'sig-node/0001-same.md'), KEP(1, 'S4me'))
    expect(git(root, 'diff', '--name-only', 'HEAD~1', '--', 'sig-node/0001-same.md')).toBe('')
    expect(tree.readsFromWorkspace('sig-node/0001-same.md')).toBe(false)
    expect(tree.readFiles(['sig-node/0001-same.md']).get('sig-node/0001-same.md')!.toString()).toBe(KEP(1, 'Same'))
  })

  it('lists what the commit holds, not what the workspace holds', () => {
    const { root, tree } = commitAndWorkspace()
    writeFileSync(join(root, 'sig-node/0005-untracked.md'), KEP(5, 'Untracked'))
    expect(
      tree
        .list()
        .map(entry => entry.path)
        .sort()
    ).toEqual(['.gitattributes', 'sig-node/0001-same.md', 'sig-node/0002-edited.md', 'sig-node/0003-crlf.md', 'sig-node/0004-deleted.md'])
  })
})

describe('the action on a pull request, with the workspace at the merge commit', () => {
  const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
  const writeIndex = (root: string) => expect(spawnSync(process.execPath, [CLI, 'index', '--write', '--root', root]).status).toBe(0)

  it("judges the pull request's head: what differs in the workspace is read from git", async () => {
    const root = writeRepo({ 'sig-node/0001-first.md': KEP(1, 'First'), 'sig-node/0002-second.md': KEP(2, 'Second') })
    writeIndex(root)
    initRepo(root)
    git(root, 'checkout', '-q', '-b', 'feature')
    writeFileSync(join(root, 'sig-node/0001-first.md'), frontMatterKep(fields({ 'kep-number': '1', title: 'First', status: 'Final' })))
    writeIndex(root)
    git(root, 'commit', '-q', '-am', 'KEP 1 is final')
    const headSha = git(root, 'rev-parse', 'HEAD').trim()
    git(root, 'checkout', '-q', 'main')
    git(root, 'commit', '-q', '--allow-empty', '-m', 'main moves on')
    const baseSha = git(root, 'rev-parse', 'HEAD').trim()
    git(root, 'merge', '-q', '--no-ff', '--no-edit', 'feature')
    // Not in the pull request: a change in the workspace only, of the same size (only git can
    // tell it). Read from there, it would make the head's index.md look stale.
    writeFileSync(join(root, 'sig-node/0002-second.md'), KEP(2, 'Sec0nd'))
    const run = await runAction({ workspace: root, event: { name: 'pull_request', payload: pullRequestPayload(7, baseSha, headSha) } })
    expect(run.stdout).toMatch(/read the changes with git: 2 files changed/)
    expect(run.outputs['index-state']).toBe('fresh')
    expect(JSON.parse(run.outputs['changed-keps'])).toEqual([{ file: 'sig-node/0001-first.md', kind: 'modified', from: 'Approved', to: 'Final' }])
    expect(run.outputs.errors).toBe('0')
    expect(run.code).toBe(0)
  })
})

describe('a pull request fetched through the API, over the workspace', () => {
  it('reads fetched files whole, the workspace by heads, and a removed file as missing', () => {
    const body = 'x'.repeat(5000)
    const root = writeRepo({ 'sig-node/0001-big.md': KEP(1, 'Big') + body, 'sig-node/0002-fetched.md': KEP(2, 'Old'), 'sig-node/0003-removed.md': KEP(3, 'Gone') })
    const tree = new OverlayTree('head', new Map([['sig-node/0002-fetched.md', Buffer.from(KEP(2, 'New'))]]), { under: new FileSystemTree(root), removed: new Set(['sig-node/0003-removed.md']) })
    const seen = new Map<string, string>()
    tree.readHeads(['sig-node/0001-big.md', 'sig-node/0002-fetched.md', 'sig-node/0003-removed.md'], 64, (path, content) =>
      seen.set(path, 'head' in content ? `${content.complete ? 'whole' : 'head'}:${content.head.toString()}` : `error:${content.message}`)
    )
    expect(seen).toEqual(
      new Map([
        ['sig-node/0001-big.md', `head:${(KEP(1, 'Big') + body).slice(0, 64)}`],
        ['sig-node/0002-fetched.md', `whole:${KEP(2, 'New')}`],
        ['sig-node/0003-removed.md', 'error:sig-node/0003-removed.md is not in head']
      ])
    )
    expect(
      tree
        .list()
        .map(entry => entry.path)
        .sort()
    ).toEqual(['sig-node/0001-big.md', 'sig-node/0002-fetched.md'])
  })
})
