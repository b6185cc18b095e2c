import { existsSync, readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { readYamlFile } from '../parse/readYaml.js'
import type { SeverityOverride } from '../core/diagnostic.js'
import type { PresetName } from './presets.js'
import { LoadError } from '../schema/loadJsonFile.js'
import { loadPrecompiledConfig } from '../schema/precompiled.js'
import { schemaFromPrecompiled } from '../schema/metadataSchema.js'
import { schemaReports } from '../schema/schemaReports.js'

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
}

const BUILTIN_LIFECYCLE = /^[a-z0-9-]+$/

/** An explicit configuration file, or .kep-validator.yml in the folder when there is one. */
export async function findConfig(dir: string, explicit?: string): Promise<KepConfig | undefined> {
  if (explicit !== undefined) return loadConfigFile(resolve(dir, explicit))
  const found = CONFIG_FILES.map(name => resolve(dir, name)).find(path => existsSync(path))
  return found === undefined ? undefined : loadConfigFile(found)
}

/** Reads and validates a configuration file; every problem is named with its line. */
export async function loadConfigFile(path: string): Promise<KepConfig> {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw new LoadError(`cannot read the configuration ${path}: ${(error as Error).message}`)
  }
  const read = readYamlFile(path, text)
  const problems = [...read.problems]
  if (read.metadata) {
    problems.push(...schemaReports(read.metadata, schemaFromPrecompiled(await loadPrecompiledConfig())).map(report => ({ ...report, file: path, rule: 'configuration' })))
  }
  if (problems.length > 0 || !read.metadata) {
    const lines = problems.map(p => `${p.file}:${p.span.line}:${p.span.column}: ${p.message}`)
    throw new LoadError(`the configuration is invalid:\n${lines.join('\n') || `${path}: it must be a YAML mapping`}`)
  }
  const data = read.metadata.data as Omit<KepConfig, 'file'>
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
    severity: data.severity
  }
}
