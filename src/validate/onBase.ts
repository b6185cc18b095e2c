import { headPath } from '../core/change.js'
import type { Diagnostic } from '../core/diagnostic.js'
import type { KepDocument } from '../core/document.js'
import { RepositoryIndex } from '../core/repositoryIndex.js'
import { indexOfRepository } from '../indexFile/indexOfRepository.js'
import { isGraveReadProblem, READ_PROBLEMS } from '../parse/readProblems.js'
import { readmePathOf } from '../readme/readmes.js'
import { sharedContext } from '../rules/context.js'
import type { KepChange } from '../rules/rule.js'
import { RuleRunner } from '../rules/runRules.js'
import { severityPolicyOf } from '../rules/severity.js'
import type { Tree } from '../tree/tree.js'
import { newFilesOf, type Checked } from './check.js'
import { indexStaleOnBase, problemsOnBase } from './introduced.js'
import type { Repository } from './readRepository.js'
import type { Run } from './readRun.js'
import { TouchedLines } from './touchedLines.js'

/*
 * The chain's base comparison, in one place: a pull request is responsible for what it changes.
 * A problem of a changed KEP is preexisting when the same KEP at the base had it, compared value
 * by value (introduced.ts); where the base cannot be compared so — it did not read — and the head
 * can be read, when it is on a line the change did not touch (touchedLines.ts). The approvals a
 * change edits are compared as KEPs are, and the index by the lines it is stale for.
 */

/** A problem reading a file found that leaves its metadata in doubt (a YAML error, metadata too deep). */
function isReadError(rule: string): boolean {
  return Object.hasOwn(READ_PROBLEMS, rule) && isGraveReadProblem(rule)
}

/** Whether a KEP's metadata was read whole: it has metadata, and no problem leaves it in doubt. */
function readWhole(doc: KepDocument): boolean {
  return doc.metadata !== undefined && !doc.readProblems.some(p => isReadError(p.rule))
}

/** Whether two versions hold the same metadata text (prose edited around a fenced block that does not parse). */
function sameMetadata(before: KepDocument, after: KepDocument): boolean {
  return before.metadata !== undefined && after.metadata !== undefined && before.metadata.source === after.metadata.source
}

/** Whether a file has the same bytes in two versions (never, when either cannot be read). */
function sameBytes(base: Tree, basePath: string, head: Tree, headPath: string): boolean {
  const before = base.readFiles([basePath]).get(basePath)
  const after = head.readFiles([headPath]).get(headPath)
  return Buffer.isBuffer(before) && Buffer.isBuffer(after) && before.equals(after)
}

/** The base repository as the rules see it: the head's KEPs, with the changed ones as the base had them. */
function baseIndex(head: Repository, kepChanges: readonly KepChange[]): RepositoryIndex {
  const replaced = new Map<string, KepDocument | undefined>()
  for (const { change } of kepChanges) {
    const headFile = headPath(change)
    if (headFile !== undefined) replaced.set(headFile, undefined)
  }
  for (const { before } of kepChanges) if (before) replaced.set(before.file, before)
  const documents = head.documents.filter(doc => !replaced.has(doc.file))
  for (const doc of replaced.values()) if (doc) documents.push(doc)
  documents.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
  return new RepositoryIndex(documents)
}

/** The diagnostics, with those in `had` marked preexisting: copies, never the step's input changed. */
function marked(diagnostics: readonly Diagnostic[], had: ReadonlySet<Diagnostic>): Diagnostic[] {
  return diagnostics.map((d): Diagnostic => (had.has(d) ? { ...d, preexisting: 'base' } : d))
}

/** The chain's step "mark what the base had": in a change judged by what it brings, what the base already had is preexisting. */
export function markWhatTheBaseHad(run: Run, checked: Checked): Checked {
  const { settings, repository, change } = run
  if (!run.onlyNew || !change) return checked
  let baseRepository: RepositoryIndex | undefined
  const base = (): RepositoryIndex => (baseRepository ??= baseIndex(repository, change.keps))
  // The base versions are checked against the base repository: the head's KEPs with the changed ones as they were.
  const policy = severityPolicyOf(settings.severity)
  const baseRunner = new RuleRunner(
    settings.rules,
    policy,
    sharedContext(settings, {
      readmes: run.readmes?.base,
      newFiles: newFilesOf(change.keps),
      repository: base(),
      openPullRequests: run.request.openPullRequests,
      schemaValid: repository.schemaValid,
      schemaErrors: repository.schemaErrors,
      prodReadiness: change.approvals?.baseApprovals ?? repository.prodReadiness?.approvals,
      today: run.request.today,
      dataFiles: change.dataFiles?.base ?? change.dataFiles?.head ?? repository.dataFiles
    })
  )
  const changedKeps = new Map(change.keps.flatMap(kepChange => (kepChange.after ? [[kepChange.after.file, kepChange] as const] : [])))
  const keps = checked.keps.map(({ doc, diagnostics }) => {
    // A KEP checked again because its approval changed is, unchanged, its own base version.
    const before = changedKeps.has(doc.file) ? changedKeps.get(doc.file)!.before : doc
    if (!before) return { doc, diagnostics }
    const readmes = { after: readmePathOf(settings.format, doc.file), before: readmePathOf(settings.format, before.file) }
    if (before === doc || readWhole(before) || sameMetadata(before, doc) || sameBytes(change.base, before.file, repository.tree, doc.file)) {
      return { doc, diagnostics: marked(diagnostics, problemsOnBase(diagnostics, doc, baseRunner.checkKep(before), before, readmes)) }
    }
    // A base that did not read vouches for what it read, never for its read error: a change that edits a file
    // that still cannot be read fails on that error (shown alone, the runner saw to it).
    const onBase = baseRunner.checkKep(before)
    const had = problemsOnBase(
      diagnostics.filter(d => !isReadError(d.rule)),
      doc,
      onBase,
      before,
      readmes
    )
    // Where the head reads, the diff decides the rest: what is on a line the change did not touch was there before.
    if (readWhole(doc)) {
      const touched = new Map<string, TouchedLines | undefined>([[doc.file, TouchedLines.between(change.base, before.file, repository.tree, doc.file)]])
      touched.set(readmes.after, TouchedLines.between(change.base, readmes.before, repository.tree, readmes.after))
      for (const d of diagnostics) if (touched.get(d.file)?.touches(d) === false) had.add(d)
    }
    return { doc, diagnostics: marked(diagnostics, had) }
  })
  let approvals = checked.approvals
  if (change.approvals) {
    const onBase = baseRunner.stampProblems(change.approvals.baseProblems)
    for (const file of change.approvals.files) {
      const doc = { file, readProblems: [] }
      approvals = marked(approvals, problemsOnBase(approvals, doc, onBase, doc))
    }
  }
  let index = checked.index
  if (checked.indexCheck?.problem && settings.indexFile !== null) {
    const baseCheck = indexOfRepository({ ...settings, indexFile: settings.indexFile }, change.base, base().documents, run.request.indexFixCommand)
    if (indexStaleOnBase(checked.indexCheck, baseCheck)) index = marked(index, new Set(index))
  }
  return { ...checked, keps, approvals, index }
}
