import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildUpstreamTool, byMetadataLint, byTemplateLint, checkAsOpenShift, errorFiles, repositoryAdding, runUpstream, unreadFiles, upstreamUnavailable, type CheckResult, type UpstreamVerdicts } from './helpers/openshiftUpstream.js'

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
const skippedBecause = corpus === 'none' ? 'OPENSHIFT_CORPUS=none' : !existsSync(corpus) && !required ? `corpus not found at ${corpus}; set OPENSHIFT_CORPUS to its path to run it` : required ? undefined : upstreamUnavailable()
if (skippedBecause) console.warn(`openshift/enhancements agreement test skipped: ${skippedBecause}`)
const describeCorpus = skippedBecause ? describe.skip : describe

const DOCS = fileURLToPath(new URL('../docs/presets/openshift.md', import.meta.url))

/** The files the docs name as differing from upstream, each in a table row of its section: | `path` | … |. */
function documentedFiles(section: string): Set<string> {
  const docs = readFileSync(DOCS, 'utf8')
  const start = docs.indexOf(`\n## ${section}\n`)
  if (start === -1) throw new Error(`docs/presets/openshift.md has no section "## ${section}"`)
  const end = docs.indexOf('\n## ', start + 1)
  const text = docs.slice(start, end === -1 ? undefined : end)
  return new Set([...text.matchAll(/^\| `(enhancements\/[^`]+\.md)` \|/gm)].map(match => match[1]))
}

describeCorpus('the openshift preset on the real openshift/enhancements', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kep-openshift-'))
  let files: string[]
  let upstream: UpstreamVerdicts
  let asNew: CheckResult
  let audit: CheckResult

  beforeAll(async () => {
    expect(existsSync(corpus)).toBe(true)
    expect(upstreamUnavailable()).toBeUndefined()
    const found = spawnSync('find', ['enhancements', '-name', '*.md'], { cwd: corpus, encoding: 'utf8' }).stdout.trim().split('\n').sort()
    files = found
    const { root, base } = repositoryAdding(corpus, dir, new Map(found.map(file => [file, readFileSync(join(corpus, file))])))
    upstream = await runUpstream(root, base, buildUpstreamTool(corpus, dir), dir)
    asNew = checkAsOpenShift(root, '--base', base)
    audit = checkAsOpenShift(root)
  }, 600_000)

  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('reads every enhancement but the files hack/lint-ignores names', () => {
    const ignored = readFileSync(join(corpus, 'hack', 'lint-ignores'), 'utf8')
      .split(/\s+/)
      .filter(Boolean)
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
    // Each of OpenShift's two checks agrees with the rules that stand for it.
    // (A file whose metadata kep-validator could not read has no rule run on it: for it, the verdict alone is compared.)
    const read = files.filter(file => !unreadFiles(asNew.problems).has(file) && !documentedFiles("Where a pull request's verdict differs").has(file))
    expect(read.filter(file => errorFiles(asNew.problems, byMetadataLint).has(file) !== upstream.metadataLint.has(file))).toEqual([])
    expect(read.filter(file => errorFiles(asNew.problems, byTemplateLint).has(file) !== upstream.templateLint.has(file))).toEqual([])
    expect(read.length).toBeGreaterThan(500)
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
    const ownRules = /^(title-matches-file|tracking-link|people-required|required-sections|title-heading)/
    expect(audit.problems.filter(p => ownRules.test(p.rule) && p.severity === 'error')).toEqual([])
    expect(audit.problems.filter(p => ownRules.test(p.rule)).length).toBeGreaterThan(1000)
  })
})
