import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'

/**
 * A language server client over stdio, as an editor is one: JSON-RPC messages framed by
 * Content-Length headers. It answers the server's requests (its configuration pull with the
 * settings it is given), and hands out each publishDiagnostics as it comes — a test waits for
 * the message it needs, never for a while.
 */

export interface LspDiagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } }
  message: string
  severity?: number
  source?: string
}

type Message = { id?: number | string; method?: string; params?: unknown; result?: unknown; error?: { message: string } }

export class LspClient {
  private readonly server: ChildProcessWithoutNullStreams
  private buffer = Buffer.alloc(0)
  private nextId = 1
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>()
  private readonly waiting = new Map<string, (diagnostics: LspDiagnostic[]) => void>()
  private readonly exited: Promise<void>
  private stderr = ''

  constructor(
    command: string,
    args: readonly string[],
    private readonly configuration: (section: string) => unknown
  ) {
    this.server = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] })
    this.server.stdout.on('data', (chunk: Buffer) => this.receive(chunk))
    this.server.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')))
    this.exited = new Promise(resolve => this.server.on('exit', () => resolve()))
    this.server.on('exit', code => {
      const error = new Error(`the language server exited (${code}): ${this.stderr}`)
      for (const { reject } of this.pending.values()) reject(error)
      this.pending.clear()
    })
  }

  private send(message: Message): void {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8')
    this.server.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]))
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk])
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n')
      if (headerEnd === -1) return
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))?.[1])
      if (this.buffer.length < headerEnd + 4 + length) return
      const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8')) as Message
      this.buffer = this.buffer.subarray(headerEnd + 4 + length)
      this.dispatch(message)
    }
  }

  private dispatch(message: Message): void {
    if (message.method === undefined) {
      const waiter = this.pending.get(message.id as number)
      this.pending.delete(message.id as number)
      if (message.error) waiter?.reject(new Error(message.error.message))
      else waiter?.resolve(message.result)
      return
    }
    if (message.id !== undefined) {
      // A request of the server: its configuration pull is answered with the settings; anything else with null.
      const items = message.method === 'workspace/configuration' ? (message.params as { items: Array<{ section?: string }> }).items : undefined
      this.send({ id: message.id, result: items ? items.map(item => this.configuration(item.section ?? '') ?? null) : null })
      return
    }
    if (message.method === 'textDocument/publishDiagnostics') {
      const { uri, diagnostics } = message.params as { uri: string; diagnostics: LspDiagnostic[] }
      // Each document is opened once and never changed: its first diagnostics are its diagnostics.
      const waiter = this.waiting.get(uri)
      this.waiting.delete(uri)
      waiter?.(diagnostics)
    }
  }

  request(method: string, params: unknown): Promise<unknown> {
    const id = this.nextId++
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject })
      this.send({ id, method, params })
    })
  }

  notify(method: string, params: unknown): void {
    this.send({ method, params })
  }

  /** Opens a document and resolves with the first diagnostics the server publishes for it. */
  open(uri: string, text: string): Promise<LspDiagnostic[]> {
    const published = new Promise<LspDiagnostic[]>(resolve => this.waiting.set(uri, resolve))
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } })
    return published
  }

  async shutdown(): Promise<void> {
    if (this.server.exitCode === null) {
      await this.request('shutdown', null)
      this.notify('exit', null)
    }
    await this.exited
  }
}
