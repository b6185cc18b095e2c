import { dirname, join, resolve } from 'node:path'
import type { KepConfig } from './configFile.js'
import type { Layout } from '../read/findKepFiles.js'
import type { Lifecycle } from '../core/lifecycle.js'
import { loadLifecycle } from './lifecycle.js'
import { isLifecycleFile } from './lifecycleOption.js'
import type { SeverityLayers, SeverityOverride } from '../core/diagnostic.js'
import type { MetadataFormat } from '../read/metadataFormat.js'
import type { Preset, RepositoryFiles, RuleSelection } from '../presets/preset.js'
import { DEFAULT_PRESET, PRESET_NAMES, presetNamed } from '../presets/registry.js'
import { recognisePreset, type Recognition } from '../presets/recognise.js'
import { FileSystemTree } from '../tree/fileSystemTree.js'
import type { Tree } from '../tree/tree.js'
import { LoadError } from '../core/loadError.js'
import { readDataFile } from './readDataFile.js'
import { filesSource, isFolder } from '../files/files.js'
import type { IndexView } from '../indexFile/renderTemplate.js'
import { rulesAsTheyAre, type RuleSource } from './ruleSource.js'
import { compileMetadataSchema, precompiledMetadataSchema, type MetadataSchema } from '../schema/metadataSchema.js'

/** Everything a run needs, loaded and validated before any KEP is read. */
export interface Settings {
  /** Absolute path of the KEP root. */
  root: string
  preset: string
  /** How the preset was chosen when neither the caller nor the configuration names one: from the layout under the root. */
  recognition?: Recognition
  layout: Layout
  format: MetadataFormat
  lifecycle: Lifecycle
  schema: MetadataSchema
  /** The generated index, relative to the root; null when the repository keeps none. */
  indexFile: string | null
  /** The repository's own mustache template of the whole index, relative to the root; null: the built-in index. */
  indexTemplate: string | null
  /** The data the template renders (the preset's). */
  indexView: IndexView
  /** The action lists the open pull requests for the rules (the preset numbers by their titles). */
  numbersFromOpenPullRequests: boolean
  /** The rules the preset runs, with their options. */
  rules: RuleSelection
  prodReadiness: boolean
  /** Each KEP's outline is read (its lines that start with "#"): the preset's rules check the body. */
  outline: boolean
  /** Severity by rule id or glob (schema/*): the preset's, the configuration's, the caller's. */
  severity: SeverityLayers
  knownSigs?: ReadonlySet<string>
  /** The upcoming release the configuration names ("v1.37"); unset, rules that need it read it off the KEPs. */
  release?: string
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
  indexTemplate?: string | null
  sigs?: string
  severity?: Record<string, SeverityOverride>
  config?: KepConfig
  /**
   * Where neither this input nor the configuration names a preset, tell it from the layout under
   * the root (recognisePreset: the front ends, for a user who passes no flag); else the default.
   */
  recognisePreset?: boolean
  /**
   * The files whose layout tells the preset: for a change, its base commit's (a pull request
   * that adds files of another layout must not choose what judges it); default: the root's files.
   */
  recognitionTree?: (root: string) => Tree
  /**
   * Where the configuration's files are read (a change's base commit, chosen by
   * config/loadRules.ts); default: the files as they are, in the folders named here (the root,
   * the configuration's folder, each file's own).
   */
  source?: RuleSource
}

/** The SIGs, working groups and committees of a sigs.yaml in kubernetes/community's format. */
export function loadKnownSigs(path: string, source: RuleSource = rulesAsTheyAre(filesSource([dirname(resolve(path))]))): Set<string> {
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

/**
 * A repository's own schema (a file the caller or the configuration names), read and compiled;
 * else the preset's, precompiled with its lifecycle (with another, compiled from the data it carries).
 */
async function loadMetadataSchema(file: string | undefined, lifecycle: Lifecycle, source: RuleSource, preset: Preset): Promise<MetadataSchema> {
  if (file !== undefined) return compileMetadataSchema(readDataFile(file, 'metadata schema', undefined, source).data, file, lifecycle)
  const precompiled = await precompiledMetadataSchema(preset.schema, lifecycle)
  return precompiled ?? compileMetadataSchema(structuredClone(preset.carries.schema), `${preset.name}/schema.json`, lifecycle)
}

/** The repository's files as a preset reads them (fromRepository): through the settings' source. */
function repositoryFiles(root: string, source: RuleSource): RepositoryFiles {
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

/** The folders a caller names: the root, the configuration's, and those of the files given. */
function namedFolders(input: SettingsInput, root: string): string[] {
  const files = [input.schema, input.sigs, input.lifecycle !== undefined && isLifecycleFile(input.lifecycle) ? input.lifecycle : undefined, input.config?.file]
  return [root, ...files.filter((file): file is string => file !== undefined).map(file => dirname(resolve(file)))]
}

/** Throws LoadError when anything cannot be loaded: a run never starts half-configured. */
export async function loadSettings(input: SettingsInput = {}): Promise<Settings> {
  const config = input.config
  const presetName = input.preset ?? config?.preset
  const named = presetName === undefined ? undefined : presetNamed(presetName)
  if (presetName !== undefined && !named) {
    throw new LoadError(`preset "${presetName}" is not one of ${PRESET_NAMES.join(', ')}`)
  }
  const root = resolve(input.root ?? config?.root ?? '.')
  if (!isFolder(root)) throw new LoadError(`the KEP root ${root} is not a folder`)
  const source = input.source ?? rulesAsTheyAre(filesSource(namedFolders(input, root)))
  // The KEP root is where the run may read (a configuration naming it may be a pull request's): /proc/self is not.
  try {
    source.confine(root)
  } catch (error) {
    const namedBy = config?.root === root ? ` that ${config.file} names` : ''
    throw new LoadError(`the KEP root ${root}${namedBy} cannot be read: ${(error as Error).message}`)
  }
  // A preset named by the caller or the configuration always wins; else the layout under the root tells it.
  const recognition = named || !input.recognisePreset ? undefined : recognisePreset(input.recognitionTree?.(root) ?? new FileSystemTree(root))
  const preset: Preset = named ?? presetNamed(recognition?.preset ?? '') ?? DEFAULT_PRESET
  const lifecycle = await loadLifecycle(input.lifecycle ?? config?.lifecycle ?? preset.lifecycle, source)
  const sigs = input.sigs ?? config?.sigs
  const own = preset.fromRepository?.(repositoryFiles(root, source)) ?? {}
  return {
    root,
    preset: preset.name,
    ...(recognition && { recognition }),
    layout: {
      include: input.include ?? config?.include ?? preset.layout.include,
      exclude: input.exclude ?? config?.exclude ?? [...preset.layout.exclude, ...(own.exclude ?? [])]
    },
    format: preset.format,
    lifecycle,
    schema: await loadMetadataSchema(input.schema ?? config?.schema, lifecycle, source, preset),
    indexFile: input.indexFile !== undefined ? input.indexFile : config?.index !== undefined ? config.index : preset.index,
    indexTemplate: input.indexTemplate !== undefined ? input.indexTemplate : config?.indexTemplate !== undefined ? config.indexTemplate : preset.indexTemplate,
    indexView: preset.indexView,
    numbersFromOpenPullRequests: preset.numbersFromOpenPullRequests,
    rules: own.rules ?? preset.rules,
    prodReadiness: preset.prodReadiness,
    outline: preset.outline === true,
    severity: [preset.severity, config?.severity ?? {}, config?.rules ?? {}, input.severity ?? {}],
    knownSigs: sigs === undefined ? undefined : loadKnownSigs(sigs, source),
    release: config?.release
  }
}
