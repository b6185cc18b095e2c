import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ACTION = fileURLToPath(new URL('../../dist/index.js', import.meta.url))

export interface ActionRun {
  code: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
}

function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i])
    if (!match) continue
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== match[2]; i++) value.push(lines[i])
    outputs[match[1]] = value.join('\n')
  }
  return outputs
}

/** Runs the bundled action as the runner does: inputs and event in the environment, files for outputs. */
export async function runAction(options: { workspace: string; event?: { name: string; payload: unknown }; inputs?: Record<string, string>; apiUrl?: string; env?: Record<string, string> }): Promise<ActionRun> {
  const files = mkdtempSync(join(tmpdir(), 'kep-action-'))
  const eventPath = join(files, 'event.json')
  writeFileSync(eventPath, JSON.stringify(options.event?.payload ?? {}))
  writeFileSync(join(files, 'output'), '')
  writeFileSync(join(files, 'summary'), '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: files,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_EVENT_NAME: options.event?.name ?? 'push',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'kubernetes/enhancements',
    GITHUB_SHA: '0'.repeat(40),
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: options.apiUrl ?? 'http://127.0.0.1:9',
    GITHUB_OUTPUT: join(files, 'output'),
    GITHUB_STEP_SUMMARY: join(files, 'summary'),
    GIT_CONFIG_NOSYSTEM: '1',
    ...options.env
  }
  for (const [name, value] of Object.entries(options.inputs ?? {})) env[`INPUT_${name.toUpperCase()}`] = value
  const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>(resolve => {
    execFile(process.execPath, [ACTION], { cwd: options.workspace, env, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr })
    })
  })
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(join(files, 'output'), 'utf8')),
    summary: readFileSync(join(files, 'summary'), 'utf8')
  }
}

export function pullRequestPayload(number: number, baseSha: string, headSha: string, changedFiles?: number): unknown {
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      html_url: `https://github.com/kubernetes/enhancements/pull/${number}`,
      changed_files: changedFiles,
      base: { sha: baseSha, ref: 'main', repo: { name: 'enhancements', owner: { login: 'kubernetes' } } },
      head: { sha: headSha, ref: 'feature', repo: { name: 'enhancements', owner: { login: 'contributor' } } }
    },
    repository: { name: 'enhancements', owner: { login: 'kubernetes' } }
  }
}
