import { createClient, describeRequestFailure } from '../github/client.js'
import { createCheckRun, type CheckAnnotation } from '../github/createCheckRun.js'
import type { ValidationResult } from '../validate/validate.js'
import { checkReport, type CheckReport, type SeverityCounts } from '../format/checkReport.js'
import type { DiffContext } from '../format/diffContext.js'
import { FORMATTERS, type FormatContext } from '../format/formatters.js'
import type { ChangedLines } from '../core/diffLines.js'
import { docsLocation, ruleUrl } from '../format/ruleLinks.js'
import { summaryLine } from '../format/text.js'
import { plural } from '../core/plural.js'
import type { ActionInputs } from './inputs.js'
import { fail, info, setOutput, warning, writeAnnotations, type Annotation } from '../format/workflowCommands.js'
import { gfm, text } from '../format/markdown.js'
import { writeSummary } from './jobSummary.js'

/** GitHub shows at most this many annotations of each severity for one step. */
export const STEP_ANNOTATION_LIMIT = 10

export interface PublishContext {
  inputs: ActionInputs
  owner?: string
  repo?: string
  /** The commit the check run and the line links belong to. */
  sha?: string
  /** The pull request's base: where the lines of a deleted KEP are. */
  baseSha?: string
  scope: string
  /** A root-relative file's path in the repository: the one base of annotations, links and outputs. */
  displayPath: (file: string) => string
  /** A run on changes (a pull request, a push, a merge group): who changes the files, and the lines its diff shows. */
  changes?: PublishedChanges
}

export interface PublishedChanges {
  /** "this pull request", "this push", "this merge group". */
  subject: string
  /** The lines the diff shows of those of the files (root-relative) that the changes touch. */
  changedLines(paths: readonly string[]): ChangedLines
}

/** An annotation of the step as a check run carries it: the same problem, level, place and message. */
function toCheckAnnotation(annotation: Annotation): CheckAnnotation {
  const carried: CheckAnnotation = {
    path: annotation.file,
    start_line: annotation.startLine,
    end_line: annotation.endLine,
    annotation_level: annotation.level === 'error' ? 'failure' : annotation.level,
    message: annotation.message.slice(0, 64 * 1024),
    title: annotation.title
  }
  if (annotation.startColumn !== undefined) {
    carried.start_column = annotation.startColumn
    carried.end_column = annotation.endColumn
  }
  return carried
}

/**
 * `auto`: a check run only for what an author must act on — more errors or warnings that count
 * than the step can show. Problems from before are notices that fail nothing: however many,
 * they never make one (the job summary lists them).
 */
function wantsCheckRun(inputs: ActionInputs, { errors, warnings }: SeverityCounts): boolean {
  if (inputs.checkRun === 'never') return false
  if (inputs.checkRun === 'always') return true
  return errors > STEP_ANNOTATION_LIMIT || warnings > STEP_ANNOTATION_LIMIT
}

interface PublishedCheckRun {
  url: string
  /** It carries every annotation. */
  complete: boolean
}

/**
 * Tries the check run that carries every annotation. A read-only token (a fork's pull
 * request) cannot create one: that is said in the log, and annotations fall back to the step.
 * A check run created but never completed stays in progress: the step fails, saying so.
 */
async function publishCheckRun(context: PublishContext, report: CheckReport, failing: boolean, annotations: readonly Annotation[]): Promise<PublishedCheckRun | undefined> {
  const { inputs } = context
  const missing = !inputs.token ? 'no token' : !context.owner || !context.repo ? 'no repository in the environment (GITHUB_REPOSITORY)' : !context.sha ? 'no commit in the environment (GITHUB_SHA)' : undefined
  if (missing) {
    warning(`kep-validator could not create the "${inputs.checkName}" check run (${missing}); the step shows the first ${STEP_ANNOTATION_LIMIT} errors and warnings, the job summary has them all`)
    return undefined
  }
  const { errors, warnings, preexisting } = report.counts
  const notices = annotations.filter(annotation => annotation.level === 'notice').length
  const before =
    preexisting === 0
      ? gfm``
      : notices > 0
        ? gfm`; ${text(plural(preexisting, 'problem'))} from before, not counted (${notices} shown as notices on the lines the changes show)`
        : gfm`; ${text(plural(preexisting, 'problem'))} from before, not counted (${inputs.preexisting === 'none' ? gfm`not listed: \`preexisting: none\`` : gfm`in the job summary`})`
  let created
  try {
    const client = await createClient(inputs.token!, undefined, info)
    created = await createCheckRun(
      client,
      {
        owner: context.owner!,
        repo: context.repo!,
        name: inputs.checkName,
        headSha: context.sha!,
        conclusion: failing ? 'failure' : errors + warnings > 0 ? 'neutral' : 'success',
        title: summaryLine(report).replace(/^[✓✗] /, ''),
        summary: gfm`KEP metadata of ${text(context.scope)}: ${errors} errors, ${warnings} warnings${before}.`,
        annotations: annotations.map(toCheckAnnotation)
      },
      describeRequestFailure
    )
  } catch (error) {
    const status = (error as { status?: number; response?: unknown }).response !== undefined ? (error as { status?: number }).status : undefined
    const why = status === 403 ? 'the token may not write checks (a pull request from a fork gets a read-only token; add "permissions: checks: write" otherwise)' : describeRequestFailure(error)
    warning(`kep-validator could not create the "${inputs.checkName}" check run: ${why}. The step shows the first ${STEP_ANNOTATION_LIMIT} errors and warnings; every problem is in the job summary.`)
    return undefined
  }
  if (created.notCompleted !== undefined) {
    fail(
      `kep-validator created the "${inputs.checkName}" check run ${created.url}, but could not complete it: ${created.problem}, and completing it failed: ${created.notCompleted}. It stays in progress, without a conclusion; this step fails in its place. The step shows the first ${STEP_ANNOTATION_LIMIT} errors and warnings; every problem is in the job summary.`
    )
    return { url: created.url, complete: false }
  }
  if (created.problem) warning(`kep-validator completed the "${inputs.checkName}" check run, but ${created.problem}; the step shows the first ${STEP_ANNOTATION_LIMIT} errors and warnings as well`)
  return { url: created.url, complete: created.problem === undefined }
}

/** The step's outputs, as action.yml declares them: every path that ends the step writes them all. */
export interface ActionOutputs {
  errors: number
  warnings: number
  preexisting: number
  'changed-keps': string
  'index-state': string
  'check-run-url': string
}

/** Writes the step's outputs; a runner that lost the output file costs the outputs, not the verdict. */
export function writeOutputs(outputs: ActionOutputs): void {
  try {
    for (const [name, value] of Object.entries(outputs)) setOutput(name, value)
  } catch (error) {
    warning(`kep-validator could not write the step outputs (GITHUB_OUTPUT): ${(error as Error).message}`)
  }
}

/** Annotations, check run, job summary and outputs; returns whether the step fails. */
export async function publish(context: PublishContext, result: ValidationResult): Promise<boolean> {
  const { inputs, displayPath } = context
  // Counted once: the verdict, the check run, the log and the summary all say the same numbers.
  const report = checkReport(result)
  const { errors, warnings, preexisting } = report.counts
  const failing = inputs.failOn === 'never' ? false : inputs.failOn === 'warning' ? errors + warnings > 0 : errors > 0
  const diff = diffContext(context, result)
  const shown: FormatContext = { displayPath, diff, preexisting: inputs.preexisting, scope: context.scope, failOn: inputs.failOn }
  const annotations = FORMATTERS.github(report, shown)
  const checkRun = wantsCheckRun(inputs, report.counts) ? await publishCheckRun(context, report, failing, annotations) : undefined
  // The check run carries every annotation; repeating them on the step would show them twice.
  if (!checkRun?.complete) writeAnnotations(annotations)
  else info(`${annotations.length} annotations are in the check run ${checkRun.url}`)
  const unannotated = preexisting - annotations.filter(annotation => annotation.level === 'notice').length
  if (unannotated > 0) info(`${plural(unannotated, 'problem')} from before ${unannotated === 1 ? 'is' : 'are'} not annotated (${whereFromBefore(inputs.preexisting, diff !== undefined)})`)
  info(summaryLine(report))

  const server = process.env.GITHUB_SERVER_URL ?? 'https://github.com'
  // A deleted KEP's lines are at the base: the head has no such file.
  const deleted = new Set((result.keps ?? []).filter(kep => kep.kind === 'deleted').map(kep => displayPath(kep.file)))
  const blob = (path: string) => (deleted.has(path) && context.baseSha ? context.baseSha : context.sha)
  const lineUrl = context.owner && context.repo && context.sha ? (path: string, line: number) => `${server}/${context.owner}/${context.repo}/blob/${blob(path)}/${path.split('/').map(encodeURIComponent).join('/')}#L${line}` : undefined
  const docs = docsLocation()
  await writeSummary(FORMATTERS.summary(report, { ...shown, lineUrl, ruleUrl: rule => ruleUrl(rule, docs), checkRunUrl: checkRun?.complete ? checkRun.url : undefined }))

  const changedKeps = (result.keps ?? []).map(kep => ({ ...kep, file: displayPath(kep.file), ...(kep.previousFile === undefined ? {} : { previousFile: displayPath(kep.previousFile) }) }))
  writeOutputs({ errors, warnings, preexisting, 'changed-keps': JSON.stringify(changedKeps), 'index-state': result.index?.state ?? 'off', 'check-run-url': checkRun?.url ?? '' })
  return failing
}

/** Where the changes' diff is, for the annotations: none in a full audit. */
function diffContext(context: PublishContext, result: ValidationResult): DiffContext | undefined {
  if (!context.changes || !result.keps) return undefined
  const moved = new Map(result.keps.flatMap(kep => (kep.previousFile === undefined ? [] : [[kep.file, kep.previousFile] as const])))
  return {
    subject: context.changes.subject,
    lines: context.changes.changedLines([...new Set(result.diagnostics.map(d => d.file))]),
    onlyNew: context.inputs.onlyNew,
    checkedWith: result.checkedWith,
    indexFile: result.index?.file,
    moved
  }
}

/** Why problems from before are not annotated, as the log says it. */
function whereFromBefore(shown: ActionInputs['preexisting'], onChanges: boolean): string {
  if (shown === 'none') return 'preexisting: none; they are counted in the outputs'
  if (shown === 'summary') return 'preexisting: summary; the job summary lists them'
  return onChanges ? 'not on a line the changes show; the job summary lists them' : 'a full audit changes no line; the job summary lists them'
}
