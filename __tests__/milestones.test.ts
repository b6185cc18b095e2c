import { afterAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { git, initRepo } from './helpers/git.js'
import { kepYaml, readme, TEMPLATE } from './helpers/kepYaml.js'
import { removeRepos, writeRepo } from './helpers/repo.js'
import { pullRequestPayload, runAction } from './helpers/runAction.js'

/**
 * Milestones move forward: a pull request that takes a KEP from beta to stable and moves
 * latest-milestone back before v1.21 — where a missing production readiness approval is only a
 * warning — is judged by the base's milestone, and told that the milestone moved back.
 */

afterAll(removeRepos)

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
const KEP = 'keps/sig-node/42-pod-overhead/kep.yaml'
const BETA = kepYaml({ stage: 'beta', 'latest-milestone': '"v1.25"', milestone: '\n  alpha: "v1.24"\n  beta: "v1.25"' })
const STABLE_BACK = kepYaml({ status: 'implemented', stage: 'stable', 'latest-milestone': '"v1.20"', milestone: '\n  alpha: "v1.24"\n  beta: "v1.25"\n  stable: "v1.26"' })
// The approval covers alpha and beta: stable was never reviewed.
const APPROVAL = 'kep-number: 42\nalpha:\n  approver: "@deads2k"\nbeta:\n  approver: "@deads2k"\n'

function pullRequest(): { origin: string; workspace: string; baseSha: string; headSha: string } {
  const origin = writeRepo({ [KEP]: BETA, 'keps/sig-node/42-pod-overhead/README.md': readme('Pod Overhead'), ...TEMPLATE, 'keps/prod-readiness/sig-node/42.yaml': APPROVAL })
  initRepo(origin)
  const baseSha = git(origin, 'rev-parse', 'HEAD').trim()
  git(origin, 'checkout', '-q', '-b', 'feature')
  writeFileSync(join(origin, KEP), STABLE_BACK)
  git(origin, 'commit', '-q', '-am', 'stable, in v1.20')
  const headSha = git(origin, 'rev-parse', 'HEAD').trim()
  const workspace = mkdtempSync(join(tmpdir(), 'kep-ws-'))
  git(workspace, 'clone', '-q', origin, '.')
  git(workspace, 'checkout', '-q', headSha)
  return { origin, workspace, baseSha, headSha }
}

interface Problem {
  rule: string
  severity: string
  message: string
  preexisting?: string
}

describe('stable without a stable production readiness approval, by moving latest-milestone back', () => {
  it('fails check --base: the approval is required by the base milestone, and the milestone moved back', () => {
    const { origin } = pullRequest()
    const result = spawnSync(process.execPath, [CLI, 'check', '--base', 'main', '--preset', 'kubernetes', '--format', 'json'], { cwd: origin, encoding: 'utf8' })
    const problems = (JSON.parse(result.stdout) as { problems: Problem[] }).problems
    expect(problems.map(p => [p.rule, p.severity, p.preexisting])).toEqual([
      ['prod-readiness', 'error', undefined],
      ['milestone-moved-back/latest-milestone', 'error', undefined]
    ])
    expect(problems[0].message).toContain('(latest-milestone was "v1.25" at the base: the review applies, whatever the change sets it to)')
    expect(result.status).toBe(1)
  })

  it('fails the pull request in the action', async () => {
    const { workspace, baseSha, headSha } = pullRequest()
    const run = await runAction({ workspace, inputs: { preset: 'kubernetes' }, event: { name: 'pull_request', payload: pullRequestPayload(7, baseSha, headSha) } })
    expect(run.stdout).toContain('::error title=prod-readiness')
    expect(run.stdout).toContain('::error title=milestone-moved-back/latest-milestone')
    expect(run.code).toBe(1)
  })

  it('an audit of the same KEP, with no base to judge by, keeps the relaxation of KEPs finished before v1.21', () => {
    const { origin } = pullRequest()
    const result = spawnSync(process.execPath, [CLI, 'check', '--preset', 'kubernetes', '--format', 'json'], { cwd: origin, encoding: 'utf8' })
    const problems = (JSON.parse(result.stdout) as { problems: Problem[] }).problems
    expect(problems.map(p => [p.rule, p.severity])).toEqual([['prod-readiness', 'warning']])
    expect(result.status).toBe(0)
  })
})
