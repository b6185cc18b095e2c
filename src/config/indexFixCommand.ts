import { relative, resolve, sep } from 'node:path'
import { CONFIG_FILES, type KepConfig } from './configFile.js'
import { DEFAULT_PRESET, presetNamed } from '../presets/registry.js'
import { isLifecycleFile } from './lifecycleOption.js'
import type { Settings } from './settings.js'
import { FIX_COMMAND } from '../indexFile/checkIndex.js'

export interface FixCommandContext {
  /** Where the reader runs the command: the repository root in the action, the current folder in the CLI. */
  from: string
  /** The configuration file the run used, if any. */
  config?: KepConfig
  /** A lifecycle given other than by the configuration (a name, or an absolute path). */
  lifecycle?: string
}

/** A word as a POSIX shell reads it back: quoted when it holds anything but plain path characters. */
function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, "'\\''")}'`
}

const fromDir = (from: string, path: string): string => relative(from, path).split(sep).join('/') || '.'

/**
 * `kep-validator index --write` with whatever it needs, run from `from`, to write the index this
 * run compared: the root, the configuration, the preset, the index file and the lifecycle, each
 * only when the command would not find it by itself.
 */
export function indexFixCommand(settings: Pick<Settings, 'root' | 'preset' | 'indexFile'> & Partial<Pick<Settings, 'indexTemplate' | 'recognition'>>, context: FixCommandContext): string {
  const { from, config } = context
  const words = [FIX_COMMAND]
  const foundConfig = CONFIG_FILES.map(name => resolve(from, name))
  if (config && !foundConfig.includes(config.file)) words.push('--config', fromDir(from, config.file))
  const cliRoot = config?.root ?? from
  if (resolve(settings.root) !== resolve(cliRoot)) words.push('--root', fromDir(from, settings.root))
  // A preset the layout tells is told again by the command (run from the same root).
  if (settings.preset !== (config?.preset ?? settings.recognition?.preset ?? DEFAULT_PRESET.name)) words.push('--preset', settings.preset)
  const preset = presetNamed(settings.preset)!
  const cliIndex = config?.index !== undefined ? config.index : preset.index
  if (settings.indexFile !== null && settings.indexFile !== cliIndex) words.push('--index', settings.indexFile)
  const cliTemplate = config?.indexTemplate !== undefined ? config.indexTemplate : preset.indexTemplate
  if (settings.indexFile !== null && settings.indexTemplate !== undefined && settings.indexTemplate !== cliTemplate) words.push('--index-template', settings.indexTemplate ?? 'none')
  if (context.lifecycle !== undefined) words.push('--lifecycle', isLifecycleFile(context.lifecycle) ? fromDir(from, context.lifecycle) : context.lifecycle)
  return words.map((word, i) => (i === 0 ? word : shellWord(word))).join(' ')
}
