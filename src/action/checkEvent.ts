import { indexFixCommand } from '../config/indexFixCommand.js'
import type { Settings } from '../config/settings.js'
import { info, warning } from '../format/workflowCommands.js'
import { FileSystemTree } from '../tree/fileSystemTree.js'
import { repositoryAround } from '../tree/repositoryAround.js'
import { validate, type ValidationResult } from '../validate/validate.js'
import { loadActionRules } from './actionRules.js'
import { baselineFor } from './baselineDecision.js'
import { describeEvent, eventSubject, type WorkflowEvent } from './event.js'
import type { ActionInputs } from './inputs.js'
import type { PublishedChanges } from './publish.js'
import { openPullRequestsFor } from './openPullRequests.js'
import { collectPullRequest } from './pullRequestChanges.js'
import { repositoryPaths } from './repositoryPaths.js'
import { rulesBase } from './rulesBase.js'

/** What the action checked, with what publishing it needs. */
export interface CheckedEvent {
  inputs: ActionInputs
  event: WorkflowEvent
  result: ValidationResult
  settings: Settings
  repositoryRoot: string
  displayPath: (file: string) => string
  /** A run on changes: who changes the files, and the lines their diff shows (where annotations go). */
  changes?: PublishedChanges
}

/**
 * Checks what the event brings: every KEP for an audit (or a push whose base is gone), the KEPs
 * a pull request, merge group or push changes otherwise, judged by the rules of its base commit.
 */
export async function checkEvent(inputs: ActionInputs, event: WorkflowEvent, workspace: string): Promise<CheckedEvent> {
  const base = rulesBase(inputs, workspace, event)
  const { rules, lifecycle } = await loadActionRules(inputs, workspace, event, base)
  const { config, settings } = rules
  const { repositoryRoot, displayPath } = repositoryPaths(settings.root, workspace)
  const checked = (result: ValidationResult): CheckedEvent => ({ inputs, event, result, settings, repositoryRoot, displayPath })
  const indexCommand = indexFixCommand(settings, { from: repositoryRoot, config, lifecycle })
  const audit = async (): Promise<CheckedEvent> => {
    info(`${event.name}: checking every KEP under ${JSON.stringify(displayPath('').replace(/\/$/, '') || '.')}`)
    const baseline = baselineFor(rules, { change: false, base })
    return checked(await validate(settings, { head: new FileSystemTree(settings.root), baseline, log: info, indexFixCommand: indexCommand, surroundings: () => repositoryAround(settings.root) }))
  }
  if (event.kind === 'audit') return audit()
  info(`${describeEvent(event)}: checking the KEPs it changes${inputs.onlyNew ? '; only the problems it brings count' : ''}`)
  let sources
  try {
    sources = await collectPullRequest(settings, repositoryRoot, event, inputs.token, info, base?.commit)
  } catch (error) {
    // A force-push replaced a commit the runner can no longer fetch: what it changed is unknown, the state is not.
    if (event.kind !== 'push') throw error
    warning(`kep-validator could not compare the ${event.name} with ${event.baseSha.slice(0, 7)} (${(error as Error).message}); checking every KEP instead`)
    return audit()
  }
  info(`read the changes with ${sources.via}: ${sources.changes.length} files changed`)
  const baseline = inputs.onlyNew ? undefined : baselineFor(rules, { change: true, base })
  const openPullRequests = await openPullRequestsFor(settings, event, inputs.token)
  const result = await validate(settings, {
    head: sources.head,
    changes: { base: sources.base, files: sources.changes },
    onlyNew: inputs.onlyNew,
    baseline,
    proposedRules: rules.proposed.problems,
    indexFixCommand: indexCommand,
    surroundings: () => repositoryAround(settings.root),
    openPullRequests
  })
  return { ...checked(result), changes: { subject: eventSubject(event), changedLines: sources.changedLines } }
}
