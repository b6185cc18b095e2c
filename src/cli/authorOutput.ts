import { relative, resolve, sep } from 'node:path'
import type { IndexUpdate } from '../presets/proposal.js'
import type { Settings } from '../config/settings.js'
import { checkReport } from '../format/checkReport.js'
import { FORMATTERS } from '../format/formatters.js'
import { FileSystemTree } from '../tree/fileSystemTree.js'
import { validate } from '../validate/validate.js'
import { EXIT_OK, EXIT_PROBLEMS, readingLog, type CliIo } from './io.js'

/** A root-relative path as the user sees it from the current folder. */
export function shownPath(io: CliIo, settings: Settings, file: string): string {
  return relative(io.cwd, resolve(settings.root, file)).split(sep).join('/') || file
}

export function indexLine(io: CliIo, settings: Settings, index: IndexUpdate): string {
  if (index.state === 'none') return ''
  const shown = shownPath(io, settings, index.file)
  if (index.state === 'broken') return `${shown} was not updated: ${index.message}\n`
  return index.state === 'written' ? `updated ${shown}\n` : `${shown} is up to date\n`
}

/**
 * What `check` says of the KEP just written: a move the lifecycle allows may still need
 * more before it merges (kubernetes' production readiness approval, superseded-by for a
 * replaced KEP). Exit 1 when it reports errors, as check would.
 */
export async function checkWritten(io: CliIo, settings: Settings, file: string): Promise<number> {
  const result = await validate(settings, { head: new FileSystemTree(settings.root), paths: [{ path: file, directory: false }], log: readingLog(io) })
  const diagnostics = result.diagnostics.filter(diagnostic => diagnostic.file === file)
  if (diagnostics.length === 0) return EXIT_OK
  const report = checkReport({ diagnostics, checked: [file] })
  io.stdout(`\nkep-validator check still reports:\n${FORMATTERS.text(report, { displayPath: path => shownPath(io, settings, path) })}`)
  return report.counts.errors > 0 ? EXIT_PROBLEMS : EXIT_OK
}
