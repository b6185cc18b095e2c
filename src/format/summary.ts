import { countBySeverity, type Diagnostic, type Preexisting } from '../core/diagnostic.js'
import type { BaselineFixed } from '../validate/baseline.js'
import type { KepChangeSummary } from '../validate/changes.js'
import type { IndexCheck } from '../indexFile/checkIndex.js'
import { code, codeBlock, joinMarkdown, link, gfm, text, type Markdown } from './markdown.js'
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

const PREEXISTING_HEADING: Record<Preexisting, Markdown> = {
  base: gfm`Already on the base`,
  baseline: gfm`In the baseline`
}

const PREEXISTING_WHY: Record<Preexisting, Markdown> = {
  base: gfm`The base version of these KEPs already had these problems: they are shown, and do not fail the check. Fixing them is welcome, in this pull request or another.`,
  baseline: gfm`The baseline file records these problems: they are shown, and do not fail the check until there are more of them than it records.`
}

/** GitHub refuses job summaries over 1 MiB; stay under it with room for the truncation note. */
export const SUMMARY_LIMIT = 1024 * 1024 - 4096

const MAX_DIFF_LINES = 400

/** The job summary: what an author reads first. Markdown in which every value (a path, a status, a message) is code. */
export function renderSummary(input: SummaryInput): Markdown {
  const { errors, warnings, preexisting } = countBySeverity(input.diagnostics)
  const parts: Markdown[] = []
  const from = preexisting > 0 ? gfm` (${text(plural(preexisting, 'problem'))} from before, not counted)` : gfm``
  const verdict = errors + warnings === 0 ? gfm`✅ no problems${preexisting > 0 ? gfm` of its own` : gfm``}${from}` : gfm`${errors > 0 ? gfm`❌` : gfm`⚠️`} ${text(plural(errors, 'error'))}, ${text(plural(warnings, 'warning'))}${from}`
  parts.push(gfm`## KEP metadata: ${verdict}\n`, gfm`${text(plural(input.checked, 'KEP'))} checked (${text(input.scope)}).\n`)
  if (input.checkRunUrl) parts.push(gfm`Every problem is annotated in ${link(gfm`the check run`, input.checkRunUrl)}.\n`)

  if (input.keps && input.keps.length > 0) {
    parts.push(gfm`### KEPs changed\n`, gfm`| KEP | Change | Status | Problems |`, gfm`| --- | --- | --- | --- |`)
    const cell = (value: string): Markdown => code(value, { table: true })
    for (const kep of input.keps) {
      const moved = kep.previousFile ? gfm` (from ${cell(input.displayPath(kep.previousFile))})` : gfm``
      const status = kep.from !== undefined && kep.to !== undefined && kep.from !== kep.to ? gfm`${cell(kep.from)} → ${cell(kep.to)}` : cell(kep.to ?? kep.from ?? '')
      parts.push(gfm`| ${cell(input.displayPath(kep.file))} | ${text(kep.kind)}${moved} | ${status} | ${problemCounts(input.diagnostics.filter(d => d.file === kep.file))} |`)
    }
    parts.push(gfm``)
  }

  const counted = input.diagnostics.filter(d => !d.preexisting)
  if (counted.length > 0) parts.push(gfm`### Problems\n`, ...problemList(input, counted))
  for (const kind of ['base', 'baseline'] as const) {
    const known = input.diagnostics.filter(d => d.preexisting === kind)
    if (known.length === 0) continue
    parts.push(gfm`### ${PREEXISTING_HEADING[kind]}: ${text(plural(known.length, 'problem'))}\n`, gfm`${PREEXISTING_WHY[kind]}\n`, gfm`<details><summary>Show them</summary>\n`, ...problemList(input, known), gfm`</details>\n`)
  }
  if (input.baselineFixed && input.baselineFixed.length > 0) {
    parts.push(gfm`### Baseline entries to drop\n`, gfm`These files have fewer problems than the baseline records: run \`kep-validator baseline --write\` and commit the file.\n`)
    for (const f of input.baselineFixed) parts.push(gfm`- ${code(input.displayPath(f.file))} — ${ruleName(input, f.rule)}: recorded ${f.recorded}, now ${f.now}`)
    parts.push(gfm``)
  }

  if (input.index) {
    const file = code(input.displayPath(input.index.file))
    parts.push(gfm`### ${file}\n`)
    if (input.index.state === 'fresh') parts.push(gfm`${file} is up to date.\n`)
    else {
      parts.push(gfm`${file} is ${text(input.index.state)}. Fix it with:\n`, gfm`${codeBlock(input.index.fixCommand, 'sh')}\n`)
      if (input.index.diff) {
        const lines = input.index.diff.replace(/\n$/, '').split('\n')
        const shown = lines.length > MAX_DIFF_LINES ? [...lines.slice(0, MAX_DIFF_LINES), `… ${lines.length - MAX_DIFF_LINES} more lines`].join('\n') : lines.join('\n')
        parts.push(gfm`<details><summary>What changes</summary>\n`, gfm`${codeBlock(shown, 'diff')}\n`, gfm`</details>\n`)
      }
    }
  }
  return truncate(joinMarkdown(parts, gfm`\n`))
}

/** "1 new, already on the base: 6" for one KEP's row. */
function problemCounts(diagnostics: readonly Diagnostic[]): Markdown {
  const { errors, warnings, preexisting } = countBySeverity(diagnostics)
  const counted = errors + warnings === 0 ? 'none of its own' : [errors > 0 ? plural(errors, 'error') : '', warnings > 0 ? plural(warnings, 'warning') : ''].filter(Boolean).join(', ')
  return text(preexisting > 0 ? `${counted}; already on the base: ${preexisting}` : counted)
}

/** Problems by file, each with a link to its line; a file's heading says how many it has. */
function problemList(input: SummaryInput, diagnostics: readonly Diagnostic[]): Markdown[] {
  const parts: Markdown[] = []
  const byFile = new Map<string, Diagnostic[]>()
  for (const d of diagnostics) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d])
  for (const [file, list] of byFile) {
    const path = input.displayPath(file)
    parts.push(gfm`#### ${code(path)}\n`)
    for (const d of list) {
      const where = input.lineUrl ? link(gfm`line ${d.line}`, input.lineUrl(path, d.line)) : gfm`line ${d.line}`
      const icon = d.preexisting ? gfm`ℹ️` : d.severity === 'error' ? gfm`❌` : gfm`⚠️`
      parts.push(gfm`- ${icon} ${where}, column ${d.column} — ${ruleName(input, d.rule)}: ${code(d.message)}`)
    }
    parts.push(gfm``)
  }
  return parts
}

/** A rule's id in code, linked to its section of the rules page when the summary knows where that is. */
function ruleName(input: SummaryInput, rule: string): Markdown {
  const url = input.ruleUrl?.(rule)
  return url ? link(code(rule), url) : code(rule)
}

function truncate(summary: Markdown): Markdown {
  if (Buffer.byteLength(summary) <= SUMMARY_LIMIT) return summary
  let cut = summary.slice(0, SUMMARY_LIMIT)
  while (Buffer.byteLength(cut) > SUMMARY_LIMIT - 200) cut = cut.slice(0, cut.length - 1024)
  // Whole lines only: a line cut in its middle could leave a code span open.
  cut = cut.slice(0, cut.lastIndexOf('\n') + 1)
  return gfm`${cut as Markdown}\n\n_The summary is cut here: GitHub keeps at most 1 MiB. Every problem is in the annotations and in \`kep-validator check\`'s output._\n`
}
