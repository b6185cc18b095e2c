import { existsSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { KepConfig } from './configFile.js'
import type { Layout } from '../read/findKepFiles.js'
import type { Lifecycle } from '../core/lifecycle.js'
import { loadLifecycle } from './lifecycle.js'
import type { SeverityLayers, SeverityOverride } from '../core/diagnostic.js'
import type { MetadataFormat } from '../core/document.js'
import { PRESET_NAMES, PRESETS, type Preset, type PresetName, type RepositoryFiles, type RuleSelection } from './presets.js'
import { LoadError } from '../core/loadError.js'
import { FILE_SYSTEM, readDataFile } from './readDataFile.js'
import type { DataSource } from '../core/dataSource.js'
import { builtinSchema, compileMetadataSchema, precompiledMetadataSchema, type MetadataSchema } from '../schema/metadataSchema.js'

/** Everything a run needs, loaded and validated before any KEP is read. */
export interface Settings {
  /** Absolute path of the KEP root. */
  root: string
  preset: PresetName
  layout: Layout
  format: MetadataFormat
  lifecycle: Lifecycle
  schema: MetadataSchema
  /** The generated index, relative to the root; null when the repository keeps none. */
  indexFile: string | null
  /** The rules the preset runs, with their options. */
  rules: RuleSelection
  prodReadiness: boolean
  /** Each KEP's outline is read (its lines that start with "#"): the preset's rules check the body. */
  outline: boolean
  /** Severity by rule id or glob (schema/*): the preset's, the configuration's, the caller's. */
  severity: SeverityLayers
  knownSigs?: ReadonlySet<string>
}

/** What the command line or the action asks for; each value overrides the configuration file's. */
export interface SettingsInput {
  root?: string
  preset?: string
  lifecycle?: string
  schema?: string
  include?: string[]
  exclude?: string[]
  indexFile?: string | null
  sigs?: string
  severity?: Record<string, SeverityOverride>
  config?: KepConfig
  /** Where the configuration's files are read (a pull request's base commit); default: the file system. */
  source?: DataSource
}

/** The SIGs, working groups and committees of a sigs.yaml in kubernetes/community's format. */
export function loadKnownSigs(path: string, source: DataSource = FILE_SYSTEM): Set<string> {
  const { data } = readDataFile(path, 'the SIG list', undefined, source)
  const sigs = new Set<string>()
  for (const group of ['sigs', 'workinggroups', 'committees', 'usergroups']) {
    const list = (data as Record<string, unknown> | null)?.[group]
    if (!Array.isArray(list)) continue
    for (const entry of list) {
      const dir = (entry as { dir?: unknown } | null)?.dir
      if (typeof dir === 'string') sigs.add(dir)
    }
  }
  if (sigs.size === 0) throw new LoadError(`the SIG list ${path} names no SIG: expected sigs: [{dir: sig-…}, …] as kubernetes/community's sigs.yaml`)
  return sigs
}

/** The built-in schema, precompiled (or, with another lifecycle, the one its preset carries), or a repository's own, read and compiled. */
async function loadMetadataSchema(path: string, lifecycle: Lifecycle, source: DataSource, preset: Preset): Promise<MetadataSchema> {
  const precompiled = await precompiledMetadataSchema(path, lifecycle)
  if (precompiled) return precompiled
  const carried = path === builtinSchema(preset.schema) ? preset.carries?.schema : undefined
  return compileMetadataSchema(carried ? structuredClone(carried) : readDataFile(path, 'metadata schema', undefined, source).data, path, lifecycle)
}

/** The repository's files as a preset reads them (fromRepository): through the settings' source. */
function repositoryFiles(root: string, source: DataSource): RepositoryFiles {
  return {
    read: path => {
      const absolute = join(root, path)
      if (!source.exists(absolute)) return undefined
      try {
        return source.read(absolute)
      } catch (error) {
        throw new LoadError(`cannot read ${path}, which the preset reads: ${(error as Error).message}`)
      }
    }
  }
}

/** Throws LoadError when anything cannot be loaded: a run never starts half-configured. */
export async function loadSettings(input: SettingsInput = {}): Promise<Settings> {
  const config = input.config
  const presetName = input.preset ?? config?.preset ?? 'kep-0001'
  if (!(PRESET_NAMES as readonly string[]).includes(presetName)) {
    throw new LoadError(`preset "${presetName}" is not one of ${PRESET_NAMES.join(', ')}`)
  }
  const preset = PRESETS[presetName as PresetName]
  const root = resolve(input.root ?? config?.root ?? '.')
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new LoadError(`the KEP root ${root} is not a folder`)
  const source = input.source ?? FILE_SYSTEM
  const lifecycle = loadLifecycle(input.lifecycle ?? config?.lifecycle ?? preset.lifecycle, source)
  const sigs = input.sigs ?? config?.sigs
  const own = preset.fromRepository?.(repositoryFiles(root, source)) ?? {}
  return {
    root,
    preset: preset.name,
    layout: {
      include: input.include ?? config?.include ?? preset.layout.include,
      exclude: input.exclude ?? config?.exclude ?? [...preset.layout.exclude, ...(own.exclude ?? [])]
    },
    format: preset.format,
    lifecycle,
    schema: await loadMetadataSchema(input.schema ?? config?.schema ?? builtinSchema(preset.schema), lifecycle, source, preset),
    indexFile: input.indexFile !== undefined ? input.indexFile : config?.index !== undefined ? config.index : preset.index,
    rules: own.rules ?? preset.rules,
    prodReadiness: preset.prodReadiness,
    outline: preset.outline === true,
    severity: [preset.severity, config?.severity ?? {}, config?.rules ?? {}, input.severity ?? {}],
    knownSigs: sigs === undefined ? undefined : loadKnownSigs(sigs, source)
  }
}
