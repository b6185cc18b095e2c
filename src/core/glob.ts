/**
 * Glob patterns as the config file writes them: `*` and `?` within one path segment, `**`
 * across segments, `{a,b}` alternatives, `[abc]` classes. Matched against POSIX paths
 * relative to the KEP root.
 */
export function globToRegExp(glob: string): RegExp {
  let source = ''
  let depth = 0
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slashAfter = glob[i + 2] === '/'
        const atSegmentStart = i === 0 || glob[i - 1] === '/'
        if (atSegmentStart && slashAfter) {
          source += '(?:[^/]+/)*'
          i += 2
        } else {
          source += '.*'
          i += 1
        }
      } else {
        source += '[^/]*'
      }
    } else if (c === '?') {
      source += '[^/]'
    } else if (c === '{') {
      depth++
      source += '(?:'
    } else if (c === '}' && depth > 0) {
      depth--
      source += ')'
    } else if (c === ',' && depth > 0) {
      source += '|'
    } else if (c === '[') {
      const end = glob.indexOf(']', i + 1)
      if (end === -1) {
        source += '\\['
      } else {
        const body = glob.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\')
        source += `[${body}]`
        i = end
      }
    } else {
      source += c.replace(/[.+^$()|\\\]]/g, '\\$&')
    }
  }
  return new RegExp(`^${source}$`)
}

export function matcher(globs: readonly string[]): (path: string) => boolean {
  const patterns = globs.map(globToRegExp)
  return path => patterns.some(pattern => pattern.test(path))
}
