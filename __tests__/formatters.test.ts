import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Diagnostic } from '../src/core/diagnostic.js'
import { loadSettings } from '../src/config/settings.js'
import { runCli } from '../src/cli/run.js'
import { checkReport, type CheckReport } from '../src/format/checkReport.js'
import { CHECK_FORMATS, FORMATTERS } from '../src/format/formatters.js'
import { logLine } from '../src/format/logLine.js'
import { writeAnnotations, type Annotation } from '../src/format/workflowCommands.js'
import { FileSystemTree } from '../src/tree/fileSystemTree.js'
import { validate } from '../src/validate/validate.js'
import { fields, frontMatterKep, removeRepos, writeRepo } from './helpers/repo.js'
import { runnerCommands } from './helpers/sinks.js'

afterAll(removeRepos)

// A file name that tries to be a workflow command, and KEPs with an error and a warning each.
const FILES = {
  'sig-node/0042-a ##[error]x.md': frontMatterKep(fields({ status: 'Bogus' })),
  'sig-node/0043-b.md': frontMatterKep(fields({ 'kep-number': '43', status: 'Bogus' })).replace('\n\n# A KEP', '\n---\nstatus: Final\n---\n# A KEP')
}

let report: CheckReport
const displayPath = (file: string) => `keps/${file}`

beforeAll(async () => {
  const root = writeRepo(FILES)
  const settings = await loadSettings({ root })
  const result = await validate({ ...settings, indexFile: null }, { head: new FileSystemTree(root) })
  // A problem from before is a copy marked so, as the base comparison marks it (validate/onBase.ts).
  const [first, ...rest] = result.diagnostics
  report = checkReport({ ...result, diagnostics: [{ ...first, preexisting: 'base' }, ...rest] })
})

const counted = (diagnostics: readonly Diagnostic[], severity: string) => diagnostics.filter(d => !d.preexisting && d.severity === severity).length

describe('the formatter registry', () => {
  it('has a problem of each kind to format (the test input is what it says)', () => {
    expect(counted(report.diagnostics, 'error')).toBeGreaterThan(0)
    expect(counted(report.diagnostics, 'warning')).toBeGreaterThan(0)
    expect(report.counts).toEqual({ errors: counted(report.diagnostics, 'error'), warnings: counted(report.diagnostics, 'warning'), preexisting: 1 })
    expect([...report.countsByFile.keys()].sort()).toEqual(Object.keys(FILES).sort())
  })

  it('holds every format check --format takes, and check --format takes exactly those', async () => {
    for (const name of CHECK_FORMATS) expect(typeof FORMATTERS[name]).toBe('function')
    let stderr = ''
    const code = await runCli(['check', '--format', 'nope'], { cwd: process.cwd(), stdout: () => undefined, stderr: text => void (stderr += text) })
    expect(code).not.toBe(0)
    expect(stderr).toContain(`--format must be one of ${CHECK_FORMATS.join(', ')}, not "nope"`)
  })

  it('text: a line per problem, by the path the reader sees, then the counts of the report', () => {
    const lines = FORMATTERS.text(report, { displayPath }).split('\n')
    report.diagnostics.forEach((d, i) => expect(lines[i]).toMatch(new RegExp(`^${displayPath(d.file).replace(/[[\]#]/g, '\\$&')}:${d.line}:${d.column}  ${d.severity} +${d.rule}  `)))
    expect(lines[0]).toContain('(already on the base: not counted)')
    const { errors, warnings, preexisting } = report.counts
    expect(lines.at(-2)).toBe(`✗ ${errors} errors, ${warnings} warnings in 2 files (2 KEPs checked; ${preexisting} problem from before not counted)`)
  })

  it('json: every problem with root-relative paths, the counts of the report, the context it is given', () => {
    const parsed = JSON.parse(FORMATTERS.json(report, { displayPath, root: '/r', fixed: { written: false, files: ['a.md'], problems: 2 } }))
    expect(parsed.problems.map((p: { file: string; rule: string }) => [p.file, p.rule])).toEqual(report.diagnostics.map(d => [d.file, d.rule]))
    expect(parsed.summary).toEqual({ ...report.counts, checked: 2 })
    expect(parsed).toMatchObject({ root: '/r', fixed: { written: false, files: ['a.md'], problems: 2 } })
  })

  it("github: an annotation per problem — a problem from before is a notice — and, with the action's preexisting, only what it shows", () => {
    const annotations = FORMATTERS.github(report, { displayPath })
    expect(annotations.map(a => [a.level, a.file, a.startLine, a.title])).toEqual(report.diagnostics.map(d => [d.preexisting ? 'notice' : d.severity, displayPath(d.file), d.line, d.rule]))
    // A full audit has no diff to show problems from before on: the summary lists them.
    expect(FORMATTERS.github(report, { displayPath, preexisting: 'annotations' })).toEqual(annotations.filter(a => a.level !== 'notice'))
  })

  it('summary: Markdown headed by the counts of the report, the problems listed by file', () => {
    const markdown = FORMATTERS.summary(report, { displayPath, scope: 'full audit' })
    const { errors, warnings, preexisting } = report.counts
    expect(markdown).toContain(`## KEP metadata: ❌ ${errors} errors, ${warnings} warnings (${preexisting} problem from before, not counted)`)
    expect(markdown).toContain('2 KEPs checked (full audit).')
    for (const file of Object.keys(FILES)) expect(markdown).toContain(`#### \`${displayPath(file)}\``)
  })
})

describe('the annotations in the workflow log', () => {
  it('are what the formatter returns, each message through logLine, written in one place', () => {
    const annotations: Annotation[] = [...FORMATTERS.github(report, { displayPath }), { level: 'warning', message: '::error::forged ##[error]x', title: 't', file: 'f.md', startLine: 1, endLine: 2 }]
    let written = ''
    const stdout = process.stdout.write
    process.stdout.write = ((chunk: string) => {
      written += chunk
      return true
    }) as typeof process.stdout.write
    try {
      writeAnnotations(annotations)
    } finally {
      process.stdout.write = stdout
    }
    // Read as the runner reads the log: one command per annotation, and no other.
    const unescape = (value: string) => value.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%')
    const received = runnerCommands(written).map(({ command, line }) => {
      const [, properties, data] = /^::\S+ ([^:]*)::(.*)$/.exec(line)!
      const fields = Object.fromEntries(
        properties
          .split(',')
          .map(pair => pair.split('='))
          .map(([key, value]) => [key, unescape(value)])
      )
      return { command, message: unescape(data), ...fields }
    })
    expect(received).toEqual(
      annotations.map(a => ({
        command: a.level,
        message: logLine(a.message),
        title: a.title,
        file: a.file,
        line: String(a.startLine),
        endLine: String(a.endLine),
        ...(a.startColumn === undefined ? {} : { col: String(a.startColumn), endColumn: String(a.endColumn) })
      }))
    )
  })
})
