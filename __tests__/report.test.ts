import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { runCli } from '../src/cli/run.js'
import { fields, frontMatterKep, removeRepos, writeRepo } from './helpers/repo.js'

afterAll(removeRepos)

const DAY = 24 * 60 * 60
const T0 = Date.UTC(2024, 0, 1, 12) / 1000

function commitAt(root: string, seconds: number, message: string): void {
  const date = `${seconds} +0000`
  const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@x', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@x', GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_CONFIG_NOSYSTEM: '1', HOME: root }
  execFileSync('git', ['add', '-A'], { cwd: root, env })
  execFileSync('git', ['commit', '-q', '-m', message], { cwd: root, env })
}

function kep(number: number, title: string, status: string, author: string, summary: string, sig = 'sig-node'): string {
  return frontMatterKep(
    fields({ 'kep-number': String(number), title, status, 'owning-sig': sig, authors: `\n  - name: ${author}\n    github: ${author}` }),
    `# ${title}\n\n## Summary\n\n${summary}\nSecond line of it.\n\nAnother paragraph.\n\n## Motivation\n\nWhy.\n`
  )
}

function write(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), text)
  }
}

/** A history with known answers: A Draft 10 days, Approved 90; B Draft 100 days then Rejected; C new on day 100. */
function history(): string {
  const root = writeRepo({})
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: root })
  write(root, {
    'sig-node/0001-a.md': kep(1, 'A', 'Draft', 'alice', 'A does *this*.'),
    'sig-apps/0002-b.md': kep(2, 'B', 'Draft', 'bob', 'B does that.', 'sig-apps')
  })
  commitAt(root, T0, 'A and B')
  write(root, { 'sig-node/0001-a.md': kep(1, 'A', 'Approved', 'alice', 'A does *this*.') })
  commitAt(root, T0 + 10 * DAY, 'A approved')
  execFileSync('git', ['tag', 'v1'], { cwd: root })
  write(root, {
    'sig-node/0001-a.md': kep(1, 'A', 'Final', 'alice', 'A does *this*.'),
    'sig-apps/0002-b.md': kep(2, 'B', 'Rejected', 'bob', 'B does that.', 'sig-apps'),
    'sig-node/0003-c.md': kep(3, 'C', 'Draft', 'carol', 'C is new.')
  })
  commitAt(root, T0 + 100 * DAY, 'A final, B rejected, C')
  return root
}

async function cli(root: string, ...args: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, { cwd: root, stdout: text => (stdout += text), stderr: text => (stderr += text) })
  return { code, stdout, stderr }
}

describe('kep-validator report', () => {
  it('metrics: per status and SIG, time in each state from the history, outcomes, first-time authors', async () => {
    const root = history()
    const { code, stdout } = await cli(root, 'report', 'metrics', '--format', 'json', '--no-index')
    expect(code).toBe(0)
    const metrics = JSON.parse(stdout)
    expect(metrics).toEqual({
      asOf: new Date((T0 + 100 * DAY) * 1000).toISOString(),
      keps: 3,
      byStatus: { Final: 1, Rejected: 1, Draft: 1 },
      bySig: { 'sig-apps': { Rejected: 1 }, 'sig-node': { Final: 1, Draft: 1 } },
      timeInState: {
        Draft: { keps: 3, medianDays: 10, meanDays: 36.7 },
        Approved: { keps: 1, medianDays: 90, meanDays: 90 },
        Rejected: { keps: 1, medianDays: 0, meanDays: 0 },
        Final: { keps: 1, medianDays: 0, meanDays: 0 }
      },
      rejectionRate: 0.333,
      ended: { Rejected: 1, Withdrawn: 0, Replaced: 0 },
      authors: 3,
      firstTimeAuthors: [
        { quarter: '2024-Q1', authors: 2 },
        { quarter: '2024-Q2', authors: 1 }
      ]
    })
  })

  it('metrics as markdown, with mermaid charts', async () => {
    const { stdout } = await cli(history(), 'report', 'metrics')
    expect(stdout).toContain('```mermaid\npie showData\n  "Draft" : 1\n  "Final" : 1\n  "Rejected" : 1\n```')
    expect(stdout).toContain('| `Draft` | 3 | 10 | 36.7 |')
    expect(stdout).toContain('x-axis ["2024-Q1", "2024-Q2"]')
    expect(stdout).toContain('Rejection rate: 33.3% of all KEPs.')
  })

  it('follows a KEP across a rename', async () => {
    const root = history()
    execFileSync('git', ['mv', 'sig-apps/0002-b.md', 'sig-apps/0002-b-renamed.md'], { cwd: root })
    commitAt(root, T0 + 110 * DAY, 'rename B')
    const metrics = JSON.parse((await cli(root, 'report', 'metrics', '--format', 'json')).stdout)
    // Ten more days: C stays a Draft, B stays Rejected, under its new name.
    expect(metrics.timeInState.Draft).toEqual({ keps: 3, medianDays: 10, meanDays: 40 })
    expect(metrics.timeInState.Rejected).toEqual({ keps: 1, medianDays: 10, meanDays: 10 })
  })

  it('release-notes: the KEPs whose status changed since a tag, by SIG, with the first paragraph of their Summary', async () => {
    const { code, stdout } = await cli(history(), 'report', 'release-notes', '--since', 'v1')
    expect(code).toBe(0)
    expect(stdout).toBe(
      [
        '## Enhancements since v1',
        '',
        '3 KEPs changed status.',
        '',
        '### sig-apps',
        '',
        '- **KEP-2: B** (Draft → Rejected) — B does that. Second line of it.',
        '',
        '### sig-node',
        '',
        '- **KEP-1: A** (Approved → Final) — A does this. Second line of it.',
        '- **KEP-3: C** (new, Draft) — C is new. Second line of it.',
        ''
      ].join('\n')
    )
  })

  it('release-notes needs --since, and a REF that exists', async () => {
    expect((await cli(history(), 'report', 'release-notes')).stderr).toMatch(/needs --since REF/)
    expect((await cli(history(), 'report', 'release-notes', '--since', 'nope')).code).toBe(2)
  })

  it('roadmap: the KEPs in flight by SIG and state', async () => {
    const { stdout } = await cli(history(), 'report', 'roadmap', '--format', 'json')
    expect(JSON.parse(stdout).roadmap).toEqual([{ sig: 'sig-node', state: 'Draft', file: 'sig-node/0003-c.md', number: 3, title: 'C' }])
  })
})

describe('metrics in the action', () => {
  it('are published in the job summary on a push to the default branch', async () => {
    const { runAction } = await import('./helpers/runAction.js')
    const root = history()
    const push = (ref: string) => ({ name: 'push', payload: { ref, repository: { default_branch: 'main' } } })
    const onMain = await runAction({ workspace: root, inputs: { metrics: 'true', index: 'none' }, event: push('refs/heads/main') })
    expect(onMain.summary).toContain('## KEP metrics')
    expect(onMain.summary).toContain('| `Draft` | 3 | 10 | 36.7 |')
    const onBranch = await runAction({ workspace: root, inputs: { metrics: 'true', index: 'none' }, event: push('refs/heads/feature') })
    expect(onBranch.summary).not.toContain('## KEP metrics')
  })

  it('fetch the history a shallow checkout lacks (actions/checkout fetches one commit), or say they were not computed', async () => {
    const { runAction } = await import('./helpers/runAction.js')
    const push = { name: 'push', payload: { ref: 'refs/heads/main', repository: { default_branch: 'main' } } }
    const shallow = (): string => {
      const workspace = writeRepo({})
      execFileSync('git', ['clone', '-q', '--depth=1', `file://${history()}`, '.'], { cwd: workspace })
      return workspace
    }
    const deepened = await runAction({ workspace: shallow(), inputs: { metrics: 'true', index: 'none' }, event: push })
    expect(deepened.stdout).toContain('the checkout is shallow; fetching the whole history')
    expect(deepened.summary).toContain('| `Draft` | 3 | 10 | 36.7 |')

    const cutOff = shallow()
    execFileSync('git', ['remote', 'remove', 'origin'], { cwd: cutOff })
    // The fixture's numbered Draft and Rejected KEPs are errors of their own (number-assigned); the step's verdict is not what this is about.
    const unfetched = await runAction({ workspace: cutOff, inputs: { metrics: 'true', index: 'none', 'fail-on': 'never' }, event: push })
    expect(unfetched.stdout).toMatch(/::warning::kep-validator did not compute the KEP metrics: the checkout is shallow and the rest of its history could not be fetched/)
    expect(unfetched.summary).toContain('## KEP metrics\n\nNot computed: `the checkout is shallow')
    expect(unfetched.summary).not.toContain('Median days')
    expect(unfetched.code).toBe(0)
  })
})
