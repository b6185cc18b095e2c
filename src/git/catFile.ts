import { spawnSync } from 'node:child_process'
import { GitError } from './git.js'

/**
 * The contents of git objects by id, through one `git cat-file --batch`: thousands of
 * KEPs in one process. An object that is missing or not a blob is absent from the map.
 */
export function readBlobs(cwd: string, ids: readonly string[]): Map<string, Buffer> {
  const contents = new Map<string, Buffer>()
  if (ids.length === 0) return contents
  const result = spawnSync('git', ['cat-file', '--batch'], { cwd, input: ids.join('\n') + '\n', maxBuffer: 1024 * 1024 * 1024 })
  if (result.status !== 0) throw new GitError(`git cat-file --batch failed in ${cwd}: ${result.stderr?.toString().trim()}`)
  const output = result.stdout
  let offset = 0
  for (const id of ids) {
    const newline = output.indexOf(0x0a, offset)
    const header = output.subarray(offset, newline).toString()
    offset = newline + 1
    const match = / blob (\d+)$/.exec(header)
    if (!match) continue
    const size = Number(match[1])
    contents.set(id, output.subarray(offset, offset + size))
    offset += size + 1
  }
  return contents
}
