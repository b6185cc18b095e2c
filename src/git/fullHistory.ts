import { git } from './git.js'

/**
 * Makes the whole history available: actions/checkout fetches one commit by default, and
 * anything measured over time from it is wrong without a word. Returns why it could not.
 */
export function fetchFullHistory(cwd: string, log: (message: string) => void): string | undefined {
  let shallow: boolean
  try {
    shallow = git(cwd, ['rev-parse', '--is-shallow-repository']).trim() === 'true'
  } catch (error) {
    return (error as Error).message
  }
  if (!shallow) return undefined
  log('the checkout is shallow; fetching the whole history')
  try {
    git(cwd, ['fetch', '--no-tags', '--no-recurse-submodules', '--unshallow', 'origin'])
    return undefined
  } catch (error) {
    return `the checkout is shallow and the rest of its history could not be fetched (${(error as Error).message})`
  }
}
