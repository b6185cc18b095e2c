import { code, codeBlock, joinMarkdown, markdown, text, type Markdown } from '../../format/markdown.js'
import type { Metrics } from './computeMetrics.js'

function quoteLabel(label: string): string {
  return JSON.stringify(label.replace(/"/g, "'"))
}

/** A table cell holding a value from the KEPs (a status, a SIG): code. */
const cell = (value: string): Markdown => code(value, { table: true })

/** The metrics as markdown, with mermaid charts GitHub renders; statuses and SIGs, written by the KEPs' authors, are code. */
export function renderMetrics(metrics: Metrics): Markdown {
  const lines: Markdown[] = [
    markdown`
## KEP metrics
    `,
    markdown``,
    markdown`${metrics.keps} KEPs${metrics.asOf ? markdown`, as of ${text(metrics.asOf.slice(0, 10))}` : markdown``}.`,
    markdown``
  ]
  const statuses = Object.entries(metrics.byStatus).sort(([a], [b]) => (a < b ? -1 : 1))
  lines.push(
    markdown`
### KEPs per status
    `,
    markdown``,
    codeBlock(['pie showData', ...statuses.map(([status, count]) => `  ${quoteLabel(status)} : ${count}`)].join('\n'), 'mermaid'),
    markdown``
  )
  lines.push(
    markdown`
| Status | KEPs |
    `,
    markdown`
| --- | ---: |
    `,
    ...statuses.map(([status, count]) => markdown`| ${cell(status)} | ${count} |`),
    markdown``
  )

  const states = [...new Set(Object.values(metrics.bySig).flatMap(Object.keys))].sort()
  lines.push(
    markdown`
### KEPs per SIG
    `,
    markdown``,
    markdown`| SIG | ${joinMarkdown(states.map(cell), markdown`|`)} | All |`,
    markdown`| --- |${joinMarkdown(states.map(() => markdown`---: |`))} ---: |`
  )
  for (const [sig, counts] of Object.entries(metrics.bySig).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const total = Object.values(counts).reduce((a, b) => a + b, 0)
    lines.push(
      markdown`| ${cell(sig)} | ${joinMarkdown(
        states.map(state => markdown`${counts[state] ?? 0}`),
        markdown`
          |
        `
      )} | ${total} |`
    )
  }
  lines.push(markdown``)

  lines.push(
    markdown`
### Time in each state
    `,
    markdown``,
    markdown`
From the commit that set a status to the commit that changed it (or to the newest commit).
    `,
    markdown``
  )
  lines.push(
    markdown`
| State | KEPs | Median days | Mean days |
    `,
    markdown`
| --- | ---: | ---: | ---: |
    `
  )
  for (const [state, time] of Object.entries(metrics.timeInState)) lines.push(markdown`| ${cell(state)} | ${time.keps} | ${time.medianDays} | ${time.meanDays} |`)
  lines.push(markdown``)

  lines.push(
    markdown`
### Outcomes
    `,
    markdown``,
    markdown`Rejection rate: ${text((metrics.rejectionRate * 100).toFixed(1))}% of all KEPs.`,
    markdown``
  )
  lines.push(
    markdown`
| Final state | KEPs |
    `,
    markdown`
| --- | ---: |
    `,
    ...Object.entries(metrics.ended).map(([state, count]) => markdown`| ${cell(state)} | ${count} |`),
    markdown``
  )

  lines.push(
    markdown`
### Authors
    `,
    markdown``,
    markdown`${metrics.authors} people have authored a KEP.`,
    markdown``
  )
  if (metrics.firstTimeAuthors.length > 0) {
    const max = Math.max(...metrics.firstTimeAuthors.map(q => q.authors))
    const chart = [
      'xychart-beta',
      '  title "First-time KEP authors per quarter"',
      `  x-axis [${metrics.firstTimeAuthors.map(q => quoteLabel(q.quarter)).join(', ')}]`,
      `  y-axis "authors" 0 --> ${max}`,
      `  bar [${metrics.firstTimeAuthors.map(q => q.authors).join(', ')}]`
    ]
    lines.push(codeBlock(chart.join('\n'), 'mermaid'), markdown``)
    lines.push(
      markdown`
| Quarter | First-time authors |
      `,
      markdown`
| --- | ---: |
      `,
      ...metrics.firstTimeAuthors.map(q => markdown`| ${text(q.quarter)} | ${q.authors} |`),
      markdown``
    )
  }
  return joinMarkdown(
    lines,
    markdown`
\n
    `
  )
}
