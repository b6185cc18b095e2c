import { FILE_START, problem } from '../core/diagnostic.js'
import type { KepDocument } from '../core/document.js'
import type { Lifecycle } from '../core/lifecycle.js'
import type { Tree } from '../tree/tree.js'
import { checkIndex, FIX_COMMAND, type IndexCheck } from './checkIndex.js'
import { renderIndex } from './renderIndex.js'

function isMissing(error: Error): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT' || /is not in /.test(error.message)
}

/** The committed index file of a repository version compared with the index its KEPs make. */
export function indexOfRepository(indexFile: string, tree: Tree, documents: readonly KepDocument[], lifecycle: Lifecycle, fixCommand?: string): IndexCheck {
  const content = tree.readFiles([indexFile]).get(indexFile)
  const generated = renderIndex(documents, indexFile, lifecycle)
  if (content !== undefined && !Buffer.isBuffer(content) && !isMissing(content)) {
    // A link or a pipe is never opened: its error says what it is.
    const message = (content as NodeJS.ErrnoException).code === 'ENOTREG' ? `${content.message}; the index must be a file` : `${indexFile} cannot be read: ${content.message}`
    return { file: indexFile, state: 'broken', expected: '', fixCommand: fixCommand ?? FIX_COMMAND, problem: problem(indexFile, FILE_START, 'index-stale', message) }
  }
  return checkIndex(indexFile, Buffer.isBuffer(content) ? content.toString('utf8') : undefined, generated, fixCommand)
}
