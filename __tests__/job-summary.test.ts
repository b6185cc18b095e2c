import { afterAll, describe, expect, it } from '@jest/globals'
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Diagnostic } from '../src/core/diagnostic.js'
import { checkReport } from '../src/format/checkReport.js'
import { FORMATTERS } from '../src/format/formatters.js'
import { SUMMARY_LIMIT } from '../src/format/summary.js'
import { runAction } from './helpers/runAction.js'

/*
 * The job summary: what fails first, warnings and problems from before folded, within GitHub's
 * 1 MiB per step — on hand-made results, and on the whole kubernetes/enhancements corpus
 * through the bundled action.
 */

function problem(i: number, severity: Diagnostic['severity'], preexisting?: Diagnostic['preexisting']): Diagnostic {
  return {
    file: `keps/sig-node/${i}-kep/kep.yaml`,
    line: 3,
    column: 1,
    endLine: 3,
    endColumn: 5,
    severity,
    rule: severity === 'error' ? 'schema/status' : 'handle-at',
    message: `a problem of KEP ${i}, long enough to weigh what a real message weighs in a summary line of the action`,
    ...(preexisting ? { preexisting } : {})
  }
}

/** The files of n KEPs checked. */
const kepFiles = (n: number) => Array.from({ length: n }, (_, i) => `keps/sig-node/${i}-kep/kep.yaml`)
const lineUrl = (path: string, line: number) => `https://github.com/kubernetes/enhancements/blob/${'a'.repeat(40)}/${path}#L${line}`
const opened = (markdown: string) => (markdown.match(/<details>/g) ?? []).length
const closed = (markdown: string) => (markdown.match(/<\/details>/g) ?? []).length

describe('the job summary', () => {
  it('puts the errors first, then the KEPs changed, then the warnings folded, then the problems from before folded', () => {
    const diagnostics = [problem(1, 'warning'), problem(2, 'error'), problem(3, 'warning', 'base'), problem(4, 'warning')]
    const report = checkReport({ diagnostics, checked: kepFiles(4), keps: [{ file: 'keps/sig-node/2-kep/kep.yaml', kind: 'modified', from: 'implementable', to: 'implementable' }] })
    const markdown = FORMATTERS.summary(report, { scope: 'pull request #7 against abc1234', displayPath: file => file })
    const at = (text: string) => {
      expect(markdown).toContain(text)
      return markdown.indexOf(text)
    }
    const order = [
      at('## KEP metadata: ❌ 1 error, 2 warnings (1 problem from before, not counted)'),
      at('### ❌ 1 error'),
      at('### KEPs changed'),
      at('### ⚠️ 2 warnings'),
      at('| `handle-at` | 2 |'),
      at('<details><summary>Show the 2 warnings</summary>'),
      at('### Already on the base: 1 problem')
    ]
    expect([...order].sort((a, b) => a - b)).toEqual(order)
    // The error is listed before the folded warnings, and not inside any <details>.
    const error = at('- ❌ line 3')
    expect(opened(markdown.slice(0, error))).toBe(closed(markdown.slice(0, error)))
    expect(opened(markdown)).toBe(2)
    expect(closed(markdown)).toBe(2)
  })

  it('unfolds the warnings when they fail the check (fail-on: warning), right after the errors', () => {
    const markdown = FORMATTERS.summary(checkReport({ diagnostics: [problem(1, 'warning'), problem(2, 'error')], checked: kepFiles(2) }), { scope: 'full audit', displayPath: file => file, failOn: 'warning' })
    expect(markdown).toContain('They fail the check (`fail-on: warning`).')
    expect(markdown).not.toContain('<details>')
    expect(markdown.indexOf('### ❌ 1 error')).toBeLessThan(markdown.indexOf('### ⚠️ 1 warning'))
  })

  it('over 1 MiB, leaves out problems from before first, then warnings, never an error; says how many and where they all are', () => {
    const diagnostics = [
      ...Array.from({ length: 200 }, (_, i) => problem(i, 'error')),
      ...Array.from({ length: 4000 }, (_, i) => problem(1000 + i, 'warning')),
      ...Array.from({ length: 4000 }, (_, i) => problem(10_000 + i, 'warning', 'base'))
    ]
    const markdown = FORMATTERS.summary(checkReport({ diagnostics, checked: kepFiles(8200) }), { scope: 'full audit', displayPath: file => file, lineUrl, checkRunUrl: 'https://github.com/kubernetes/enhancements/runs/5' })
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(SUMMARY_LIMIT)
    const listed = { errors: (markdown.match(/^- ❌ /gm) ?? []).length, warnings: (markdown.match(/^- ⚠️ /gm) ?? []).length, before: (markdown.match(/^- ℹ️ /gm) ?? []).length }
    expect(listed.errors).toBe(200)
    expect(listed.before).toBe(0)
    expect(listed.warnings).toBeGreaterThan(0)
    expect(listed.warnings).toBeLessThan(4000)
    const where = 'Every problem is annotated in [the check run](<https://github.com/kubernetes/enhancements/runs/5>), and listed by `kep-validator check --format json`.'
    expect(markdown).toContain(`_This summary leaves out ${4000 - listed.warnings + 4000} problems to stay within GitHub's 1 MiB; each list that is cut says so. ${where}_`)
    expect(markdown).toContain(`_${4000 - listed.warnings} more warnings are not listed here: GitHub keeps at most 1 MiB of job summary. ${where}_`)
    expect(markdown).toContain(`_4000 more problems are not listed here: GitHub keeps at most 1 MiB of job summary. ${where}_`)
    // Each folded section is closed: nothing after a cut renders inside it.
    expect(opened(markdown)).toBe(closed(markdown))
  })

  it('under 1 MiB, leaves nothing out and says nothing of it', () => {
    const markdown = FORMATTERS.summary(checkReport({ diagnostics: [problem(1, 'error')], checked: kepFiles(1) }), { scope: 'full audit', displayPath: file => file })
    expect(markdown).not.toContain('not listed here')
    expect(markdown).not.toContain('leaves out')
  })
})

// The corpus as kubernetes.test.ts finds it: beside the repository, or at KEP_CORPUS; skipped, saying so, where absent.
const corpusPath = process.env.KEP_CORPUS ?? fileURLToPath(new URL('../../shared/corpus/kubernetes-enhancements', import.meta.url))
const skippedBecause = corpusPath === 'none' ? 'KEP_CORPUS=none' : process.env.KEP_CORPUS === undefined && !existsSync(corpusPath) ? `corpus not found at ${corpusPath}; set KEP_CORPUS to its path to run it` : undefined
if (skippedBecause) console.warn(`job summary corpus test skipped: ${skippedBecause}`)
const describeCorpus = skippedBecause ? describe.skip : describe

describeCorpus(skippedBecause ? `the job summary of a full audit of kubernetes/enhancements (skipped: ${skippedBecause})` : 'the job summary of a full audit of kubernetes/enhancements', () => {
  const copies: string[] = []
  afterAll(() => {
    for (const copy of copies) rmSync(copy, { recursive: true, force: true })
  })

  it('stays under 1 MiB, its errors first and unfolded, its warnings folded and counted by rule', async () => {
    // A copy: the corpus is never touched, whatever the action does.
    const workspace = mkdtempSync(join(tmpdir(), 'kep-corpus-summary-'))
    copies.push(workspace)
    for (const entry of ['keps', 'OWNERS_ALIASES']) cpSync(join(corpusPath, entry), join(workspace, entry), { recursive: true })
    const run = await runAction({ workspace, inputs: { preset: 'kubernetes', 'check-run': 'never' }, event: { name: 'workflow_dispatch', payload: {} } })
    const summary = run.summary
    const errors = Number(run.outputs.errors)
    const warnings = Number(run.outputs.warnings)
    expect(errors).toBeGreaterThan(0)
    expect(warnings).toBeGreaterThan(500)
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(1024 * 1024)
    expect(summary.startsWith(`## KEP metadata: ❌ ${errors} errors, ${warnings} warnings`)).toBe(true)
    const firstError = summary.search(/^- ❌ /m)
    const firstWarning = summary.search(/^- ⚠️ /m)
    expect(firstError).toBeGreaterThan(0)
    expect(firstError).toBeLessThan(firstWarning)
    // The errors come within the first lines, not under hundreds of warnings: counted by rule, then listed, all before the warnings' section.
    expect(summary.slice(0, summary.indexOf(`### ❌ ${errors} errors`)).split('\n').length).toBeLessThan(10)
    expect(summary.indexOf('| Rule | Errors |')).toBeLessThan(firstError)
    expect(summary.lastIndexOf('\n- ❌ ')).toBeLessThan(summary.indexOf(`### ⚠️ ${warnings} warnings`))
    // Every warning is inside the folded section, after its table of counts by rule.
    const fold = summary.indexOf(`<details><summary>Show the ${warnings} warnings</summary>`)
    expect(fold).toBeGreaterThan(summary.indexOf(`### ⚠️ ${warnings} warnings`))
    expect(summary.indexOf('| Rule | Warnings |')).toBeLessThan(fold)
    expect(firstWarning).toBeGreaterThan(fold)
    const lastWarning = summary.lastIndexOf('\n- ⚠️ ')
    expect(summary.indexOf('</details>', fold)).toBeGreaterThan(lastWarning)
    expect(opened(summary)).toBe(closed(summary))
    // Everything is listed (no cut was needed), or the summary says what it left out.
    const listed = (summary.match(/^- (❌|⚠️) /gm) ?? []).length
    expect(listed === errors + warnings || summary.includes(`leaves out ${errors + warnings - listed} problems`)).toBe(true)
  }, 120_000)
})
