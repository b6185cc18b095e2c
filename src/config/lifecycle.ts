import { dirname, resolve } from 'node:path'
import { LoadError } from '../core/loadError.js'
import { asWritten, excerpt } from '../core/suggest.js'
import { schemaFromPrecompiled } from '../schema/metadataSchema.js'
import { loadPrecompiledLifecycle } from '../schema/precompiled.js'
import { readDataFile } from './readDataFile.js'
import { filesSource } from '../files/files.js'
import type { RuleSource } from './ruleSource.js'
import { builtinLifecycle, builtinLifecycles, isShippedLifecycle } from '../presets/registry.js'
import type { Lifecycle } from '../core/lifecycle.js'

/** A built-in lifecycle by name, or a JSON file of the repository's own (by default, read from its own folder as it is now). */
export async function loadLifecycle(nameOrPath: string, source?: RuleSource): Promise<Lifecycle> {
  const declared = builtinLifecycle(nameOrPath)
  const builtin = declared !== undefined
  // A built-in lifecycle is data its preset keeps in its folder; only a repository's is a file, read from the source.
  let raw: unknown
  if (builtin) {
    // The lifecycles kep-validator ships are checked against the schema by their test
    // (__tests__/presets.test.ts), not at each start: the validator then loads only for
    // a repository's own lifecycle or a preset registered at run time (docs/performance.md).
    if (!isShippedLifecycle(declared) && !(await loadPrecompiledLifecycle()).validate(declared.data)) throw new Error(`internal error: the built-in lifecycle ${nameOrPath} does not match schemas/lifecycle.schema.json`)
    raw = declared.data
  } else {
    const from = source ?? filesSource([dirname(resolve(nameOrPath))])
    if (!from.exists(nameOrPath)) throw new LoadError(`lifecycle "${nameOrPath}" is neither a built-in lifecycle (${builtinLifecycles().join(', ')}) nor an existing file`)
    raw = readDataFile(nameOrPath, 'lifecycle', schemaFromPrecompiled(await loadPrecompiledLifecycle()), from).data
  }
  const data = raw as Partial<Lifecycle> & Pick<Lifecycle, 'name' | 'states' | 'initial' | 'transitions'>
  const lifecycle: Lifecycle = {
    name: data.name,
    builtin,
    description: data.description,
    states: data.states,
    initial: data.initial,
    transitions: data.transitions,
    numbered: data.numbered ?? [],
    numberAssignedOn: data.numberAssignedOn,
    superseded: data.superseded ?? [],
    stageTransitions: data.stageTransitions ?? {},
    inFlight: data.inFlight ?? data.states.filter(state => (data.transitions[state] ?? []).length > 0),
    folders: data.folders ?? {}
  }
  checkLifecycleConsistency(lifecycle, nameOrPath)
  return lifecycle
}

function checkLifecycleConsistency(lifecycle: Lifecycle, path: string): void {
  const known = new Set(lifecycle.states)
  const mentioned: Array<[string, string]> = [
    ...lifecycle.initial.map((s): [string, string] => ['initial', s]),
    ...Object.entries(lifecycle.transitions).flatMap(([from, to]) => [['transitions', from] as [string, string], ...to.map((s): [string, string] => [`transitions.${from}`, s])]),
    ...lifecycle.numbered.map((s): [string, string] => ['numbered', s]),
    ...lifecycle.superseded.map((s): [string, string] => ['superseded', s]),
    ...lifecycle.inFlight.map((s): [string, string] => ['inFlight', s]),
    ...Object.entries(lifecycle.folders).flatMap(([folder, states]) => states.map((s): [string, string] => [`folders.${folder}`, s]))
  ]
  if (lifecycle.numberAssignedOn !== undefined) mentioned.push(['numberAssignedOn', lifecycle.numberAssignedOn])
  for (const [where, state] of mentioned) {
    if (!known.has(state)) {
      throw new LoadError(`lifecycle ${path}: ${where} names ${excerpt(state)}, which is not one of its states (${lifecycle.states.join(', ')})`)
    }
  }
  // Stages are the keys of stageTransitions: a stage one may change to is listed there too.
  const stages = Object.keys(lifecycle.stageTransitions)
  for (const [from, to] of Object.entries(lifecycle.stageTransitions)) {
    const unknown = to.find(stage => !stages.includes(stage))
    if (unknown !== undefined) throw new LoadError(`lifecycle ${path}: stageTransitions.${asWritten(from)} names ${excerpt(unknown)}, which is not one of its stages (${stages.join(', ')})`)
  }
}
