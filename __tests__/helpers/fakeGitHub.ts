import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface RecordedRequest {
  method: string
  path: string
  headers: IncomingMessage['headers']
  body: string
}

export type Handler = (request: RecordedRequest, response: ServerResponse) => void | Promise<void>

/** A real HTTP server on 127.0.0.1 standing in for GitHub's REST API; it records every request. */
export class FakeGitHub {
  readonly requests: RecordedRequest[] = []
  private readonly routes: Array<{ method: string; pattern: RegExp; handler: Handler }> = []
  private server?: Server

  on(method: string, pattern: RegExp, handler: Handler): this {
    this.routes.push({ method, pattern, handler })
    return this
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      let body = ''
      req.on('data', chunk => (body += chunk))
      req.on('end', async () => {
        const request: RecordedRequest = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body }
        this.requests.push(request)
        const route = this.routes.find(r => r.method === request.method && r.pattern.test(request.path))
        if (!route) {
          res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ message: 'Not Found' }))
          return
        }
        try {
          await route.handler(request, res)
        } catch (error) {
          res.writeHead(500).end(String(error))
        }
      })
    })
    await new Promise<void>(resolve => this.server!.listen(0, '127.0.0.1', resolve))
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`
  }

  async stop(): Promise<void> {
    if (!this.server) return
    const closed = new Promise(resolve => this.server!.close(resolve))
    // A kept-alive or never-answered connection would hold close() for seconds.
    this.server.closeAllConnections()
    await closed
  }
}

export function json(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body))
}
