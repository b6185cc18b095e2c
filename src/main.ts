import * as core from '@actions/core'
import { relative, resolve, sep } from 'node:path'
import { validate, type ValidationResult } from './validate/validate.js'
import { loadSettings, type Settings } from './config/settings.js'
import { findConfig } from './config/configFile.js'
import { FileSystemTree } from './tree/fileSystemTree.js'
import { readEvent, type WorkflowEvent } from './action/event.js'
import { readInputs, type ActionInputs } from './action/inputs.js'
import { publish } from './action/publish.js'
import { computeMetrics } from './reports/metrics/computeMetrics.js'
import { readHistory } from './reports/metrics/history.js'
import { renderMetrics } from './reports/metrics/renderMetrics.js'
import { collectPullRequest } from './action/pullRequestChanges.js'
import { info } from './action/log.js'

async function checkForEvent(inputs: ActionInputs, workspace: string, event: WorkflowEvent): Promise<{ result: ValidationResult; settings: Settings }> {
  const config = await findConfig(workspace, inputs.config)
  const settings = await loadSettings({
    config,
    preset: inputs.preset,
    sigs: inputs.sigs === undefined ? undefined : resolve(workspace, inputs.sigs),
    root: inputs.root !== undefined ? resolve(workspace, inputs.root) : (config?.root ?? workspace),
    lifecycle: inputs.lifecycle === undefined ? undefined : /[/\\]|\.json$/.test(inputs.lifecycle) ? resolve(workspace, inputs.lifecycle) : inputs.lifecycle,
    schema: inputs.schema === undefined ? undefined : resolve(workspace, inputs.schema),
    indexFile: inputs.index
  })
  if (event.kind === 'audit') {
    info(`${event.name}: checking every KEP under ${relative(workspace, settings.root) || '.'}`)
    return { result: await validate(settings, { head: new FileSystemTree(settings.root), log: info }), settings }
  }
  info(`${event.name} #${event.number}: checking the KEPs it changes against ${event.baseSha.slice(0, 7)}`)
  const sources = await collectPullRequest(settings, workspace, event, inputs.token, info)
  info(`read the changes with ${sources.via}: ${sources.changes.length} files changed`)
  return { result: await validate(settings, { head: sources.head, changes: { base: sources.base, files: sources.changes } }), settings }
}

/** KEP-1's metrics in the job summary; from the history the checkout has (fetch-depth: 0 for all of it). */
async function publishMetrics(settings: Settings, result: ValidationResult): Promise<void> {
  try {
    const metrics = computeMetrics(result.repository.documents, await readHistory(settings), settings.lifecycle)
    await core.summary.addRaw(renderMetrics(metrics)).write()
  } catch (error) {
    core.warning(`kep-validator could not compute the KEP metrics: ${(error as Error).message}`)
  }
}

/** The action: a full audit on push, the pull request's changes on pull_request. */
export async function run(): Promise<void> {
  try {
    const inputs = readInputs()
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd()
    const event = readEvent()
    const { result, settings } = await checkForEvent(inputs, workspace, event)
    const root = settings.root
    const failing = await publish(
      {
        inputs,
        owner: event.owner,
        repo: event.repo,
        sha: event.kind === 'pull-request' ? event.headSha : event.sha,
        scope: event.kind === 'pull-request' ? `pull request #${event.number} against ${event.baseSha.slice(0, 7)}` : `full audit on ${event.name}`,
        displayPath: file => relative(workspace, resolve(root, file)).split(sep).join('/')
      },
      result
    )
    if (inputs.metrics && event.kind === 'audit' && event.toDefaultBranch) await publishMetrics(settings, result)
    if (failing) core.setFailed('KEP metadata has problems; see the annotations and the job summary')
  } catch (error) {
    core.setFailed(`kep-validator could not check the KEPs: ${(error as Error).message}`)
  }
}
