import type { Diagnostic, Preexisting, Severity } from '../core/diagnostic.js'
import type { IndexCheck } from '../indexFile/checkIndex.js'
import { sumCounts, type CheckReport, type SeverityCounts } from './checkReport.js'
import type { FormatContext } from './formatter.js'
import { code, codeBlock, joinMarkdown, link, gfm, text, type Markdown } from './markdown.js'
import { fitSummary, type Block, type ListLine } from './summaryFit.js'
import { plural } from '../core/plural.js'

export { SUMMARY_LIMIT } from './summaryFit.js'

/** What the summary reads: the report, and where it is shown. */
type SummaryInput = CheckReport & FormatContext

const PREEXISTING_HEADING: Record<Preexisting, Markdown> = {
  base: gfm`Already on the base`,
  baseline: gfm`In the baseline`
}

const PREEXISTING_WHY: Record<Preexisting, Markdown> = {
  base: gfm`The base version of these KEPs already had these problems: they are shown, and do not fail the check. Fixing them is welcome, in this pull request or another.`,
  baseline: gfm`The baseline file records these problems: they are shown, and do not fail the check until there are more of them than it records.`
}

const MAX_DIFF_LINES = 400

/** GitHub shows 10 annotations of a severity on a step: past that, a list is counted by rule first. */
const STEP_SHOWS = 10

/**
 * The job summary: what an author reads first. What fails the check comes first, unfolded;
 * the KEPs the change touches next; warnings that do not fail and problems from before are
 * folded (<details>). Markdown in which every value (a path, a status, a message) is code,
 * within GitHub's 1 MiB (summaryFit.ts).
 */
export function formatSummary(report: CheckReport, context: FormatContext): Markdown {
  const input: SummaryInput = { ...report, ...context }
  const { errors, warnings, preexisting } = input.counts
  const blocks: Block[] = []
  const from = preexisting > 0 ? gfm` (${text(plural(preexisting, 'problem'))} from before, not counted)` : gfm``
  const verdict = errors + warnings === 0 ? gfm`✅ no problems${preexisting > 0 ? gfm` of its own` : gfm``}${from}` : gfm`${errors > 0 ? gfm`❌` : gfm`⚠️`} ${text(plural(errors, 'error'))}, ${text(plural(warnings, 'warning'))}${from}`
  blocks.push({
    lines: [
      gfm`## KEP metadata: ${verdict}\n`,
      gfm`${text(plural(input.checked.length, 'KEP'))} checked${input.scope === undefined ? gfm`` : gfm` (${text(input.scope)})`}.\n`,
      ...(input.checkRunUrl ? [gfm`Every problem is annotated in ${link(gfm`the check run`, input.checkRunUrl)}.\n`] : [])
    ]
  })

  const failOn = input.failOn ?? 'error'
  const warningsFail = failOn === 'warning'
  const counted = (severity: Severity) => input.diagnostics.filter(d => !d.preexisting && d.severity === severity)
  if (errors > 0) {
    const fails = failOn !== 'never'
    const list = counted('error')
    // Many errors read better counted by rule first.
    const table = list.length > STEP_SHOWS ? ruleCounts(input, list, 'Errors') : []
    blocks.push({ head: [gfm`### ❌ ${text(plural(errors, 'error'))}\n`, ...(fails ? [] : [gfm`They do not fail the check (\`fail-on: never\`).\n`]), ...table], list: problemList(input, list), tail: [], cut: 3, what: 'error' })
  }
  if (warnings > 0 && warningsFail) blocks.push(warningsBlock(input, counted('warning'), failOn))
  if ((input.keps && input.keps.length > 0) || (input.checkedWith && input.checkedWith.size > 0)) blocks.push({ lines: kepTable(input) })
  if (warnings > 0 && !warningsFail) blocks.push(warningsBlock(input, counted('warning'), failOn))

  for (const kind of ['base', 'baseline'] as const) {
    const known = input.diagnostics.filter(d => d.preexisting === kind)
    if (known.length === 0) continue
    const head = [gfm`### ${PREEXISTING_HEADING[kind]}: ${text(plural(known.length, 'problem'))}\n`, gfm`${PREEXISTING_WHY[kind]}\n`]
    if (input.preexisting === 'none') blocks.push({ lines: [...head, gfm`They are not listed (\`preexisting: none\`).\n`] })
    else blocks.push({ head: [...head, gfm`<details><summary>Show them</summary>\n`], list: problemList(input, known), tail: [gfm`</details>\n`], cut: kind === 'baseline' ? 0 : 1, what: 'problem' })
  }
  if (input.baselineFixed && input.baselineFixed.length > 0) {
    const lines = [gfm`### Baseline entries to drop\n`, gfm`These files have fewer problems than the baseline records: run \`kep-validator baseline --write\` and commit the file.\n`]
    for (const f of input.baselineFixed) lines.push(gfm`- ${code(input.displayPath(f.file))} — ${ruleName(input, f.rule)}: recorded ${f.recorded}, now ${f.now}`)
    blocks.push({ lines: [...lines, gfm``] })
  }
  if (input.index) blocks.push({ lines: indexSection(input, input.index) })
  const everyProblem = input.checkRunUrl
    ? gfm`Every problem is annotated in ${link(gfm`the check run`, input.checkRunUrl)}, and listed by \`kep-validator check --format json\`.`
    : gfm`Every problem is listed by \`kep-validator check --format json\` (with \`--base\` and the base commit for a change's).`
  return fitSummary(blocks, everyProblem)
}

/** Warnings: how many of each rule, then the list, folded when they do not fail the check. */
function warningsBlock(input: SummaryInput, list: readonly Diagnostic[], failOn: Severity | 'never'): Block {
  const folded = failOn !== 'warning'
  const head = [
    gfm`### ⚠️ ${text(plural(list.length, 'warning'))}\n`,
    folded ? gfm`They do not fail the check (${code(`fail-on: ${failOn}`)}): conventions worth keeping.\n` : gfm`They fail the check (\`fail-on: warning\`).\n`,
    ...ruleCounts(input, list, 'Warnings')
  ]
  return {
    head: folded ? [...head, gfm`<details><summary>Show the ${text(plural(list.length, 'warning'))}</summary>\n`] : head,
    list: problemList(input, list),
    tail: folded ? [gfm`</details>\n`] : [],
    cut: 2,
    what: 'warning'
  }
}

/** How many problems of each rule, most first: a table that reads at a glance what a long list holds. */
function ruleCounts(input: SummaryInput, list: readonly Diagnostic[], column: 'Errors' | 'Warnings'): Markdown[] {
  const byRule = new Map<string, number>()
  for (const d of list) byRule.set(d.rule, (byRule.get(d.rule) ?? 0) + 1)
  const rules = [...byRule].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  return [gfm`| Rule | ${text(column)} |`, gfm`| --- | --- |`, ...rules.map(([rule, count]) => gfm`| ${ruleName(input, rule, true)} | ${count} |`), gfm``]
}

/** The KEPs the change touches — and those it checks again because a file they need changed — with their problems. */
function kepTable(input: SummaryInput): Markdown[] {
  const lines = [input.keps && input.keps.length > 0 ? gfm`### KEPs changed\n` : gfm`### KEPs checked again\n`, gfm`| KEP | Change | Status | Problems |`, gfm`| --- | --- | --- | --- |`]
  const cell = (value: string): Markdown => code(value, { table: true })
  const rows = new Set<string>()
  for (const kep of input.keps ?? []) {
    rows.add(kep.file)
    const moved = kep.previousFile ? gfm` (from ${cell(input.displayPath(kep.previousFile))})` : gfm``
    const status = kep.from !== undefined && kep.to !== undefined && kep.from !== kep.to ? gfm`${cell(kep.from)} → ${cell(kep.to)}` : cell(kep.to ?? kep.from ?? '')
    lines.push(gfm`| ${cell(input.displayPath(kep.file))} | ${text(kep.kind)}${moved} | ${status} | ${problemCounts(input, kep.file)} |`)
  }
  for (const [file, withFiles] of input.checkedWith ?? []) {
    if (rows.has(file)) continue
    const why = joinMarkdown(
      withFiles.map(w => cell(input.displayPath(w.file))),
      gfm`, `
    )
    lines.push(gfm`| ${cell(input.displayPath(file))} | checked again: ${why} changed |  | ${problemCounts(input, file)} |`)
  }
  return [...lines, gfm``]
}

/**
 * A KEP's row: its problems and those of the changed files it is checked with (a new KEP's
 * approval file), so that the rows add up to the headline: "1 warning (1 in `…/42.yaml`)".
 */
function problemCounts(input: SummaryInput, file: string): Markdown {
  const others = (input.checkedWith?.get(file) ?? []).map(w => w.file).filter(other => other !== file)
  const countsOf = (of: string): SeverityCounts => input.countsByFile.get(of) ?? { errors: 0, warnings: 0, preexisting: 0 }
  const { errors, warnings, preexisting } = sumCounts([...new Set([file, ...others])].map(countsOf))
  const counted = errors + warnings === 0 ? 'none of its own' : [errors > 0 ? plural(errors, 'error') : '', warnings > 0 ? plural(warnings, 'warning') : ''].filter(Boolean).join(', ')
  const elsewhere = others
    .map(other => ({ other, count: countsOf(other) }))
    .filter(({ count }) => count.errors + count.warnings > 0)
    .map(({ other, count }) => gfm`${count.errors + count.warnings} in ${code(input.displayPath(other), { table: true })}`)
  const where = elsewhere.length > 0 ? gfm` (${joinMarkdown(elsewhere, gfm`, `)})` : gfm``
  return gfm`${text(counted)}${where}${preexisting > 0 ? gfm`; already on the base: ${preexisting}` : gfm``}`
}

/** Problems by file, each with a link to its line; one list line each, under its file's heading. */
function problemList(input: SummaryInput, diagnostics: readonly Diagnostic[]): ListLine[] {
  const lines: ListLine[] = []
  const byFile = new Map<string, Diagnostic[]>()
  for (const d of diagnostics) {
    const list = byFile.get(d.file)
    if (list) list.push(d)
    else byFile.set(d.file, [d])
  }
  for (const [file, list] of byFile) {
    const path = input.displayPath(file)
    lines.push({ line: gfm`#### ${code(path)}\n`, problem: false })
    for (const d of list) {
      const where = input.lineUrl ? link(gfm`line ${d.line}`, input.lineUrl(path, d.line)) : gfm`line ${d.line}`
      const icon = d.preexisting ? gfm`ℹ️` : d.severity === 'error' ? gfm`❌` : gfm`⚠️`
      lines.push({ line: gfm`- ${icon} ${where}, column ${d.column} — ${ruleName(input, d.rule)}: ${code(d.message)}`, problem: true })
    }
    lines.push({ line: gfm``, problem: false })
  }
  return lines
}

/** A rule's id in code, linked to its section of the rules page when the summary knows where that is. */
function ruleName(input: SummaryInput, rule: string, table = false): Markdown {
  const url = input.ruleUrl?.(rule)
  return url ? link(code(rule, { table }), url) : code(rule, { table })
}

function indexSection(input: SummaryInput, index: IndexCheck): Markdown[] {
  const file = code(input.displayPath(index.file))
  const lines = [gfm`### ${file}\n`]
  if (index.state === 'fresh') return [...lines, gfm`${file} is up to date.\n`]
  lines.push(gfm`${file} is ${text(index.state)}. Fix it with:\n`, gfm`${codeBlock(index.fixCommand, 'sh')}\n`)
  if (index.diff) {
    const diffLines = index.diff.replace(/\n$/, '').split('\n')
    const shown = diffLines.length > MAX_DIFF_LINES ? [...diffLines.slice(0, MAX_DIFF_LINES), `… ${diffLines.length - MAX_DIFF_LINES} more lines`].join('\n') : diffLines.join('\n')
    lines.push(gfm`<details><summary>What changes</summary>\n`, gfm`${codeBlock(shown, 'diff')}\n`, gfm`</details>\n`)
  }
  return lines
}
