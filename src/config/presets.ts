// The presets are packages (src/presets/<name>/), listed in src/presets/registry.ts.
export type { Preset, RepositoryFiles, RuleSelection } from '../presets/preset.js'
export { PRESETS, PRESET_NAMES, DEFAULT_PRESET, presetNamed, type PresetName } from '../presets/registry.js'
