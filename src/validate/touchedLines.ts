import { diffLines } from 'diff'
import type { Span } from '../core/diagnostic.js'
import type { Tree } from '../tree/tree.js'

/**
 * The lines of a file's head version that a change wrote (added or rewrote), from the diff of
 * its two texts, as golangci-lint's new-from-rev and reviewdog's `added` filter take them: the
 * base comparison's last resort, where the base cannot be compared value by value.
 */
export class TouchedLines {
  private constructor(private readonly lines: ReadonlySet<number>) {}

  /** The lines of `after` that are not in `before` (jsdiff's line diff); undefined when either version cannot be read. */
  static between(base: Tree, basePath: string, head: Tree, headPath: string): TouchedLines | undefined {
    const before = base.readFiles([basePath]).get(basePath)
    const after = head.readFiles([headPath]).get(headPath)
    // Errors may come from another realm (a VM context): test for the buffer, not the Error class.
    if (!Buffer.isBuffer(before) || !Buffer.isBuffer(after)) return undefined
    const touched = new Set<number>()
    let line = 1
    for (const part of diffLines(before.toString('utf8'), after.toString('utf8'))) {
      if (part.removed) continue
      const count = part.count ?? 0
      if (part.added) for (let n = 0; n < count; n++) touched.add(line + n)
      line += count
    }
    return new TouchedLines(touched)
  }

  /** Whether the change wrote any line of a span. */
  touches(span: Span): boolean {
    // A span that ends at the start of a line ends with the line before it.
    const last = span.endLine > span.line && span.endColumn === 1 ? span.endLine - 1 : Math.max(span.line, span.endLine)
    for (let line = span.line; line <= last; line++) if (this.lines.has(line)) return true
    return false
  }
}
