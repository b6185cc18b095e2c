import { resolve, sep } from 'node:path'

/**
 * A message with the workspace's absolute path taken out: in GitHub Actions the runner's
 * folders (/home/runner/work/repo/repo/…) say nothing to the author and hide the path that
 * does. A path inside the workspace becomes relative to it, the workspace itself ".". Applied
 * to text before it is escaped for its sink, never after (taking text out of escaped text could
 * undo its escaping).
 */
export function workspaceRelative(message: string, workspace: string | undefined = process.env.GITHUB_WORKSPACE): string {
  if (!workspace) return message
  const root = resolve(workspace)
  if (root === sep) return message
  const pattern = new RegExp(`${root.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')}(?:${sep === '/' ? '/' : '\\\\'}|(?![\\w.-]))`, 'g')
  return message.replace(pattern, found => (found === root ? '.' : ''))
}
