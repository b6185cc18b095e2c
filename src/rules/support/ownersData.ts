import type { DataFileRead } from '../../core/dataFile.js'
import type { RepositoryIndex } from '../../core/repositoryIndex.js'
import { pathKey, type MetadataBlock } from '../../parse/metadata.js'

/*
 * What kubernetes/enhancements' pkg/nodeapprovers reads, read the same way: handles with their
 * inline comments, OWNERS and OWNERS_ALIASES as Go's yaml.Unmarshal reads them, and release
 * numbers as its parseMilestoneMinor does.
 */

/** A handle as OWNERS and kep.yaml are compared: no surrounding space, no leading @, lower case (GitHub logins ignore case). */
export function normalizeHandle(name: string): string {
  const trimmed = name.trim()
  return (trimmed.startsWith('@') ? trimmed.slice(1) : trimmed).toLowerCase()
}

/** One item of a kep.yaml list of handles, and whether its inline comment marks it. */
export interface ListedHandle {
  index: number
  /** The normalized handle. */
  user: string
  /** Its comment on its line, without # and surrounding spaces (Go: the item's LineComment), is the marker. */
  marked: boolean
}

/** A scalar's text as Go's yaml.Node holds it (its Value): a string as it is, anything else as written. */
export function scalarText(metadata: MetadataBlock, path: ReadonlyArray<string | number>, value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (value === null) return ''
  if (typeof value === 'object' || value === undefined) return undefined
  const range = metadata.positions.get(pathKey(path))?.value
  return range ? metadata.source.slice(range[0], range[1]) : String(value)
}

/** The text after offset `end` on its line, as a comment: what follows `#`, trimmed; undefined when the rest of the line is not a comment. */
function commentAfter(source: string, end: number): string | undefined {
  const newline = source.indexOf('\n', end)
  const rest = source.slice(end, newline === -1 ? source.length : newline).trim()
  return rest.startsWith('#') ? rest.slice(1).trim() : undefined
}

/**
 * The scalar items of a list field (Go skips the others), each marked or not by `marker`;
 * undefined when the field is not a list. Positions (a second parse of the metadata) are worked
 * out only when the marker is written somewhere in it: most KEPs have none.
 */
export function listedHandles(metadata: MetadataBlock, field: string, marker: string): ListedHandle[] | undefined {
  const list = (metadata.data as Record<string, unknown>)[field]
  if (!Array.isArray(list)) return undefined
  const mayBeMarked = metadata.source.includes(marker)
  const handles: ListedHandle[] = []
  list.forEach((item, index) => {
    const text = scalarText(metadata, [field, index], item)
    if (text === undefined) return
    const range = mayBeMarked ? metadata.positions.get(pathKey([field, index]))?.value : undefined
    handles.push({ index, user: normalizeHandle(text), marked: range !== undefined && commentAfter(metadata.source, range[1]) === marker })
  })
  return handles
}

type OwnersLists = { readonly reviewers: readonly string[]; readonly approvers: readonly string[] } | string

// Every KEP of a folder asks for its OWNERS, and every KEP of the tech-lead folders for the same alias: read once per file.
const ownersCache = new WeakMap<DataFileRead, OwnersLists>()
const aliasCache = new WeakMap<DataFileRead, Map<string, ReadonlySet<string> | string>>()

/** An OWNERS file's reviewers and approvers, normalized; a string says why the file cannot be read as one. */
export function ownersLists(file: DataFileRead): OwnersLists {
  let lists = ownersCache.get(file)
  if (lists === undefined) ownersCache.set(file, (lists = readOwnersLists(file)))
  return lists
}

function readOwnersLists(file: DataFileRead): OwnersLists {
  if ('problem' in file) return file.problem
  const lists = { reviewers: [] as string[], approvers: [] as string[] }
  for (const key of ['reviewers', 'approvers'] as const) {
    const value = (file.data as Record<string, unknown>)[key]
    if (value === undefined || value === null) continue
    if (!Array.isArray(value)) return `${key} is ${JSON.stringify(value)}, not a list of handles`
    for (const [index, item] of value.entries()) {
      if (typeof item === 'object' && item !== null) return `${key}[${index}] is a list or a mapping, not a handle`
      lists[key].push(normalizeHandle(item === null ? '' : String(item)))
    }
  }
  return lists
}

/** The members of an alias of OWNERS_ALIASES, normalized; a string says why there are none to be had. */
export function aliasMembers(file: DataFileRead | undefined, path: string, alias: string): ReadonlySet<string> | string {
  if (!file) return `${path} does not exist`
  let byAlias = aliasCache.get(file)
  if (byAlias === undefined) aliasCache.set(file, (byAlias = new Map()))
  const key = `${path}\0${alias}`
  let members = byAlias.get(key)
  if (members === undefined) byAlias.set(key, (members = readAliasMembers(file, path, alias)))
  return members
}

function readAliasMembers(file: DataFileRead, path: string, alias: string): Set<string> | string {
  if ('problem' in file) return `${path} cannot be read: ${file.problem}`
  const aliases = (file.data as Record<string, unknown>).aliases
  const members = typeof aliases === 'object' && aliases !== null ? (aliases as Record<string, unknown>)[alias] : undefined
  if (members === undefined) return `${path} has no alias ${alias} under aliases:`
  if (!Array.isArray(members) || members.some(member => typeof member === 'object' && member !== null)) return `${path}'s alias ${alias} is not a list of handles`
  const set = new Set(members.map(member => normalizeHandle(member === null ? '' : String(member))))
  set.delete('')
  // An alias without members would let any KEP pass while no tech lead approves (upstream fails loudly too).
  return set.size > 0 ? set : `${path}'s alias ${alias} has no members`
}

/**
 * The minor number of a release, as upstream's parseMilestoneMinor reads it: "v1.36", "1.36",
 * "v1.36.2" are 36; anything else (empty, "0.0", "TBD") is 0.
 */
export function milestoneMinor(milestone: string | undefined): number {
  if (milestone === undefined) return 0
  const parts = milestone
    .replace(/^"+|"+$/g, '')
    .trim()
    .replace(/^v/, '')
    .split('.')
  if (parts.length < 2) return 0
  const minor = /^[+-]?\d+$/.test(parts[1]) ? Number(parts[1]) : NaN
  return Number.isSafeInteger(minor) ? minor : 0
}

const upcomingCache = new WeakMap<RepositoryIndex, number>()

/**
 * The upcoming release as the repository tells it: the newest latest-milestone that two KEPs
 * or more target (one KEP planned a release ahead, or a typo, does not move it), or the newest
 * any KEP targets when no release has two. Never the clock or the network.
 */
export function upcomingMinor(repository: RepositoryIndex): number {
  let upcoming = upcomingCache.get(repository)
  if (upcoming === undefined) {
    const counts = new Map<number, number>()
    for (const doc of repository.documents) {
      const milestone = (doc.metadata?.data as Record<string, unknown> | undefined)?.['latest-milestone']
      const minor = typeof milestone === 'string' ? milestoneMinor(milestone) : 0
      if (minor > 0) counts.set(minor, (counts.get(minor) ?? 0) + 1)
    }
    const minors = [...counts.keys()].sort((a, b) => b - a)
    upcoming = minors.find(minor => counts.get(minor)! >= 2) ?? minors[0] ?? 0
    upcomingCache.set(repository, upcoming)
  }
  return upcoming
}
