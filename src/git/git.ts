import { execFile, execFileSync } from 'node:child_process'

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

/**
 * Runs git in a folder in the background: the answer, once git ends. A run starts what it will
 * need of git before it reads the repository, and git works on another core meanwhile.
 */
export function gitInBackground(cwd: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new GitError(`git ${args.join(' ')} failed in ${cwd}: ${stderr.trim() || error.message}`))
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
