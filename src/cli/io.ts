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

export const EXIT_OK = 0
export const EXIT_PROBLEMS = 1
export const EXIT_FAILURE = 2
