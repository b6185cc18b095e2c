import { resolveAuthors } from '../author/authors.js'
import { today } from '../author/kepText.js'
import { createKep } from '../author/newKep.js'
import type { Settings } from '../config/settings.js'
import { checkWritten, indexLine, shownPath } from './authorOutput.js'
import { UsageError, type CliIo } from './io.js'

export interface NewCommand {
  sig?: string
  title?: string
  authors: string[]
  status?: string
  stage?: string
  milestone?: string
}

/** `kep-validator new`: a KEP from the repository's template, then what check says of it. */
export async function runNew(io: CliIo, settings: Settings, command: NewCommand): Promise<number> {
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
