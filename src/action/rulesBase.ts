import { dirname, resolve } from 'node:path'
import { changeRepository, type RulesBase } from '../config/loadRules.js'
import { info, warning } from '../format/workflowCommands.js'
import type { WorkflowEvent } from './event.js'
import type { ActionInputs } from './inputs.js'
import { gitMergeBase } from './pullRequestChanges.js'

/**
 * The base commit whose rules judge a change (config/loadRules.ts decides the rest): a pull
 * request's, a merge group's, a push's `before`. Without it, the rules come from the checkout,
 * with a warning; an audit has none.
 */
export function rulesBase(inputs: ActionInputs, workspace: string, event: WorkflowEvent): RulesBase | undefined {
  if (event.kind === 'audit') return undefined
  const top = changeRepository([inputs.root, inputs.config === undefined ? undefined : dirname(inputs.config), '.'].map(path => (path === undefined ? undefined : resolve(workspace, path))))
  if (top === undefined) {
    warning(`kep-validator reads the rules from the checkout: without git, the base commit of the changes cannot be read; a ${event.name} that changes the configuration is judged by it`)
    return undefined
  }
  try {
    return { top, commit: gitMergeBase(top, event, info) }
  } catch (error) {
    // A push whose before is gone is audited instead, with its own warning: the checkout's rules are the audit's.
    if (event.kind === 'push') info(`the rules are the checkout's: the base commit is not available (${(error as Error).message})`)
    else warning(`kep-validator reads the rules from the checkout: the base commit is not available (${(error as Error).message})`)
    return undefined
  }
}
