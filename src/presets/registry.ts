import type { MetadataFormat } from '../read/metadataFormat.js'
import { addRules } from '../rules/registry.js'
import type { BuiltinLifecycle, Preset } from './preset.js'
import { KEP_0001 } from './kep-0001/preset.js'
import { KUBERNETES } from './kubernetes/preset.js'
import { OPENSHIFT } from './openshift/preset.js'
import { TEKTON_PRESET } from './tekton/preset.js'

/**
 * The one registry of processes: one line per preset, in the order the help, the docs and the
 * rules table list them. The first is the default where nothing names a preset and no layout is
 * recognised. Everything else about a preset is in its folder (src/presets/<name>/).
 */
const REGISTERED: Preset[] = [KEP_0001, KUBERNETES, OPENSHIFT, TEKTON_PRESET]

// Their own rules join the rule registry (src/rules/registry.ts), in this order.
for (const preset of REGISTERED) addRules(preset.ownRules ?? [], `preset ${preset.name}`)

/** Every preset by name (live: a preset registered later is in it). */
export const PRESETS: Readonly<Record<string, Preset>> = Object.fromEntries(REGISTERED.map(preset => [preset.name, preset]))
/** Their names, in the registry's order. */
export const PRESET_NAMES: readonly string[] = REGISTERED.map(preset => preset.name)
export type PresetName = string

/** The preset where nothing names one and no layout is recognised. */
export const DEFAULT_PRESET: Preset = REGISTERED[0]

/** Every registered preset, in order. */
export function presets(): readonly Preset[] {
  return REGISTERED
}

export function presetNamed(name: string): Preset | undefined {
  return Object.hasOwn(PRESETS, name) ? PRESETS[name] : undefined
}

/**
 * Adds a process to the registry at run time (an embedder's, a test's fixture): its name,
 * lifecycles and rules (with their examples) then work everywhere a built-in's do. A name,
 * lifecycle or rule id that is taken is refused, and nothing is registered.
 */
export function registerPreset(preset: Preset): void {
  if (presetNamed(preset.name)) throw new Error(`a preset named ${preset.name} is registered already`)
  const lifecycles = new Set(builtinLifecycles())
  const taken = preset.lifecycles.find(lifecycle => lifecycles.has(lifecycle.name))
  if (taken) throw new Error(`the lifecycle ${taken.name} of preset ${preset.name} is another preset's`)
  addRules(preset.ownRules ?? [], `preset ${preset.name}`)
  REGISTERED.push(preset)
  ;(PRESETS as Record<string, Preset>)[preset.name] = preset
  ;(PRESET_NAMES as string[]).push(preset.name)
}

/** The built-in lifecycles' names: each preset's, in the registry's order. */
export function builtinLifecycles(): string[] {
  return REGISTERED.flatMap(preset => preset.lifecycles.map(lifecycle => lifecycle.name))
}

// The lifecycles of the presets above, as shipped: their test checks them against the schema.
const SHIPPED_LIFECYCLES: ReadonlySet<BuiltinLifecycle> = new Set(REGISTERED.flatMap(preset => preset.lifecycles))

/** A lifecycle of a preset kep-validator ships (not one registered at run time): its test checks it against the schema, so a run need not. */
export function isShippedLifecycle(lifecycle: BuiltinLifecycle): boolean {
  return SHIPPED_LIFECYCLES.has(lifecycle)
}

/** A built-in lifecycle's declaration, by name. */
export function builtinLifecycle(name: string): BuiltinLifecycle | undefined {
  for (const preset of REGISTERED) for (const lifecycle of preset.lifecycles) if (lifecycle.name === name) return lifecycle
  return undefined
}

/** A metadata format by name, for a worker thread (which is told the name). */
export function formatNamed(name: string): MetadataFormat {
  const format = REGISTERED.find(preset => preset.format.name === name)?.format
  if (!format) throw new Error(`internal error: no preset reads the format ${name}`)
  return format
}
