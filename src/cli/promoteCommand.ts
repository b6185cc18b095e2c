import { today } from '../author/kepText.js'
import { promoteKep } from '../author/promoteKep.js'
import type { Settings } from '../config/settings.js'
import { checkWritten, indexLine, shownPath } from './authorOutput.js'
import { UsageError, type CliIo } from './io.js'
import { rootRelative } from './check.js'
import type { CliCommand } from './command.js'

export interface PromoteCommand {
  paths: string[]
  status?: string
  stage?: string
  milestone?: string
}

/** `kep-validator promote`: one KEP along its lifecycle, then what check says of it. */
export async function runPromote(io: CliIo, settings: Settings, command: PromoteCommand): Promise<number> {
  if (command.paths.length !== 1) throw new UsageError('promote takes one KEP: its file, or its folder')
  const [target] = rootRelative(io, settings, command.paths)
  const promotion = await promoteKep(settings, { target: target.path, status: command.status, stage: command.stage, milestone: command.milestone, today: today() })
  const shown = shownPath(io, settings, promotion.file)
  io.stdout(`promoted ${promotion.previousFile === undefined ? shown : shownPath(io, settings, promotion.previousFile)}\n`)
  for (const { field, from, to } of promotion.changes) io.stdout(`  ${field}: ${from === undefined ? '(none)' : String(from)} → ${String(to)}\n`)
  if (promotion.previousFile !== undefined) io.stdout(`  moved to ${shown}${promotion.gitMoved ? ' (git mv)' : ''}\n`)
  io.stdout(indexLine(io, settings, promotion.index))
  return checkWritten(io, settings, promotion.file)
}

export const promoteCommand: CliCommand = {
  name: 'promote',
  help: `  promote KEP (--status S | --stage S) [--milestone vX.Y]
                    move a KEP (its file, or its folder) along the lifecycle: refuses moves it does not
                    allow; sets last-updated, the milestones, the number on approval, and updates the index
`,
  options: {
    status: { type: 'string' },
    stage: { type: 'string' },
    milestone: { type: 'string' }
  },
  run: ({ io, settings, options, paths }) => runPromote(io, settings, { paths, status: options.string('status'), stage: options.string('stage'), milestone: options.string('milestone') })
}
