import { countBySeverity, type Diagnostic } from '../core/diagnostic.js'
import type { KepChangeSummary } from '../validate/changes.js'
import type { IndexCheck } from '../indexFile/checkIndex.js'
import { codeBlock, escapeMarkdown } from './markdown.js'
import { plural } from '../core/plural.js'

export interface SummaryInput {
  diagnostics: readonly Diagnostic[]
  checked: number
  /** What was checked: "pull request #7 against abc1234", "full audit". */
  scope: string
  keps?: readonly KepChangeSummary[]
  index?: IndexCheck
  /** Repository-relative path of a root-relative file. */
  displayPath: (file: string) => string
  /** A link to a line of a file at the checked commit, when known. */
  lineUrl?: (path: string, line: number) => string
  /** Where the check run with every annotation is, when one was created. */
  checkRunUrl?: string
}

/** GitHub refuses job summaries over 1 MiB; stay under it with room for the truncation note. */
export const SUMMARY_LIMIT = 1024 * 1024 - 4096

const MAX_DIFF_LINES = 400

/** The job summary: what an author reads first. Markdown, every metadata value escaped. */
export function renderSummary(input: SummaryInput): string {
  const { errors, warnings } = countBySeverity(input.diagnostics)
  const parts: string[] = []
  const verdict = errors + warnings === 0 ? '✅ no problems' : `${errors > 0 ? '❌' : '⚠️'} ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`
  parts.push(`## KEP metadata: ${verdict}\n`, `${plural(input.checked, 'KEP')} checked (${escapeMarkdown(input.scope)}).\n`)
  if (input.checkRunUrl) parts.push(`Every problem is annotated in the check run: ${input.checkRunUrl}\n`)

  if (input.keps && input.keps.length > 0) {
    parts.push('### KEPs changed\n', '| KEP | Change | Status |', '| --- | --- | --- |')
    for (const kep of input.keps) {
      const moved = kep.previousFile ? ` (from ${escapeMarkdown(input.displayPath(kep.previousFile))})` : ''
      const status = kep.from !== undefined && kep.to !== undefined && kep.from !== kep.to ? `${escapeMarkdown(kep.from)} → ${escapeMarkdown(kep.to)}` : escapeMarkdown(kep.to ?? kep.from ?? '')
      parts.push(`| ${escapeMarkdown(input.displayPath(kep.file))} | ${kep.kind}${moved} | ${status} |`)
    }
    parts.push('')
  }

  if (input.diagnostics.length > 0) {
    parts.push('### Problems\n')
    const byFile = new Map<string, Diagnostic[]>()
    for (const d of input.diagnostics) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d])
    for (const [file, list] of byFile) {
      const path = input.displayPath(file)
      parts.push(`#### ${escapeMarkdown(path)}\n`)
      for (const d of list) {
        const where = input.lineUrl ? `[line ${d.line}](${input.lineUrl(path, d.line)})` : `line ${d.line}`
        parts.push(`- ${d.severity === 'error' ? '❌' : '⚠️'} ${where}, column ${d.column} — \`${d.rule}\`: ${escapeMarkdown(d.message)}`)
      }
      parts.push('')
    }
  }

  if (input.index) {
    const file = escapeMarkdown(input.displayPath(input.index.file))
    parts.push(`### ${file}\n`)
    if (input.index.state === 'fresh') parts.push(`${file} is up to date.\n`)
    else {
      parts.push(`${file} is ${input.index.state}. Fix it with:\n`, codeBlock(input.index.fixCommand, 'sh'))
      if (input.index.diff) {
        const lines = input.index.diff.split('\n')
        const shown = lines.length > MAX_DIFF_LINES ? [...lines.slice(0, MAX_DIFF_LINES), `… ${lines.length - MAX_DIFF_LINES} more lines`].join('\n') : input.index.diff
        parts.push('<details><summary>What changes</summary>\n', codeBlock(shown, 'diff'), '</details>\n')
      }
    }
  }
  return truncate(parts.join('\n'))
}

function truncate(text: string): string {
  if (Buffer.byteLength(text) <= SUMMARY_LIMIT) return text
  let cut = text.slice(0, SUMMARY_LIMIT)
  while (Buffer.byteLength(cut) > SUMMARY_LIMIT - 200) cut = cut.slice(0, cut.length - 1024)
  cut = cut.slice(0, cut.lastIndexOf('\n') + 1)
  return `${cut}\n\n_The summary is cut here: GitHub keeps at most 1 MiB. Every problem is in the annotations and in \`kep-validator check\`'s output._\n`
}
