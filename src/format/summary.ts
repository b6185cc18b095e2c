import { countBySeverity, type Diagnostic, type Preexisting } from '../core/diagnostic.js'
import type { BaselineFixed } from '../validate/baseline.js'
import type { KepChangeSummary } from '../validate/changes.js'
import type { IndexCheck } from '../indexFile/checkIndex.js'
import { code, codeBlock, joinMarkdown, link, markdown, text, type Markdown } from './markdown.js'
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
  base: markdown`
Already on the base
  `,
  baseline: markdown`
In the baseline
  `
}

const PREEXISTING_WHY: Record<Preexisting, Markdown> = {
  base: markdown`
The base version of these KEPs already had these problems: they are shown, and do not fail the check. Fixing them is welcome, in this pull request or another.
  `,
  baseline: markdown`
The baseline file records these problems: they are shown, and do not fail the check until there are more of them than it records.
  `
}

/** GitHub refuses job summaries over 1 MiB; stay under it with room for the truncation note. */
export const SUMMARY_LIMIT = 1024 * 1024 - 4096

const MAX_DIFF_LINES = 400

/** The job summary: what an author reads first. Markdown in which every value (a path, a status, a message) is code. */
export function renderSummary(input: SummaryInput): Markdown {
  const { errors, warnings, preexisting } = countBySeverity(input.diagnostics)
  const parts: Markdown[] = []
  const from = preexisting > 0 ? markdown` (${text(plural(preexisting, 'problem'))} from before, not counted)` : markdown``
  const verdict =
    errors + warnings === 0
      ? markdown`✅ no problems${preexisting > 0 ? markdown`of its own` : markdown``}${from}`
      : markdown`${
          errors > 0
            ? markdown`
❌
              `
            : markdown`
⚠️
              `
        } ${text(plural(errors, 'error'))}, ${text(plural(warnings, 'warning'))}${from}`
  parts.push(markdown`## KEP metadata: ${verdict}\n`, markdown`${text(plural(input.checked, 'KEP'))} checked (${text(input.scope)}).\n`)
  if (input.checkRunUrl)
    parts.push(
      markdown`Every problem is annotated in ${link(
        markdown`
the check run
        `,
        input.checkRunUrl
      )}.\n`
    )

  if (input.keps && input.keps.length > 0) {
    parts.push(
      markdown`
### KEPs changed\n
      `,
      markdown`
| KEP | Change | Status | Problems |
      `,
      markdown`
| --- | --- | --- | --- |
      `
    )
    const cell = (value: string): Markdown => code(value, { table: true })
    for (const kep of input.keps) {
      const moved = kep.previousFile ? markdown` (from ${cell(input.displayPath(kep.previousFile))})` : markdown``
      const status = kep.from !== undefined && kep.to !== undefined && kep.from !== kep.to ? markdown`${cell(kep.from)} → ${cell(kep.to)}` : cell(kep.to ?? kep.from ?? '')
      parts.push(markdown`| ${cell(input.displayPath(kep.file))} | ${text(kep.kind)}${moved} | ${status} | ${problemCounts(input.diagnostics.filter(d => d.file === kep.file))} |`)
    }
    parts.push(markdown``)
  }

  const counted = input.diagnostics.filter(d => !d.preexisting)
  if (counted.length > 0)
    parts.push(
      markdown`
### Problems\n
      `,
      ...problemList(input, counted)
    )
  for (const kind of ['base', 'baseline'] as const) {
    const known = input.diagnostics.filter(d => d.preexisting === kind)
    if (known.length === 0) continue
    parts.push(
      markdown`### ${PREEXISTING_HEADING[kind]}: ${text(plural(known.length, 'problem'))}\n`,
      markdown`${PREEXISTING_WHY[kind]}\n`,
      markdown`
<details><summary>Show them</summary>\n
      `,
      ...problemList(input, known),
      markdown`
</details>\n
      `
    )
  }
  if (input.baselineFixed && input.baselineFixed.length > 0) {
    parts.push(
      markdown`
### Baseline entries to drop\n
      `,
      markdown`
These files have fewer problems than the baseline records: run \`kep-validator baseline --write\` and commit the file.\n
      `
    )
    for (const f of input.baselineFixed) parts.push(markdown`- ${code(input.displayPath(f.file))} — ${ruleName(input, f.rule)}: recorded ${f.recorded}, now ${f.now}`)
    parts.push(markdown``)
  }

  if (input.index) {
    const file = code(input.displayPath(input.index.file))
    parts.push(markdown`### ${file}\n`)
    if (input.index.state === 'fresh') parts.push(markdown`${file} is up to date.\n`)
    else {
      parts.push(markdown`${file} is ${text(input.index.state)}. Fix it with:\n`, markdown`${codeBlock(input.index.fixCommand, 'sh')}\n`)
      if (input.index.diff) {
        const lines = input.index.diff.replace(/\n$/, '').split('\n')
        const shown = lines.length > MAX_DIFF_LINES ? [...lines.slice(0, MAX_DIFF_LINES), `… ${lines.length - MAX_DIFF_LINES} more lines`].join('\n') : lines.join('\n')
        parts.push(
          markdown`
<details><summary>What changes</summary>\n
          `,
          markdown`${codeBlock(shown, 'diff')}\n`,
          markdown`
</details>\n
          `
        )
      }
    }
  }
  return truncate(
    joinMarkdown(
      parts,
      markdown`
\n
      `
    )
  )
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
    parts.push(markdown`#### ${code(path)}\n`)
    for (const d of list) {
      const where = input.lineUrl ? link(markdown`line ${d.line}`, input.lineUrl(path, d.line)) : markdown`line ${d.line}`
      const icon = d.preexisting
        ? markdown`
ℹ️
          `
        : d.severity === 'error'
          ? markdown`
❌
            `
          : markdown`
⚠️
            `
      parts.push(markdown`- ${icon} ${where}, column ${d.column} — ${ruleName(input, d.rule)}: ${code(d.message)}`)
    }
    parts.push(markdown``)
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
  return markdown`${cut as Markdown}\n\n_The summary is cut here: GitHub keeps at most 1 MiB. Every problem is in the annotations and in \`kep-validator check\`'s output._\n`
}
