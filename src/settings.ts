import { resolve } from 'node:path'
import { KEP_0001_LAYOUT, type Layout } from './discover/findKepFiles.js'
import { loadLifecycle, type Lifecycle } from './lifecycle.js'
import { DEFAULT_SCHEMA, loadMetadataSchema, type MetadataSchema } from './schema/metadataSchema.js'

/** Everything a run needs, loaded and validated before any KEP is read. */
export interface Settings {
  /** Absolute path of the KEP root. */
  root: string
  layout: Layout
  lifecycle: Lifecycle
  schema: MetadataSchema
  /** The generated index, relative to the root; null when the repository keeps none. */
  indexFile: string | null
}

export interface SettingsInput {
  root?: string
  lifecycle?: string
  schema?: string
  include?: string[]
  exclude?: string[]
  indexFile?: string | null
}

/** Throws LoadError when a lifecycle or schema cannot be loaded: a run never starts half-configured. */
export async function loadSettings(input: SettingsInput = {}): Promise<Settings> {
  const lifecycle = loadLifecycle(input.lifecycle ?? 'kep-0001')
  return {
    root: resolve(input.root ?? '.'),
    layout: {
      include: input.include ?? KEP_0001_LAYOUT.include,
      exclude: input.exclude ?? KEP_0001_LAYOUT.exclude
    },
    lifecycle,
    schema: await loadMetadataSchema(input.schema ?? DEFAULT_SCHEMA, lifecycle),
    indexFile: input.indexFile === undefined ? 'index.md' : input.indexFile
  }
}
