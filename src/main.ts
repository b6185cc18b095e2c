import { dirname, relative, resolve } from 'node:path'
import type { Baseline } from './config/baselineFile.js'
import { changeRepository, loadRules, proposedRulesNote, type RulesBase } from './config/loadRules.js'
import { confinedTo, workspaceFiles } from './action/confinedSource.js'
import { validate, type ValidationResult } from './validate/validate.js'
import type { Settings } from './config/settings.js'
import { indexFixCommand } from './config/indexFixCommand.js'
import { presetNote } from './presets/recognise.js'
import { FileSystemTree } from './tree/fileSystemTree.js'
import { repositoryAround } from './tree/repositoryAround.js'
import { readEvent, type ComparedEvent, type WorkflowEvent } from './action/event.js'
import { readInputs, type ActionInputs } from './action/inputs.js'
import { publish } from './action/publish.js'
import { writeSummary } from './action/jobSummary.js'
import { reportFailure } from './action/reportFailure.js'
import { repositoryPaths } from './action/repositoryPaths.js'
import { computeMetrics } from './reports/metrics/computeMetrics.js'
import { readHistory } from './reports/metrics/history.js'
import { renderMetrics } from './reports/metrics/renderMetrics.js'
import { collectPullRequest, gitMergeBase } from './action/pullRequestChanges.js'
import { fetchFullHistory } from './git/fullHistory.js'
import { code, gfm } from './format/markdown.js'
import { publishSuggestions } from './action/publishSuggestions.js'
import { fail, info, notice, warning } from './format/workflowCommands.js'
import { openPullRequestsFor } from './action/openPullRequests.js'

interface Checked {
  result: ValidationResult
  settings: Settings
  repositoryRoot: string
  displayPath: (file: string) => string
}

/**
 * The base commit whose rules judge a change (config/loadRules.ts decides the rest): a pull
 * request's, a merge group's, a push's `before`. Without it, the rules come from the checkout,
 * with a warning; an audit has none.
 */
function rulesBase(inputs: ActionInputs, workspace: string, event: WorkflowEvent): RulesBase | undefined {
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

async function checkForEvent(inputs: ActionInputs, workspace: string, event: WorkflowEvent): Promise<Checked> {
  const base = rulesBase(inputs, workspace, event)
  const lifecycle = inputs.lifecycle === undefined ? undefined : /[/\\]|\.json$/.test(inputs.lifecycle) ? resolve(workspace, inputs.lifecycle) : inputs.lifecycle
  // Everything the action reads to configure itself stays in the workspace.
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
  const { config, settings } = rules
  for (const line of presetNote(settings)) info(line)
  if (rules.proposed.files.length > 0) {
    notice(
      proposedRulesNote(
        event.kind === 'pull-request' ? 'this pull request' : `this ${event.name.replace('_', ' ')}`,
        rules.proposed.files.map(path => relative(workspace, path)),
        rules.base!
      )
    )
  }
  const { repositoryRoot, displayPath } = repositoryPaths(settings.root, workspace)
  const fix = indexFixCommand(settings, { from: repositoryRoot, config, lifecycle })
  // The baseline is for runs that judge every problem: full audits, and changes with only-new: false (as the CLI's --all-problems).
  const readBaselineFile = (change: boolean): Baseline | undefined => {
    // Without its base commit, a change's baseline would be one it may have written itself.
    if (change && base === undefined) {
      info('the baseline is not applied: without the base commit, it would be the one the changes bring')
      return undefined
    }
    const baseline = rules.baseline()
    if (baseline) info('problems the baseline records are shown and not counted')
    return baseline
  }
  const audit = async (): Promise<Checked> => {
    info(`${event.name}: checking every KEP under ${JSON.stringify(displayPath('').replace(/\/$/, '') || '.')}`)
    const baseline = readBaselineFile(false)
    const result = await validate(settings, { head: new FileSystemTree(settings.root), baseline, log: info, indexFixCommand: fix, surroundings: () => repositoryAround(settings.root) })
    return { result, settings, repositoryRoot, displayPath }
  }
  if (event.kind === 'audit') return audit()
  info(`${describeEvent(event)}: checking the KEPs it changes${inputs.onlyNew ? '; only the problems it brings count' : ''}`)
  let sources
  try {
    sources = await collectPullRequest(settings, repositoryRoot, event, inputs.token, info)
  } catch (error) {
    // A force-push replaced a commit the runner can no longer fetch: what it changed is unknown, the state is not.
    if (event.kind !== 'push') throw error
    warning(`kep-validator could not compare the ${event.name} with ${event.baseSha.slice(0, 7)} (${(error as Error).message}); checking every KEP instead`)
    return audit()
  }
  info(`read the changes with ${sources.via}: ${sources.changes.length} files changed`)
  const baseline = inputs.onlyNew ? undefined : readBaselineFile(true)
  const openPullRequests = await openPullRequestsFor(settings, event, inputs.token)
  const result = await validate(settings, {
    head: sources.head,
    changes: { base: sources.base, files: sources.changes },
    onlyNew: inputs.onlyNew,
    baseline,
    proposedRules: rules.proposed.problems,
    indexFixCommand: fix,
    surroundings: () => repositoryAround(settings.root),
    openPullRequests
  })
  return { result, settings, repositoryRoot, displayPath }
}

function describeEvent(event: ComparedEvent): string {
  if (event.kind === 'pull-request') return `pull request #${event.number} against ${event.baseSha.slice(0, 7)}`
  if (event.name === 'merge_group') return `merge group ${event.headSha.slice(0, 7)} against ${event.baseSha.slice(0, 7)}`
  return `push ${event.baseSha.slice(0, 7)}..${event.headSha.slice(0, 7)}`
}

/** KEP-1's metrics in the job summary, from the whole history: a shallow checkout is deepened first, or the metrics are not published. */
async function publishMetrics(settings: Settings, result: ValidationResult): Promise<void> {
  try {
    const problem = fetchFullHistory(settings.root, info)
    if (problem !== undefined) {
      warning(`kep-validator did not compute the KEP metrics: ${problem}. Check out with actions/checkout and fetch-depth: 0.`)
      await writeSummary(gfm`## KEP metrics\n\nNot computed: ${code(problem)}. Check out with \`fetch-depth: 0\`.\n`)
      return
    }
    const metrics = computeMetrics(result.repository.documents, await readHistory(settings), settings.lifecycle)
    await writeSummary(renderMetrics(metrics))
  } catch (error) {
    warning(`kep-validator could not compute the KEP metrics: ${(error as Error).message}`)
  }
}

/** The action: a full audit on push, the pull request's changes on pull_request. */
export async function run(): Promise<void> {
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd()
  let checked: Checked & { event: WorkflowEvent; inputs: ActionInputs }
  try {
    const inputs = readInputs()
    const event = readEvent()
    checked = { ...(await checkForEvent(inputs, workspace, event)), event, inputs }
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
        sha: event.kind === 'audit' ? event.sha : event.headSha,
        baseSha: event.kind === 'audit' ? undefined : event.baseSha,
        scope: event.kind === 'audit' || !result.keps ? `full audit on ${event.name}` : describeEvent(event),
        displayPath
      },
      result
    )
    if (inputs.suggestions && event.kind === 'pull-request') {
      const readText = (file: string): string | undefined => {
        const content = result.repository.tree.readFiles([file]).get(file)
        return Buffer.isBuffer(content) ? content.toString('utf8') : undefined
      }
      await publishSuggestions({ token: inputs.token, owner: event.owner, repo: event.repo, pullNumber: event.number, headSha: event.headSha, displayPath, readText }, result.diagnostics)
    } else if (inputs.suggestions) {
      info(`kep-validator suggests changes in pull requests only; this is a ${event.name}`)
    }
  } catch (error) {
    // The KEPs were checked; what failed is telling about it.
    fail(`kep-validator checked the KEPs but could not report the result: ${(error as Error).message}`)
    return
  }
  if (inputs.metrics && event.kind !== 'pull-request' && event.toDefaultBranch) await publishMetrics(settings, result)
  if (failing) fail('KEP metadata has problems; see the annotations and the job summary')
}
