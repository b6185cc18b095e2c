import { resolve } from 'node:path'

/**
 * Whether a lifecycle option (`--lifecycle`, the action's `lifecycle` input, the settings')
 * names a repository's JSON file rather than a built-in lifecycle: a path, or a `.json` name.
 */
export function isLifecycleFile(nameOrPath: string): boolean {
  return /[/\\]|\.json$/.test(nameOrPath)
}

/** A lifecycle option as the run uses it: a file resolved from `from`, a built-in lifecycle's name as given. */
export function resolveLifecycleOption(nameOrPath: string | undefined, from: string): string | undefined {
  return nameOrPath === undefined ? undefined : isLifecycleFile(nameOrPath) ? resolve(from, nameOrPath) : nameOrPath
}
