import type { Settings } from '../config/settings.js'
import { code, gfm } from '../format/markdown.js'
import { info, warning } from '../format/workflowCommands.js'
import { fetchFullHistory } from '../git/fullHistory.js'
import { computeMetrics } from '../reports/metrics/computeMetrics.js'
import { readHistory } from '../reports/metrics/history.js'
import { renderMetrics } from '../reports/metrics/renderMetrics.js'
import type { ValidationResult } from '../validate/validate.js'
import type { WorkflowEvent } from './event.js'
import type { ActionInputs } from './inputs.js'
import { writeSummary } from './jobSummary.js'

/** Metrics are asked for (the metrics input) and published on pushes to the default branch only. */
export function wantsMetrics(inputs: ActionInputs, event: WorkflowEvent): boolean {
  return inputs.metrics && event.kind !== 'pull-request' && event.toDefaultBranch
}

/** KEP-1's metrics in the job summary, from the whole history: a shallow checkout is deepened first, or the metrics are not published. */
export async function publishMetrics(settings: Settings, result: ValidationResult): Promise<void> {
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
