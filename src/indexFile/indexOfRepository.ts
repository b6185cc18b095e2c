import { compareDiagnostics, diagnostic, FILE_START } from '../core/diagnostic.js'
import type { CheckResult, Repository } from '../validate/repository.js'
import type { Settings } from '../config/settings.js'
import { applySeverity } from '../rules/severity.js'
import { checkIndex, type IndexCheck } from './checkIndex.js'
import { renderIndex } from './renderIndex.js'

function isMissing(error: Error): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT' || /is not in /.test(error.message)
}

/** The index check of a repository version, or undefined when the settings turn it off. */
export function indexOfRepository(settings: Settings, repository: Repository): IndexCheck | undefined {
  if (settings.indexFile === null) return undefined
  const file = settings.indexFile
  const content = repository.tree.readFiles([file]).get(file)
  const generated = renderIndex(repository.documents, file, settings.lifecycle)
  if (content !== undefined && !Buffer.isBuffer(content) && !isMissing(content)) {
    return {
      file,
      state: 'broken',
      expected: '',
      diagnostic: diagnostic(file, FILE_START, 'index-stale', `${file} cannot be read: ${content.message}`)
    }
  }
  return checkIndex(file, Buffer.isBuffer(content) ? content.toString('utf8') : undefined, generated)
}

/** Adds the index check to a result: every check run, audit or pull request, includes it. */
export function withIndexCheck<T extends CheckResult>(settings: Settings, repository: Repository, result: T): T & { index?: IndexCheck } {
  const index = indexOfRepository(settings, repository)
  if (!index) return result
  const diagnostics = index.diagnostic ? applySeverity([...result.diagnostics, index.diagnostic], settings.severity).sort(compareDiagnostics) : result.diagnostics
  return { ...result, diagnostics, index }
}
