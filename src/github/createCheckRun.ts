import type { GitHubClient } from './client.js'
import { code, gfm, type Markdown } from '../format/markdown.js'

export interface CheckAnnotation {
  path: string
  start_line: number
  end_line: number
  start_column?: number
  end_column?: number
  annotation_level: 'failure' | 'warning' | 'notice'
  message: string
  title?: string
}

export interface CheckRunRequest {
  owner: string
  repo: string
  name: string
  headSha: string
  conclusion: 'success' | 'failure' | 'neutral'
  /** Plain text. */
  title: string
  /** Markdown GitHub renders on the check run's page. */
  summary: Markdown
  annotations: CheckAnnotation[]
}

/** GitHub takes at most 50 annotations per request; more are appended by updates. */
export const ANNOTATIONS_PER_REQUEST = 50

export interface CheckRunResult {
  url: string
  /** How many annotations the check run carries: fewer than asked when an update failed. */
  annotated: number
  /** Why some annotations are missing. */
  problem?: string
  /**
   * Why the check run could not be completed, after it was created in progress and an update
   * failed: it stays in progress, which GitHub shows as a check that never ends.
   */
  notCompleted?: string
}

/**
 * Creates a check run carrying every annotation, completed with the conclusion. When an update
 * that appends annotations fails, the check run is still completed, without the rest and
 * saying so: a check run left in_progress would block the pull request forever. When that
 * completion fails too, the result says so (notCompleted): the caller must fail the step.
 */
export async function createCheckRun(client: GitHubClient, request: CheckRunRequest, describe: (error: unknown) => string = error => (error as Error).message): Promise<CheckRunResult> {
  const batches: CheckAnnotation[][] = []
  for (let i = 0; i < request.annotations.length; i += ANNOTATIONS_PER_REQUEST) {
    batches.push(request.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST))
  }
  if (batches.length === 0) batches.push([])
  const output = (annotations: CheckAnnotation[], summary: Markdown = request.summary) => ({ title: request.title, summary, annotations })
  const last = batches.length - 1
  const completed = () => ({ status: 'completed' as const, conclusion: request.conclusion, completed_at: new Date().toISOString() })
  const { data } = await client.rest.checks.create({
    owner: request.owner,
    repo: request.repo,
    name: request.name,
    head_sha: request.headSha,
    ...(last === 0 ? completed() : { status: 'in_progress' as const }),
    output: output(batches[0])
  })
  const created = data as unknown as { id?: unknown; html_url?: unknown }
  if (typeof created?.id !== 'number') throw new Error(`GitHub's answer to creating the check run has no id: ${JSON.stringify(data)?.slice(0, 200)}`)
  const url = typeof created.html_url === 'string' ? created.html_url : ''
  const update = (fields: object) => client.rest.checks.update({ owner: request.owner, repo: request.repo, check_run_id: created.id as number, ...fields })
  let annotated = batches[0].length
  for (let i = 1; i <= last; i++) {
    try {
      await update({ ...(i === last ? completed() : {}), output: output(batches[i]) })
      annotated += batches[i].length
    } catch (error) {
      const missing = request.annotations.length - annotated
      const total = request.annotations.length
      const why = describe(error)
      const problem = `${missing} of ${total} annotations could not be added: ${why}`
      try {
        await update({ ...completed(), output: output([], gfm`${request.summary}\n\n${missing} of ${total} annotations could not be added: ${code(why)}. The job summary lists every problem.`) })
      } catch (completion) {
        return { url, annotated, problem, notCompleted: describe(completion) }
      }
      return { url, annotated, problem }
    }
  }
  return { url, annotated }
}
