import type { getOctokit } from '@actions/github'
import type { Octokit } from '@octokit/core'

export type GitHubClient = ReturnType<typeof getOctokit>

export interface ClientOptions {
  /** Each attempt of a request is abandoned after this long: a silent server must not hold the job. */
  requestTimeoutMs: number
  /** Retries of a 5xx answer or a transient network error (octokit's retry plugin waits 1, 4, 9 s). */
  retries: number
  /** The longest wait for a rate limit worth sitting out; a longer one fails the request. */
  maxRateLimitWaitS: number
  /** The API's URL; unset, GITHUB_API_URL's (what @actions/github reads). */
  baseUrl?: string
}

export const DEFAULT_CLIENT: ClientOptions = { requestTimeoutMs: 30_000, retries: 3, maxRateLimitWaitS: 60 }

/**
 * A request that got no HTTP answer: DNS, connection, TLS, or the timeout. Only a transient
 * one carries a status (octokit's retry plugin retries what has one from 400 up, and 500 is
 * what @octokit/request gives every network failure); one that retrying cannot fix has none.
 */
export class NetworkError extends Error {
  readonly request: unknown
  readonly status?: number
  constructor(message: string, request: unknown, retryable: boolean) {
    super(message)
    this.name = 'NetworkError'
    this.request = request
    if (retryable) this.status = 500
  }
}

/** Network failures that another attempt would meet again. */
const PERMANENT = /^(ENOTFOUND|ECONNREFUSED|EAI_FAIL|EAI_NONAME|CERT_|ERR_TLS_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|ERR_INVALID_URL)/

interface RequestFailure {
  status?: number
  response?: unknown
  cause?: unknown
  name?: string
  message?: string
  code?: string
}

/** The innermost cause of a network failure: its code and words. */
function networkCause(error: RequestFailure): { code?: string; text: string } {
  let current: RequestFailure | undefined = error
  let found: { code?: string; text: string } = { text: error.message ?? String(error) }
  for (let depth = 0; current && depth < 5; depth++, current = current.cause as RequestFailure | undefined) {
    if (current.name === 'TimeoutError') return { code: 'TIMEOUT', text: 'no answer in time' }
    if (typeof current.code === 'string') found = { code: current.code, text: current.message ?? current.code }
    else if (current.message) found = { ...found, text: current.message }
  }
  return found
}

/** What went wrong with a request, in words that tell an answer from no answer. */
export function describeRequestFailure(error: unknown): string {
  if (error instanceof NetworkError) return error.message
  const failure = error as RequestFailure
  if (failure?.response !== undefined && failure.status !== undefined) return `GitHub answered ${failure.status} (${failure.message})`
  return (error as Error)?.message ?? String(error)
}

/** Octokit's logger, writing through `log` only: nothing of it reaches the console. */
function logger(log: (message: string) => void) {
  const quiet = (): void => {}
  return { debug: quiet, info: quiet, warn: (message: string) => log(message), error: (message: string) => log(message) }
}

/** Bounds every attempt in time and tells network failures apart from HTTP answers, in the log too. */
function attemptsPlugin(options: ClientOptions, log: (message: string) => void) {
  return (octokit: Octokit) => {
    octokit.hook.wrap('request', async (request, requestOptions) => {
      const what = `${requestOptions.method} ${octokit.request.endpoint.parse(requestOptions).url}`
      // before-after-hook binds the options each layer passes on: only a change to that object reaches
      // the fetch. A new request object, not the one the options may share with the client's defaults.
      // Octokit's request logs to the console (a deprecation notice quoting the answer's headers): an API answer is
      // untrusted input, and what it says goes to the log through `log`, which escapes it, never around it.
      requestOptions.request = { ...requestOptions.request, signal: AbortSignal.timeout(options.requestTimeoutMs), log: logger(log) }
      try {
        return await request(requestOptions)
      } catch (error) {
        const failure = error as RequestFailure
        if (failure.response !== undefined) {
          log(`GitHub answered ${failure.status} to ${what}`)
          throw error
        }
        const cause = networkCause(failure)
        // Socket failures carry a code; one without is fetch refusing the request itself (a bad port or URL).
        const permanent = cause.code === undefined || PERMANENT.test(cause.code)
        const message = cause.code === 'TIMEOUT' ? `no answer from GitHub to ${what} within ${options.requestTimeoutMs / 1000} s` : `could not reach GitHub for ${what}: network error ${cause.code ? `${cause.code} ` : ''}(${cause.text})`
        // The retry plugin counts the attempts on the request's options (retryCount) and retries while it is below its retries.
        const attempt = (requestOptions.request as { retryCount?: number } | undefined)?.retryCount ?? 0
        const retries = (requestOptions.request as { retries?: number } | undefined)?.retries ?? options.retries
        log(permanent ? message : attempt < retries ? `${message}; retrying` : `${message}; no attempt left (${attempt + 1} made)`)
        throw new NetworkError(message, requestOptions, !permanent)
      }
    })
  }
}

/**
 * An Octokit for the workflow's API (GITHUB_API_URL) with octokit's retry and throttling
 * plugins. @actions/github and the plugins are imported here only: they cost start-up time
 * that runs without API calls should not pay.
 */
export async function createClient(token: string, options: ClientOptions = DEFAULT_CLIENT, log: (message: string) => void = () => {}): Promise<GitHubClient> {
  const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([import('@actions/github'), import('@octokit/plugin-retry'), import('@octokit/plugin-throttling')])
  const rateLimited = (kind: string) => (retryAfter: number, request: { method?: string; url?: string }, _octokit: unknown, retryCount: number) => {
    const wait = retryCount < options.retries && retryAfter <= options.maxRateLimitWaitS
    log(`GitHub's ${kind} limit stopped ${request.method} ${request.url}; ${wait ? `retrying in ${retryAfter} s` : `not waiting ${retryAfter} s for it`}`)
    return wait
  }
  return getOctokit(
    token,
    {
      ...(options.baseUrl === undefined ? {} : { baseUrl: options.baseUrl }),
      retry: { retries: options.retries },
      log: logger(log),
      throttle: { onRateLimit: rateLimited('rate'), onSecondaryRateLimit: rateLimited('secondary rate') }
    },
    // First is innermost: the timeout and the telling apart apply to each attempt the others make.
    attemptsPlugin(options, log),
    retry,
    throttling
  )
}
