import type { RuleSelection } from '../config/presets.js'
import type { Diagnostic, Problem, Report } from '../core/diagnostic.js'
import type { KepDocument } from '../core/document.js'
import { RULES } from './registry.js'
import type { ChangeRule, KepChange, KepRule, RuleContext, RuleMeta } from './rule.js'
import type { SeverityPolicy } from './severity.js'

/** What every rule sees besides its subject and its options. */
export type SharedContext = Omit<RuleContext, 'options'>

/**
 * The runner: runs the selected rules, and stamps each report with its rule's id and its
 * severity — once, here, for every rule alike (as eslint and unified-lint-rule do).
 */
export class RuleRunner {
  private readonly kepRules: Array<{ rule: KepRule<unknown>; context: RuleContext<unknown> }> = []
  private readonly changeRules: Array<{ rule: ChangeRule<unknown>; context: RuleContext<unknown> }> = []

  constructor(
    selection: RuleSelection,
    private readonly policy: SeverityPolicy,
    shared: SharedContext
  ) {
    for (const [id, options] of Object.entries(selection)) {
      const rule = RULES.get(id)
      if (!rule) throw new Error(`internal error: a preset selects the unknown rule "${id}"`)
      const context = { ...shared, options: options === true ? undefined : options }
      if (rule.subject === 'kep') this.kepRules.push({ rule, context })
      else if (rule.subject === 'change') this.changeRules.push({ rule, context })
    }
  }

  /** Everything about one KEP: what reading it found, then every KEP rule (when it has metadata to check). */
  checkKep(doc: KepDocument): Diagnostic[] {
    const diagnostics = this.stampProblems(doc.readProblems)
    if (!doc.metadata) return diagnostics
    for (const { rule, context } of this.kepRules) this.stampAll(rule.meta, rule.check(doc, context), doc.file, diagnostics)
    return diagnostics
  }

  /** Everything about what a change does to one KEP. */
  checkChange(change: KepChange): Diagnostic[] {
    const diagnostics: Diagnostic[] = []
    for (const { rule, context } of this.changeRules) this.stampAll(rule.meta, rule.check(change, context), change.change.path, diagnostics)
    return diagnostics
  }

  /** Problems a stage of the run found (reading, the index, approval files), stamped as reports are. */
  stampProblems(problems: readonly Problem[]): Diagnostic[] {
    const diagnostics: Diagnostic[] = []
    for (const problem of problems) {
      const rule = RULES.get(problem.rule)
      if (!rule) throw new Error(`internal error: a problem names the unknown rule "${problem.rule}"`)
      this.stampAll(rule.meta, [problem], problem.file, diagnostics)
    }
    return diagnostics
  }

  private stampAll(meta: RuleMeta, reports: readonly Report[], file: string, into: Diagnostic[]): void {
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
      if (report.fix && report.fix.length > 0 && meta.fixable) diagnostic.fix = report.fix.map(edit => ({ ...edit, file: edit.file ?? diagnostic.file }))
      into.push(diagnostic)
    }
  }
}
