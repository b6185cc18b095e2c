import { printable } from '../format/text.js'
import { logLines } from '../format/logLine.js'

export interface CliIo {
  cwd: string
  stdout(text: string): void
  stderr(text: string): void
}

/**
 * What the CLI writes, as it reaches the terminal or the step's log. In GitHub Actions the
 * runner reads both streams for workflow commands: each line goes through the workflow log's
 * escaper (logLine), so that a file name or value at the start of a line cannot become one.
 * The CLI's one writer to them (eslint forbids process.stdout and console elsewhere).
 */
const forLog = (text: string): string => (process.env.GITHUB_ACTIONS === 'true' ? logLines(text) : text)

export const processIo: CliIo = {
  cwd: process.cwd(),
  stdout: text => process.stdout.write(forLog(text)),
  stderr: text => process.stderr.write(forLog(text))
}

export class UsageError extends Error {}

/** What reading a repository tells the CLI: only problems, on stderr; what went well is not an author's concern. */
export function readingLog(io: CliIo): (message: string, problem: boolean) => void {
  return (message, problem) => {
    if (problem) io.stderr(`kep-validator: ${printable(message)}\n`)
  }
}

export const EXIT_OK = 0
export const EXIT_PROBLEMS = 1
export const EXIT_FAILURE = 2
