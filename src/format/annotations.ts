import * as core from '@actions/core'
import type { Diagnostic, Span } from '../core/diagnostic.js'
import { PREEXISTING_NOTE } from './text.js'

/**
 * GitHub's end column is inclusive, where a span's is exclusive: @actions/core documents
 * endColumn as defaulting to startColumn, a one-character annotation. An empty span marks its
 * first column.
 */
export function inclusiveEndColumn(span: Span): number {
  return Math.max(span.column, span.endColumn - 1)
}

/**
 * Annotations through @actions/core, which escapes what it prints: a file name or a
 * metadata value can never smuggle in a workflow command.
 */
export function annotate(diagnostics: readonly Diagnostic[], displayPath: (file: string) => string): void {
  for (const d of diagnostics) {
    const properties: core.AnnotationProperties = {
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
    if (d.preexisting) core.notice(`${d.message} (${PREEXISTING_NOTE[d.preexisting]})`, properties)
    else if (d.severity === 'error') core.error(d.message, properties)
    else core.warning(d.message, properties)
  }
}
