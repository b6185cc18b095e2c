import { join } from 'node:path'
import type { ValidateFunction } from 'ajv'
import type { Lifecycle } from '../lifecycle.js'
import { SCHEMAS_DIR } from '../paths.js'
import { createAjv } from './ajv.js'
import { LoadError, loadJsonFile } from './loadJsonFile.js'
import { SchemaIndex } from './schemaIndex.js'

export const DEFAULT_SCHEMA = join(SCHEMAS_DIR, 'kep-0001.schema.json')

export interface MetadataSchema {
  schema: Record<string, unknown>
  validate: ValidateFunction
  index: SchemaIndex
}

/**
 * Compiles the metadata schema with the lifecycle's states as the allowed status values,
 * so a repository that picks another lifecycle need not also rewrite the schema.
 */
export function loadMetadataSchema(path: string, lifecycle: Lifecycle): MetadataSchema {
  const schema = loadJsonFile(path, 'metadata schema') as Record<string, unknown>
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) {
    throw new LoadError(`metadata schema ${path} must be a JSON object`)
  }
  const properties = schema.properties as Record<string, Record<string, unknown>> | undefined
  if (properties?.status && typeof properties.status === 'object') {
    properties.status = { ...properties.status, enum: [...lifecycle.states] }
  }
  if (typeof schema.$id !== 'string') schema.$id = `file://${path}`
  try {
    const ajv = createAjv()
    const validate = ajv.compile(schema)
    return { schema, validate, index: new SchemaIndex(schema, ajv) }
  } catch (error) {
    throw new LoadError(`metadata schema ${path} does not compile: ${(error as Error).message}`)
  }
}
