import * as core from '@actions/core'
import { relative, resolve, sep } from 'node:path'
import { checkChanges, type ChangesResult } from '../changes/checkChanges.js'
import { countBySeverity } from '../diagnostic.js'
import { checkRepository, readRepository, type CheckResult } from '../engine.js'
import { annotate } from '../report/annotations.js'
import { summarize } from '../report/text.js'
import { loadSettings } from '../settings.js'
import { FileSystemTree } from '../tree/fileSystemTree.js'
import { readEvent } from './event.js'
import { withIndexCheck } from '../kepIndex/indexOfRepository.js'
import { readInputs, type ActionInputs } from './inputs.js'
import { collectPullRequest } from './pullRequestChanges.js'

async function checkForEvent(inputs: ActionInputs, workspace: string): Promise<CheckResult | ChangesResult> {
  const settings = loadSettings({
    root: resolve(workspace, inputs.root),
    lifecycle: inputs.lifecycle,
    schema: inputs.schema === undefined ? undefined : resolve(workspace, inputs.schema),
    indexFile: inputs.index
  })
  const event = readEvent()
  if (event.kind === 'audit') {
    core.info(`${event.name}: checking every KEP under ${inputs.root}`)
    const repository = readRepository(settings, new FileSystemTree(settings.root))
    return withIndexCheck(settings, repository, checkRepository(settings, repository))
  }
  core.info(`${event.name} #${event.number}: checking the KEPs it changes against ${event.baseSha.slice(0, 7)}`)
  const sources = await collectPullRequest(settings, workspace, event, inputs.token, message => core.info(message))
  core.info(`read the changes with ${sources.via}: ${sources.changes.length} files changed`)
  const head = readRepository(settings, sources.head)
  return withIndexCheck(settings, head, checkChanges(settings, head, sources.changes, sources.base))
}

/** The action: a full audit on push, the pull request's changes on pull_request. */
export async function run(): Promise<void> {
  try {
    const inputs = readInputs()
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd()
    const result = await checkForEvent(inputs, workspace)
    const root = resolve(workspace, inputs.root)
    annotate(result.diagnostics, file => relative(workspace, resolve(root, file)).split(sep).join('/'))
    const { errors, warnings } = countBySeverity(result.diagnostics)
    core.info(summarize(result.diagnostics, result.checked.length))
    core.setOutput('errors', errors)
    core.setOutput('warnings', warnings)
    core.setOutput('changed-keps', JSON.stringify('keps' in result ? result.keps : []))
    const failing = inputs.failOn === 'never' ? 0 : inputs.failOn === 'warning' ? errors + warnings : errors
    if (failing > 0) core.setFailed(`${errors} error${errors === 1 ? '' : 's'} and ${warnings} warning${warnings === 1 ? '' : 's'} in KEP metadata; see the annotations`)
  } catch (error) {
    core.setFailed(`kep-validator could not check the KEPs: ${(error as Error).message}`)
  }
}
