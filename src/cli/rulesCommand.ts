import type { CliCommand } from './command.js'
import { UsageError } from './io.js'

/** `kep-validator rules`: every rule, its description and severities; it reads no repository. */
export const rulesCommand: CliCommand = {
  name: 'rules',
  help: `  rules             every rule: what it checks and its severity under each preset (--format markdown or json)
`,
  options: { format: { type: 'string' } },
  formats: ['markdown', 'json'],
  standalone: async (io, _options, paths, format) => {
    if (paths.length > 0) throw new UsageError('rules takes no paths')
    // Loaded only here: the registry's table is not what a check needs at start-up.
    const { renderRulesPage, ruleRows } = await import('../format/rulesTable.js')
    io.stdout(format === 'json' ? `${JSON.stringify(ruleRows(), null, 2)}\n` : renderRulesPage())
    return 0
  }
}
