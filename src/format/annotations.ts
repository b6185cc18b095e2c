import type { Diagnostic, Span } from '../core/diagnostic.js'
import { PREEXISTING_NOTE } from './text.js'
import { error, notice, warning, type AnnotationProperties } from './workflowCommands.js'

/**
 * GitHub's end column is inclusive, where a span's is exclusive: @actions/core documents
 * endColumn as defaulting to startColumn, a one-character annotation. An empty span marks its
 * first column.
 */
export function inclusiveEndColumn(span: Span): number {
  return Math.max(span.column, span.endColumn - 1)
}

/**
 * An annotation's message: the problem's, then why it is not counted (a problem from before)
 * or why it is where it is (`why`: a line the change's diff does not show).
 */
export function annotationMessage(d: Diagnostic, why?: string): string {
  if (d.preexisting) return `${d.message} (${PREEXISTING_NOTE[d.preexisting]})`
  return why === undefined ? d.message : `${d.message} (${why})`
}

/**
 * Annotations through the workflow log's writer (workflowCommands.ts): messages go through
 * logLine and @actions/core escapes the properties, so a file name or a metadata value can
 * never smuggle in a workflow command. `why` says, for a problem outside the change's diff, why
 * it is annotated there.
 */
export function annotate(diagnostics: readonly Diagnostic[], displayPath: (file: string) => string, why: (d: Diagnostic) => string | undefined = () => undefined): void {
  for (const d of diagnostics) {
    const properties: AnnotationProperties = {
      title: d.rule,
      file: displayPath(d.file),
      startLine: d.line,
      endLine: d.endLine
    }
    // GitHub ignores columns on multi-line spans and rejects them, so only single-line ones carry them.
    if (d.line === d.endLine) {
      properties.startColumn = d.column
      properties.endColumn = inclusiveEndColumn(d)
    }
    // A problem the change did not bring is a notice: it is shown on its line and fails nothing.
    const message = annotationMessage(d, why(d))
    if (d.preexisting) notice(message, properties)
    else if (d.severity === 'error') error(message, properties)
    else warning(message, properties)
  }
}
