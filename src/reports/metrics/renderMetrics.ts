import { code, codeBlock, joinMarkdown, gfm, text, type Markdown } from '../../format/markdown.js'
import type { Metrics } from './computeMetrics.js'

function quoteLabel(label: string): string {
  return JSON.stringify(label.replace(/"/g, "'"))
}

/** A table cell holding a value from the KEPs (a status, a SIG): code. */
const cell = (value: string): Markdown => code(value, { table: true })

/** The metrics as markdown, with mermaid charts GitHub renders; statuses and SIGs, written by the KEPs' authors, are code. */
export function renderMetrics(metrics: Metrics): Markdown {
  const lines: Markdown[] = [gfm`## KEP metrics`, gfm``, gfm`${metrics.keps} KEPs${metrics.asOf ? gfm`, as of ${text(metrics.asOf.slice(0, 10))}` : gfm``}.`, gfm``]
  const statuses = Object.entries(metrics.byStatus).sort(([a], [b]) => (a < b ? -1 : 1))
  lines.push(gfm`### KEPs per status`, gfm``, codeBlock(['pie showData', ...statuses.map(([status, count]) => `  ${quoteLabel(status)} : ${count}`)].join('\n'), 'mermaid'), gfm``)
  lines.push(gfm`| Status | KEPs |`, gfm`| --- | ---: |`, ...statuses.map(([status, count]) => gfm`| ${cell(status)} | ${count} |`), gfm``)

  const states = [...new Set(Object.values(metrics.bySig).flatMap(Object.keys))].sort()
  lines.push(gfm`### KEPs per SIG`, gfm``, gfm`| SIG | ${joinMarkdown(states.map(cell), gfm` | `)} | All |`, gfm`| --- |${joinMarkdown(states.map(() => gfm` ---: |`))} ---: |`)
  for (const [sig, counts] of Object.entries(metrics.bySig).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const total = Object.values(counts).reduce((a, b) => a + b, 0)
    lines.push(
      gfm`| ${cell(sig)} | ${joinMarkdown(
        states.map(state => gfm`${counts[state] ?? 0}`),
        gfm` | `
      )} | ${total} |`
    )
  }
  lines.push(gfm``)

  lines.push(gfm`### Time in each state`, gfm``, gfm`From the commit that set a status to the commit that changed it (or to the newest commit).`, gfm``)
  lines.push(gfm`| State | KEPs | Median days | Mean days |`, gfm`| --- | ---: | ---: | ---: |`)
  for (const [state, time] of Object.entries(metrics.timeInState)) lines.push(gfm`| ${cell(state)} | ${time.keps} | ${time.medianDays} | ${time.meanDays} |`)
  lines.push(gfm``)

  lines.push(gfm`### Outcomes`, gfm``, gfm`Rejection rate: ${text((metrics.rejectionRate * 100).toFixed(1))}% of all KEPs.`, gfm``)
  lines.push(gfm`| Final state | KEPs |`, gfm`| --- | ---: |`, ...Object.entries(metrics.ended).map(([state, count]) => gfm`| ${cell(state)} | ${count} |`), gfm``)

  lines.push(gfm`### Authors`, gfm``, gfm`${metrics.authors} people have authored a KEP.`, gfm``)
  if (metrics.firstTimeAuthors.length > 0) {
    const max = Math.max(...metrics.firstTimeAuthors.map(q => q.authors))
    const chart = [
      'xychart-beta',
      '  title "First-time KEP authors per quarter"',
      `  x-axis [${metrics.firstTimeAuthors.map(q => quoteLabel(q.quarter)).join(', ')}]`,
      `  y-axis "authors" 0 --> ${max}`,
      `  bar [${metrics.firstTimeAuthors.map(q => q.authors).join(', ')}]`
    ]
    lines.push(codeBlock(chart.join('\n'), 'mermaid'), gfm``)
    lines.push(gfm`| Quarter | First-time authors |`, gfm`| --- | ---: |`, ...metrics.firstTimeAuthors.map(q => gfm`| ${text(q.quarter)} | ${q.authors} |`), gfm``)
  }
  return joinMarkdown(lines, gfm`\n`)
}
