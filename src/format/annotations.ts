import type { Diagnostic, Span } from '../core/diagnostic.js'
import type { CheckReport } from './checkReport.js'
import { problemsToAnnotate, whyOutsideDiff } from './diffContext.js'
import type { FormatContext } from './formatter.js'
import { PREEXISTING_NOTE } from './text.js'
import type { Annotation } from './workflowCommands.js'

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
function annotationMessage(d: Diagnostic, why?: string): string {
  if (d.preexisting) return `${d.message} (${PREEXISTING_NOTE[d.preexisting]})`
  return why === undefined ? d.message : `${d.message} (${why})`
}

/**
 * The annotations of a report, as the workflow log's writer takes them (`writeAnnotations` of
 * workflowCommands.ts, which puts every message through logLine; @actions/core escapes the
 * properties) and as a check run carries them: so a file name or a metadata value can never
 * smuggle in a workflow command. With the action's `preexisting`, problems from before are
 * annotated only where it and the changes' diff say (diffContext.ts); a problem that counts
 * outside the diff says why it is annotated there.
 */
export function formatAnnotations(report: CheckReport, { displayPath, diff, preexisting }: FormatContext): Annotation[] {
  const shown = preexisting === undefined ? report.diagnostics : problemsToAnnotate(report.diagnostics, diff, preexisting)
  return shown.map(d => {
    // A problem the change did not bring is a notice: it is shown on its line and fails nothing.
    const level = d.preexisting ? 'notice' : d.severity === 'error' ? 'error' : 'warning'
    const annotation: Annotation = { level, message: annotationMessage(d, whyOutsideDiff(d, diff, displayPath)), title: d.rule, file: displayPath(d.file), startLine: d.line, endLine: d.endLine }
    // GitHub ignores columns on multi-line spans and rejects them, so only single-line ones carry them.
    if (d.line === d.endLine) {
      annotation.startColumn = d.column
      annotation.endColumn = inclusiveEndColumn(d)
    }
    return annotation
  })
}
