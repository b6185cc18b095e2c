import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { today } from '../src/author/kepText.js'
import { runCli } from '../src/cli/run.js'
import { git, initRepo } from './helpers/git.js'
import { kepYaml, readme } from './helpers/kepYaml.js'
import { fields, frontMatterKep, removeRepos, writeRepo } from './helpers/repo.js'

// git config is read from the repositories only: not from the machine's user.
const saved = { global: process.env.GIT_CONFIG_GLOBAL, nosystem: process.env.GIT_CONFIG_NOSYSTEM }
beforeAll(() => {
  process.env.GIT_CONFIG_GLOBAL = '/dev/null'
  process.env.GIT_CONFIG_NOSYSTEM = '1'
})
afterAll(() => {
  for (const [key, value] of [
    ['GIT_CONFIG_GLOBAL', saved.global],
    ['GIT_CONFIG_NOSYSTEM', saved.nosystem]
  ] as const) {
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
  }
  removeRepos()
})

async function cli(root: string, ...args: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, { cwd: root, stdout: text => (stdout += text), stderr: text => (stderr += text) })
  return { code, stdout, stderr }
}

const read = (root: string, file: string): string => readFileSync(join(root, file), 'utf8')
const TODAY = today()
const DRAFT = `draft-${TODAY.replaceAll('-', '')}`
const TEMPLATE = readFileSync(new URL('../examples/keps/0000-kep-template.md', import.meta.url), 'utf8')
// kubernetes/enhancements' own template, where the corpus is (see kubernetes.test.ts); the built-in one otherwise.
const K8S_TEMPLATE = join(process.env.KEP_CORPUS ?? fileURLToPath(new URL('../../shared/corpus/kubernetes-enhancements', import.meta.url)), 'keps/NNNN-kep-template')
const REAL_TEMPLATE = existsSync(K8S_TEMPLATE)

/** A KEP-1 repository under git with KEPs 1, 2 and 5, a draft, KEP-1's template and a fresh index. */
async function kep0001Repository(): Promise<string> {
  const root = writeRepo({
    '0000-kep-template.md': TEMPLATE,
    'sig-architecture/0001-process.md': frontMatterKep(fields({ 'kep-number': '1', title: 'Process', 'owning-sig': 'sig-architecture', status: 'Final' })),
    'sig-node/0002-pod-overhead.md': frontMatterKep(fields({ 'kep-number': '2' })),
    'sig-node/0005-swap.md': frontMatterKep(fields({ 'kep-number': '5', title: 'Swap' })),
    // Comments, quoting and a CRLF line ending that promote must keep.
    'sig-apps/draft-20240115-job-api.md': `---\r\nkep-number: draft-20240115 # the draft\r\ntitle: "Job API"\r\nauthors:\r\n  - name: Jane Doe\r\n    github: janedoe\r\nowning-sig: sig-apps\r\nreviewers: TBD\r\napprovers: TBD\r\neditor: TBD\r\ncreation-date: 2024-01-15\r\nstatus: 'Draft'\r\n---\r\n\r\n# Job API\r\n`
  })
  expect((await cli(root, 'index', '--write')).code).toBe(0)
  initRepo(root)
  git(root, 'config', 'github.user', 'jdoe')
  git(root, 'config', 'user.name', 'Jo Doe')
  return root
}

/** A kubernetes/enhancements repository under git with KEPs 42 and 1539, with the real template or none. */
function kubernetesRepository(withTemplate = false): string {
  const template: Record<string, string> = withTemplate ? { 'keps/NNNN-kep-template/kep.yaml': read(K8S_TEMPLATE, 'kep.yaml'), 'keps/NNNN-kep-template/README.md': read(K8S_TEMPLATE, 'README.md') } : {}
  const root = writeRepo({
    ...template,
    'keps/sig-node/42-pod-overhead/kep.yaml': `${kepYaml({ status: 'provisional' })}# PRR answers\ndisable-supported: true\n`,
    'keps/sig-node/42-pod-overhead/README.md': readme('KEP-42: Pod Overhead'),
    'keps/sig-storage/1539-hugepages/kep.yaml': kepYaml({ 'kep-number': '1539', title: 'Hugepages', 'owning-sig': 'sig-storage', status: 'provisional' }),
    'keps/prod-readiness/sig-node/42.yaml': 'kep-number: 42\nalpha:\n  approver: "@prr"\nbeta:\n  approver: "@prr"\n'
  })
  initRepo(root)
  return root
}

describe('kep-validator new', () => {
  it("kep-0001: creates the SIG's draft from the template, the author from git config, the index updated, and check passes", async () => {
    const root = await kep0001Repository()
    const { code, stdout } = await cli(root, 'new', '--sig', 'sig-network', '--title', 'Gateway API: v2')
    const file = `sig-network/${DRAFT}-gateway-api-v2.md`
    expect(stdout).toContain(`created ${file} from 0000-kep-template.md: kep-number ${DRAFT}, status Draft\nupdated index.md\n`)
    expect(code).toBe(0)
    const text = read(root, file)
    expect(text).toBe(
      TEMPLATE.replace('draft-YYYYMMDD', DRAFT)
        .replace('title: My First KEP', 'title: "Gateway API: v2"')
        .replace('name: Jane Doe\n    github: janedoe', 'name: Jo Doe\n    github: jdoe')
        .replace('sig-xyz', 'sig-network')
        .replace('yyyy-mm-dd', TODAY)
        .replace('# Title', '# Gateway API: v2')
    )
    expect(read(root, 'index.md')).toContain(`| ${DRAFT} | [Gateway API: v2](${file}) | Draft | Jo Doe (@jdoe) | ${TODAY} |  |`)
    expect(await cli(root, 'check')).toMatchObject({ code: 0, stdout: expect.stringContaining('5 KEPs checked, no problems') })
  })

  it('names the authors given, and asks for one when git config has none', async () => {
    const root = await kep0001Repository()
    const { code, stdout } = await cli(root, 'new', '--sig', 'sig-node', '--title', 'Two Authors', '--author', '@alice', '--author', 'jdoe')
    expect(code).toBe(0)
    expect(read(root, `sig-node/${DRAFT}-two-authors.md`)).toContain('authors:\n  - name: alice\n    github: alice\n  - name: Jo Doe\n    github: jdoe\n')
    expect(stdout).toContain('created')
    git(root, 'config', '--unset', 'github.user')
    const refused = await cli(root, 'new', '--sig', 'sig-node', '--title', 'Nobody')
    expect(refused.code).toBe(2)
    expect(refused.stderr).toBe('kep-validator: who is the author? Pass --author @handle (a GitHub handle), or set yours once: git config --global github.user HANDLE\n')
    expect(existsSync(join(root, `sig-node/${DRAFT}-nobody.md`))).toBe(false)
  })

  it.each([
    ['keps/NNNN-kep-template', true],
    ['the built-in template', false]
  ])('kubernetes: the next free number, the folder of kep.yaml and README.md, %s filled in, and check passes', async (template, withTemplate) => {
    if (withTemplate && !REAL_TEMPLATE) return console.log(`skipped: no kubernetes/enhancements corpus at ${K8S_TEMPLATE}`)
    const root = kubernetesRepository(withTemplate)
    const { code, stdout } = await cli(root, 'new', '--preset', 'kubernetes', '--sig', 'sig-node', '--title', 'Pod Resize', '--author', '@jdoe', '--milestone', 'v1.35')
    expect(stdout).toMatch(new RegExp(`^created keps/sig-node/1540-pod-resize/kep.yaml from ${template}: kep-number 1540, status provisional\n`))
    expect(code).toBe(0)
    const kep = read(root, 'keps/sig-node/1540-pod-resize/kep.yaml')
    for (const line of [
      'title: Pod Resize',
      'kep-number: 1540',
      'authors:\n  - "@jdoe"\n',
      'owning-sig: sig-node',
      'status: provisional',
      `creation-date: ${TODAY}`,
      'stage: alpha',
      'latest-milestone: "v1.35"',
      'milestone:\n  alpha: "v1.35"\n'
    ]) {
      expect(kep).toContain(line)
    }
    expect(kep).not.toMatch(/sig-aaa|jane\.doe|alice\.doe|v1\.19|NNNN/)
    expect(read(root, 'keps/sig-node/1540-pod-resize/README.md')).toMatch(/^# KEP-1540: Pod Resize$/m)
    expect((await cli(root, 'check', '--preset', 'kubernetes')).code).toBe(0)
  })

  it('kubernetes: asks for the release, and refuses a state a KEP does not start in', async () => {
    const root = kubernetesRepository()
    expect((await cli(root, 'new', '--preset', 'kubernetes', '--sig', 'sig-node', '--title', 'X', '--author', 'a')).stderr).toContain('pass --milestone vX.Y')
    expect((await cli(root, 'new', '--preset', 'kubernetes', '--sig', 'sig-node', '--title', 'X', '--author', 'a', '--milestone', 'v1.35', '--status', 'implemented')).stderr).toContain(
      'a new KEP starts as provisional or implementable in the kubernetes lifecycle, not implemented'
    )
  })
})

describe('kep-validator promote', () => {
  it('kep-0001: Draft → Approved assigns the next free number, renames the file with git mv, keeps every other byte, and the pull request passes', async () => {
    const root = await kep0001Repository()
    const before = read(root, 'sig-apps/draft-20240115-job-api.md')
    const { code, stdout } = await cli(root, 'promote', 'sig-apps/draft-20240115-job-api.md', '--status', 'Approved')
    expect(stdout).toBe(`promoted sig-apps/draft-20240115-job-api.md\n  status: Draft → Approved\n  kep-number: draft-20240115 → 6\n  last-updated: (none) → ${TODAY}\n  moved to sig-apps/0006-job-api.md (git mv)\nupdated index.md\n`)
    expect(code).toBe(0)
    expect(existsSync(join(root, 'sig-apps/draft-20240115-job-api.md'))).toBe(false)
    const after = read(root, 'sig-apps/0006-job-api.md')
    expect(after).toBe(before.replace('draft-20240115 #', '6 #').replace("status: 'Draft'", "status: 'Approved'").replace('creation-date: 2024-01-15\r\n', `creation-date: 2024-01-15\r\nlast-updated: ${TODAY}\r\n`))
    expect(read(root, 'index.md')).toContain('| 6 | [Job API](sig-apps/0006-job-api.md) | Approved |')
    // As CI sees the branch: a rename with an allowed transition and the next number, not a deletion.
    const pullRequest = await cli(root, 'check', '--base', 'HEAD', '--format', 'json')
    expect(JSON.parse(pullRequest.stdout)).toMatchObject({ problems: [], keps: [{ file: 'sig-apps/0006-job-api.md', kind: 'renamed', previousFile: 'sig-apps/draft-20240115-job-api.md', from: 'Draft', to: 'Approved' }] })
    expect(pullRequest.code).toBe(0)
  })

  it('kep-0001: refuses a move the lifecycle does not allow, with its reason, and writes nothing', async () => {
    const root = await kep0001Repository()
    const before = read(root, 'sig-apps/draft-20240115-job-api.md')
    const refused = await cli(root, 'promote', 'sig-apps/draft-20240115-job-api.md', '--status', 'Final')
    expect(refused).toEqual({ code: 2, stdout: '', stderr: 'kep-validator: status cannot change from Draft to Final, which the kep-0001 lifecycle does not allow: Draft may change only to Approved, Deferred, Rejected, Withdrawn\n' })
    expect((await cli(root, 'promote', 'sig-architecture/0001-process.md', '--status', 'final')).stderr).toContain('status "final" is not one of Draft, Deferred, Approved, Rejected, Withdrawn, Final, Replaced; did you mean "Final"?')
    expect(read(root, 'sig-apps/draft-20240115-job-api.md')).toBe(before)
    expect(git(root, 'status', '--porcelain')).toBe('')
  })

  it("kep-0001: moves a KEP into its status's folder and back out", async () => {
    const root = await kep0001Repository()
    const deferred = await cli(root, 'promote', 'sig-apps/draft-20240115-job-api.md', '--status', 'Deferred')
    expect(deferred.stdout).toContain('moved to sig-apps/deferred/draft-20240115-job-api.md (git mv)')
    expect((await cli(root, 'check', '--base', 'HEAD')).code).toBe(0)
    const resumed = await cli(root, 'promote', 'sig-apps/deferred/draft-20240115-job-api.md', '--status', 'Draft')
    expect(resumed.stdout).toContain('moved to sig-apps/draft-20240115-job-api.md (git mv)')
    expect((await cli(root, 'check', '--base', 'HEAD')).code).toBe(0)
  })

  it('kubernetes: a stage moves on with its milestone, only the changed values are rewritten, and check passes', async () => {
    const root = kubernetesRepository()
    const before = read(root, 'keps/sig-node/42-pod-overhead/kep.yaml')
    const { code, stdout } = await cli(root, 'promote', '--preset', 'kubernetes', 'keps/sig-node/42-pod-overhead', '--stage', 'beta', '--status', 'implementable', '--milestone', 'v1.31')
    expect(stdout).toBe(
      `promoted keps/sig-node/42-pod-overhead/kep.yaml\n  status: provisional → implementable\n  stage: alpha → beta\n  latest-milestone: v1.30 → v1.31\n  milestone.beta: (none) → v1.31\n  last-updated: (none) → ${TODAY}\n`
    )
    expect(code).toBe(0)
    const after = read(root, 'keps/sig-node/42-pod-overhead/kep.yaml')
    expect(after).toBe(
      before
        .replace('stage: alpha', 'stage: beta')
        .replace('latest-milestone: "v1.30"', 'latest-milestone: "v1.31"')
        .replace('  alpha: "v1.30"\n', '  alpha: "v1.30"\n  beta: "v1.31"\n')
        .replace('creation-date: 2024-01-15\n', `creation-date: 2024-01-15\nlast-updated: ${TODAY}\n`)
        .replace('status: provisional', 'status: implementable')
    )
    expect(after).toContain('# PRR answers\ndisable-supported: true\n')
    expect((await cli(root, 'check', '--preset', 'kubernetes', '--base', 'HEAD')).code).toBe(0)
  })

  it('kubernetes: refuses a stage that regresses and a status the lifecycle does not allow', async () => {
    const root = kubernetesRepository()
    writeFileSync(join(root, 'keps/sig-node/42-pod-overhead/kep.yaml'), kepYaml({ stage: 'beta' }))
    expect((await cli(root, 'promote', '--preset', 'kubernetes', 'keps/sig-node/42-pod-overhead', '--stage', 'alpha')).stderr).toBe(
      'kep-validator: stage cannot change from beta to alpha, which the kubernetes lifecycle does not allow: beta may change only to stable, deprecated, disabled, removed\n'
    )
    writeFileSync(join(root, 'keps/sig-node/42-pod-overhead/kep.yaml'), kepYaml({ status: 'rejected' }))
    expect((await cli(root, 'promote', '--preset', 'kubernetes', 'keps/sig-node/42-pod-overhead/kep.yaml', '--status', 'implementable')).stderr).toBe(
      'kep-validator: status cannot change from rejected to implementable, which the kubernetes lifecycle does not allow: rejected is final: it may not change\n'
    )
  })

  it('kubernetes: says what check still requires after an allowed move (a production readiness approval)', async () => {
    const root = kubernetesRepository()
    const { code, stdout } = await cli(root, 'promote', '--preset', 'kubernetes', 'keps/sig-storage/1539-hugepages', '--status', 'implementable')
    expect(stdout).toContain('kep-validator check still reports:')
    expect(stdout).toContain('prod-readiness  status is implementable but keps/prod-readiness/sig-storage/1539.yaml does not exist')
    expect(code).toBe(1)
  })
})
