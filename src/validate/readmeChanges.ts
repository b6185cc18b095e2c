import { basePath, changePaths, headPath, type Change } from '../core/change.js'
import type { MetadataFormat } from '../read/metadataFormat.js'
import type { Settings } from '../config/settings.js'
import { isKepPath } from '../read/findKepFiles.js'
import { readmePathOf } from '../readme/readmes.js'
import { RULES } from '../rules/registry.js'

/**
 * KEPs whose README.md a change touches while their kep.yaml is unchanged: a change of the KEP
 * all the same (its README is half of it), so that the rules that read READMEs judge it. Its
 * metadata is its own base: the rules about the metadata find nothing it brings.
 */
export function readmeOnlyChanges(format: MetadataFormat, changes: readonly Change[], keps: readonly Change[], isKep: (path: string) => boolean, atHead: (path: string) => boolean): Change[] {
  const metadataFileOf = format.metadataFileOf
  if (metadataFileOf === undefined) return []
  const changed = new Set(keps.flatMap(changePaths))
  const added = new Set<string>()
  for (const change of changes) {
    for (const path of changePaths(change)) {
      const kep = metadataFileOf(path)
      if (kep !== undefined && isKep(kep) && !changed.has(kep) && atHead(kep)) added.add(kep)
    }
  }
  return [...added].sort().map(path => ({ kind: 'modified', path }))
}

/**
 * What a run of the README rules reads of a change, for sources that fetch files one by one
 * (the GitHub API): the README of every changed KEP at the base and at the head (and the
 * kep.yaml of a KEP whose README alone changed, at the base), and the files the rules read from
 * the base (the template, the list of READMEs without a table of contents, named by the rules'
 * options).
 */
export function readmeFilesOfChanges(settings: Settings, changes: readonly Change[]): { base: string[]; head: string[] } {
  if (!Object.keys(settings.rules).some(id => RULES.get(id)?.meta.readsReadme === true)) return { base: [], head: [] }
  const isKep = isKepPath(settings.layout)
  const readmeOf = (path: string): string | undefined => {
    if (isKep(path)) return readmePathOf(settings.format, path)
    const kep = settings.format.metadataFileOf?.(path)
    return kep !== undefined && isKep(kep) ? path : undefined
  }
  const base = new Set<string>()
  const head = new Set<string>()
  for (const change of changes) {
    const before = basePath(change)
    const after = headPath(change)
    const beforeReadme = before === undefined ? undefined : readmeOf(before)
    const afterReadme = after === undefined ? undefined : readmeOf(after)
    if (beforeReadme !== undefined) base.add(beforeReadme)
    if (afterReadme !== undefined) head.add(afterReadme)
    // A change of the README alone is a change of its KEP, whose metadata is read at the base too.
    if (before !== undefined && !isKep(before) && beforeReadme !== undefined) base.add(settings.format.metadataFileOf!(before)!)
  }
  for (const [id, options] of Object.entries(settings.rules)) {
    if (RULES.get(id)?.meta.readsReadme !== true || options === true) continue
    for (const value of Object.values(options)) if (typeof value === 'string') base.add(value)
  }
  return { base: [...base].sort(), head: [...head].sort() }
}
