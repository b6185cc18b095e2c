import type { ParseArgsConfig } from 'node:util'
import type { Rules, RulesBase } from '../config/loadRules.js'
import type { Settings } from '../config/settings.js'
import type { CliIo } from './io.js'

/** Options as node:util's parseArgs declares them. */
export type OptionTable = NonNullable<ParseArgsConfig['options']>

/** The options given on the command line, by name, as parseArgs read them. */
export class GivenOptions {
  constructor(private readonly values: Readonly<Record<string, string | boolean | Array<string | boolean> | undefined>>) {}

  string(name: string): string | undefined {
    const value = this.values[name]
    return typeof value === 'string' ? value : undefined
  }

  flag(name: string): boolean {
    return this.values[name] === true
  }

  strings(name: string): string[] | undefined {
    const value = this.values[name]
    return Array.isArray(value) ? value.map(String) : undefined
  }

  /** The names given, in the order of the table. */
  names(): string[] {
    return Object.keys(this.values).filter(name => this.values[name] !== undefined)
  }
}

/** What a command that runs on a repository gets: its options, its paths, and the rules the run loaded. */
export interface CommandRun {
  io: CliIo
  options: GivenOptions
  paths: string[]
  rules: Rules
  settings: Settings
  /** The command that rewrites the index, as the reader runs it from the current folder. */
  indexFixCommand: string
  /** --baseline, resolved. */
  baselineFile?: string
  /** --format, checked against the command's formats (the first is the default). */
  format: string
  /** --jobs, checked. */
  jobs?: number
}

/** One command of the CLI: its help, its own options, and what it does. run.ts parses, checks what belongs where, loads the rules and dispatches. */
export interface CliCommand {
  name: string
  /** Its lines of the help's Commands section. */
  help: string
  /** The options it takes beyond those that say where the rules are (run.ts's RULE_OPTIONS). */
  options: OptionTable
  /** Options that are one choice (--fix, --fix-dry-run): a misplaced one is named with the others. */
  together?: ReadonlyArray<readonly string[]>
  /** The formats --format takes; the first is the default. */
  formats?: readonly string[]
  /** It runs without a repository (no rules are loaded). */
  standalone?: (io: CliIo, options: GivenOptions, paths: string[], format: string) => Promise<number>
  /**
   * It says on stderr which preset the layout told, when none was named (check): new and promote
   * name the files they write instead, and a report's reader wants only the report.
   */
  tellsPreset?: boolean
  /** The commit whose rules judge the run (check --base), when there is one. */
  rulesBase?: (io: CliIo, options: GivenOptions) => RulesBase | undefined
  run?: (run: CommandRun) => Promise<number>
}
