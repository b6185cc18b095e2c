import { relative, sep } from 'node:path'
import { getFileAtRef } from '../github/getFileAtRef.js'
import { createClient } from '../github/client.js'
import { LIST_FILES_LIMIT, listPullRequestFiles } from '../github/listPullRequestFiles.js'
import { basePath, headPath, type Change } from '../core/change.js'
import { isKepPath } from '../read/findKepFiles.js'
import { git, GitError } from '../git/git.js'
import { gitChangedLines, gitChanges } from '../git/gitChanges.js'
import { headLinesOf, type ChangedLines } from '../core/diffLines.js'
import type { Settings } from '../config/settings.js'
import { FileSystemTree } from '../tree/fileSystemTree.js'
import { GitTree, repositoryPrefix } from '../tree/gitTree.js'
import { CommitInWorkspaceTree } from '../tree/commitInWorkspaceTree.js'
import { OverlayTree } from '../tree/overlayTree.js'
import type { Tree } from '../tree/tree.js'
import type { ComparedEvent, PullRequestEvent } from './event.js'
import { readmeFilesOfChanges } from '../validate/readmeChanges.js'

export interface PullRequestSources {
  changes: Change[]
  head: Tree
  base: Tree
  via: 'git' | 'api'
  /** The lines the diff shows of those of `paths` (root-relative) that the changes touch: where a problem is "on the change". */
  changedLines(paths: readonly string[]): ChangedLines
}

/**
 * The changed lines of the changed files among `paths`: a deleted file is the change's in
 * whole, a moved file without an edit has no line, the others' lines are the diff's.
 */
function changedLinesOf(changes: readonly Change[], paths: readonly string[], diff: (paths: string[], previousPaths: string[]) => Map<string, Set<number> | 'all'>): ChangedLines {
  const byPath = new Map(changes.map(change => [change.path, change]))
  const wanted = [...new Set(paths)].filter(path => byPath.has(path))
  const lines = new Map<string, ReadonlySet<number> | 'all'>()
  const edited = wanted.filter(path => byPath.get(path)!.kind !== 'deleted')
  const found =
    edited.length === 0
      ? new Map()
      : diff(
          edited,
          edited.map(path => byPath.get(path)!.previousPath).filter((path): path is string => path !== undefined)
        )
  for (const path of wanted) lines.set(path, byPath.get(path)!.kind === 'deleted' ? 'all' : (found.get(path) ?? new Set()))
  return lines
}

export type Log = (message: string) => void

function hasCommit(cwd: string, sha: string): boolean {
  try {
    git(cwd, ['cat-file', '-e', '--end-of-options', `${sha}^{commit}`])
    return true
  } catch {
    return false
  }
}

function tryMergeBase(cwd: string, base: string, head: string): string | undefined {
  try {
    return git(cwd, ['merge-base', '--end-of-options', base, head]).trim()
  } catch {
    return undefined
  }
}

/**
 * The merge base of the pull request from git, fetching what a shallow checkout lacks:
 * the two commits first, then ever more history, then all of it.
 */
export function gitMergeBase(cwd: string, event: Pick<ComparedEvent, 'baseSha' | 'headSha'>, log: Log): string {
  const wanted = [event.baseSha, event.headSha]
  if (!wanted.every(sha => hasCommit(cwd, sha))) {
    log(`fetching the base and head commits (${wanted.map(sha => sha.slice(0, 7)).join(', ')})`)
    git(cwd, ['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', '--end-of-options', 'origin', ...wanted])
  }
  let found = tryMergeBase(cwd, event.baseSha, event.headSha)
  for (const depth of [32, 256, 2048]) {
    if (found !== undefined) return found
    log(`no merge base in the fetched history; fetching ${depth} commits of each side`)
    git(cwd, ['fetch', '--no-tags', '--no-recurse-submodules', `--depth=${depth}`, '--end-of-options', 'origin', ...wanted])
    found = tryMergeBase(cwd, event.baseSha, event.headSha)
  }
  if (found === undefined && git(cwd, ['rev-parse', '--is-shallow-repository']).trim() === 'true') {
    log('no merge base yet; fetching the whole history')
    git(cwd, ['fetch', '--no-tags', '--no-recurse-submodules', '--unshallow', '--end-of-options', 'origin', ...wanted])
    found = tryMergeBase(cwd, event.baseSha, event.headSha)
  }
  if (found === undefined) throw new GitError(`base ${event.baseSha} and head ${event.headSha} have no common ancestor`)
  return found
}

async function fromGit(settings: Settings, event: ComparedEvent, log: Log, baseCommit: string | undefined): Promise<PullRequestSources> {
  const base = baseCommit ?? gitMergeBase(settings.root, event, log)
  const prefix = repositoryPrefix(settings.root)
  const changes = await gitChanges(settings.root, base, event.headSha)
  return {
    changes,
    changedLines: paths => changedLinesOf(changes, paths, (edited, previous) => gitChangedLines(settings.root, base, event.headSha, edited, previous)),
    // The workspace is a checkout of the merge (or the head): what git finds unchanged there is read from it.
    head: new CommitInWorkspaceTree(new GitTree(settings.root, event.headSha, prefix, { sizes: true }), new FileSystemTree(settings.root)),
    base: new GitTree(settings.root, base, prefix),
    via: 'git'
  }
}

async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await fn(items[index])
    }
  })
  await Promise.all(workers)
  return results
}

/**
 * The REST API, for checkouts without git history: the changed files from pulls.listFiles,
 * their base and head versions from repos.getContent, the rest from the workspace.
 */
async function fromApi(settings: Settings, workspace: string, event: PullRequestEvent, token: string, log: Log): Promise<PullRequestSources> {
  const client = await createClient(token, undefined, log)
  const listed = await listPullRequestFiles(client, event.owner, event.repo, event.number)
  if (listed.truncated || (event.changedFiles ?? 0) > LIST_FILES_LIMIT) {
    throw new Error(`the pull request changes more than ${LIST_FILES_LIMIT} files, more than the GitHub API lists, and git could not be used; check out with actions/checkout and fetch-depth: 0`)
  }
  // An empty or short list must agree with the event: a list that lost files would pass their KEPs unchecked.
  if (event.changedFiles !== undefined && listed.listed !== event.changedFiles) {
    throw new Error(`GitHub listed ${listed.listed} changed files, but the event says the pull request changes ${event.changedFiles}; re-run the job, or check out with actions/checkout and fetch-depth: 0`)
  }
  const prefix = relative(workspace, settings.root).split(sep).join('/')
  const underRoot = (path: string): string | undefined => (prefix === '' ? path : path.startsWith(`${prefix}/`) ? path.slice(prefix.length + 1) : undefined)
  const isKep = isKepPath(settings.layout)
  const changes: Change[] = []
  const patches = new Map<string, string | undefined>()
  for (const change of listed.changes) {
    const path = underRoot(change.path)
    if (path !== undefined) patches.set(path, listed.patches.get(change.path))
    const previousPath = change.previousPath === undefined ? undefined : underRoot(change.previousPath)
    if (path === undefined && previousPath === undefined) continue
    if (path === undefined) changes.push({ kind: 'deleted', path: previousPath! })
    else if (change.previousPath !== undefined && previousPath === undefined) changes.push({ kind: 'added', path })
    else changes.push(previousPath === undefined ? { kind: change.kind, path } : { kind: change.kind, path, previousPath })
  }
  const relevant = changes.filter(c => isKep(c.path) || (c.previousPath !== undefined && isKep(c.previousPath)))
  const fetch = async (path: string, sha: string): Promise<[string, Buffer | Error]> => [path, await getFileAtRef(client, event.owner, event.repo, prefix ? `${prefix}/${path}` : path, sha)]
  // The README rules read the changed KEPs' READMEs at both ends, and their files (the template) at the base.
  const readmes = readmeFilesOfChanges(settings, changes)
  const basePaths = [...relevant.map(basePath).filter((p): p is string => p !== undefined), ...readmes.base]
  // The index is compared at the head too, so a changed index.md is fetched with the KEPs.
  const indexChange = changes.filter(c => c.path === settings.indexFile && c.kind !== 'deleted').map(c => c.path)
  const headPaths = [...relevant.map(c => headPath(c)).filter((p): p is string => p !== undefined && isKep(p)), ...indexChange, ...readmes.head]
  const baseFiles = new Map(await mapLimit(basePaths, 8, path => fetch(path, event.baseSha)))
  const headFiles = new Map(await mapLimit(headPaths, 8, path => fetch(path, event.headSha)))
  const removed = new Set(relevant.flatMap(c => (c.kind === 'deleted' ? [c.path] : c.kind === 'renamed' ? [c.previousPath!] : [])))
  // GitHub sends no patch for a diff too large to show: every line of it is the change's.
  const fromPatches = (edited: string[]) => new Map(edited.map(path => [path, patches.get(path) === undefined ? ('all' as const) : headLinesOf(patches.get(path)!)]))
  return {
    changes,
    changedLines: paths => changedLinesOf(changes, paths, fromPatches),
    head: new OverlayTree(`head ${event.headSha.slice(0, 12)}`, headFiles, { under: new FileSystemTree(settings.root), removed }),
    base: new OverlayTree(`base ${event.baseSha.slice(0, 12)}`, baseFiles),
    via: 'api'
  }
}

/**
 * The changes of a pull request, merge group or push, and both their versions: from git where
 * it can, else from the REST API.
 * `baseCommit`: the merge base the rules were read from (rulesBase.ts), when git gave one; the
 * changes are then taken against that same commit, never a second answer to the same question.
 */
export async function collectPullRequest(settings: Settings, repositoryRoot: string, event: ComparedEvent, token: string | undefined, log: Log, baseCommit?: string): Promise<PullRequestSources> {
  let gitProblem: string
  try {
    return await fromGit(settings, event, log, baseCommit)
  } catch (error) {
    gitProblem = (error as Error).message
  }
  if (event.kind !== 'pull-request') {
    // The REST API lists the files of pull requests only; a push or a merge group needs git.
    throw new Error(`git could not provide the changes of the ${event.name} (${gitProblem}); check out with actions/checkout (fetch-depth: 0 if the commits are not reachable)`)
  }
  if (!token) {
    throw new Error(`git could not provide the pull request's changes (${gitProblem}), and there is no token for the GitHub API; check out with actions/checkout, or pass a token`)
  }
  log(`git could not provide the pull request's changes (${gitProblem}); using the GitHub API`)
  return fromApi(settings, repositoryRoot, event, token, log)
}
