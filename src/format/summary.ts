import { countBySeverity, type Diagnostic, type Preexisting } from '../core/diagnostic.js'
import type { BaselineFixed } from '../validate/baseline.js'
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
  /** Baseline entries the files no longer need. */
  baselineFixed?: readonly BaselineFixed[]
  /** The absolute address of a rule's section in the rules page, when it has one. */
  ruleUrl?: (rule: string) => string | undefined
}

const PREEXISTING_HEADING: Record<Preexisting, string> = {
  base: 'Already on the base',
  baseline: 'In the baseline'
}

const PREEXISTING_WHY: Record<Preexisting, string> = {
  base: 'The base version of these KEPs already had these problems: they are shown, and do not fail the check. Fixing them is welcome, in this pull request or another.',
  baseline: 'The baseline file records these problems: they are shown, and do not fail the check until there are more of them than it records.'
}

/** GitHub refuses job summaries over 1 MiB; stay under it with room for the truncation note. */
export const SUMMARY_LIMIT = 1024 * 1024 - 4096

const MAX_DIFF_LINES = 400

/** The job summary: what an author reads first. Markdown, every metadata value escaped. */
export function renderSummary(input: SummaryInput): string {
  const { errors, warnings, preexisting } = countBySeverity(input.diagnostics)
  const parts: string[] = []
  const from = preexisting > 0 ? ` (${plural(preexisting, 'problem')} from before, not counted)` : ''
  const verdict = errors + warnings === 0 ? `✅ no problems${preexisting > 0 ? ' of its own' : ''}${from}` : `${errors > 0 ? '❌' : '⚠️'} ${plural(errors, 'error')}, ${plural(warnings, 'warning')}${from}`
  parts.push(`## KEP metadata: ${verdict}\n`, `${plural(input.checked, 'KEP')} checked (${escapeMarkdown(input.scope)}).\n`)
  if (input.checkRunUrl) parts.push(`Every problem is annotated in the check run: ${input.checkRunUrl}\n`)

  if (input.keps && input.keps.length > 0) {
    parts.push('### KEPs changed\n', '| KEP | Change | Status | Problems |', '| --- | --- | --- | --- |')
    for (const kep of input.keps) {
      const moved = kep.previousFile ? ` (from ${escapeMarkdown(input.displayPath(kep.previousFile))})` : ''
      const status = kep.from !== undefined && kep.to !== undefined && kep.from !== kep.to ? `${escapeMarkdown(kep.from)} → ${escapeMarkdown(kep.to)}` : escapeMarkdown(kep.to ?? kep.from ?? '')
      parts.push(`| ${escapeMarkdown(input.displayPath(kep.file))} | ${kep.kind}${moved} | ${status} | ${problemCounts(input.diagnostics.filter(d => d.file === kep.file))} |`)
    }
    parts.push('')
  }

  const counted = input.diagnostics.filter(d => !d.preexisting)
  if (counted.length > 0) parts.push('### Problems\n', ...problemList(input, counted))
  for (const kind of ['base', 'baseline'] as const) {
    const known = input.diagnostics.filter(d => d.preexisting === kind)
    if (known.length === 0) continue
    parts.push(`### ${PREEXISTING_HEADING[kind]}: ${plural(known.length, 'problem')}\n`, `${PREEXISTING_WHY[kind]}\n`, '<details><summary>Show them</summary>\n', ...problemList(input, known), '</details>\n')
  }
  if (input.baselineFixed && input.baselineFixed.length > 0) {
    parts.push(`### Baseline entries to drop\n`, 'These files have fewer problems than the baseline records: run `kep-validator baseline --write` and commit the file.\n')
    for (const f of input.baselineFixed) parts.push(`- ${escapeMarkdown(input.displayPath(f.file))} — ${ruleName(input, f.rule)}: recorded ${f.recorded}, now ${f.now}`)
    parts.push('')
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

/** "1 new, already on the base: 6" for one KEP's row. */
function problemCounts(diagnostics: readonly Diagnostic[]): string {
  const { errors, warnings, preexisting } = countBySeverity(diagnostics)
  const counted = errors + warnings === 0 ? 'none of its own' : [errors > 0 ? plural(errors, 'error') : '', warnings > 0 ? plural(warnings, 'warning') : ''].filter(Boolean).join(', ')
  return preexisting > 0 ? `${counted}; already on the base: ${preexisting}` : counted
}

/** Problems by file, each with a link to its line; a file's heading says how many it has. */
function problemList(input: SummaryInput, diagnostics: readonly Diagnostic[]): string[] {
  const parts: string[] = []
  const byFile = new Map<string, Diagnostic[]>()
  for (const d of diagnostics) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d])
  for (const [file, list] of byFile) {
    const path = input.displayPath(file)
    parts.push(`#### ${escapeMarkdown(path)}\n`)
    for (const d of list) {
      const where = input.lineUrl ? `[line ${d.line}](${input.lineUrl(path, d.line)})` : `line ${d.line}`
      const icon = d.preexisting ? 'ℹ️' : d.severity === 'error' ? '❌' : '⚠️'
      parts.push(`- ${icon} ${where}, column ${d.column} — ${ruleName(input, d.rule)}: ${escapeMarkdown(d.message)}`)
    }
    parts.push('')
  }
  return parts
}

/** A rule's id in code, linked to its section of the rules page when the summary knows where that is. */
function ruleName(input: SummaryInput, rule: string): string {
  const url = input.ruleUrl?.(rule)
  return url ? `[\`${rule}\`](${url})` : `\`${rule}\``
}

function truncate(text: string): string {
  if (Buffer.byteLength(text) <= SUMMARY_LIMIT) return text
  let cut = text.slice(0, SUMMARY_LIMIT)
  while (Buffer.byteLength(cut) > SUMMARY_LIMIT - 200) cut = cut.slice(0, cut.length - 1024)
  cut = cut.slice(0, cut.lastIndexOf('\n') + 1)
  return `${cut}\n\n_The summary is cut here: GitHub keeps at most 1 MiB. Every problem is in the annotations and in \`kep-validator check\`'s output._\n`
}
