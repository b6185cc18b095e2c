import type { ValidateFunction } from 'ajv'
import type { Lifecycle } from '../core/lifecycle.js'
import { createAjv } from './ajv.js'
import { LoadError } from '../core/loadError.js'
import { loadPrecompiledMetadata, type Precompiled } from './precompiled.js'
import { SchemaIndex } from './schemaIndex.js'

export interface MetadataSchema {
  schema: Record<string, unknown>
  validate: ValidateFunction
  index: SchemaIndex
}

/** A schema compiled at bundle time, with its anyOf branches for explaining failures. */
export function schemaFromPrecompiled(precompiled: Precompiled): MetadataSchema {
  return {
    schema: precompiled.schema,
    validate: precompiled.validate,
    index: new SchemaIndex(precompiled.schema, pointer => precompiled.branches.get(pointer))
  }
}

/** A built-in schema (by its name) with a built-in lifecycle, compiled at bundle time; undefined for any other pair. */
export async function precompiledMetadataSchema(name: string, lifecycle: Lifecycle): Promise<MetadataSchema | undefined> {
  const precompiled = lifecycle.builtin ? await loadPrecompiledMetadata(`${name}--${lifecycle.name}`) : undefined
  return precompiled && schemaFromPrecompiled(precompiled)
}

/**
 * A repository's own metadata schema (read from `path`), with the lifecycle's states as the
 * allowed status values, so a repository that picks another lifecycle need not also rewrite
 * the schema.
 */
export async function compileMetadataSchema(read: unknown, path: string, lifecycle: Lifecycle): Promise<MetadataSchema> {
  const schema = read as Record<string, unknown>
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) {
    throw new LoadError(`metadata schema ${path} must be a JSON object`)
  }
  const properties = schema.properties as Record<string, Record<string, unknown>> | undefined
  if (properties?.status && typeof properties.status === 'object') {
    // A schema that lets status be null (tekton's: its own rule reports a null status) keeps null.
    const nullable = Array.isArray(properties.status.enum) && properties.status.enum.includes(null)
    properties.status = { ...properties.status, enum: nullable ? [...lifecycle.states, null] : [...lifecycle.states] }
  }
  if (typeof schema.$id !== 'string') schema.$id = `file://${path}`
  try {
    const ajv = await createAjv()
    const validate = ajv.compile(schema)
    const branches = new Map<string, ValidateFunction>()
    const branchValidator = (pointer: string): ValidateFunction => {
      let compiled = branches.get(pointer)
      if (!compiled) {
        compiled = ajv.compile({ $ref: `${schema.$id as string}#${pointer}` })
        branches.set(pointer, compiled)
      }
      return compiled
    }
    return { schema, validate, index: new SchemaIndex(schema, branchValidator) }
  } catch (error) {
    throw new LoadError(`metadata schema ${path} does not compile: ${(error as Error).message}`)
  }
}
