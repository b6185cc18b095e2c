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

export function matcher(globs: readonly string[]): (path: string) => boolean {
  return globs.length === 0 ? () => false : picomatch([...globs], OPTIONS)
}
