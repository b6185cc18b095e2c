import type { CheckReport } from './checkReport.js'
import type { FormatContext } from './formatter.js'

/** The stable machine contract: other tools parse this. */
export function formatJson(report: CheckReport, context: FormatContext): string {
  const problems = report.diagnostics.map(d => ({
    file: d.file,
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    severity: d.severity,
    rule: d.rule,
    message: d.message,
    ...(d.expected ? { expected: d.expected } : {}),
    ...(d.preexisting ? { preexisting: d.preexisting } : {})
  }))
  const { errors, warnings, preexisting } = report.counts
  const { checked, keps, index, baselineFixed } = report
  return (
    JSON.stringify(
      {
        problems,
        summary: { errors, warnings, preexisting, checked: checked.length },
        checked,
        ...(context.root === undefined ? {} : { root: context.root }),
        ...(keps ? { keps } : {}),
        ...(index ? { index: { file: index.file, state: index.state } } : {}),
        ...(baselineFixed && baselineFixed.length > 0 ? { baselineFixed } : {}),
        ...(context.fixed ? { fixed: context.fixed } : {})
      },
      null,
      2
    ) + '\n'
  )
}
