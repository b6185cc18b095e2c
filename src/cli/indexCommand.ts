import { join, relative } from 'node:path'
import { readRepository } from '../validate/readRepository.js'
import { indexOfRepository } from '../indexFile/indexOfRepository.js'
import type { Settings } from '../config/settings.js'
import { FileSystemTree } from '../tree/fileSystemTree.js'
import { Files } from '../files/files.js'
import { presetNamed } from '../presets/registry.js'
import { EXIT_FAILURE, EXIT_OK, EXIT_PROBLEMS, readingLog, UsageError, type CliIo } from './io.js'
import type { CliCommand } from './command.js'

export type IndexMode = 'print' | 'write' | 'check'

/** `kep-validator index`: print, write, or check the generated index.md. */
export async function runIndex(io: CliIo, settings: Settings, mode: IndexMode, options: { jobs?: number; fixCommand?: string } = {}): Promise<number> {
  if (settings.indexFile === null) {
    throw new UsageError(`this repository keeps no index (${presetNamed(settings.preset)?.index === null ? `the ${settings.preset} preset has none` : '--no-index or index: none'}); name one with --index index.md`)
  }
  const repository = await readRepository(settings, new FileSystemTree(settings.root), { jobs: options.jobs, log: readingLog(io) })
  const index = indexOfRepository({ ...settings, indexFile: settings.indexFile }, repository.tree, repository.documents, options.fixCommand)
  const shown = relative(io.cwd, join(settings.root, index.file)) || index.file
  if (index.state === 'broken') {
    io.stderr(`${shown}:${index.problem!.span.line}: ${index.problem!.message}\n`)
    return EXIT_FAILURE
  }
  if (mode === 'print') {
    io.stdout(index.expected)
    return EXIT_OK
  }
  if (mode === 'write') {
    if (index.state === 'fresh') {
      io.stdout(`${shown} is up to date (${repository.documents.length} KEPs)\n`)
    } else {
      new Files(settings.root, 'the KEP root').write(index.file, index.expected)
      io.stdout(`wrote ${shown} (${repository.documents.length} KEPs)\n`)
    }
    return EXIT_OK
  }
  if (index.state === 'fresh') {
    io.stdout(`${shown} is up to date (${repository.documents.length} KEPs)\n`)
    return EXIT_OK
  }
  io.stdout(`${shown}:${index.problem!.span.line}:1  error  index-stale  ${index.problem!.message}\n\n${index.diff ?? ''}\nFix: ${index.fixCommand}\n`)
  return EXIT_PROBLEMS
}

export const indexCommand: CliCommand = {
  name: 'index',
  help: `  index             print the generated index.md; --write writes it, --check fails when it is stale
`,
  options: { write: { type: 'boolean' }, check: { type: 'boolean' }, jobs: { type: 'string' } },
  run: ({ io, settings, options, paths, jobs, indexFixCommand }) => {
    if (options.flag('write') && options.flag('check')) throw new UsageError('--write and --check exclude each other')
    if (paths.length > 0) throw new UsageError('index takes no paths')
    return runIndex(io, settings, options.flag('write') ? 'write' : options.flag('check') ? 'check' : 'print', { jobs, fixCommand: indexFixCommand })
  }
}
