import { readBlobs } from '../../git/catFile.js'
import { isKepPath } from '../../read/findKepFiles.js'
import { fieldsOf, stringField } from '../../core/document.js'
import { git, GitError } from '../../git/git.js'
import { readKep } from '../../read/readKep.js'
import type { Settings } from '../../config/settings.js'

/** One version of one KEP, as a commit left it. */
export interface KepVersion {
  commit: string
  /** Commit time, seconds since the epoch. */
  time: number
  status?: string
  authors: string[]
}

/** A KEP through its history, followed across renames, keyed by its path today (or when deleted). */
export interface KepTimeline {
  file: string
  versions: KepVersion[]
}

interface RawChange {
  status: string
  blob: string
  path: string
  previousPath?: string
}

function parseLog(output: string): Array<{ commit: string; time: number; changes: RawChange[] }> {
  const commits: Array<{ commit: string; time: number; changes: RawChange[] }> = []
  for (const chunk of output.split('\x01')) {
    if (chunk === '') continue
    const fields = chunk.split('\0')
    const changes: RawChange[] = []
    for (let i = 2; i < fields.length;) {
      const header = fields[i++].replace(/^\n/, '')
      if (!header.startsWith(':')) continue
      const [, , , blob, status] = header.slice(1).split(' ')
      if (status.startsWith('R') || status.startsWith('C')) {
        const previousPath = fields[i++]
        changes.push({ status: status[0], blob, path: fields[i++], previousPath })
      } else {
        changes.push({ status: status[0], blob, path: fields[i++] })
      }
    }
    commits.push({ commit: fields[0], time: Number(fields[1]), changes })
  }
  return commits
}

function authorsOf(fields: Record<string, unknown> | undefined): string[] {
  const authors = fields?.authors
  if (!Array.isArray(authors)) return []
  return authors
    .map(author => (typeof author === 'string' ? author.replace(/^@/, '') : typeof author === 'object' && author !== null ? String((author as { github?: unknown; name?: unknown }).github ?? (author as { name?: unknown }).name ?? '') : ''))
    .filter(author => author !== '')
}

/**
 * Every version of every KEP from git history, oldest first: the commits that touched KEP
 * files (renames followed) and the metadata each left. Only metadata is read.
 */
export async function readHistory(settings: Settings, until?: string): Promise<KepTimeline[]> {
  const args = ['-c', 'core.quotePath=false', 'log', '--reverse', '--no-abbrev', '--raw', '-M', '-z', '--no-ext-diff', '--no-textconv', '--format=%x01%H%x00%ct', '--relative']
  if (until) args.push(until)
  args.push('--', '.')
  let log: string
  try {
    log = git(settings.root, args)
  } catch (error) {
    throw new GitError(`metrics need the KEPs' git history, and git cannot give it for ${settings.root}: ${(error as Error).message.split('\n').at(-1)}`)
  }
  const commits = parseLog(log)
  const isKep = isKepPath(settings.layout)
  const wanted = new Set<string>()
  for (const { changes } of commits) for (const change of changes) if (isKep(change.path) && change.status !== 'D') wanted.add(change.blob)
  const blobs = readBlobs(settings.root, [...wanted])
  const timelines = new Map<string, KepTimeline>()
  for (const { commit, time, changes } of commits) {
    for (const change of changes) {
      // A rename carries the KEP's past to its new path; a copy starts a new KEP.
      if (change.status === 'R' && change.previousPath !== undefined && timelines.has(change.previousPath)) {
        const moved = timelines.get(change.previousPath)!
        timelines.delete(change.previousPath)
        moved.file = change.path
        timelines.set(change.path, moved)
      }
      if (!isKep(change.path) || change.status === 'D') continue
      const content = blobs.get(change.blob)
      if (!content) continue
      const doc = await readKep(change.path, content, settings.format)
      const fields = fieldsOf(doc)
      const timeline = timelines.get(change.path) ?? { file: change.path, versions: [] }
      timeline.versions.push({ commit, time, status: stringField(doc, 'status'), authors: authorsOf(fields) })
      timelines.set(change.path, timeline)
    }
  }
  return [...timelines.values()].sort((a, b) => (a.file < b.file ? -1 : 1))
}
