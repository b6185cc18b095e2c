import * as core from '@actions/core'
import { resolve } from 'node:path'
import { validate, type ValidationResult } from './validate/validate.js'
import { loadSettings, type Settings } from './config/settings.js'
import { findConfig, type KepConfig } from './config/configFile.js'
import { indexFixCommand } from './config/indexFixCommand.js'
import { FileSystemTree } from './tree/fileSystemTree.js'
import { readEvent, type WorkflowEvent } from './action/event.js'
import { readInputs, type ActionInputs } from './action/inputs.js'
import { publish, writeSummary } from './action/publish.js'
import { reportFailure } from './action/reportFailure.js'
import { repositoryPaths } from './action/repositoryPaths.js'
import { computeMetrics } from './reports/metrics/computeMetrics.js'
import { readHistory } from './reports/metrics/history.js'
import { renderMetrics } from './reports/metrics/renderMetrics.js'
import { collectPullRequest } from './action/pullRequestChanges.js'
import { fetchFullHistory } from './git/fullHistory.js'
import { escapeMarkdown } from './format/markdown.js'

interface Checked {
  result: ValidationResult
  settings: Settings
  repositoryRoot: string
  displayPath: (file: string) => string
}

async function checkForEvent(inputs: ActionInputs, workspace: string, event: WorkflowEvent, config: KepConfig | undefined): Promise<Checked> {
  const lifecycle = inputs.lifecycle === undefined ? undefined : /[/\\]|\.json$/.test(inputs.lifecycle) ? resolve(workspace, inputs.lifecycle) : inputs.lifecycle
  const settings = await loadSettings({
    config,
    preset: inputs.preset,
    sigs: inputs.sigs === undefined ? undefined : resolve(workspace, inputs.sigs),
    root: inputs.root !== undefined ? resolve(workspace, inputs.root) : (config?.root ?? workspace),
    lifecycle,
    schema: inputs.schema === undefined ? undefined : resolve(workspace, inputs.schema),
    indexFile: inputs.index
  })
  const { repositoryRoot, displayPath } = repositoryPaths(settings.root, workspace)
  const fix = indexFixCommand(settings, { from: repositoryRoot, config, lifecycle })
  if (event.kind === 'audit') {
    core.info(`${event.name}: checking every KEP under ${JSON.stringify(displayPath('').replace(/\/$/, '') || '.')}`)
    const result = await validate(settings, { head: new FileSystemTree(settings.root), log: message => core.info(message), indexFixCommand: fix })
    return { result, settings, repositoryRoot, displayPath }
  }
  core.info(`${event.name} #${event.number}: checking the KEPs it changes against ${event.baseSha.slice(0, 7)}`)
  const sources = await collectPullRequest(settings, repositoryRoot, event, inputs.token, message => core.info(message))
  core.info(`read the changes with ${sources.via}: ${sources.changes.length} files changed`)
  const result = await validate(settings, { head: sources.head, changes: { base: sources.base, files: sources.changes }, indexFixCommand: fix })
  return { result, settings, repositoryRoot, displayPath }
}

/** KEP-1's metrics in the job summary, from the whole history: a shallow checkout is deepened first, or the metrics are not published. */
async function publishMetrics(settings: Settings, result: ValidationResult): Promise<void> {
  try {
    const problem = fetchFullHistory(settings.root, message => core.info(message))
    if (problem !== undefined) {
      core.warning(`kep-validator did not compute the KEP metrics: ${problem}. Check out with actions/checkout and fetch-depth: 0.`)
      await writeSummary(`## KEP metrics\n\nNot computed: ${escapeMarkdown(problem)}. Check out with \`fetch-depth: 0\`.\n`)
      return
    }
    const metrics = computeMetrics(result.repository.documents, await readHistory(settings), settings.lifecycle)
    await core.summary.addRaw(renderMetrics(metrics)).write()
  } catch (error) {
    core.warning(`kep-validator could not compute the KEP metrics: ${(error as Error).message}`)
  }
}

/** The action: a full audit on push, the pull request's changes on pull_request. */
export async function run(): Promise<void> {
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd()
  let checked: Checked & { event: WorkflowEvent; inputs: ActionInputs }
  try {
    const inputs = readInputs()
    const event = readEvent()
    const config = await findConfig(workspace, inputs.config)
    checked = { ...(await checkForEvent(inputs, workspace, event, config)), event, inputs }
  } catch (error) {
    await reportFailure(error, workspace)
    return
  }
  const { result, settings, displayPath, event, inputs } = checked
  let failing: boolean
  try {
    failing = await publish(
      {
        inputs,
        owner: event.owner,
        repo: event.repo,
        sha: event.kind === 'pull-request' ? event.headSha : event.sha,
        baseSha: event.kind === 'pull-request' ? event.baseSha : undefined,
        scope: event.kind === 'pull-request' ? `pull request #${event.number} against ${event.baseSha.slice(0, 7)}` : `full audit on ${event.name}`,
        displayPath
      },
      result
    )
  } catch (error) {
    // The KEPs were checked; what failed is telling about it.
    core.setFailed(`kep-validator checked the KEPs but could not report the result: ${(error as Error).message}`)
    return
  }
  if (inputs.metrics && event.kind === 'audit' && event.toDefaultBranch) await publishMetrics(settings, result)
  if (failing) core.setFailed('KEP metadata has problems; see the annotations and the job summary')
}
