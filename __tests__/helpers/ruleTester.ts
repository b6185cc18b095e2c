import { describe, expect, it } from '@jest/globals'
import { tmpdir } from 'node:os'
import type { ChangeKind } from '../../src/core/change.js'
import type { Applicability, FileEdit, Fix, Finding } from '../../src/core/diagnostic.js'
import type { KepDocument } from '../../src/core/document.js'
import type { MetadataFormat } from '../../src/read/metadataFormat.js'
import { RepositoryIndex } from '../../src/core/repositoryIndex.js'
import { loadSettings, type Settings, type SettingsInput } from '../../src/config/settings.js'
import { readKep } from '../../src/read/readKep.js'
import { applyFixes } from '../../src/edit/applyEdits.js'
import { readDataFileContent } from '../../src/read/dataFiles.js'
import { loadMarkdownParser } from '../../src/parse/markdownParser.js'
import { readmeSources } from '../../src/readme/readmes.js'
import { OverlayTree } from '../../src/tree/overlayTree.js'
import { ruleContext, sharedContext } from '../../src/rules/context.js'
import type { ChangeRule, KepChange, KepRule, RuleContext } from '../../src/rules/rule.js'

/**
 * eslint's RuleTester for kep-validator's rules: each case is a small KEP (or a change of
 * one), named by what it shows; the rule runs alone on it, as the runner would run it, and
 * its reports are compared with what the case expects.
 */

/** What one report must say: each given part is compared, the others are not. */
export interface ExpectedReport {
  /** A substring of the message, or a pattern it matches. */
  message?: string | RegExp
  line?: number
  column?: number
  expected?: readonly string[]
  topic?: string
  relaxed?: boolean
  file?: string
  /** The kind of fix the report carries (`safe`, `suggestion`); `null`: none. */
  fix?: Applicability | null
}

interface Repository {
  /** Other files of the repository: KEPs the rule may look at (numbers, references). */
  others?: Record<string, string>
  /** The preset and settings (lifecycle, sigs…) the case runs under; kep-0001 by default. */
  settings?: SettingsInput
  /** The rule's options; by default the preset's. */
  options?: unknown
  /** Production readiness approvals by path, for the prod-readiness rule. */
  prodReadiness?: Record<string, unknown>
  /** Files the rule reads as data (OWNERS, OWNERS_ALIASES) by path, read as a run reads them; a path not given does not exist. */
  dataFiles?: Record<string, string>
  /** The repository's other open pull requests, as the action lists them. */
  openPullRequests?: ReadonlyArray<{ number: number; title: string }>
  /** The KEP is one the checked change adds (context.newFiles); by default no KEP is new, as in a full audit. */
  newFile?: boolean
  /** Other files by path (READMEs, the README template), for rules that read READMEs; for a change, at the head. */
  files?: Record<string, string>
}

export interface KepCase extends Repository {
  name: string
  /** The KEP's file path, relative to the root. */
  file?: string
  /** The whole file (front matter, KEP-1's fenced form, or a kep.yaml). */
  kep: string
  /** In a change: the KEP as its base had it (context.baseOf answers it). */
  base?: string
}

/**
 * The files after every fix of the case's reports (eslint's `output`), applied by the one
 * applier as one pass of `check --fix` applies them (a suggestion as its author would): the
 * case's own file as a string, or files by path (a fix may edit another KEP). Required when a
 * report carries a fix; unset otherwise.
 */
export type ExpectedOutput = string | Record<string, string>

export interface InvalidKepCase extends KepCase {
  reports: ExpectedReport[]
  output?: ExpectedOutput
}

export interface ChangeCase extends Repository {
  name: string
  kind: ChangeKind
  /** The head path (for a deletion, the deleted path). */
  path: string
  previousPath?: string
  /** The base version, if any. */
  before?: string
  /** The head version, if any. */
  after?: string
  baseError?: { path: string; message: string }
  /** The day the change is checked on, for rules that date a change. */
  today?: string
  /** Other files at the base (READMEs, the README template, which the rules read from the base). */
  baseFiles?: Record<string, string>
}

export interface InvalidChangeCase extends ChangeCase {
  reports: ExpectedReport[]
  output?: ExpectedOutput
}

async function document(file: string, text: string, format: MetadataFormat): Promise<KepDocument> {
  return readKep(file, Buffer.from(text, 'utf8'), format)
}

/** The case's settings, read once: the format its texts are read in, and what its rule sees. */
async function caseSettings(repository: Repository): Promise<Settings> {
  return loadSettings({ root: tmpdir(), indexFile: null, ...repository.settings })
}

function tree(label: string, files: Record<string, string>): OverlayTree {
  return new OverlayTree(label, new Map(Object.entries(files).map(([path, text]) => [path, Buffer.from(text, 'utf8')])))
}

/** The READMEs a rule sees, as validate() gives them: the head's and, for a change, the base's, whose files the rules read. */
async function readmesFor(repository: Repository & { baseFiles?: Record<string, string> }, settings: Settings, change: boolean): Promise<ReturnType<typeof readmeSources> | undefined> {
  if (repository.files === undefined && repository.baseFiles === undefined) return undefined
  await loadMarkdownParser()
  return readmeSources(settings.format, tree('head', repository.files ?? {}), change ? tree('base', repository.baseFiles ?? {}) : undefined)
}

async function contextFor(ruleId: string, settings: Settings, repository: Repository, documents: KepDocument[], change = false): Promise<RuleContext<unknown>> {
  const others = await Promise.all(Object.entries(repository.others ?? {}).map(([file, text]) => document(file, text, settings.format)))
  const readmes = await readmesFor(repository, settings, change)
  const shared = sharedContext(settings, {
    readmes: readmes?.head,
    repository: new RepositoryIndex([...documents, ...others]),
    prodReadiness: repository.prodReadiness && new Map(Object.entries(repository.prodReadiness)),
    openPullRequests: repository.openPullRequests,
    dataFiles: new Map(Object.entries(repository.dataFiles ?? {}).map(([path, text]) => [path, readDataFileContent(path, Buffer.from(text, 'utf8'))]))
  })
  return ruleContext(shared, settings.rules, ruleId, repository.options)
}

function compare(reports: Finding[], expected: readonly ExpectedReport[]): void {
  expect(reports).toHaveLength(expected.length)
  expected.forEach((want, i) => {
    const got = reports[i]
    if (want.message !== undefined) {
      if (typeof want.message === 'string') expect(got.message).toContain(want.message)
      else expect(got.message).toMatch(want.message)
    }
    if (want.line !== undefined) expect(got.span.line).toBe(want.line)
    if (want.column !== undefined) expect(got.span.column).toBe(want.column)
    if (want.expected !== undefined) expect(got.expected).toEqual(want.expected)
    if (want.topic !== undefined) expect(got.topic).toBe(want.topic)
    if (want.relaxed !== undefined) expect(Boolean(got.relaxed)).toBe(want.relaxed)
    if (want.file !== undefined) expect(got.file).toBe(want.file)
    if (want.fix !== undefined) expect(got.fix?.applicability ?? null).toBe(want.fix)
  })
}

/**
 * What the case's files become when every report's fix is applied, by the applier `check --fix`
 * uses. As eslint's RuleTester: a case whose reports carry a fix must say what it makes
 * (`output`), and a fix must be of a kind the rule's meta declares.
 */
function compareOutput(reports: readonly Finding[], file: string, texts: Record<string, string>, output: ExpectedOutput | undefined, fixable: readonly Applicability[] | undefined): void {
  const fixes: Array<Fix<FileEdit>> = reports.flatMap(report => (report.fix ? [{ applicability: report.fix.applicability, edits: report.fix.edits.map(edit => ({ ...edit, file: edit.file ?? report.file ?? file })) }] : []))
  for (const fix of fixes) {
    if (!fixable?.includes(fix.applicability)) throw new Error(`The rule reported a ${fix.applicability} fix, but its meta declares ${fixable ? `only ${fixable.join(', ')} fixes` : 'no fixes'} (fixable)`)
  }
  if (output === undefined) {
    if (fixes.length > 0) throw new Error("The rule fixed the code. Please add 'output' (the files after its fixes).")
    return
  }
  expect(fixable?.length ?? 0).toBeGreaterThan(0)
  const expected = typeof output === 'string' ? { [file]: output } : output
  const { texts: fixed } = applyFixes(fixes, path => texts[path] ?? '')
  for (const [path, want] of Object.entries(expected)) expect(fixed.get(path) ?? texts[path]).toBe(want)
}

async function runKepRule(rule: KepRule<unknown>, test: KepCase): Promise<{ reports: Finding[]; file: string }> {
  const settings = await caseSettings(test)
  const file = test.file ?? (settings.format.name === 'kep.yaml' ? 'keps/sig-node/42-pod-overhead/kep.yaml' : 'sig-node/0042-pod-overhead.md')
  const doc = await readKep(file, Buffer.from(test.kep, 'utf8'), settings.format, { outline: settings.outline })
  const base = test.base === undefined ? undefined : await document(file, test.base, settings.format)
  const context = await contextFor(rule.meta.id, settings, test, [doc])
  const withBase = base ? { ...context, baseOf: (of: KepDocument) => (of === doc ? base : undefined) } : context
  return { reports: rule.check(doc, test.newFile ? { ...withBase, newFiles: new Set([file]) } : withBase), file }
}

async function runChangeRule(rule: ChangeRule<unknown>, test: ChangeCase): Promise<Finding[]> {
  const settings = await caseSettings(test)
  const before = test.before === undefined ? undefined : await document(test.previousPath ?? test.path, test.before, settings.format)
  const after = test.after === undefined ? undefined : await document(test.path, test.after, settings.format)
  const change: KepChange = { change: { kind: test.kind, path: test.path, previousPath: test.previousPath }, before, after, baseError: test.baseError }
  return rule.check(change, { ...(await contextFor(rule.meta.id, settings, test, after ? [after] : [], true)), today: test.today })
}

/** Runs a KEP rule over its valid cases (no report) and invalid ones (exactly the reports listed). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each rule types its own options; the case carries them untyped
export function testKepRule(rule: KepRule<any>, cases: { valid: KepCase[]; invalid: InvalidKepCase[] }): void {
  describe(rule.meta.id, () => {
    // A file may add cases in a second call with only one kind; jest refuses an empty table.
    if (cases.valid.length > 0) {
      describe('valid', () => {
        it.each(cases.valid.map(c => [c.name, c] as const))('%s', async (_name, test) => {
          compare((await runKepRule(rule, test)).reports, [])
        })
      })
    }
    if (cases.invalid.length > 0) {
      describe('invalid', () => {
        it.each(cases.invalid.map(c => [c.name, c] as const))('%s', async (_name, test) => {
          const { reports, file } = await runKepRule(rule, test)
          compare(reports, test.reports)
          compareOutput(reports, file, { ...test.others, ...test.files, [file]: test.kep }, test.output, rule.meta.fixable)
        })
      })
    }
  })
}

/** Runs a change rule over its valid cases and invalid ones. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as testKepRule
export function testChangeRule(rule: ChangeRule<any>, cases: { valid: ChangeCase[]; invalid: InvalidChangeCase[] }): void {
  describe(rule.meta.id, () => {
    describe('valid', () => {
      it.each(cases.valid.map(c => [c.name, c] as const))('%s', async (_name, test) => {
        compare(await runChangeRule(rule, test), [])
      })
    })
    describe('invalid', () => {
      it.each(cases.invalid.map(c => [c.name, c] as const))('%s', async (_name, test) => {
        const reports = await runChangeRule(rule, test)
        compare(reports, test.reports)
        compareOutput(reports, test.path, { ...test.others, [test.path]: test.after ?? '' }, test.output, rule.meta.fixable)
      })
    })
  })
}
