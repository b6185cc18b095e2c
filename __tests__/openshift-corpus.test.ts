import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildUpstreamTool, repositoryAdding, runUpstream, upstreamUnavailable, type UpstreamVerdicts } from './helpers/openshiftUpstream.js'

/*
 * The openshift preset agrees with openshift/enhancements' own checks, file by file, on the
 * real repository: every enhancement, as a pull request that adds it (the only files OpenShift
 * checks), is rejected by kep-validator exactly when hack/metadata-lint.sh or
 * hack/template-lint.sh rejects it — both run for real on the same commit. A file whose verdict
 * differs fails the test unless docs/presets/openshift.md names it, with why.
 *
 * The corpus sits beside the repository in this project's CI (../shared), which names it in
 * OPENSHIFT_CORPUS so that a missing corpus, or a missing Go, fails there. Elsewhere the test is
 * skipped, saying why. OPENSHIFT_CORPUS=none skips it too.
 */
const defaultCorpus = fileURLToPath(new URL('../../shared/corpus/openshift-enhancements', import.meta.url))
const corpus = process.env.OPENSHIFT_CORPUS ?? defaultCorpus
const required = process.env.OPENSHIFT_CORPUS !== undefined && corpus !== 'none'
const skippedBecause =
  corpus === 'none' ? 'OPENSHIFT_CORPUS=none' : !existsSync(corpus) && !required ? `corpus not found at ${corpus}; set OPENSHIFT_CORPUS to its path to run it` : required ? undefined : upstreamUnavailable()
if (skippedBecause) console.warn(`openshift/enhancements agreement test skipped: ${skippedBecause}`)
const describeCorpus = skippedBecause ? describe.skip : describe

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
const DOCS = fileURLToPath(new URL('../docs/presets/openshift.md', import.meta.url))

interface Problem {
  file: string
  line: number
  rule: string
  severity: 'error' | 'warning'
  message: string
  preexisting?: string
}

function check(root: string, ...args: string[]): { problems: Problem[]; checked: string[] } {
  const result = spawnSync(process.execPath, [CLI, 'check', '--preset', 'openshift', '--root', root, '--format', 'json', ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
  if (result.status !== 0 && result.status !== 1) throw new Error(`kep-validator exited with ${result.status}: ${result.stderr}`)
  return JSON.parse(result.stdout) as { problems: Problem[]; checked: string[] }
}

/** The files the docs name as differing from upstream, each in a table row of its section: | `path` | … |. */
function documentedFiles(section: string): Set<string> {
  const docs = readFileSync(DOCS, 'utf8')
  const start = docs.indexOf(`\n## ${section}\n`)
  if (start === -1) throw new Error(`docs/presets/openshift.md has no section "## ${section}"`)
  const end = docs.indexOf('\n## ', start + 1)
  const text = docs.slice(start, end === -1 ? undefined : end)
  return new Set([...text.matchAll(/^\| `(enhancements\/[^`]+\.md)` \|/gm)].map(match => match[1]))
}

const errorFiles = (problems: readonly Problem[]): Set<string> => new Set(problems.filter(p => p.severity === 'error' && !p.preexisting).map(p => p.file))

describeCorpus('the openshift preset on the real openshift/enhancements', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kep-openshift-'))
  let files: string[]
  let upstream: UpstreamVerdicts
  let asNew: { problems: Problem[]; checked: string[] }
  let audit: { problems: Problem[]; checked: string[] }

  beforeAll(async () => {
    expect(existsSync(corpus)).toBe(true)
    expect(upstreamUnavailable()).toBeUndefined()
    const found = spawnSync('find', ['enhancements', '-name', '*.md'], { cwd: corpus, encoding: 'utf8' }).stdout.trim().split('\n').sort()
    files = found
    const { root, base } = repositoryAdding(corpus, dir, new Map(found.map(file => [file, readFileSync(join(corpus, file))])))
    upstream = await runUpstream(root, base, buildUpstreamTool(corpus, dir), dir)
    asNew = check(root, '--base', base)
    audit = check(root)
  }, 600_000)

  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('reads every enhancement but the files hack/lint-ignores names', () => {
    const ignored = readFileSync(join(corpus, 'hack', 'lint-ignores'), 'utf8').split(/\s+/).filter(Boolean)
    expect(ignored.length).toBeGreaterThan(0)
    expect(audit.checked.sort()).toEqual(files.filter(file => !ignored.includes(file)))
    expect(asNew.checked.sort()).toEqual(audit.checked.sort())
  })

  it("rejects a new enhancement exactly where OpenShift's metadata-lint and template-lint reject it", () => {
    const ours = errorFiles(asNew.problems)
    const differing = files.filter(file => ours.has(file) !== upstream.rejected.has(file))
    const shown = differing.map(file => ({
      file,
      upstream: upstream.rejected.get(file) ?? 'accepts',
      ours: asNew.problems.filter(p => p.file === file && p.severity === 'error').map(p => `${p.rule}: ${p.message}`)
    }))
    expect(shown.filter(({ file }) => !documentedFiles("Where a pull request's verdict differs").has(file))).toEqual([])
    // A difference the docs name but the corpus no longer shows is stale.
    expect([...documentedFiles("Where a pull request's verdict differs")].filter(file => !differing.includes(file))).toEqual([])
    // Both reject most of the corpus (the template grew since), and accept the rest.
    expect(upstream.rejected.size).toBeGreaterThan(400)
    expect(files.length - upstream.rejected.size).toBeGreaterThan(20)
  })

  it('in a full audit, where no file is new, fails only metadata OpenShift cannot read', () => {
    const failing = [...errorFiles(audit.problems)]
    const unexplained = failing.filter(file => !upstream.unreadable.has(file) && !documentedFiles('Where a full audit differs').has(file))
    expect(unexplained.map(file => ({ file, ours: audit.problems.filter(p => p.file === file && p.severity === 'error').map(p => `${p.rule}: ${p.message}`) }))).toEqual([])
    expect([...documentedFiles('Where a full audit differs')].filter(file => !failing.includes(file) || upstream.unreadable.has(file))).toEqual([])
    // Every file OpenShift's reader cannot read fails the audit too.
    expect([...upstream.unreadable].filter(file => !failing.includes(file))).toEqual([])
    // OpenShift's own checks are warnings there: they judge new files.
    const ownRules = /^(title-matches-file|tracking-link|people-required|template-sections|title-heading)/
    expect(audit.problems.filter(p => ownRules.test(p.rule) && p.severity === 'error')).toEqual([])
    expect(audit.problems.filter(p => ownRules.test(p.rule)).length).toBeGreaterThan(1000)
  })
})
