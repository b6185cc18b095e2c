import { resolveAuthors } from '../author/authors.js'
import { today } from '../author/kepText.js'
import { proposalContext } from '../author/newKep.js'
import type { Settings } from '../config/settings.js'
import { presetNamed } from '../presets/registry.js'
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

/** `kep-validator new`: a proposal as the preset's process writes one (its template, its numbering), then what check says of it. */
export async function runNew(io: CliIo, settings: Settings, command: NewCommand): Promise<number> {
  const author = presetNamed(settings.preset)!.author
  if (author.takesSig) {
    if (command.sig === undefined || command.title === undefined) throw new UsageError('new needs --sig SIG and --title TITLE')
  } else {
    if (command.title === undefined) throw new UsageError('new needs --title TITLE')
    // A process that numbers its proposals in one folder (Tekton's teps.py new) takes a title, and nothing of where it goes.
    if (command.sig !== undefined || command.stage !== undefined || command.milestone !== undefined) throw new UsageError(`${author.noSig ?? 'this process has no SIG, stage or milestone'}: new takes --title, --author and --status`)
  }
  const authors = resolveAuthors(settings.root, command.authors)
  const created = await author.create(proposalContext(settings), { sig: command.sig, title: command.title, authors, status: command.status, stage: command.stage, milestone: command.milestone, today: today() })
  const from = created.template === 'built-in' ? 'the built-in template' : shownPath(io, settings, created.template)
  const number = created.numberLabel !== undefined ? `${created.numberLabel}, ` : created.number === undefined ? '' : `kep-number ${created.number}, `
  io.stdout(`created ${shownPath(io, settings, created.file)} from ${from}: ${number}status ${created.status}\n`)
  for (const file of created.files) if (file !== created.file) io.stdout(`created ${shownPath(io, settings, file)}\n`)
  for (const note of created.notes ?? []) io.stdout(`  ${note}\n`)
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
