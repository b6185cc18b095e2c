import type { ValidateFunction } from 'ajv'
import * as lifecycleModule from './compiled/lifecycle.cjs'

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

/**
 * Built-in metadata schemas by "<schema>--<lifecycle>", each imported on demand: a run
 * loads only the validator it uses (each is tens of KB of generated code).
 */
const METADATA_MODULES: Readonly<Record<string, () => Promise<unknown>>> = {
  'kep-0001--kep-0001': () => import('./compiled/kep-0001--kep-0001.cjs'),
  'kep-0001--kep-0001-workflow': () => import('./compiled/kep-0001--kep-0001-workflow.cjs'),
  'kubernetes--kubernetes': () => import('./compiled/kubernetes--kubernetes.cjs'),
  'openshift--openshift': () => import('./compiled/openshift--openshift.cjs'),
  'tekton--tekton': () => import('./compiled/tekton--tekton.cjs')
}

export async function loadPrecompiledMetadata(key: string): Promise<Precompiled | undefined> {
  const module = METADATA_MODULES[key]
  return module ? load(await module()) : undefined
}

export async function loadPrecompiledProdReadiness(): Promise<Precompiled> {
  return load(await import('./compiled/prod-readiness.cjs'))
}

export async function loadPrecompiledConfig(): Promise<Precompiled> {
  return load(await import('./compiled/config.cjs'))
}

export const PRECOMPILED_LIFECYCLE: Precompiled = load(lifecycleModule)
