import { sep } from 'node:path'
import { changePaths } from '../core/change.js'
import { LoadError } from '../core/loadError.js'
import { plural } from '../core/plural.js'
import { PRESET_NAMES, PRESETS } from '../presets/registry.js'
import { lookedFor } from '../presets/recognise.js'
import type { Settings } from '../config/settings.js'
import { isKepPath } from '../read/findKepFiles.js'
import { matcher } from '../core/glob.js'
import { kepLikeFiles } from '../read/kepLikeFiles.js'
import type { KepChange } from '../rules/rule.js'
import type { Tree } from '../tree/tree.js'
import type { Repository } from './readRepository.js'

/**
 * A run that selects no KEP never passes as "0 KEPs checked": a KEP root or preset that finds
 * nothing would pass every pull request forever. It fails to start instead (the CLI exits 2,
 * the action fails its check), saying which preset and root would find the KEP-like files that
 * are there. A change that touches no KEP of a repository that has KEPs is no such run.
 */
export class NothingSelectedError extends LoadError {}

/** Without the repository around it, how far above the KEP root a root is looked for: keps/sig-node given for the folder that holds keps/. */
const LEVELS_UP = 3

/** The repository (or folder) around the KEP root, where a run that finds no KEP looks for those it missed. */
export interface Surroundings {
  tree: Tree
  /** The KEP root's path in it, POSIX ('' for its top). */
  root: string
}

/** Where KEP-like files are looked at: their paths and the KEP root's, in one space. */
interface Space {
  files: string[]
  root: string
  /** The space is the repository (its folders are named from its top), or the KEP root seen from a few folders up. */
  repository: boolean
}

function spaceOf(settings: Settings, repository: Repository, surroundings: Surroundings | undefined): Space {
  if (surroundings) return { files: kepLikeFiles(surroundings.tree), root: surroundings.root, repository: true }
  // Only the KEP root can be listed: it is seen as from the folders above it, which hold nothing else.
  const above = settings.root
    .split(sep)
    .filter(segment => segment !== '')
    .slice(-LEVELS_UP)
    .join('/')
  return { files: kepLikeFiles(repository.tree).map(file => (above === '' ? file : `${above}/${file}`)), root: above, repository: false }
}

interface Candidate {
  preset: string
  root: string
  count: number
  /** The first file it finds. */
  example: string
}

const under = (folder: string, file: string): string | undefined => (folder === '' ? file : file.startsWith(`${folder}/`) ? file.slice(folder.length + 1) : undefined)

/** The preset and root that find the most of the KEP-like files: the run's own preset first, then its root, then the nearest. */
function bestCandidate(settings: Settings, space: Space): Candidate | undefined {
  const folders = new Set([space.root, ''])
  for (const file of space.files) {
    const parts = file.split('/').slice(0, -1)
    for (let i = 1; i <= parts.length; i++) folders.add(parts.slice(0, i).join('/'))
  }
  const distance = (folder: string): number => {
    const a = folder === '' ? [] : folder.split('/')
    const b = space.root === '' ? [] : space.root.split('/')
    let common = 0
    while (common < a.length && common < b.length && a[common] === b[common]) common++
    return a.length + b.length - 2 * common
  }
  const roots = [...folders].sort((a, b) => distance(a) - distance(b) || (a < b ? -1 : 1))
  let best: Candidate | undefined
  for (const preset of [settings.preset, ...PRESET_NAMES.filter(name => name !== settings.preset)]) {
    const isKep = isKepPath(preset === settings.preset ? settings.layout : PRESETS[preset].layout)
    for (const root of roots) {
      const found = space.files.filter(file => {
        const path = under(root, file)
        return path !== undefined && isKep(path)
      })
      if (found.length > (best?.count ?? 0)) best = { preset, root, count: found.length, example: found[0] }
    }
  }
  return best
}

function folderName(space: Space, folder: string): string {
  if (space.repository) return folder === '' ? "the repository's top folder" : `the folder ${folder}/ of the repository`
  const inRoot = under(space.root, folder)
  if (inRoot !== undefined) return `its folder ${inRoot}/`
  return `the folder that holds ${under(folder, space.root)}/`
}

function where(settings: Settings, space: Space, candidate: Candidate): string {
  const root = candidate.root !== space.root ? `the KEP root at ${folderName(space, candidate.root)}` : undefined
  const preset = candidate.preset !== settings.preset ? `the ${candidate.preset} preset` : undefined
  const set = [preset && `the preset (--preset ${candidate.preset})`, root && 'the root (--root)'].filter(Boolean).join(' and ')
  return `${[preset, root].filter(Boolean).join(' with ')} finds ${candidate.count === 1 ? 'it' : candidate.count}: set ${set} on the command line, or as the action's inputs or in .kep-validator.yml`
}

/** What finds nothing: the preset's layout, or the configured one. */
function looksFor(settings: Settings): string {
  const own = PRESETS[settings.preset].layout
  const configured = settings.layout.include.join() !== own.include.join()
  return `${configured ? `the configured include (${settings.layout.include.join(', ')})` : `the ${settings.preset} preset (${own.include.join(', ')})`}`
}

/** An include that finds the most of the KEP-like files under the root: their most common first folder. */
function includeFor(space: Space): string {
  const files = space.files.flatMap(file => under(space.root, file) ?? [])
  const folders = new Map<string, string[]>()
  for (const file of files) {
    const parts = file.split('/')
    const folder = parts.length > 1 ? parts[0] : ''
    folders.set(folder, [...(folders.get(folder) ?? []), file])
  }
  const [folder, inFolder] = [...folders].sort((a, b) => b[1].length - a[1].length)[0] ?? ['', []]
  if (inFolder.length === 0) return ''
  const extension = inFolder.every(file => file.endsWith('.md')) ? '*.md' : inFolder.every(file => file.endsWith('kep.yaml')) ? 'kep.yaml' : '*'
  const flat = inFolder.every(file => file.split('/').length === (folder === '' ? 1 : 2))
  const glob = `${folder === '' ? '' : `${folder}/`}${flat ? '' : '**/'}${extension}`
  const count = files.filter(matcher([glob])).length
  return ` (include: ["${glob}"] finds ${count} of them)`
}

/** The error of a run that found no KEP under its root, with the preset and root that would. */
export function nothingFound(settings: Settings, repository: Repository, surroundings?: Surroundings): NothingSelectedError {
  const space = spaceOf(settings, repository, surroundings)
  const rootName = space.repository ? (space.root === '' ? "the repository's top folder" : `${space.root}/`) : `${settings.root.split(sep).pop() || sep}/`
  // Where no preset was named and no preset's layout is there, the run says what it looked for.
  const recognised = settings.recognition?.preset === undefined && settings.recognition ? `; no preset's layout is there either (looked for ${lookedFor(settings.recognition)})` : ''
  const found = `no KEP found: ${looksFor(settings)} finds none under the KEP root (${rootName})${recognised}`
  const files = space.files
  const around = space.repository ? 'in the repository' : 'there'
  if (files.length === 0) {
    return new NothingSelectedError(
      `${found}, and nothing ${around} looks like a KEP (a kep.yaml, or a markdown file whose metadata has kep-number: or owning-sig:). Is the root the folder of the KEPs? A repository of another layout names its KEP files with include in .kep-validator.yml.`
    )
  }
  const best = bestCandidate(settings, space)
  const example = best?.example ?? files[0]
  const shown = space.repository ? example : (under(space.root, example) ?? example)
  const some = `${plural(files.length, 'file')} ${around} ${files.length === 1 ? 'looks' : 'look'} like ${files.length === 1 ? 'a KEP' : 'KEPs'}, such as ${shown}`
  if (!best) return new NothingSelectedError(`${found}, but ${some}, where no preset looks: name their files with include in .kep-validator.yml${includeFor(space)}.`)
  return new NothingSelectedError(`${found}, but ${some}; ${where(settings, space, best)}.`)
}

/** A folder named on the command line under which there is no KEP, nor a change of one. */
function selectsNothing(settings: Settings, repository: Repository, path: string): NothingSelectedError {
  const files = kepLikeFiles(repository.tree).filter(file => file.startsWith(`${path}/`))
  const found = `${path}/ selects no KEP: ${looksFor(settings)} finds none under it`
  if (files.length === 0) return new NothingSelectedError(`${found}, and nothing there looks like a KEP; name a folder or file that holds KEPs.`)
  return new NothingSelectedError(
    `${found}, but ${plural(files.length, 'file')} there ${files.length === 1 ? 'looks' : 'look'} like KEP metadata, such as ${files[0]}: name the file (a file named is checked as a KEP), or set the preset and root that find them.`
  )
}

/** Throws NothingSelectedError when the run would check nothing. */
export function assertSelected(settings: Settings, repository: Repository, paths: ReadonlyArray<{ path: string; directory: boolean }>, kepChanges?: readonly KepChange[], surroundings?: () => Surroundings | undefined): void {
  const known = [...repository.documents.map(doc => doc.file), ...repository.symlinks, ...repository.submodules]
  const changed = (kepChanges ?? []).flatMap(({ change }) => changePaths(change))
  if (paths.length === 0) {
    // A change that deletes the last KEP is checked (file-deleted), not nothing.
    if (known.length === 0 && changed.length === 0) throw nothingFound(settings, repository, surroundings?.())
    return
  }
  for (const { path, directory } of paths) {
    if (!directory) continue
    const under = (file: string): boolean => path === '' || file.startsWith(`${path}/`)
    if (!known.some(under) && !changed.some(under)) throw path === '' ? nothingFound(settings, repository, surroundings?.()) : selectsNothing(settings, repository, path)
  }
}
