import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { git, initRepo } from './helpers/git.js'
import { kepYaml, readme, TEMPLATE } from './helpers/kepYaml.js'
import { removeRepos, writeRepo } from './helpers/repo.js'

afterAll(removeRepos)

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
const KEP = 'keps/sig-node/42-pod-overhead/kep.yaml'
const APPROVAL = 'keps/prod-readiness/sig-node/42.yaml'
const APPROVED = 'kep-number: 42\nalpha:\n  approver: "@prr"\n'

interface Report {
  problems: Array<{ file: string; rule: string; preexisting?: string }>
  summary: { errors: number; preexisting: number; checked: number }
}

function check(root: string, ...args: string[]): { code: number; report: Report } {
  try {
    return { code: 0, report: JSON.parse(execFileSync(process.execPath, [CLI, 'check', '--preset', 'kubernetes', '--format', 'json', ...args], { cwd: root, encoding: 'utf8' })) }
  } catch (error) {
    const { status, stdout } = error as { status: number; stdout: string }
    return { code: status, report: JSON.parse(stdout) }
  }
}

/** kubernetes/enhancements in small: KEP 42, implementable at alpha, approved for alpha; a branch "pr" for the change. */
function repository(approval: string | undefined = APPROVED): string {
  const files: Record<string, string> = { [KEP]: kepYaml(), 'keps/sig-node/42-pod-overhead/README.md': readme('Pod Overhead'), ...TEMPLATE }
  if (approval !== undefined) files[APPROVAL] = approval
  const root = writeRepo(files)
  initRepo(root)
  git(root, 'checkout', '-q', '-b', 'pr')
  return root
}

describe('production readiness approvals changed by a pull request', () => {
  it('checks again the KEP whose approval the pull request deletes', () => {
    const root = repository()
    expect(check(root).code).toBe(0)
    rmSync(join(root, APPROVAL))
    git(root, 'commit', '-q', '-am', 'drop the approval')
    const { code, report } = check(root, '--base', 'main')
    expect(report.problems.map(p => [p.file, p.rule, p.preexisting])).toEqual([[KEP, 'prod-readiness', undefined]])
    expect(report.summary.checked).toBe(1)
    expect(code).toBe(1)
  })

  it('checks the approval file the pull request breaks', () => {
    const root = repository()
    writeFileSync(join(root, APPROVAL), APPROVED.replace('42', '43'))
    git(root, 'commit', '-q', '-am', 'break the approval')
    const { code, report } = check(root, '--base', 'main')
    expect(report.problems.map(p => [p.file, p.rule])).toEqual([[APPROVAL, 'prod-readiness-schema/kep-number']])
    expect(code).toBe(1)
  })

  it("leaves the approval's old problems uncounted when the pull request only touches it", () => {
    const root = repository(APPROVED.replace('42', '43'))
    writeFileSync(join(root, APPROVAL), `${APPROVED.replace('42', '43')}# reviewed again\n`)
    git(root, 'commit', '-q', '-am', 'touch the approval')
    const { code, report } = check(root, '--base', 'main')
    expect(report.problems.map(p => [p.file, p.rule, p.preexisting])).toEqual([[APPROVAL, 'prod-readiness-schema/kep-number', 'base']])
    expect(code).toBe(0)
    expect(check(root, '--base', 'main', '--all-problems').code).toBe(1)
  })

  it('counts an approval removed from a KEP that had one only at the base', () => {
    const root = repository()
    writeFileSync(join(root, APPROVAL), 'kep-number: 42\nbeta:\n  approver: "@prr"\n')
    git(root, 'commit', '-q', '-am', 'approve beta instead of alpha')
    const { report } = check(root, '--base', 'main')
    expect(report.problems.map(p => [p.file, p.rule, p.preexisting])).toEqual([[KEP, 'prod-readiness', undefined]])
  })

  it('a stage moved back (beta → alpha) is one problem: not also "ask for an alpha approval"', () => {
    const beta = 'kep-number: 42\nbeta:\n  approver: "@prr"\n'
    const files = { [KEP]: kepYaml({ stage: 'beta', milestone: '\n  alpha: "v1.29"\n  beta: "v1.30"' }), [APPROVAL]: beta, 'keps/sig-node/42-pod-overhead/README.md': readme('Pod Overhead'), ...TEMPLATE }
    const root = writeRepo(files)
    initRepo(root)
    writeFileSync(join(root, KEP), kepYaml({ stage: 'alpha', milestone: '\n  alpha: "v1.29"\n  beta: "v1.30"' }))
    const { code, report } = check(root, '--base', 'HEAD')
    expect(report.problems.map(p => [p.file, p.rule])).toEqual([[KEP, 'stage-transition']])
    expect(code).toBe(1)
  })

  it('checks an approval file named on the command line as an approval, not as a KEP', () => {
    const root = repository(APPROVED.replace('42', '43'))
    const { code, report } = check(root, APPROVAL)
    expect(report.problems.map(p => [p.file, p.rule])).toEqual([[APPROVAL, 'prod-readiness-schema/kep-number']])
    expect(report.summary.checked).toBe(0)
    expect(code).toBe(1)
  })
})
