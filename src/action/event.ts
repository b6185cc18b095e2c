import { readFileSync } from 'node:fs'

export interface PullRequestEvent {
  kind: 'pull-request'
  name: string
  owner: string
  repo: string
  number: number
  baseSha: string
  headSha: string
  /** As the event says; more than the API lists means git must answer. */
  changedFiles?: number
  htmlUrl?: string
}

export interface AuditEvent {
  kind: 'audit'
  name: string
  owner?: string
  repo?: string
  sha?: string
  /** True for a push to the repository's default branch. */
  toDefaultBranch: boolean
}

export type WorkflowEvent = PullRequestEvent | AuditEvent

export class EventError extends Error {}

/**
 * What to check, from the event: a pull request is compared with its base; push,
 * workflow_dispatch, schedule and anything else get a full audit.
 */
export function readEvent(env: NodeJS.ProcessEnv = process.env): WorkflowEvent {
  const name = env.GITHUB_EVENT_NAME ?? ''
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '/').split('/')
  if (name !== 'pull_request' && name !== 'pull_request_target') {
    let toDefaultBranch = false
    if (name === 'push' && env.GITHUB_EVENT_PATH) {
      try {
        const payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as { ref?: string; repository?: { default_branch?: string } }
        toDefaultBranch = payload.ref !== undefined && payload.ref === `refs/heads/${payload.repository?.default_branch ?? ''}`
      } catch {
        // A push payload that cannot be read only means no metrics; the audit itself does not need it.
      }
    }
    return { kind: 'audit', name: name || 'local', owner: owner || undefined, repo: repo || undefined, sha: env.GITHUB_SHA, toDefaultBranch }
  }
  const path = env.GITHUB_EVENT_PATH
  if (!path) throw new EventError(`event ${name} but GITHUB_EVENT_PATH is not set`)
  let payload: Record<string, unknown>
  try {
    payload = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    throw new EventError(`cannot read the ${name} event payload at ${path}: ${(error as Error).message}`)
  }
  const pr = payload.pull_request as Record<string, unknown> | undefined
  const base = pr?.base as { sha?: string; repo?: { name?: string; owner?: { login?: string } } } | undefined
  const head = pr?.head as { sha?: string } | undefined
  if (!pr || typeof pr.number !== 'number' || !base?.sha || !head?.sha) {
    throw new EventError(`the ${name} event payload at ${path} has no pull_request with number, base.sha and head.sha`)
  }
  // They are passed to git: a commit id is hex (SHA-1 or SHA-256), never an option or a revision expression.
  for (const [field, sha] of [
    ['base.sha', base.sha],
    ['head.sha', head.sha]
  ] as const) {
    if (typeof sha !== 'string' || !/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(sha)) {
      throw new EventError(`the ${name} event payload at ${path} has a pull_request.${field} that is not a commit id (40 or 64 hex digits): ${JSON.stringify(sha).slice(0, 80)}`)
    }
  }
  return {
    kind: 'pull-request',
    name,
    owner: base.repo?.owner?.login ?? owner,
    repo: base.repo?.name ?? repo,
    number: pr.number,
    baseSha: base.sha,
    headSha: head.sha,
    changedFiles: typeof pr.changed_files === 'number' ? pr.changed_files : undefined,
    htmlUrl: typeof pr.html_url === 'string' ? pr.html_url : undefined
  }
}
