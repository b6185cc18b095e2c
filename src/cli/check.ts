import { existsSync, statSync } from 'node:fs'
import { relative, resolve, sep } from 'node:path'
import { RepositoryIndex } from '../rules/context.js'
import { checkChanges } from '../validate/changes.js'
import { countBySeverity } from '../core/diagnostic.js'
import { checkRepository, readRepository, type CheckResult, type Repository } from '../validate/repository.js'
import { gitChanges, mergeBase } from '../git/gitChanges.js'

import { loadParsersFor, readKep } from '../read/readKep.js'
import { formatJson } from '../format/json.js'
import { formatText, summarize } from '../format/text.js'
import type { Settings } from '../config/settings.js'
import { FileSystemTree } from '../tree/fileSystemTree.js'
import { withIndexCheck } from '../indexFile/indexOfRepository.js'
import { FIX_COMMAND } from '../indexFile/checkIndex.js'
import { GitTree, repositoryPrefix } from '../tree/gitTree.js'
import { EXIT_OK, EXIT_PROBLEMS, readingLog, UsageError, type CliIo } from './io.js'

export type Format = 'text' | 'json' | 'github'

export interface CheckCommand {
  settings: Settings
  base?: string
  format: Format
  paths: string[]
  /** Threads that read KEPs; unset: chosen by the repository's size. */
  jobs?: number
}

function toPosix(path: string): string {
  return path.split(sep).join('/')
}

/** Resolves command-line paths to root-relative prefixes; a path outside the root is a usage error. */
function rootRelative(io: CliIo, settings: Settings, paths: readonly string[]): Array<{ path: string; directory: boolean }> {
  return paths.map(path => {
    const absolute = resolve(io.cwd, path)
    const rel = toPosix(relative(settings.root, absolute))
    if (rel === '..' || rel.startsWith('../') || resolve(settings.root, rel) !== absolute) {
      throw new UsageError(`${path} is outside the KEP root ${settings.root}`)
    }
    if (!existsSync(absolute)) throw new UsageError(`${path} does not exist`)
    return { path: rel, directory: statSync(absolute).isDirectory() }
  })
}

async function selectTargets(settings: Settings, repository: Repository, selected: ReturnType<typeof rootRelative>): Promise<Set<string>> {
  const known = [...repository.documents.map(doc => doc.file), ...repository.symlinks]
  const targets = new Set<string>()
  for (const { path, directory } of selected) {
    if (directory) {
      const prefix = path === '' ? '' : `${path}/`
      for (const file of known) if (file.startsWith(prefix)) targets.add(file)
    } else {
      // Asked for by name, a file is checked as a KEP even outside the layout's globs.
      if (!known.includes(path)) {
        const content = repository.tree.readFiles([path]).get(path)!
        await loadParsersFor([content])
        repository.documents.push(readKep(path, content, settings.format))
        repository.index = new RepositoryIndex(repository.documents)
      }
      targets.add(path)
    }
  }
  return targets
}

function inSelection(file: string, selected: ReturnType<typeof rootRelative>): boolean {
  return selected.some(({ path, directory }) => (directory ? path === '' || file.startsWith(`${path}/`) : file === path))
}

/** What CI runs: the whole repository, or with --base the changes against the merge base. */
export async function check(io: CliIo, command: CheckCommand): Promise<CheckResult> {
  const { settings } = command
  const selected = rootRelative(io, settings, command.paths)
  const repository = await readRepository(settings, new FileSystemTree(settings.root), { jobs: command.jobs, log: readingLog(io) })
  if (command.base === undefined) {
    const targets = selected.length > 0 ? await selectTargets(settings, repository, selected) : undefined
    const result = checkRepository(settings, repository, targets)
    // Checking some files by name is about those files; the index is about the repository.
    return targets ? result : withIndexCheck(settings, repository, result)
  }
  const base = mergeBase(settings.root, command.base)
  let changes = gitChanges(settings.root, base)
  if (selected.length > 0) changes = changes.filter(change => inSelection(change.path, selected) || (change.previousPath !== undefined && inSelection(change.previousPath, selected)))
  return withIndexCheck(settings, repository, await checkChanges(settings, repository, changes, new GitTree(settings.root, base, repositoryPrefix(settings.root))))
}

export async function runCheck(io: CliIo, command: CheckCommand): Promise<number> {
  const result = await check(io, command)
  const { settings } = command
  const displayPath = (file: string): string => toPosix(relative(io.cwd, resolve(settings.root, file))) || file
  if (command.format === 'json') {
    const keps = 'keps' in result ? { keps: result.keps } : {}
    const index = result.index ? { index: { file: result.index.file, state: result.index.state } } : {}
    io.stdout(formatJson(result.diagnostics, result.checked, { root: toPosix(settings.root), ...keps, ...index }))
  } else if (command.format === 'github') {
    // Loaded only here: @actions/core costs start-up time the other formats need not pay.
    const { annotate } = await import('../format/annotations.js')
    annotate(result.diagnostics, displayPath)
    io.stdout(`${summarize(result.diagnostics, result.checked.length)}\n`)
  } else {
    io.stdout(formatText({ diagnostics: result.diagnostics, checked: result.checked.length, displayPath }))
    if (result.index?.diff) io.stdout(`\n${result.index.diff}\nFix: ${FIX_COMMAND}${settings.root === io.cwd ? '' : ` --root ${relative(io.cwd, settings.root) || '.'}`}\n`)
  }
  return countBySeverity(result.diagnostics).errors > 0 ? EXIT_PROBLEMS : EXIT_OK
}
