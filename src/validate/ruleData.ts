import { basePath, headPath, type Change } from '../core/change.js'
import { besidePath, folderOf, type DataFileRead } from '../core/dataFile.js'
import type { KepDocument } from '../core/document.js'
import type { SeverityLayers } from '../core/diagnostic.js'
import type { MetadataRead, RepositoryReading, RuleReads, RuleSelection } from '../rules/rule.js'
import { readDataFileContent, readDataFiles } from '../read/dataFiles.js'
import { RULES } from '../rules/registry.js'
import { ruleRuns } from '../rules/runRules.js'
import { severityPolicyOf } from '../rules/severity.js'
import type { Tree, TreeEntry } from '../tree/tree.js'

/*
 * The files rules read as data besides the KEPs (a KEP folder's OWNERS, the root's
 * OWNERS_ALIASES): read once per version, before any rule runs, so that rules stay pure.
 */

interface Needs {
  besideKep: Set<string>
  atRoot: Set<string>
}

/** The rules a run selects, and the severities that decide which of them run (ruleRuns). */
export interface RuleChoice {
  rules: RuleSelection
  severity: SeverityLayers
}

/**
 * What each KEP rule that runs reads besides the KEP, by its options (RuleReads). A rule the
 * configuration turns off does not run (RuleRunner), so it reads nothing: no data file is read,
 * no position kept for it.
 */
function readsOf({ rules, severity }: RuleChoice): RuleReads[] {
  const policy = severityPolicyOf(severity)
  const reads: RuleReads[] = []
  for (const [id, options] of Object.entries(rules)) {
    const rule = RULES.get(id)
    if (rule?.subject === 'kep' && rule.reads && ruleRuns(rule.meta, policy)) reads.push(rule.reads(options === true ? undefined : options))
  }
  return reads
}

/** What the rules that run read, by their options. */
function needsOf(choice: RuleChoice): Needs {
  const needs: Needs = { besideKep: new Set(), atRoot: new Set() }
  for (const wanted of readsOf(choice)) {
    for (const name of wanted.besideKep ?? []) needs.besideKep.add(name)
    for (const path of wanted.atRoot ?? []) needs.atRoot.add(path)
  }
  return needs
}

/** Whether a path is a data file the rules that run read beside a KEP (OWNERS): a change to one is a change of its folder's KEPs. */
export function isDataFileBesideKep(choice: RuleChoice): (path: string) => boolean {
  const names = needsOf(choice).besideKep
  return path => names.has(path.slice(path.lastIndexOf('/') + 1))
}

/** Whether the rules that run will look up positions in this metadata (RuleReads.keepsPositions). */
export function positionsWanted(choice: RuleChoice): (metadata: MetadataRead, reading: RepositoryReading) => boolean {
  const wanted = readsOf(choice).flatMap(reads => (reads.keepsPositions ? [reads.keepsPositions] : []))
  return (metadata, reading) => wanted.some(keeps => keeps(metadata, reading))
}

/** The data files of one version of the repository that its KEPs' rules read. */
export function readRuleData(choice: RuleChoice, tree: Tree, entries: readonly TreeEntry[], documents: readonly KepDocument[]): Map<string, DataFileRead> {
  const needs = needsOf(choice)
  if (needs.besideKep.size === 0 && needs.atRoot.size === 0) return new Map()
  const paths = new Set(needs.atRoot)
  for (const doc of documents) for (const name of needs.besideKep) paths.add(besidePath(doc.file, name))
  return readDataFiles(tree, entries, paths)
}

/** What a pull request does to the data files rules read. */
export interface DataFileChanges {
  /**
   * The data files the head's KEPs are checked with: the head's own (a KEP's OWNERS changes
   * with it), but the root's as the base has them — OWNERS_ALIASES says who may approve, a
   * rule source like the configuration: a pull request is judged by the one it is proposed under.
   */
  head: Map<string, DataFileRead>
  /** The data files as the base had them, for the base versions of the KEPs. */
  base: Map<string, DataFileRead>
  /** The KEPs beside a data file the changes touch: checked again, since their OWNERS changed under them. */
  keps: Set<string>
  /** The changed data files beside each of those KEPs. */
  dataFilesOf: Map<string, string[]>
}

/**
 * The data files a pull request changes, read at the base (the others are the same at both
 * versions), and the KEPs whose folder's data file it changes. Undefined when it changes none.
 */
export function readDataFileChanges(choice: RuleChoice, head: { dataFiles: Map<string, DataFileRead>; documents: readonly KepDocument[] }, changes: readonly Change[], base: Tree): DataFileChanges | undefined {
  const needs = needsOf(choice)
  const besideKep = isDataFileBesideKep(choice)
  const isBeside = (path: string | undefined): boolean => path !== undefined && besideKep(path)
  const isRoot = (path: string | undefined): boolean => path !== undefined && needs.atRoot.has(path)
  const changed = changes.filter(change => [headPath(change), basePath(change)].some(path => isBeside(path) || isRoot(path)))
  if (changed.length === 0) return undefined
  const baseFiles = new Map(head.dataFiles)
  const folders = new Map<string, Set<string>>()
  for (const change of changed) {
    const after = headPath(change)
    const before = basePath(change)
    if (after !== undefined) baseFiles.delete(after)
    for (const path of [after, before]) if (isBeside(path)) folders.set(folderOf(path!), (folders.get(folderOf(path!)) ?? new Set()).add(change.path))
  }
  const atBase = changed.map(basePath).filter((path): path is string => path !== undefined && (isBeside(path) || isRoot(path)))
  for (const [path, content] of base.readFiles(atBase)) baseFiles.set(path, readDataFileContent(path, content))
  const headFiles = new Map(head.dataFiles)
  for (const path of needs.atRoot) {
    const atBaseVersion = baseFiles.get(path)
    if (atBaseVersion) headFiles.set(path, atBaseVersion)
    else headFiles.delete(path)
  }
  const keps = new Set(head.documents.filter(doc => folders.has(folderOf(doc.file))).map(doc => doc.file))
  const dataFilesOf = new Map([...keps].map(file => [file, [...folders.get(folderOf(file))!]]))
  return { head: headFiles, base: baseFiles, keps, dataFilesOf }
}
