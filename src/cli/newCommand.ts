import { resolveAuthors } from '../author/authors.js'
import { today } from '../author/kepText.js'
import { createKep } from '../author/newKep.js'
import type { Settings } from '../config/settings.js'
import { createTep } from '../presets/tekton/newTep.js'
import { checkWritten, indexLine, shownPath } from './authorOutput.js'
import { UsageError, type CliIo } from './io.js'
import type { CliCommand } from './command.js'

export interface NewCommand {
  sig?: string
  title?: string
  authors: string[]
  status?: string
  stage?: string
  milestone?: string
}

/** `kep-validator new --preset tekton`: a TEP as teps.py new makes one, then what check says of it. */
async function runNewTep(io: CliIo, settings: Settings, command: NewCommand): Promise<number> {
  if (command.title === undefined) throw new UsageError('new needs --title TITLE')
  if (command.sig !== undefined || command.stage !== undefined || command.milestone !== undefined) throw new UsageError('a TEP has no SIG, stage or milestone: new takes --title, --author and --status')
  const authors = resolveAuthors(settings.root, command.authors)
  const created = await createTep(settings, { title: command.title, authors, status: command.status, today: today() })
  const from = created.template === 'built-in' ? 'the built-in template' : shownPath(io, settings, created.template)
  io.stdout(`created ${shownPath(io, settings, created.file)} from ${from}: TEP-${String(created.number).padStart(4, '0')}, status ${created.status}\n`)
  // teps.py new also counts the numbers open pull requests claim; the CLI asks no one (it has no token).
  io.stdout('  numbered after the TEPs of this checkout; an open pull request titled with this number may claim it too: the check of the pull request (the action) says so\n')
  io.stdout(indexLine(io, settings, created.index))
  return checkWritten(io, settings, created.file)
}

/** `kep-validator new`: a KEP from the repository's template, then what check says of it. */
export async function runNew(io: CliIo, settings: Settings, command: NewCommand): Promise<number> {
  if (settings.format === 'markdown+heading') return runNewTep(io, settings, command)
  if (command.sig === undefined || command.title === undefined) throw new UsageError('new needs --sig SIG and --title TITLE')
  const authors = resolveAuthors(settings.root, command.authors)
  const created = await createKep(settings, { sig: command.sig, title: command.title, authors, status: command.status, stage: command.stage, milestone: command.milestone, today: today() })
  const from = created.template === 'built-in' ? 'the built-in template' : shownPath(io, settings, created.template)
  const number = created.number === undefined ? '' : `kep-number ${created.number}, `
  io.stdout(`created ${shownPath(io, settings, created.file)} from ${from}: ${number}status ${created.status}\n`)
  for (const file of created.files) if (file !== created.file) io.stdout(`created ${shownPath(io, settings, file)}\n`)
  io.stdout(indexLine(io, settings, created.index))
  return checkWritten(io, settings, created.file)
}

export const newCommand: CliCommand = {
  name: 'new',
  help: `  new --sig SIG --title TITLE [--author @HANDLE…] [--status S] [--stage S --milestone vX.Y]
                    create a KEP from the repository's template in the SIG's folder, with its number,
                    today's creation-date and the authors (default: git config github.user), and update the index
`,
  options: {
    sig: { type: 'string' },
    title: { type: 'string' },
    author: { type: 'string', multiple: true },
    status: { type: 'string' },
    stage: { type: 'string' },
    milestone: { type: 'string' }
  },
  run: ({ io, settings, options, paths }) => {
    if (paths.length > 0) throw new UsageError('new takes no paths: --sig and --title say where the KEP goes')
    return runNew(io, settings, {
      sig: options.string('sig'),
      title: options.string('title'),
      authors: options.strings('author') ?? [],
      status: options.string('status'),
      stage: options.string('stage'),
      milestone: options.string('milestone')
    })
  }
}
