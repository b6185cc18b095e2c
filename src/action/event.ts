import { readNamedFile } from '../files/files.js'
import { warning } from '../format/workflowCommands.js'

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

/**
 * A push that says what it replaced (`before`), or a merge queue's group: checked as a pull
 * request is, by what it changes between its base and its head.
 */
export interface PushEvent {
  kind: 'push'
  name: string
  owner: string
  repo: string
  baseSha: string
  headSha: string
  /** True for a push to the repository's default branch (metrics are published there). */
  toDefaultBranch: boolean
}

/** An event whose changes are compared with a base. */
export type ComparedEvent = PullRequestEvent | PushEvent

export type WorkflowEvent = PullRequestEvent | PushEvent | AuditEvent

const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/
/** A push that creates a branch or tag says it replaced nothing: forty zeros. */
const NOTHING = /^0+$/

/**
 * The runner's event file: a regular file (never read through a link), as JSON. A parse
 * error says where, never what the file holds.
 */
function parsePayload(path: string): unknown {
  const text = readNamedFile(path).toString('utf8')
  try {
    return JSON.parse(text)
  } catch {
    throw new Error(`it is not JSON (${text.length} characters)`)
  }
}

function readPayload(name: string, path: string | undefined): Record<string, unknown> {
  if (!path) throw new EventError(`event ${name} but GITHUB_EVENT_PATH is not set`)
  try {
    const payload: unknown = parsePayload(path)
    if (typeof payload !== 'object' || payload === null) throw new Error('it is not a JSON object')
    return payload as Record<string, unknown>
  } catch (error) {
    throw new EventError(`cannot read the ${name} event payload at ${path}: ${(error as Error).message}`)
  }
}

function isSha(value: unknown): value is string {
  return typeof value === 'string' && SHA.test(value)
}

export class EventError extends Error {}

/**
 * What to check, from the event: a pull request is compared with its base, a push with the
 * commit it replaced (`before`), a merge queue's group with its base; a push that creates a
 * branch, workflow_dispatch, schedule and anything else get a full audit.
 */
export function readEvent(env: NodeJS.ProcessEnv = process.env, warn: (message: string) => void = warning): WorkflowEvent {
  const name = env.GITHUB_EVENT_NAME ?? ''
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '/').split('/')
  if (name === 'merge_group') {
    const payload = readPayload(name, env.GITHUB_EVENT_PATH)
    const group = payload.merge_group as { base_sha?: unknown; head_sha?: unknown } | undefined
    if (!isSha(group?.base_sha) || !isSha(group?.head_sha)) throw new EventError(`the merge_group event payload at ${env.GITHUB_EVENT_PATH} has no merge_group with base_sha and head_sha`)
    return { kind: 'push', name, owner, repo, baseSha: group.base_sha, headSha: group.head_sha, toDefaultBranch: false }
  }
  if (name !== 'pull_request' && name !== 'pull_request_target') {
    let toDefaultBranch = false
    let before: unknown
    let after: unknown
    if (name === 'push') {
      // A push that cannot be compared is audited in full: what is wrong with its payload is said, never skipped.
      let payload: Record<string, unknown> | undefined
      try {
        payload = readPayload(name, env.GITHUB_EVENT_PATH)
      } catch (error) {
        warn(`kep-validator checks every KEP: ${(error as Error).message}`)
      }
      if (payload) {
        const repository = payload.repository as { default_branch?: unknown } | undefined
        toDefaultBranch = typeof payload.ref === 'string' && typeof repository?.default_branch === 'string' && payload.ref === `refs/heads/${repository.default_branch}`
        ;({ before, after } = payload)
        const wrong = [['before', before] as const, ['after', after] as const]
          .filter(([, sha]) => !isSha(sha))
          .map(([field, sha]) => `${field} is ${sha === undefined ? 'missing' : `${JSON.stringify(sha)?.slice(0, 80)}, not a commit id (40 or 64 hex digits)`}`)
        if (wrong.length > 0) warn(`kep-validator checks every KEP: the push event payload at ${env.GITHUB_EVENT_PATH} cannot say what the push changed: ${wrong.join('; ')}`)
      }
    }
    // A push that replaced a commit is judged by what it changed, as a pull request is.
    if (isSha(before) && !NOTHING.test(before) && isSha(after) && !NOTHING.test(after) && owner && repo) {
      return { kind: 'push', name, owner, repo, baseSha: before, headSha: after, toDefaultBranch }
    }
    return { kind: 'audit', name: name || 'local', owner: owner || undefined, repo: repo || undefined, sha: env.GITHUB_SHA || (isSha(after) && !NOTHING.test(after) ? after : undefined), toDefaultBranch }
  }
  const path = env.GITHUB_EVENT_PATH
  const payload = readPayload(name, path)
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
    if (!isSha(sha)) {
      throw new EventError(`the ${name} event payload at ${path} has a pull_request.${field} that is not a commit id (40 or 64 hex digits): ${JSON.stringify(sha).slice(0, 80)}`)
    }
  }
  return {
    kind: 'pull-request',
    name,
    owner: base!.repo?.owner?.login ?? owner,
    repo: base!.repo?.name ?? repo,
    number: pr.number,
    baseSha: base!.sha as string,
    headSha: head!.sha as string,
    changedFiles: typeof pr.changed_files === 'number' ? pr.changed_files : undefined,
    htmlUrl: typeof pr.html_url === 'string' ? pr.html_url : undefined
  }
}

/** A compared event as the log and the job summary name it. */
/** What the log and the summary call the change an event brings: "this pull request", "this merge group", "this push". */
export function eventSubject(event: ComparedEvent): string {
  if (event.kind === 'pull-request') return 'this pull request'
  return event.name === 'merge_group' ? 'this merge group' : 'this push'
}

export function describeEvent(event: ComparedEvent): string {
  if (event.kind === 'pull-request') return `pull request #${event.number} against ${event.baseSha.slice(0, 7)}`
  if (event.name === 'merge_group') return `merge group ${event.headSha.slice(0, 7)} against ${event.baseSha.slice(0, 7)}`
  return `push ${event.baseSha.slice(0, 7)}..${event.headSha.slice(0, 7)}`
}
