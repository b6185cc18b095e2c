import type { ValidateFunction } from 'ajv'
import variants from './compiled/variants.json' with { type: 'json' }

/** A schema compiled ahead of time by scripts/compile-schemas.mjs. */
export interface Precompiled {
  schema: Record<string, unknown>
  validate: ValidateFunction
  /** Validators of each anyOf branch, by the branch's JSON pointer. */
  branches: Map<string, ValidateFunction>
}

interface CompiledModule {
  schema: Record<string, unknown>
  validate: ValidateFunction
  branchPointers: string[]
  [name: string]: unknown
}

function load(module: unknown): Precompiled {
  // A CommonJS module imported from ESM: its exports may sit on `default`.
  const exports = ((module as { default?: CompiledModule }).default ?? module) as CompiledModule
  const branches = new Map(exports.branchPointers.map((pointer, i) => [pointer, exports[`branch${i}`] as ValidateFunction]))
  return { schema: exports.schema, validate: exports.validate, branches }
}

/** The built-in metadata schemas compiled, by "<schema>--<lifecycle>" (scripts/compile-schemas.mjs lists them in variants.json). */
export const PRECOMPILED_VARIANTS: readonly string[] = variants

/**
 * A built-in metadata schema by "<schema>--<lifecycle>", imported on demand: a run loads only
 * the validator it uses (each is tens of KB of generated code). The bundler takes every module
 * the pattern matches.
 */
export async function loadPrecompiledMetadata(key: string): Promise<Precompiled | undefined> {
  return PRECOMPILED_VARIANTS.includes(key) ? load(await import(`./compiled/${key}.cjs`)) : undefined
}

export async function loadPrecompiledProdReadiness(): Promise<Precompiled> {
  return load(await import('./compiled/prod-readiness.cjs'))
}

export async function loadPrecompiledConfig(): Promise<Precompiled> {
  return load(await import('./compiled/config.cjs'))
}

/** The lifecycle schema, imported when a lifecycle is checked against it: a repository's own file, a preset registered at run time. */
export async function loadPrecompiledLifecycle(): Promise<Precompiled> {
  return load(await import('./compiled/lifecycle.cjs'))
}
