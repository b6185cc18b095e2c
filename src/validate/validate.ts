import { compareDiagnostics, type Diagnostic } from '../core/diagnostic.js'
import type { Settings } from '../config/settings.js'
import { applyBaseline, type BaselineFixed } from './baseline.js'
import { check, kepSummaries, type Checked } from './check.js'
import { markWhatTheBaseHad } from './onBase.js'
import { readRun, type Run } from './readRun.js'
import type { CheckedWith, ValidationRequest, ValidationResult } from './request.js'
import type { ApprovalChanges } from './approvalChanges.js'
import type { DataFileChanges } from './ruleData.js'

export type { CheckedWith, PathSelection, ValidationRequest, ValidationResult } from './request.js'

/**
 * The one run both front ends call, as a chain of steps (golangci-lint's result processors):
 * read the head and what the changes do; check every KEP in scope, the approvals, the changes
 * and the index, each report stamped with its rule and severity once by the runner; mark what
 * the base already had; apply the baseline; sort. Each step takes diagnostics and returns them,
 * marked ones as copies: nothing is changed behind the chain's back.
 */
export async function validate(settings: Settings, request: ValidationRequest): Promise<ValidationResult> {
  const run = await readRun(settings, request)
  const checked = markWhatTheBaseHad(run, await check(run))
  const { diagnostics, baselineFixed } = withBaseline(run, checked)
  return {
    checked: run.change ? [...new Set(checked.files)].sort() : checked.files,
    diagnostics: [...diagnostics].sort(compareDiagnostics),
    index: checked.indexCheck,
    keps: kepSummaries(run),
    repository: run.repository,
    ...(baselineFixed ? { baselineFixed } : {}),
    ...(run.change ? { checkedWith: checkedWith(run.change.approvals, run.change.dataFiles) } : {})
  }
}

/** The other changed files each KEP of a change is checked with: its approval, its folder's OWNERS. */
function checkedWith(approvals: ApprovalChanges | undefined, data: DataFileChanges | undefined): Map<string, CheckedWith[]> {
  const byKep = new Map<string, CheckedWith[]>()
  const add = (kep: string, file: string, as: CheckedWith['as']) => byKep.set(kep, [...(byKep.get(kep) ?? []), { file, as }])
  for (const [kep, files] of approvals?.approvalsOf ?? []) for (const file of files) add(kep, file, 'approval')
  for (const [kep, files] of data?.dataFilesOf ?? []) for (const file of files) add(kep, file, 'data')
  return byKep
}

/** Every diagnostic of the check, in the order found. */
function flatten(checked: Checked): Diagnostic[] {
  return [...checked.keps.flatMap(({ diagnostics }) => diagnostics), ...checked.approvals, ...checked.changes, ...checked.index, ...checked.others]
}

/**
 * The chain's baseline step. A pull request judged by what it brings needs no baseline: the base
 * is a finer one. A full audit is about every file, the index too; a selection only about what it names.
 */
function withBaseline(run: Run, checked: Checked): { diagnostics: Diagnostic[]; baselineFixed?: BaselineFixed[] } {
  const diagnostics = flatten(checked)
  const { baseline, changes, paths = [] } = run.request
  if (!baseline || run.onlyNew) return { diagnostics }
  const scope = new Set(checked.files)
  const audit = !changes && paths.length === 0
  const { diagnostics: marked, fixed } = applyBaseline(diagnostics, baseline, file => audit || scope.has(file))
  return { diagnostics: marked, baselineFixed: fixed }
}
