/**
 * The lines a change shows in its diff, by root-relative path: the head side of each hunk, its
 * added lines and the lines of context around them (git's and GitHub's three), as reviewdog's
 * `diff_context` filter reads a diff. A file the change touches has an entry, with no line when
 * it is only moved; `'all'` when every line is the change's (a deleted file, or one whose diff
 * is too large for GitHub to send). A file without an entry is not in the change.
 */
export type ChangedLines = ReadonlyMap<string, ReadonlySet<number> | 'all'>

/** Whether a span (its lines from `line` to `endLine`) is on a line the change shows. */
export function onChangedLine(lines: ChangedLines, file: string, span: { line: number; endLine: number }): boolean {
  const changed = lines.get(file)
  if (changed === undefined) return false
  if (changed === 'all') return true
  for (let line = span.line; line <= Math.max(span.line, span.endLine); line++) if (changed.has(line)) return true
  return false
}

/** The head-side line numbers a unified diff's hunks show (added and context lines). */
export function headLinesOf(patch: string, into = new Set<number>()): Set<number> {
  let line = 0
  for (const text of patch.split('\n')) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(text)
    if (hunk) line = Number(hunk[1])
    else if (line > 0 && (text.startsWith('+') || text.startsWith(' '))) into.add(line++)
  }
  return into
}

const C_ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 }

/**
 * A path as git writes it in a diff's header: as it is, or C-quoted ("…" with \n, \", \\ and
 * octal escapes of bytes) when it holds a byte git will not write plainly.
 */
export function unquoteGitPath(text: string): string {
  if (!text.startsWith('"') || !text.endsWith('"') || text.length < 2) return text
  const bytes: number[] = []
  const inner = text.slice(1, -1)
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i]
    if (c !== '\\') {
      bytes.push(...Buffer.from(c, 'utf8'))
      continue
    }
    const next = inner[++i]
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(inner.slice(i, i + 3), 8))
      i += 2
    } else bytes.push(C_ESCAPES[next] ?? next.charCodeAt(0))
  }
  return Buffer.from(bytes).toString('utf8')
}

/**
 * The head-side lines of each file of `git diff --no-prefix` output, by the file's head path.
 * A deleted file (`+++ /dev/null`) has none here: its lines are the base's.
 */
export function headLinesByFile(diff: string): Map<string, Set<number>> {
  const files = new Map<string, Set<number>>()
  let current: Set<number> | undefined
  let line = 0
  for (const text of diff.split('\n')) {
    if (text.startsWith('diff --git ')) {
      current = undefined
      line = 0
    } else if (text.startsWith('+++ ') && line === 0) {
      const path = text.slice(4).replace(/\t$/, '')
      current = path === '/dev/null' ? undefined : (files.get(unquoteGitPath(path)) ?? new Set())
      if (current) files.set(unquoteGitPath(path), current)
    } else if (current) {
      const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(text)
      if (hunk) line = Number(hunk[1])
      else if (line > 0 && (text.startsWith('+') || text.startsWith(' '))) current.add(line++)
    }
  }
  return files
}
