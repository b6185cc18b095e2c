import { describeRequestFailure, type GitHubClient } from './client.js'

/** A file's bytes at a commit; an Error (with the HTTP status) when it cannot be had. */
export async function getFileAtRef(client: GitHubClient, owner: string, repo: string, path: string, ref: string): Promise<Buffer | Error> {
  try {
    const response = await client.rest.repos.getContent({
      owner,
      repo,
      path,
      ref,
      headers: { accept: 'application/vnd.github.raw' },
      request: { parseSuccessResponseBody: false }
    })
    const body = response.data as unknown
    if (typeof body === 'string') return Buffer.from(body)
    if (body instanceof ArrayBuffer) return Buffer.from(body)
    if (body && typeof (body as ReadableStream).getReader === 'function') {
      return Buffer.from(await new Response(body as ReadableStream).arrayBuffer())
    }
    return new Error(`unexpected answer for ${path} at ${ref.slice(0, 12)}`)
  } catch (error) {
    return new Error(`${describeRequestFailure(error)} for ${path} at ${ref.slice(0, 12)}`)
  }
}
