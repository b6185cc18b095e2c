import { isKepPath } from '../read/findKepFiles.js'
import { plural } from '../core/plural.js'
import type { Tree } from '../tree/tree.js'
import type { Preset } from './preset.js'
import { presets } from './registry.js'

/** How the preset of a run was chosen, when neither the caller nor the configuration names one. */
export type Recognition =
  /** A preset's layout is there: the one whose files are the most (the registry's order between equals). */
  | { preset: string; include: string[]; count: number }
  /** No preset's layout is there: what was looked for. */
  | { preset?: undefined; lookedFor: Array<{ preset: string; include: string[] }> }

/**
 * The preset whose layout a repository has, from the files under its KEP root: each preset
 * declares what tells it (`recognisedBy`, in its folder). Only the files are counted, none is
 * read: a run names its preset in one line before it reads anything.
 */
export function recognisePreset(tree: Tree, among: readonly Preset[] = presets()): Recognition {
  const files = tree
    .list()
    .filter(entry => entry.kind === 'file')
    .map(entry => entry.path)
  let best: { preset: Preset; count: number } | undefined
  for (const preset of among) {
    const count = files.filter(isKepPath(preset.recognisedBy)).length
    if (count > (best?.count ?? 0)) best = { preset, count }
  }
  if (best) return { preset: best.preset.name, include: best.preset.recognisedBy.include, count: best.count }
  return { lookedFor: among.map(preset => ({ preset: preset.name, include: preset.recognisedBy.include })) }
}

/** The line a run says it with (the CLI on stderr, the action in its log). */
export function describeRecognition(recognition: Extract<Recognition, { count: number }>): string {
  return `preset ${recognition.preset}, found ${recognition.include.join(', ')} (${plural(recognition.count, 'file')})`
}

/** What was looked for, preset by preset. */
export function lookedFor(recognition: Extract<Recognition, { lookedFor: unknown }>): string {
  return recognition.lookedFor.map(({ preset, include }) => `${include.join(', ')} (${preset})`).join('; ')
}

/**
 * What a front end says of a run's preset: one line where the layout told a preset other than
 * the default. Nothing where a preset was named, nor for the default (as before presets were
 * recognised: the CLI's stderr carries problems); where no layout was recognised, a run that
 * finds nothing says what was looked for (validate/nothingSelected.ts).
 */
export function presetNote(settings: { preset: string; recognition?: Recognition }): string[] {
  const { recognition } = settings
  return recognition?.preset !== undefined && recognition.preset !== presets()[0].name ? [describeRecognition(recognition)] : []
}

/** The presets as the help lists them, from the registry. */
export function presetsHelp(): string {
  const named = presets().map(preset => `${preset.name} (${preset.description})`)
  return `${named.join(', ')};\n                    default: the one whose layout is under the root, else ${presets()[0].name}`
}
