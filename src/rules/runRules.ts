import type { RuleSelection } from './rule.js'
import type { Diagnostic, Fix, Problem, Finding } from '../core/diagnostic.js'
import type { KepDocument } from '../core/document.js'
import { isGraveReadProblem, READ_PROBLEMS } from '../parse/readProblems.js'
import { standsOnReadText } from '../parse/readText.js'
import { RULES } from './registry.js'
import { ruleContext, type SharedContext } from './context.js'
import type { ChangeRule, KepChange, KepRule, RuleContext, RuleMeta } from './rule.js'
import type { SeverityPolicy } from './severity.js'

export type { SharedContext } from './context.js'

/** A problem that leaves a file's text in doubt: it does not parse (a YAML error, an unclosed block) or was not read. */
function isUnparsed(problem: Problem): boolean {
  return Object.hasOwn(READ_PROBLEMS, problem.rule) && isGraveReadProblem(problem.rule)
}

/**
 * Whether a selected rule runs: one the configuration turns off, whose findings are all named by
 * its id (no topics), is not run, since every finding would be dropped — nor is what only it
 * needs loaded (the README rules' markdown parser).
 */
export function ruleRuns(meta: RuleMeta, policy: SeverityPolicy): boolean {
  return meta.topics === true || policy.severityOf(meta.id, 'warning') !== 'off'
}

/**
 * The runner: runs the selected rules, and stamps each report with its rule's id and its
 * severity — once, here, for every rule alike (as eslint and unified-lint-rule do). It keeps a
 * report's fix only when the rule declares the fix's kind, and only when every file the fix
 * edits parses: as eslint and prettier, no fix is made in a file that does not (an edit could
 * land inside an unclosed quoted string).
 */
export class RuleRunner {
  private readonly kepRules: Array<{ rule: KepRule<unknown>; context: RuleContext<unknown> }> = []
  private readonly changeRules: Array<{ rule: ChangeRule<unknown>; context: RuleContext<unknown> }> = []
  /** Files that do not parse: the repository's KEPs that did not, and files of problems stamped so far that did not. */
  private unparsed?: Set<string>
  /** By a changed KEP's head file: the fields whose change a change rule rejected (status-transition: status). */
  private readonly rejected = new Map<string, Set<string>>()

  constructor(
    selection: RuleSelection,
    private readonly policy: SeverityPolicy,
    private readonly shared: SharedContext
  ) {
    for (const id of Object.keys(selection)) {
      const rule = RULES.get(id)
      if (!rule) throw new Error(`internal error: a preset selects the unknown rule "${id}"`)
      if (!ruleRuns(rule.meta, policy)) continue
      const context = ruleContext(shared, selection, id)
      if (rule.subject === 'kep') this.kepRules.push({ rule, context })
      else if (rule.subject === 'change') this.changeRules.push({ rule, context })
    }
  }

  /**
   * Everything about one KEP: what reading it found, then every KEP rule (when it has metadata
   * to check). A finding that follows from a field whose change was rejected (checkChange, run
   * first for a changed KEP) is dropped: it is that rejection's consequence. In a file whose
   * metadata is in doubt (a YAML error the parser read past), a finding stands only on text that
   * was read — a key or value, the file beyond the metadata: the read error is what to fix, never
   * the missing fields that follow from it.
   */
  checkKep(doc: KepDocument): Diagnostic[] {
    const diagnostics = this.stampProblems(doc.readProblems)
    const { metadata } = doc
    if (!metadata) return diagnostics
    const rejected = this.rejected.get(doc.file)
    const inDoubt = doc.readProblems.some(isUnparsed)
    for (const { rule, context } of this.kepRules) {
      const reports = withoutConsequences(rule.check(doc, context), rejected)
      this.stampAll(rule.meta, inDoubt ? reports.filter(report => (report.file !== undefined && report.file !== doc.file) || standsOnReadText(metadata, report.span)) : reports, doc.file, diagnostics)
    }
    return diagnostics
  }

  /**
   * Everything about what a change does to one KEP. The fields whose change a rule rejects
   * (its meta's `rejects`, where it reports at a severity that is not off) are remembered for
   * checkKep; the change's other findings that follow from them are dropped here.
   */
  checkChange(change: KepChange): Diagnostic[] {
    const reported = this.changeRules.map(({ rule, context }) => ({ meta: rule.meta, reports: rule.check(change, context) }))
    const rejected = new Set(reported.filter(({ meta, reports }) => meta.rejects !== undefined && reports.some(report => this.reported(meta, report))).map(({ meta }) => meta.rejects!))
    if (change.after && rejected.size > 0) this.rejected.set(change.after.file, rejected)
    const diagnostics: Diagnostic[] = []
    for (const { meta, reports } of reported) this.stampAll(meta, withoutConsequences(reports, rejected), change.change.path, diagnostics)
    return diagnostics
  }

  /** Whether a report is shown at all: its severity is not off. */
  private reported(meta: RuleMeta, report: Finding): boolean {
    return this.policy.severityOf(report.topic === undefined ? meta.id : `${meta.id}/${report.topic}`, meta.severity, report.relaxed) !== 'off'
  }

  /** Problems a stage of the run found (reading, the index, approval files), stamped as reports are. */
  stampProblems(problems: readonly Problem[]): Diagnostic[] {
    const diagnostics: Diagnostic[] = []
    for (const problem of problems) if (isUnparsed(problem)) this.unparsedFiles().add(problem.file)
    for (const problem of problems) {
      const rule = RULES.get(problem.rule)
      if (!rule) throw new Error(`internal error: a problem names the unknown rule "${problem.rule}"`)
      this.stampAll(rule.meta, [problem], problem.file, diagnostics)
    }
    return diagnostics
  }

  private unparsedFiles(): Set<string> {
    this.unparsed ??= new Set(this.shared.repository.documents.filter(doc => doc.readProblems.some(isUnparsed)).map(doc => doc.file))
    return this.unparsed
  }

  /** Whether a fix may edit its files: each of them parses. */
  private editable(fix: Fix, file: string): boolean {
    const unparsed = this.unparsedFiles()
    return fix.edits.every(edit => !unparsed.has(edit.file ?? file))
  }

  private stampAll(meta: RuleMeta, reports: readonly Finding[], file: string, into: Diagnostic[]): void {
    for (const report of reports) {
      const rule = report.topic === undefined ? meta.id : `${meta.id}/${report.topic}`
      const severity = this.policy.severityOf(rule, meta.severity, report.relaxed)
      if (severity === 'off') continue
      const { span } = report
      const diagnostic: Diagnostic = {
        file: report.file ?? file,
        line: span.line,
        column: span.column,
        endLine: span.endLine,
        endColumn: span.endColumn,
        severity,
        rule,
        message: report.message
      }
      if (report.expected && report.expected.length > 0) diagnostic.expected = [...report.expected]
      const fix = report.fix
      if (fix && fix.edits.length > 0 && meta.fixable?.includes(fix.applicability) && this.editable(fix, diagnostic.file)) {
        diagnostic.fix = { applicability: fix.applicability, edits: fix.edits.map(edit => ({ ...edit, file: edit.file ?? diagnostic.file })) }
      }
      into.push(diagnostic)
    }
  }
}

/** The reports that are no consequence of a rejected change: none of the fields they follow from is rejected. */
function withoutConsequences(reports: readonly Finding[], rejected: ReadonlySet<string> | undefined): readonly Finding[] {
  if (!rejected || rejected.size === 0) return reports
  return reports.filter(report => !report.dependsOn?.some(field => rejected.has(field)))
}
