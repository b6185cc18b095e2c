import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { git, initRepo } from './helpers/git.js'
import { fields, frontMatterKep, removeRepos, writeRepo } from './helpers/repo.js'
import { pullRequestPayload, runAction } from './helpers/runAction.js'

afterAll(removeRepos)

const FILE = 'sig-node/0042-pod-overhead.md'
const ALL_OFF = 'rules:\n  status-transition: "off"\n  number-assigned: "off"\n'

/** main: KEP 42 Approved; a branch that moves it back to Draft and, in the same pull request, switches the rules that catch it off. */
function pullRequestThatChangesItsRules(): { workspace: string; baseSha: string; headSha: string } {
  const origin = writeRepo({ [FILE]: frontMatterKep(fields({ status: 'Approved' })) })
  initRepo(origin)
  const baseSha = git(origin, 'rev-parse', 'HEAD').trim()
  git(origin, 'checkout', '-q', '-b', 'feature')
  writeFileSync(join(origin, FILE), frontMatterKep(fields({ status: 'Draft' })))
  writeFileSync(join(origin, '.kep-validator.yml'), ALL_OFF)
  git(origin, 'add', '-A')
  git(origin, 'commit', '-q', '-m', 'back to Draft, and no rule to say so')
  const headSha = git(origin, 'rev-parse', 'HEAD').trim()
  const workspace = mkdtempSync(join(tmpdir(), 'kep-ws-'))
  git(workspace, 'clone', '-q', origin, '.')
  git(workspace, 'checkout', '-q', headSha)
  return { workspace, baseSha, headSha }
}

describe('the rules a change is judged by', () => {
  it("are the base commit's for a pull request: a configuration it adds does not switch off what catches it", async () => {
    const { workspace, baseSha, headSha } = pullRequestThatChangesItsRules()
    const run = await runAction({ workspace, inputs: { index: 'none' }, event: { name: 'pull_request', payload: pullRequestPayload(7, baseSha, headSha) } })
    expect(run.stdout).toContain('::error title=status-transition')
    expect(run.stdout).toMatch(/::notice::this pull request changes \.kep-validator\.yml: it is judged by the rules of its base \([0-9a-f]{7}\); the rules it proposes apply once it is merged/)
    expect(run.code).toBe(1)
  })

  it("are the checkout's for a push, which is already on the branch", async () => {
    const { workspace, baseSha, headSha } = pullRequestThatChangesItsRules()
    const run = await runAction({ workspace, inputs: { index: 'none' }, event: { name: 'push', payload: { ref: 'refs/heads/feature', before: baseSha, after: headSha, repository: { default_branch: 'main' } } } })
    expect(run.stdout).not.toContain('title=status-transition')
    expect(run.stdout).not.toContain('::notice::this pull request changes')
    expect(run.code).toBe(0)
  })

  it('are never read through a link: a configuration linked to a system file is refused, its target unread', async () => {
    const workspace = writeRepo({ [FILE]: frontMatterKep(fields()) })
    symlinkSync('/etc/passwd', join(workspace, '.kep-validator.yml'))
    const run = await runAction({ workspace, inputs: { index: 'none' }, event: { name: 'workflow_dispatch', payload: {} } })
    expect(run.stdout).toMatch(/::error::kep-validator could not check the KEPs: .*symbolic link/)
    expect(run.stdout).not.toContain('root:')
    expect(run.code).toBe(1)
  })

  it('never come from outside the workspace: a schema path to a system file is refused without showing the file', async () => {
    const workspace = writeRepo({ [FILE]: frontMatterKep(fields()) })
    const run = await runAction({ workspace, inputs: { index: 'none', schema: '/etc/passwd' }, event: { name: 'workflow_dispatch', payload: {} } })
    expect(run.stdout).toMatch(/::error::kep-validator could not check the KEPs: .*\/etc\/passwd is outside the workspace/)
    expect(run.stdout).not.toContain('root:')
    expect(run.code).toBe(1)
  })
})
