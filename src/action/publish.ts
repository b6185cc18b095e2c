import * as core from '@actions/core'
import { createClient } from '../github/client.js'
import { createCheckRun, type CheckAnnotation } from '../github/createCheckRun.js'
import { countBySeverity, type Diagnostic } from '../core/diagnostic.js'
import type { ValidationResult } from '../validate/validate.js'
import { annotate } from '../format/annotations.js'
import { renderSummary } from '../format/summary.js'
import { summarize } from '../format/text.js'
import type { ActionInputs } from './inputs.js'
import { info } from './log.js'

/** GitHub shows at most this many annotations of each severity for one step. */
export const STEP_ANNOTATION_LIMIT = 10

export interface PublishContext {
  inputs: ActionInputs
  owner?: string
  repo?: string
  /** The commit the check run and the line links belong to. */
  sha?: string
  scope: string
  displayPath: (file: string) => string
}

function toCheckAnnotation(d: Diagnostic, path: string): CheckAnnotation {
  const annotation: CheckAnnotation = {
    path,
    start_line: d.line,
    end_line: d.endLine,
    annotation_level: d.severity === 'error' ? 'failure' : 'warning',
    message: d.message.slice(0, 64 * 1024),
    title: d.rule
  }
  if (d.line === d.endLine) {
    annotation.start_column = d.column
    annotation.end_column = Math.max(d.column, d.endColumn)
  }
  return annotation
}

function wantsCheckRun(inputs: ActionInputs, diagnostics: readonly Diagnostic[]): boolean {
  if (inputs.checkRun === 'never') return false
  if (inputs.checkRun === 'always') return true
  const { errors, warnings } = countBySeverity(diagnostics)
  return errors > STEP_ANNOTATION_LIMIT || warnings > STEP_ANNOTATION_LIMIT
}

/**
 * Tries the check run that carries every annotation. A read-only token (a fork's pull
 * request) cannot create one: that is said in the log, and annotations fall back to the step.
 */
async function publishCheckRun(context: PublishContext, result: ValidationResult, failing: boolean): Promise<string | undefined> {
  const { inputs } = context
  const missing = !inputs.token ? 'no token' : !context.owner || !context.repo || !context.sha ? 'no repository or commit in the environment' : undefined
  if (missing) {
    core.warning(`kep-validator could not create the "${inputs.checkName}" check run (${missing}); the step shows the first ${STEP_ANNOTATION_LIMIT} errors and warnings, the job summary has them all`)
    return undefined
  }
  const { errors, warnings } = countBySeverity(result.diagnostics)
  try {
    const client = await createClient(inputs.token!, undefined, info)
    return await createCheckRun(client, {
      owner: context.owner!,
      repo: context.repo!,
      name: inputs.checkName,
      headSha: context.sha!,
      conclusion: failing ? 'failure' : errors + warnings > 0 ? 'neutral' : 'success',
      title: summarize(result.diagnostics, result.checked.length).replace(/^[✓✗] /, ''),
      summary: `KEP metadata of ${context.scope}: ${errors} errors, ${warnings} warnings.`,
      annotations: result.diagnostics.map(d => toCheckAnnotation(d, context.displayPath(d.file)))
    })
  } catch (error) {
    const status = (error as { status?: number }).status
    const why = status === 403 ? 'the token may not write checks (a pull request from a fork gets a read-only token; add "permissions: checks: write" otherwise)' : (error as Error).message
    core.warning(`kep-validator could not create the "${inputs.checkName}" check run: ${why}. The step shows the first ${STEP_ANNOTATION_LIMIT} errors and warnings; every problem is in the job summary.`)
    return undefined
  }
}

/** Annotations, check run, job summary and outputs; returns whether the step fails. */
export async function publish(context: PublishContext, result: ValidationResult): Promise<boolean> {
  const { inputs } = context
  const { errors, warnings } = countBySeverity(result.diagnostics)
  const failing = inputs.failOn === 'never' ? false : inputs.failOn === 'warning' ? errors + warnings > 0 : errors > 0
  const checkRunUrl = wantsCheckRun(inputs, result.diagnostics) ? await publishCheckRun(context, result, failing) : undefined
  // The check run carries every annotation; repeating them on the step would show them twice.
  if (!checkRunUrl) annotate(result.diagnostics, context.displayPath)
  else info(`${result.diagnostics.length} annotations are in the check run ${checkRunUrl}`)
  info(summarize(result.diagnostics, result.checked.length))

  const server = process.env.GITHUB_SERVER_URL ?? 'https://github.com'
  const lineUrl = context.owner && context.repo && context.sha ? (path: string, line: number) => `${server}/${context.owner}/${context.repo}/blob/${context.sha}/${path.split('/').map(encodeURIComponent).join('/')}#L${line}` : undefined
  const markdown = renderSummary({
    diagnostics: result.diagnostics,
    checked: result.checked.length,
    scope: context.scope,
    keps: result.keps,
    index: result.index,
    displayPath: context.displayPath,
    lineUrl,
    checkRunUrl
  })
  if (process.env.GITHUB_STEP_SUMMARY) {
    try {
      await core.summary.addRaw(markdown).write()
    } catch (error) {
      // The verdict stands without a summary; losing the summary is worth a warning, not a failure.
      core.warning(`kep-validator could not write the job summary: ${(error as Error).message}`)
    }
  }

  core.setOutput('errors', errors)
  core.setOutput('warnings', warnings)
  core.setOutput('changed-keps', JSON.stringify(result.keps ?? []))
  core.setOutput('index-state', result.index?.state ?? 'off')
  core.setOutput('check-run-url', checkRunUrl ?? '')
  return failing
}
