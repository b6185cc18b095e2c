import { dirname, resolve } from 'node:path'
import type { SeverityOverride } from '../core/diagnostic.js'
import { readDataFile } from './readDataFile.js'
import { filesSource } from '../files/files.js'
import { rulesAsTheyAre, type RuleSource } from './ruleSource.js'
import { loadPrecompiledConfig } from '../schema/precompiled.js'
import { schemaFromPrecompiled } from '../schema/metadataSchema.js'

export const CONFIG_FILES = ['.kep-validator.yml', '.kep-validator.yaml']

/** .kep-validator.yml, paths resolved against its folder. */
export interface KepConfig {
  file: string
  root?: string
  preset?: string
  lifecycle?: string
  schema?: string
  index?: string | null
  /** `index-template`: the repository's own template of the index, relative to the root; null for none. */
  indexTemplate?: string | null
  include?: string[]
  exclude?: string[]
  sigs?: string
  /** The upcoming release ("v1.37"), for rules that depend on it; unset, the KEPs tell it. */
  release?: string
  severity?: Record<string, SeverityOverride>
  /** The same as severity, as eslint names it; a later layer than severity. */
  rules?: Record<string, SeverityOverride>
}

const BUILTIN_LIFECYCLE = /^[a-z0-9-]+$/

/**
 * An explicit configuration file, or .kep-validator.yml in the folder when there is one.
 * By default it is read from the folder, or the explicit file's own folder, as it is now.
 */
export async function findConfig(dir: string, explicit?: string, source: RuleSource = rulesAsTheyAre(filesSource(explicit === undefined ? [dir] : [dir, dirname(resolve(dir, explicit))]))): Promise<KepConfig | undefined> {
  if (explicit !== undefined) return loadConfigFile(resolve(dir, explicit), source)
  const found = CONFIG_FILES.map(name => resolve(dir, name)).find(path => source.exists(path))
  return found === undefined ? undefined : loadConfigFile(found, source)
}

/** Reads and validates a configuration file; every problem is named with its line. */
export async function loadConfigFile(path: string, source: RuleSource = rulesAsTheyAre(filesSource([dirname(resolve(path))]))): Promise<KepConfig> {
  const data = readDataFile(path, 'configuration', schemaFromPrecompiled(await loadPrecompiledConfig()), source).data as Omit<KepConfig, 'file' | 'indexTemplate'> & { 'index-template'?: string }
  const dir = dirname(path)
  const relativeTo = (value: string | undefined): string | undefined => (value === undefined ? undefined : resolve(dir, value))
  return {
    file: path,
    root: relativeTo(data.root),
    preset: data.preset,
    lifecycle: data.lifecycle === undefined || BUILTIN_LIFECYCLE.test(data.lifecycle) ? data.lifecycle : relativeTo(data.lifecycle),
    schema: relativeTo(data.schema),
    index: data.index === 'none' ? null : data.index,
    indexTemplate: data['index-template'] === 'none' ? null : data['index-template'],
    include: data.include,
    exclude: data.exclude,
    sigs: relativeTo(data.sigs),
    release: data.release,
    severity: data.severity,
    rules: data.rules
  }
}
