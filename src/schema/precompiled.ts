import type { ValidateFunction } from 'ajv'
import * as configModule from './compiled/config.cjs'
import * as kep0001Module from './compiled/kep-0001--kep-0001.cjs'
import * as workflowModule from './compiled/kep-0001--kep-0001-workflow.cjs'
import * as kubernetesModule from './compiled/kubernetes--kubernetes.cjs'
import * as lifecycleModule from './compiled/lifecycle.cjs'
import * as prodReadinessModule from './compiled/prod-readiness.cjs'

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

/** Built-in metadata schemas by "<schema>--<lifecycle>". */
export const PRECOMPILED_METADATA: Readonly<Record<string, Precompiled>> = {
  'kep-0001--kep-0001': load(kep0001Module),
  'kep-0001--kep-0001-workflow': load(workflowModule),
  'kubernetes--kubernetes': load(kubernetesModule)
}

export const PRECOMPILED_LIFECYCLE: Precompiled = load(lifecycleModule)
export const PRECOMPILED_PROD_READINESS: Precompiled = load(prodReadinessModule)
export const PRECOMPILED_CONFIG: Precompiled = load(configModule)
