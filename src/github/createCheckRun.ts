import type { GitHubClient } from './client.js'

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
  title: string
  summary: string
  annotations: CheckAnnotation[]
}

/** GitHub takes at most 50 annotations per request; more are appended by updates. */
export const ANNOTATIONS_PER_REQUEST = 50

/** Creates a completed check run carrying every annotation; returns its URL. */
export async function createCheckRun(client: GitHubClient, request: CheckRunRequest): Promise<string> {
  const batches: CheckAnnotation[][] = []
  for (let i = 0; i < request.annotations.length; i += ANNOTATIONS_PER_REQUEST) {
    batches.push(request.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST))
  }
  if (batches.length === 0) batches.push([])
  const output = (annotations: CheckAnnotation[]) => ({ title: request.title, summary: request.summary, annotations })
  const last = batches.length - 1
  const completed = { status: 'completed' as const, conclusion: request.conclusion, completed_at: new Date().toISOString() }
  const { data } = await client.rest.checks.create({
    owner: request.owner,
    repo: request.repo,
    name: request.name,
    head_sha: request.headSha,
    ...(last === 0 ? completed : { status: 'in_progress' as const }),
    output: output(batches[0])
  })
  for (let i = 1; i <= last; i++) {
    await client.rest.checks.update({
      owner: request.owner,
      repo: request.repo,
      check_run_id: data.id,
      ...(i === last ? completed : {}),
      output: output(batches[i])
    })
  }
  return data.html_url ?? ''
}
