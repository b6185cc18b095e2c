import { FILE_START, problem } from '../core/diagnostic.js'
import type { KepDocument } from '../core/document.js'
import type { Lifecycle } from '../core/lifecycle.js'
import type { Tree } from '../tree/tree.js'
import { checkIndex, FIX_COMMAND, type IndexCheck } from './checkIndex.js'
import { renderIndex } from './renderIndex.js'
import { renderTemplate, type IndexView } from './renderTemplate.js'

/** What generates a repository's index: the built-in index.md between markers, or the repository's own template of the whole file. */
export interface IndexSettings {
  indexFile: string
  lifecycle: Lifecycle
  /** The template, relative to the root, read from the same version as the index; null: the built-in index. */
  indexTemplate: string | null
  indexView: IndexView
}

function isMissing(error: Error): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT' || /is not in /.test(error.message)
}

function broken(file: string, message: string, fixCommand: string | undefined): IndexCheck {
  return { file, state: 'broken', expected: '', fixCommand: fixCommand ?? FIX_COMMAND, problem: problem(file, FILE_START, 'index-stale', message) }
}

/** The index a repository's own template makes of its KEPs, or why it makes none. */
function fromTemplate(template: string, tree: Tree, documents: readonly KepDocument[], settings: IndexSettings): { text: string } | { error: string } {
  const content = tree.readFiles([template]).get(template)
  if (content === undefined || !Buffer.isBuffer(content)) {
    const reason = content === undefined || isMissing(content) ? 'it does not exist' : content.message
    return { error: `the index template ${template} cannot be read (${reason}); ${settings.indexFile} is generated from it — restore it, or set index-template to another file (none: the built-in index)` }
  }
  try {
    return { text: renderTemplate(content.toString('utf8'), settings.indexView(documents, settings.indexFile)) }
  } catch (error) {
    return { error: `the index template ${template} cannot be rendered: ${(error as Error).message}; fix the template (mustache)` }
  }
}

/** The committed index file of a repository version compared with the index its KEPs make. */
export function indexOfRepository(settings: IndexSettings, tree: Tree, documents: readonly KepDocument[], fixCommand?: string): IndexCheck {
  const { indexFile, indexTemplate } = settings
  const content = tree.readFiles([indexFile]).get(indexFile)
  if (content !== undefined && !Buffer.isBuffer(content) && !isMissing(content)) {
    // A link or a pipe is never opened: its error says what it is.
    return broken(indexFile, (content as NodeJS.ErrnoException).code === 'ENOTREG' ? `${content.message}; the index must be a file` : `${indexFile} cannot be read: ${content.message}`, fixCommand)
  }
  const current = Buffer.isBuffer(content) ? content.toString('utf8') : undefined
  if (indexTemplate === null) return checkIndex(indexFile, current, renderIndex(documents, indexFile, settings.lifecycle), fixCommand)
  const rendered = fromTemplate(indexTemplate, tree, documents, settings)
  if ('error' in rendered) return broken(indexFile, rendered.error, fixCommand)
  // The template renders the whole file: no markers, nothing around it is kept.
  return checkIndex(indexFile, current, rendered.text, fixCommand, { whole: true, source: indexTemplate })
}
