import { escapeMarkdown } from '../../format/markdown.js'
import type { Metrics } from './computeMetrics.js'

function quoteLabel(label: string): string {
  return JSON.stringify(label.replace(/"/g, "'"))
}

/** The metrics as markdown, with mermaid charts GitHub renders. */
export function renderMetrics(metrics: Metrics): string {
  const lines: string[] = ['## KEP metrics', '', `${metrics.keps} KEPs${metrics.asOf ? `, as of ${metrics.asOf.slice(0, 10)}` : ''}.`, '']
  const statuses = Object.entries(metrics.byStatus).sort(([a], [b]) => (a < b ? -1 : 1))
  lines.push('### KEPs per status', '', '```mermaid', 'pie showData', ...statuses.map(([status, count]) => `  ${quoteLabel(status)} : ${count}`), '```', '')
  lines.push('| Status | KEPs |', '| --- | ---: |', ...statuses.map(([status, count]) => `| ${escapeMarkdown(status)} | ${count} |`), '')

  const states = [...new Set(Object.values(metrics.bySig).flatMap(Object.keys))].sort()
  lines.push('### KEPs per SIG', '', `| SIG | ${states.map(escapeMarkdown).join(' | ')} | All |`, `| --- |${states.map(() => ' ---: |').join('')} ---: |`)
  for (const [sig, counts] of Object.entries(metrics.bySig).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const total = Object.values(counts).reduce((a, b) => a + b, 0)
    lines.push(`| ${escapeMarkdown(sig)} | ${states.map(state => counts[state] ?? 0).join(' | ')} | ${total} |`)
  }
  lines.push('')

  lines.push('### Time in each state', '', 'From the commit that set a status to the commit that changed it (or to the newest commit).', '')
  lines.push('| State | KEPs | Median days | Mean days |', '| --- | ---: | ---: | ---: |')
  for (const [state, time] of Object.entries(metrics.timeInState)) lines.push(`| ${escapeMarkdown(state)} | ${time.keps} | ${time.medianDays} | ${time.meanDays} |`)
  lines.push('')

  lines.push('### Outcomes', '', `Rejection rate: ${(metrics.rejectionRate * 100).toFixed(1)}% of all KEPs.`, '')
  lines.push('| Final state | KEPs |', '| --- | ---: |', ...Object.entries(metrics.ended).map(([state, count]) => `| ${escapeMarkdown(state)} | ${count} |`), '')

  lines.push('### Authors', '', `${metrics.authors} people have authored a KEP.`, '')
  if (metrics.firstTimeAuthors.length > 0) {
    const max = Math.max(...metrics.firstTimeAuthors.map(q => q.authors))
    lines.push(
      '```mermaid',
      'xychart-beta',
      '  title "First-time KEP authors per quarter"',
      `  x-axis [${metrics.firstTimeAuthors.map(q => quoteLabel(q.quarter)).join(', ')}]`,
      `  y-axis "authors" 0 --> ${max}`,
      `  bar [${metrics.firstTimeAuthors.map(q => q.authors).join(', ')}]`,
      '```',
      ''
    )
    lines.push('| Quarter | First-time authors |', '| --- | ---: |', ...metrics.firstTimeAuthors.map(q => `| ${q.quarter} | ${q.authors} |`), '')
  }
  return lines.join('\n')
}
