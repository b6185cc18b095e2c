import * as core from '@actions/core'
import { join, relative, resolve, sep } from 'node:path'
import { BASELINE_FILE, readBaseline } from './config/baselineFile.js'
import { validate, type ValidationResult } from './validate/validate.js'
import { loadSettings, type Settings } from './config/settings.js'
import { findConfig } from './config/configFile.js'
import { FileSystemTree } from './tree/fileSystemTree.js'
import { readEvent, type ComparedEvent, type WorkflowEvent } from './action/event.js'
import { readInputs, type ActionInputs } from './action/inputs.js'
import { publish } from './action/publish.js'
import { computeMetrics } from './reports/metrics/computeMetrics.js'
import { readHistory } from './reports/metrics/history.js'
import { renderMetrics } from './reports/metrics/renderMetrics.js'
import { collectPullRequest } from './action/pullRequestChanges.js'

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
  const audit = async (): Promise<{ result: ValidationResult; settings: Settings }> => {
    core.info(`${event.name}: checking every KEP under ${relative(workspace, settings.root) || '.'}`)
    const baseline = inputs.baseline === null ? undefined : readBaseline(inputs.baseline === undefined ? join(settings.root, BASELINE_FILE) : resolve(workspace, inputs.baseline), inputs.baseline !== undefined)
    if (baseline) core.info(`problems the baseline records are shown and not counted`)
    return { result: await validate(settings, { head: new FileSystemTree(settings.root), baseline, log: message => core.info(message) }), settings }
  }
  if (event.kind === 'audit') return audit()
  core.info(`${describeEvent(event)}: checking the KEPs it changes${inputs.onlyNew ? '; only the problems it brings count' : ''}`)
  let sources
  try {
    sources = await collectPullRequest(settings, workspace, event, inputs.token, message => core.info(message))
  } catch (error) {
    // A force-push replaced a commit the runner can no longer fetch: what it changed is unknown, the state is not.
    if (event.kind !== 'push') throw error
    core.warning(`kep-validator could not compare the ${event.name} with ${event.baseSha.slice(0, 7)} (${(error as Error).message}); checking every KEP instead`)
    return audit()
  }
  core.info(`read the changes with ${sources.via}: ${sources.changes.length} files changed`)
  return { result: await validate(settings, { head: sources.head, changes: { base: sources.base, files: sources.changes }, onlyNew: inputs.onlyNew }), settings }
}

function describeEvent(event: ComparedEvent): string {
  if (event.kind === 'pull-request') return `pull request #${event.number} against ${event.baseSha.slice(0, 7)}`
  if (event.name === 'merge_group') return `merge group ${event.headSha.slice(0, 7)} against ${event.baseSha.slice(0, 7)}`
  return `push ${event.baseSha.slice(0, 7)}..${event.headSha.slice(0, 7)}`
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
        sha: event.kind === 'audit' ? event.sha : event.headSha,
        scope: event.kind === 'audit' || !result.keps ? `full audit on ${event.name}` : describeEvent(event),
        displayPath: file => relative(workspace, resolve(root, file)).split(sep).join('/')
      },
      result
    )
    if (inputs.metrics && event.kind !== 'pull-request' && event.toDefaultBranch) await publishMetrics(settings, result)
    if (failing) core.setFailed('KEP metadata has problems; see the annotations and the job summary')
  } catch (error) {
    core.setFailed(`kep-validator could not check the KEPs: ${(error as Error).message}`)
  }
}
