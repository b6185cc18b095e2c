import { dirname, resolve } from 'node:path'
import type { SeverityOverride } from '../core/diagnostic.js'
import type { PresetName } from './presets.js'
import { readDataFile } from './readDataFile.js'
import { rulesAsTheyAre, type RuleSource } from './ruleSource.js'
import { loadPrecompiledConfig } from '../schema/precompiled.js'
import { schemaFromPrecompiled } from '../schema/metadataSchema.js'

export const CONFIG_FILES = ['.kep-validator.yml', '.kep-validator.yaml']

/** .kep-validator.yml, paths resolved against its folder. */
export interface KepConfig {
  file: string
  root?: string
  preset?: PresetName
  lifecycle?: string
  schema?: string
  index?: string | null
  include?: string[]
  exclude?: string[]
  sigs?: string
  severity?: Record<string, SeverityOverride>
  /** The same as severity, as eslint names it; a later layer than severity. */
  rules?: Record<string, SeverityOverride>
}

const BUILTIN_LIFECYCLE = /^[a-z0-9-]+$/

/** An explicit configuration file, or .kep-validator.yml in the folder when there is one. */
export async function findConfig(dir: string, explicit?: string, source: RuleSource = rulesAsTheyAre()): Promise<KepConfig | undefined> {
  if (explicit !== undefined) return loadConfigFile(resolve(dir, explicit), source)
  const found = CONFIG_FILES.map(name => resolve(dir, name)).find(path => source.exists(path))
  return found === undefined ? undefined : loadConfigFile(found, source)
}

/** Reads and validates a configuration file; every problem is named with its line. */
export async function loadConfigFile(path: string, source: RuleSource = rulesAsTheyAre()): Promise<KepConfig> {
  const data = readDataFile(path, 'configuration', schemaFromPrecompiled(await loadPrecompiledConfig()), source).data as Omit<KepConfig, 'file'>
  const dir = dirname(path)
  const relativeTo = (value: string | undefined): string | undefined => (value === undefined ? undefined : resolve(dir, value))
  return {
    file: path,
    root: relativeTo(data.root),
    preset: data.preset,
    lifecycle: data.lifecycle === undefined || BUILTIN_LIFECYCLE.test(data.lifecycle) ? data.lifecycle : relativeTo(data.lifecycle),
    schema: relativeTo(data.schema),
    index: data.index === 'none' ? null : data.index,
    include: data.include,
    exclude: data.exclude,
    sigs: relativeTo(data.sigs),
    severity: data.severity,
    rules: data.rules
  }
}
