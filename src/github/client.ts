import type { getOctokit } from '@actions/github'

export type GitHubClient = ReturnType<typeof getOctokit>

export interface RetryOptions {
  /** Attempts in all, the first included. */
  attempts: number
  /** The first backoff; each retry doubles it. */
  baseDelayMs: number
  /** No single wait is longer, whatever the server asks. */
  maxDelayMs: number
}

export const DEFAULT_RETRY: RetryOptions = { attempts: 4, baseDelayMs: 1000, maxDelayMs: 60_000 }

interface HttpError {
  status?: number
  response?: { headers?: Record<string, string | number | undefined> }
}

/** How long to wait before retrying, or undefined when the failure is final. */
export function retryDelay(error: HttpError, attempt: number, options: RetryOptions, now = Date.now()): number | undefined {
  const status = error.status
  const headers = error.response?.headers ?? {}
  const rateLimited = status === 429 || (status === 403 && (headers['retry-after'] !== undefined || String(headers['x-ratelimit-remaining']) === '0'))
  if (!(rateLimited || (status !== undefined && status >= 500))) return undefined
  if (attempt >= options.attempts) return undefined
  let delay = options.baseDelayMs * 2 ** (attempt - 1)
  if (headers['retry-after'] !== undefined) delay = Number(headers['retry-after']) * 1000
  else if (String(headers['x-ratelimit-remaining']) === '0' && headers['x-ratelimit-reset'] !== undefined) {
    delay = Number(headers['x-ratelimit-reset']) * 1000 - now
  }
  return Math.min(Math.max(0, Number.isFinite(delay) ? delay : options.baseDelayMs), options.maxDelayMs)
}

/**
 * An Octokit for the workflow's API (GITHUB_API_URL), retrying 5xx answers and (secondary)
 * rate limits with backoff. @actions/github is imported here only: it costs start-up time
 * that runs without API calls should not pay.
 */
export async function createClient(token: string, retry: RetryOptions = DEFAULT_RETRY, log: (message: string) => void = () => {}): Promise<GitHubClient> {
  const { getOctokit } = await import('@actions/github')
  const octokit = getOctokit(token)
  octokit.hook.wrap('request', async (request, options) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await request(options)
      } catch (error) {
        const delay = retryDelay(error as HttpError, attempt, retry)
        if (delay === undefined) throw error
        log(`GitHub answered ${(error as HttpError).status} to ${options.method} ${options.url}; retrying in ${Math.round(delay / 1000)} s (attempt ${attempt + 1} of ${retry.attempts})`)
        await new Promise(resolve => setTimeout(resolve, delay))
      }
    }
  })
  return octokit
}
