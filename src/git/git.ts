import { execFile, execFileSync } from 'node:child_process'

export class GitError extends Error {}

const MAX_OUTPUT = 256 * 1024 * 1024

/** A failed git command: which, where, and why in git's words (its stderr) when it gave any. */
function failed(cwd: string, args: readonly string[], stderr: string | undefined, error: Error): GitError {
  return new GitError(`git ${args.join(' ')} failed in ${cwd}: ${stderr?.trim() || error.message}`)
}

/** Runs git in a folder; a failure says which command and why. */
export function git(cwd: string, args: readonly string[]): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: MAX_OUTPUT, stdio: ['ignore', 'pipe', 'pipe'] })
  } catch (error) {
    throw failed(cwd, args, (error as { stderr?: string }).stderr, error as Error)
  }
}

/**
 * Runs git in a folder in the background: the answer, once git ends. A run starts what it will
 * need of git before it reads the repository, and git works on another core meanwhile.
 */
export function gitInBackground(cwd: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, encoding: 'utf8', maxBuffer: MAX_OUTPUT }, (error, stdout, stderr) => {
      if (error) reject(failed(cwd, args, stderr, error))
      else resolve(stdout)
    }).stdin?.end()
  })
}

/** The top folder of the git work tree that holds `dir`, or undefined outside one. */
export function workTreeRoot(dir: string): string | undefined {
  try {
    return git(dir, ['rev-parse', '--show-toplevel']).trim()
  } catch {
    return undefined
  }
}
