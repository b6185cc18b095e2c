import { execFileSync } from 'node:child_process'

export class GitError extends Error {}

/** Runs git in a folder; a failure says which command and why. */
export function git(cwd: string, args: readonly string[]): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] })
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim()
    throw new GitError(`git ${args.join(' ')} failed in ${cwd}: ${stderr || (error as Error).message}`)
  }
}
