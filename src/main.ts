import { checkEvent, type CheckedEvent } from './action/checkEvent.js'
import { describeEvent, readEvent } from './action/event.js'
import { readInputs } from './action/inputs.js'
import { publish } from './action/publish.js'
import { publishMetrics, wantsMetrics } from './action/publishMetrics.js'
import { suggestForEvent } from './action/publishSuggestions.js'
import { reportFailure } from './action/reportFailure.js'
import { fail } from './format/workflowCommands.js'

/** The action: a full audit on push, the pull request's changes on pull_request. */
export async function run(): Promise<void> {
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd()
  let checked: CheckedEvent
  try {
    checked = await checkEvent(readInputs(), readEvent(), workspace)
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
        displayPath,
        changes: checked.changes
      },
      result
    )
    await suggestForEvent(inputs, event, result, displayPath)
  } catch (error) {
    // The KEPs were checked; what failed is telling about it.
    fail(`kep-validator checked the KEPs but could not report the result: ${(error as Error).message}`)
    return
  }
  if (wantsMetrics(inputs, event)) await publishMetrics(settings, result)
  if (failing) fail('KEP metadata has problems; see the annotations and the job summary')
}
