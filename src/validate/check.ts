import { FILE_START, problem, type Diagnostic, type Problem } from '../core/diagnostic.js'
import type { KepDocument } from '../core/document.js'
import type { IndexCheck } from '../indexFile/checkIndex.js'
import { indexOfRepository } from '../indexFile/indexOfRepository.js'
import { sharedContext } from '../rules/context.js'
import type { KepChange } from '../rules/rule.js'
import { RuleRunner } from '../rules/runRules.js'
import { severityPolicyOf } from '../rules/severity.js'
import { summarizeChange, type KepChangeSummary } from './changes.js'
import { prodReadinessSchemaProblems } from './prodReadinessSchema.js'
import type { Run } from './readRun.js'

/**
 * What the check step finds, stamped with rule and severity by the runner, grouped by what
 * found it: the base comparison needs to know which KEP's check found a problem.
 */
export interface Checked {
  /** Each checked KEP with what its check found (its read problems, then its rules'). */
  keps: Array<{ doc: KepDocument; diagnostics: Diagnostic[] }>
  /** The production readiness approvals' problems. */
  approvals: Diagnostic[]
  /** What the changes do (change rules). */
  changes: Diagnostic[]
  /** The index's problem. */
  index: Diagnostic[]
  /** Layout matches that are not files, and the rules files a change proposes. */
  others: Diagnostic[]
  /** The files checked, in the order found: KEPs, layout matches that are not files, KEPs a change deletes. */
  files: string[]
  /** The index.md comparison, when the repository keeps an index and the run is about the repository. */
  indexCheck?: IndexCheck
}

/** The KEPs a change brings whose paths its base does not have (added, copied, renamed to). */
export function newFilesOf(keps: readonly KepChange[]): Set<string> {
  return new Set(keps.filter(({ change }) => change.kind === 'added' || change.kind === 'copied' || change.kind === 'renamed').map(({ change }) => change.path))
}

/** The chain's check step: every rule on what is in scope, each report stamped once by the runner. */
export async function check(run: Run): Promise<Checked> {
  const { settings, request, repository, change, inScope } = run
  const newFiles = change && newFilesOf(change.keps)
  // In a change, a KEP's rules may judge a relaxation by its base version's values too.
  const bases = new Map((change?.keps ?? []).flatMap(({ before, after }) => (before && after ? [[after, before] as const] : [])))
  const shared = sharedContext(settings, {
    readmes: run.readmes?.head,
    newFiles,
    repository: repository.index,
    openPullRequests: request.openPullRequests,
    schemaValid: repository.schemaValid,
    schemaErrors: repository.schemaErrors,
    prodReadiness: repository.prodReadiness?.approvals,
    today: request.today,
    dataFiles: change?.dataFiles?.head ?? repository.dataFiles,
    baseOf: bases.size > 0 ? (doc: KepDocument) => bases.get(doc) : undefined
  })
  const runner = new RuleRunner(settings.rules, severityPolicyOf(settings.severity), shared)
  const checked: Checked = { keps: [], approvals: [], changes: [], index: [], others: [], files: [] }
  // What a change does first: a KEP's findings that follow from a change a change rule rejects are dropped (rules/runRules.ts).
  const changeDiagnostics = change ? change.keps.flatMap(kepChange => runner.checkChange(kepChange)) : []
  for (const doc of repository.documents) {
    if (!inScope(doc.file)) continue
    checked.files.push(doc.file)
    checked.keps.push({ doc, diagnostics: runner.checkKep(doc) })
  }
  // A KEP path that is not a file fails, never passes unread: a link is never followed, and a KEP
  // replaced by a submodule is gone as surely as a deleted one.
  const notFiles: Problem[] = []
  const kinds = [
    { paths: repository.symlinks, rule: 'file-symlink', message: 'this KEP is a symbolic link; links are never followed (they could point outside the repository): replace it with the file itself' },
    { paths: repository.submodules, rule: 'file-submodule', message: 'this KEP is a git submodule (a gitlink, mode 160000), not a file: it has no metadata to read; replace it with the file itself' }
  ]
  for (const { paths, rule, message } of kinds) {
    for (const path of paths) {
      if (!inScope(path)) continue
      checked.files.push(path)
      notFiles.push(problem(path, FILE_START, rule, message))
    }
  }
  if (repository.prodReadiness) {
    const { files, problems } = repository.prodReadiness
    const approvalInScope = (file: string): boolean => inScope(file) || change?.approvals?.files.has(file) === true
    checked.approvals = runner.stampProblems([...problems.filter(p => approvalInScope(p.file)), ...(await prodReadinessSchemaProblems(files.filter(({ path }) => approvalInScope(path))))])
  }
  if (change) {
    checked.changes.push(...changeDiagnostics)
    for (const kepChange of change.keps) if (kepChange.change.kind === 'deleted') checked.files.push(kepChange.change.path)
  }
  // Checking some files by name is about those files; the index is about the repository.
  if (settings.indexFile !== null && (change || (request.paths ?? []).length === 0)) {
    checked.indexCheck = indexOfRepository({ ...settings, indexFile: settings.indexFile }, repository.tree, repository.documents, request.indexFixCommand)
    if (checked.indexCheck.problem) checked.index = runner.stampProblems([checked.indexCheck.problem])
  }
  checked.others = runner.stampProblems(notFiles)
  if (change) checked.others.push(...runner.stampProblems(request.proposedRules ?? []))
  return checked
}

/** What the changes do to each KEP, for outputs and summaries. */
export function kepSummaries(run: Run): KepChangeSummary[] | undefined {
  return run.change?.keps.map(summarizeChange)
}
