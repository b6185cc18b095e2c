import { existsSync, statSync } from 'node:fs'
import { relative, resolve, sep } from 'node:path'
import { countBySeverity } from '../diagnostic.js'
import { checkRepository, readRepository, type Repository } from '../engine.js'
import { changedFiles, mergeBase } from '../git/changedFiles.js'
import { readKepFile } from '../readKep.js'
import { RepositoryIndex } from '../checks/context.js'
import { annotate } from '../report/annotations.js'
import { formatJson } from '../report/json.js'
import { formatText, summarize } from '../report/text.js'
import type { Settings } from '../settings.js'
import { EXIT_OK, EXIT_PROBLEMS, UsageError, type CliIo } from './io.js'

export type Format = 'text' | 'json' | 'github'

export interface CheckCommand {
  settings: Settings
  base?: string
  format: Format
  paths: string[]
}

function toPosix(path: string): string {
  return path.split(sep).join('/')
}

/** Resolves command-line paths to root-relative KEP files; a path outside the root is a usage error. */
function targetsFromPaths(io: CliIo, settings: Settings, repository: Repository, paths: readonly string[]): Set<string> {
  const targets = new Set<string>()
  const known = new Set([...repository.documents.map(doc => doc.file), ...repository.symlinks])
  for (const path of paths) {
    const absolute = resolve(io.cwd, path)
    const rel = toPosix(relative(settings.root, absolute))
    if (rel.startsWith('..') || resolve(settings.root, rel) !== absolute) {
      throw new UsageError(`${path} is outside the KEP root ${settings.root}`)
    }
    if (!existsSync(absolute)) throw new UsageError(`${path} does not exist`)
    if (statSync(absolute).isDirectory()) {
      const prefix = rel === '' ? '' : `${rel}/`
      for (const file of known) if (file.startsWith(prefix)) targets.add(file)
    } else {
      // Asked for by name, a file is checked as a KEP even outside the layout's globs.
      if (!known.has(rel)) repository.documents.push(readKepFile(settings.root, rel))
      targets.add(rel)
    }
  }
  return targets
}

function targetsFromBase(settings: Settings, repository: Repository, base: string): Set<string> {
  const known = new Set([...repository.documents.map(doc => doc.file), ...repository.symlinks])
  const changed = changedFiles(settings.root, mergeBase(settings.root, base))
  return new Set(changed.filter(file => known.has(file)))
}

export function runCheck(io: CliIo, command: CheckCommand): number {
  const { settings } = command
  const repository = readRepository(settings)
  let targets: Set<string> | undefined
  if (command.paths.length > 0) {
    targets = targetsFromPaths(io, settings, repository, command.paths)
    repository.index = new RepositoryIndex(repository.documents)
  }
  if (command.base !== undefined) {
    const changed = targetsFromBase(settings, repository, command.base)
    targets = targets ? new Set([...targets].filter(file => changed.has(file))) : changed
  }
  const result = checkRepository(settings, repository, targets)
  const displayPath = (file: string): string => toPosix(relative(io.cwd, resolve(settings.root, file))) || file
  if (command.format === 'json') {
    io.stdout(formatJson(result.diagnostics, result.checked, { root: toPosix(settings.root) }))
  } else if (command.format === 'github') {
    annotate(result.diagnostics, displayPath)
    io.stdout(`${summarize(result.diagnostics, result.checked.length)}\n`)
  } else {
    io.stdout(formatText({ diagnostics: result.diagnostics, checked: result.checked.length, displayPath }))
  }
  return countBySeverity(result.diagnostics).errors > 0 ? EXIT_PROBLEMS : EXIT_OK
}
