import { relative, resolve } from 'node:path'
import { loadRules, proposedRulesNote, type Rules, type RulesBase } from '../config/loadRules.js'
import { resolveLifecycleOption } from '../config/lifecycleOption.js'
import { info, notice } from '../format/workflowCommands.js'
import { presetNote } from '../presets/recognise.js'
import { confinedTo, workspaceFiles } from './confinedSource.js'
import { eventSubject, type WorkflowEvent } from './event.js'
import type { ActionInputs } from './inputs.js'

/**
 * The rules the action runs by, from its inputs: every file it reads to configure itself stays
 * in the workspace, and a change that brings rules files of its own is told how they load.
 */
export async function loadActionRules(inputs: ActionInputs, workspace: string, event: WorkflowEvent, base: RulesBase | undefined): Promise<{ rules: Rules; lifecycle: string | undefined }> {
  const lifecycle = resolveLifecycleOption(inputs.lifecycle, workspace)
  const rules = await loadRules({
    checkout: confinedTo(workspace, workspaceFiles(workspace)),
    base,
    configDir: workspace,
    config: inputs.config,
    defaultRoot: workspace,
    options: {
      preset: inputs.preset,
      recognisePreset: true,
      sigs: inputs.sigs === undefined ? undefined : resolve(workspace, inputs.sigs),
      root: inputs.root === undefined ? undefined : resolve(workspace, inputs.root),
      lifecycle,
      schema: inputs.schema === undefined ? undefined : resolve(workspace, inputs.schema),
      indexFile: inputs.index
    },
    baseline: inputs.baseline === null ? null : inputs.baseline === undefined ? undefined : resolve(workspace, inputs.baseline)
  })
  // Which preset the layout told, when neither the inputs nor the configuration name one.
  for (const line of presetNote(rules.settings)) info(line)
  // Rules files are proposed only by a change, judged by its base: an audit has none.
  if (event.kind !== 'audit' && rules.proposed.files.length > 0) {
    notice(
      proposedRulesNote(
        eventSubject(event),
        rules.proposed.files.map(path => relative(workspace, path)),
        rules.base!
      )
    )
  }
  return { rules, lifecycle }
}
