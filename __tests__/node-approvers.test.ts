import { afterAll, describe, expect, it } from '@jest/globals'
import { cpSync, existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { findConfig } from '../src/config/configFile.js'
import { loadSettings } from '../src/config/settings.js'
import type { Diagnostic } from '../src/core/diagnostic.js'
import { gitChanges } from '../src/git/gitChanges.js'
import { FileSystemTree } from '../src/tree/fileSystemTree.js'
import { GitTree } from '../src/tree/gitTree.js'
import { validate } from '../src/validate/validate.js'
import { git, initRepo } from './helpers/git.js'
import { kepYaml } from './helpers/kepYaml.js'
import { byRule, removeRepos, writeRepo } from './helpers/repo.js'

afterAll(removeRepos)

const RULE = 'assigned-approvers'

/** The repository's findings of the rule, with its .kep-validator.yml when it has one (as the CLI reads it). */
async function audit(root: string): Promise<Diagnostic[]> {
  const settings = await loadSettings({ root, preset: 'kubernetes', config: await findConfig(root) })
  return byRule((await validate(settings, { head: new FileSystemTree(root) })).diagnostics, RULE)
}

// --- upstream's own fixtures, as a repository ---

/** What a report says, in upstream's terms (pkg/nodeapprovers' Violation): the file, the role, the handle and the reason. */
function violation(d: Diagnostic): string {
  const kinds: Array<[RegExp, string]> = [
    [/^(reviewer|approver)s\[\d+\] "@([^"]+)" is marked # \S+, but the KEP's folder has no OWNERS file/, 'OWNERS file not found'],
    [/^(reviewer|approver)s\[\d+\] "@([^"]+)" is marked # \S+, but \S+ does not list/, 'not listed in OWNERS'],
    [/^(reviewer|approver)s\[\d+\] "@([^"]+)" is listed under \w+ in \S+ but not marked/, 'listed in OWNERS but not annotated'],
    [/^\S+ lists "([^"]+)" under (reviewer|approver)s, but/, 'listed in OWNERS but not annotated'],
    [/^approvers\[\d+\] "@([^"]+)" is marked # sig-node-assigned-approver, but stage is alpha/, 'alpha-stage KEP must not use # sig-node-assigned-approver marker'],
    [/^stage is alpha and .* approvers must include a member of sig-node-tech-leads/, 'alpha-stage KEP must list at least one sig-node-tech-leads member as approver'],
    [/^approvers \(.*\) include no member of sig-node-tech-leads/, 'non-alpha KEP must list a sig-node-tech-leads member or an approver marked # sig-node-assigned-approver'],
    [/^approvers lists no one/, 'no approvers listed']
  ]
  for (const [pattern, reason] of kinds) {
    const match = pattern.exec(d.message)
    if (!match) continue
    const [role, user] = match[1] === 'reviewer' || match[1] === 'approver' ? [match[1], match[2] ?? ''] : [match[2] ?? 'approver', match[1] ?? '']
    return `${d.file.replace(/^keps\/(?:testdata|sig-node)\//, '').replace(/\/kep\.yaml$/, '')}: ${role} "${user}" ${reason}`
  }
  return `unrecognised: ${d.message}`
}

const corpus = process.env.KEP_CORPUS ?? fileURLToPath(new URL('../../shared/corpus/kubernetes-enhancements', import.meta.url))
const testdata = join(corpus, 'pkg/nodeapprovers/testdata')
const skipped = existsSync(testdata) ? undefined : `no kubernetes/enhancements corpus at ${corpus} (pkg/nodeapprovers/testdata); set KEP_CORPUS to run it`
if (skipped) console.warn(`upstream's node approvers fixtures skipped: ${skipped}`)

;(skipped ? describe.skip : describe)(`the kubernetes/enhancements corpus: pkg/nodeapprovers/testdata and keps/${skipped ? ` (skipped: ${skipped})` : ''}`, () => {
  it("reports exactly what upstream's TestVerifyAll and TestVerifyAllTechLeadApprovers want", async () => {
    // TestVerifyAll walks testdata/ (every fixture, techleads/ too); TestVerifyAllTechLeadApprovers walks
    // testdata/techleads with its OWNERS_ALIASES: here the former are under keps/testdata/, the latter
    // under keps/sig-node/ (the folder the tech-lead rules apply to), their OWNERS_ALIASES at the root.
    const root = writeRepo({})
    for (const dir of readdirSync(testdata)) if (dir !== 'techleads') cpSync(join(testdata, dir), join(root, 'keps/testdata', dir), { recursive: true })
    for (const dir of readdirSync(join(testdata, 'techleads'))) {
      if (dir === 'OWNERS_ALIASES') cpSync(join(testdata, 'techleads', dir), join(root, 'OWNERS_ALIASES'))
      else cpSync(join(testdata, 'techleads', dir), join(root, 'keps/sig-node', dir), { recursive: true })
    }
    const want = [
      'missing-reviewer: reviewer "someoneelse" not listed in OWNERS',
      'missing-reviewer: reviewer "tallclair" listed in OWNERS but not annotated',
      'missing-approver: approver "someoneelse" not listed in OWNERS',
      'missing-approver: approver "tallclair" listed in OWNERS but not annotated',
      'no-owners: reviewer "tallclair" OWNERS file not found',
      'no-owners: approver "dchen1107" OWNERS file not found',
      'extra-in-owners: reviewer "mrunalp" listed in OWNERS but not annotated',
      'extra-in-owners: approver "derekwaynecarr" listed in OWNERS but not annotated',
      'no-markers: reviewer "tallclair" listed in OWNERS but not annotated',
      'no-markers: approver "dchen1107" listed in OWNERS but not annotated',
      'alpha-alias-invalid: approver "" alpha-stage KEP must list at least one sig-node-tech-leads member as approver',
      'alpha-missing-techlead: approver "" alpha-stage KEP must list at least one sig-node-tech-leads member as approver',
      'alpha-marker-not-allowed: approver "tallclair" alpha-stage KEP must not use # sig-node-assigned-approver marker',
      'beta-alias-invalid: approver "" non-alpha KEP must list a sig-node-tech-leads member or an approver marked # sig-node-assigned-approver',
      'beta-missing: approver "" non-alpha KEP must list a sig-node-tech-leads member or an approver marked # sig-node-assigned-approver',
      'no-stage: approver "" non-alpha KEP must list a sig-node-tech-leads member or an approver marked # sig-node-assigned-approver',
      'no-approvers: approver "" no approvers listed'
    ]
    const found = await audit(root)
    expect(found.map(violation).sort()).toEqual(want.sort())
    // Every one an error, upstream's test failing on it.
    expect(found.every(d => d.severity === 'error')).toBe(true)
  })

  it('finds nothing in the real keps/ tree, as upstream with the upcoming release v1.37 (the corpus date)', async () => {
    const settings = await loadSettings({ root: corpus, preset: 'kubernetes' })
    const run = async (release?: string) => byRule((await validate({ ...settings, release }, { head: new FileSystemTree(corpus) })).diagnostics, RULE)
    // The KEPs tell v1.37 (91 target it; one KEP plans v1.38): nothing to report, as upstream's tests pass.
    expect(await run()).toEqual([])
    expect(await run('v1.37')).toEqual([])
    // A release set too early makes the alpha KEPs of v1.36 current: the two that already name the assigned approver of their beta are reported.
    expect((await run('v1.36')).map(d => d.file)).toEqual(['keps/sig-node/5607-hostnetwork-userns/kep.yaml', 'keps/sig-node/5825-cri-pagination/kep.yaml'])
  }, 60_000)
})

describe('the upcoming release', () => {
  it("is the configuration's release when it names one, the newest release two KEPs target otherwise", async () => {
    const alpha = kepYaml({ stage: 'alpha', 'latest-milestone': '"v1.37"', approvers: '\n  - "@tallclair" # sig-node-assigned-approver' })
    const files = {
      OWNERS_ALIASES: 'aliases:\n  sig-node-tech-leads:\n    - dchen1107\n',
      'keps/sig-node/42-pod-overhead/kep.yaml': alpha,
      'keps/sig-node/42-pod-overhead/OWNERS': 'approvers:\n  - tallclair\n',
      'keps/sig-node/43-other/kep.yaml': kepYaml({ 'kep-number': '43', 'latest-milestone': '"v1.37"', approvers: '\n  - "@dchen1107"' })
    }
    // v1.37, which both KEPs target, is the upcoming release: this alpha KEP needs a tech lead, and its assigned approver is too early.
    expect((await audit(writeRepo(files))).map(d => d.message)).toEqual([
      expect.stringContaining('stage is alpha and latest-milestone v1.37 is the upcoming release (v1.37) or later, so approvers must include'),
      expect.stringContaining('"@tallclair" is marked # sig-node-assigned-approver, but stage is alpha')
    ])
    // With the configuration's release v1.38, it is a KEP of a past cycle, preparing its beta.
    expect(await audit(writeRepo({ ...files, '.kep-validator.yml': 'release: v1.38\n' }))).toEqual([])
  })
})

describe('a KEP named by path outside the layout', () => {
  it("is checked with its folder's OWNERS", async () => {
    const kep = kepYaml({ approvers: '\n  - "@tallclair" # sig-node-assigned-approver' })
    const root = writeRepo({ 'drafts/42-pod-overhead/kep.yaml': kep, 'drafts/42-pod-overhead/OWNERS': 'approvers:\n  - tallclair\n', 'drafts/43-other/kep.yaml': kep })
    const settings = await loadSettings({ root, preset: 'kubernetes' })
    const found = async (path: string) => byRule((await validate(settings, { head: new FileSystemTree(root), paths: [{ path, directory: false }] })).diagnostics, RULE)
    expect(await found('drafts/42-pod-overhead/kep.yaml')).toEqual([])
    expect((await found('drafts/43-other/kep.yaml')).map(d => d.message)).toEqual([expect.stringContaining("the KEP's folder has no OWNERS file (drafts/43-other/OWNERS)")])
  })
})

// --- a pull request is judged by what it brings ---

const KEP = 'keps/sig-node/42-pod-overhead/kep.yaml'
const OWNERS = 'keps/sig-node/42-pod-overhead/OWNERS'
const ALIASES = 'aliases:\n  sig-node-tech-leads:\n    - dchen1107\n    - mrunalp\n'
const marked = kepYaml({ stage: 'beta', 'latest-milestone': '"v1.37"', milestone: '\n  alpha: "v1.36"\n  beta: "v1.37"', approvers: '\n  - "@tallclair" # sig-node-assigned-approver' })

/** A repository at `base`, committed on main, then changed in the working tree to `head` (null deletes a file). */
async function pullRequest(base: Record<string, string>, head: Record<string, string | null>): Promise<Diagnostic[]> {
  const root = writeRepo(base)
  initRepo(root)
  for (const [path, text] of Object.entries(head)) {
    if (text === null) rmSync(join(root, path))
    else writeFileSync(join(root, path), text)
  }
  git(root, 'add', '-A')
  git(root, 'commit', '-q', '-m', 'the pull request')
  const settings = await loadSettings({ root, preset: 'kubernetes' })
  const changes = { base: new GitTree(root, 'main~1', ''), files: gitChanges(root, 'main~1') }
  return byRule((await validate(settings, { head: new FileSystemTree(root), changes })).diagnostics, RULE)
}

describe('assigned-approvers in a pull request', () => {
  it('fails a marked approver that the pull request adds without listing it in OWNERS', async () => {
    const found = await pullRequest({ OWNERS_ALIASES: ALIASES, [KEP]: kepYaml() }, { [KEP]: marked })
    expect(found).toEqual([expect.objectContaining({ file: KEP, severity: 'error', message: expect.stringContaining('"@tallclair" is marked # sig-node-assigned-approver, but the KEP\'s folder has no OWNERS file') })])
    expect(found[0].preexisting).toBeUndefined()
  })

  it('shows a problem the base had as preexisting when the pull request changes something else', async () => {
    const found = await pullRequest({ OWNERS_ALIASES: ALIASES, [KEP]: marked }, { [KEP]: marked.replace('title: Pod Overhead', 'title: Pod Overhead, again') })
    expect(found).toEqual([expect.objectContaining({ file: KEP, preexisting: 'base', message: expect.stringContaining('has no OWNERS file') })])
  })

  it("checks a KEP again when the pull request changes only its folder's OWNERS", async () => {
    const found = await pullRequest({ OWNERS_ALIASES: ALIASES, [KEP]: marked, [OWNERS]: 'approvers:\n  - tallclair\n' }, { [OWNERS]: 'approvers:\n  - someoneelse\n' })
    // In line order: the list's line (approvers:), then the handle's.
    expect(found.map(d => [d.preexisting, d.message])).toEqual([
      [undefined, expect.stringContaining(`${OWNERS} lists "someoneelse" under approvers, but approvers does not`)],
      [undefined, expect.stringContaining(`approvers[0] "@tallclair" is marked # sig-node-assigned-approver, but ${OWNERS} does not list "tallclair"`)]
    ])
  })

  it('fails a pull request that deletes the OWNERS its KEP relies on, and passes one that adds it', async () => {
    const deleted = await pullRequest({ OWNERS_ALIASES: ALIASES, [KEP]: marked, [OWNERS]: 'approvers:\n  - tallclair\n' }, { [OWNERS]: null })
    expect(deleted).toEqual([expect.objectContaining({ message: expect.stringContaining('has no OWNERS file') })])
    expect(deleted[0].preexisting).toBeUndefined()
    const added = await pullRequest({ OWNERS_ALIASES: ALIASES, [KEP]: marked }, { [OWNERS]: 'approvers:\n  - tallclair\n' })
    expect(added).toEqual([])
  })

  it('judges the tech leads by the OWNERS_ALIASES of the base: a pull request cannot make its own approver a tech lead', async () => {
    const alpha = kepYaml({ stage: 'alpha', 'latest-milestone': '"v1.37"', approvers: '\n  - "@someoneelse"' })
    const found = await pullRequest({ OWNERS_ALIASES: ALIASES, [KEP]: kepYaml() }, { [KEP]: alpha, OWNERS_ALIASES: `${ALIASES}    - someoneelse\n` })
    expect(found).toEqual([expect.objectContaining({ message: expect.stringContaining('approvers must include a member of sig-node-tech-leads (OWNERS_ALIASES: @dchen1107, @mrunalp)') })])
    expect(found[0].preexisting).toBeUndefined()
  })
})
