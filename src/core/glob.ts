import picomatch from 'picomatch'

// As the configuration has always read globs: `*` matches dotfiles too, `[!abc]` is a negated
// class (posix), a leading `!` is a character, not a negation (exclude says "not"), and paths
// have forward slashes on every platform.
const OPTIONS: picomatch.PicomatchOptions = { dot: true, posix: true, nonegate: true, windows: false }

/**
 * Glob patterns as the config file writes them: `*` and `?` within one path segment, `**`
 * across segments, `{a,b}` alternatives, `[abc]` classes. Matched against POSIX paths
 * relative to the KEP root.
 */
export function globToRegExp(glob: string): RegExp {
  return picomatch.makeRe(glob, OPTIONS)
}

/**
 * Whether a path matches any of the globs, as picomatch's own matcher decides it: a path
 * matches a glob that is the path itself, or whose expression matches it. Done here with
 * picomatch's expressions rather than its matcher, which builds a result object for every
 * path it is asked about, and the listing asks about every file of the repository.
 */
export function matcher(globs: readonly string[]): (path: string) => boolean {
  const expressions = globs.map(glob => ({ glob, expression: globToRegExp(glob) }))
  return path => path !== '' && expressions.some(({ glob, expression }) => path === glob || expression.test(path))
}
