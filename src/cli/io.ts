import { printable } from '../format/text.js'

export interface CliIo {
  cwd: string
  stdout(text: string): void
  stderr(text: string): void
}

export const processIo: CliIo = {
  cwd: process.cwd(),
  stdout: text => process.stdout.write(text),
  stderr: text => process.stderr.write(text)
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
