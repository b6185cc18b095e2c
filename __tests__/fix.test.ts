import { afterAll, describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runCli } from '../src/cli/run.js'
import { todayUtc } from '../src/rules/change/last-updated.js'
import { git, initRepo } from './helpers/git.js'
import { kepYaml, readme } from './helpers/kepYaml.js'
import { fields, frontMatterKep, lineOf, removeRepos, writeRepo } from './helpers/repo.js'

afterAll(removeRepos)

async function cli(cwd: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, { cwd, stdout: text => void (stdout += text), stderr: text => void (stderr += text) })
  return { code, stdout, stderr }
}

const crlf = (text: string): string => text.replace(/\n/g, '\r\n')
const read = (root: string, file: string): string => readFileSync(join(root, file), 'utf8')

const OLD = 'sig-node/0007-old-overhead.md'
const NEW = 'sig-node/0042-pod-overhead.md'

/** KEP-42: every fix of a KEP in one file, in CRLF, with comments and quotes that must stay as they are. */
const slips = crlf(
  frontMatterKep(
    [
      'kep-number: 42',
      'title: Pod Overhead   # the short name',
      'authors:',
      '  - name: Jane Doe',
      '    github: "@janedoe"   # as on GitHub',
      'owning-sig: sig-node',
      'reviewers: TBD',
      'approvers: TBD',
      'editor: TBD',
      'creation-date: 2024-1-5',
      "last-updated: '2024-3-1'",
      'status: aproved # after the review',
      'replaces:',
      '  - KEP-7'
    ].join('\n')
  )
)
const slipsFixed = slips
  .replace('github: "@janedoe"', 'github: "janedoe"')
  .replace('creation-date: 2024-1-5', 'creation-date: 2024-01-05')
  .replace("last-updated: '2024-3-1'", "last-updated: '2024-03-01'")
  .replace('status: aproved #', 'status: Approved #')

/** KEP-7: replaced by KEP-42, which it does not say yet. */
const old = frontMatterKep(fields({ 'kep-number': '7', title: 'Old Overhead', status: 'Replaced  # by the new one' }))
const oldFixed = old.replace('status: Replaced  # by the new one\n', 'status: Replaced  # by the new one\nsuperseded-by:\n  - KEP-42\n')

describe('check --fix', () => {
  it('fixes every safe fix in place, bytes outside the fixed spans unchanged (comments, quotes, CRLF), creates the index, and the result passes check', async () => {
    const root = writeRepo({ [NEW]: slips, [OLD]: old })
    const before = await cli(root, 'check')
    expect(before.code).toBe(1)

    const { code, stdout } = await cli(root, 'check', '--fix')
    expect(read(root, NEW)).toBe(slipsFixed)
    expect(read(root, OLD)).toBe(oldFixed)
    expect(existsSync(join(root, 'index.md'))).toBe(true)
    expect(stdout).toContain(`${NEW}:13:9  fixed  schema/status  status "aproved" is not one of`)
    expect(stdout).toContain(`${NEW}:11:16  fixed  schema/creation-date`)
    expect(stdout).toContain(`${NEW}:15:5  fixed  replaces-reciprocal`)
    expect(stdout).toContain('index.md:1:1  fixed  index-stale  index.md is missing')
    expect(stdout).toMatch(/created index\.md\n/)
    expect(stdout).toContain(`wrote ${OLD}\nwrote ${NEW}\n`)
    expect(stdout).toContain('✓ 2 KEPs checked, no problems')
    expect(code).toBe(0)

    const after = await cli(root, 'check')
    expect(after.stdout).toContain('✓ 2 KEPs checked, no problems')
    expect(after.code).toBe(0)
  })

  it('--fix-dry-run prints the diff and writes nothing', async () => {
    const root = writeRepo({ [NEW]: slips, [OLD]: old })
    const { code, stdout } = await cli(root, 'check', '--fix-dry-run')
    expect(read(root, NEW)).toBe(slips)
    expect(read(root, OLD)).toBe(old)
    expect(existsSync(join(root, 'index.md'))).toBe(false)
    expect(stdout).toContain(`--- a/${NEW}\n+++ b/${NEW}\n`)
    expect(stdout).toContain("-creation-date: 2024-1-5\n-last-updated: '2024-3-1'\n-status: aproved # after the review\n+creation-date: 2024-01-05\n+last-updated: '2024-03-01'\n+status: Approved # after the review\n")
    expect(stdout).toContain(' status: Replaced  # by the new one\n+superseded-by:\n+  - KEP-42\n')
    expect(stdout).toContain('--- a/index.md\n+++ b/index.md\n')
    expect(stdout).toContain('7 problems would be fixed in 3 files (nothing was written')
    // What would remain after the fixes: nothing.
    expect(stdout).toContain('✓ 2 KEPs checked, no problems')
    expect(code).toBe(0)
  })

  it('fixes that touch the same place wait for the next pass: two KEPs replacing one get both entries', async () => {
    const other = frontMatterKep(fields({ 'kep-number': '43', title: 'Pod Overhead Two', replaces: '\n  - KEP-7' }))
    const root = writeRepo({ [NEW]: frontMatterKep(fields({ replaces: '\n  - KEP-7' })), 'sig-node/0043-pod-overhead-two.md': other, [OLD]: old })
    const { code, stdout } = await cli(root, 'check', '--fix', '--no-index')
    expect(read(root, OLD)).toBe(old.replace('status: Replaced  # by the new one\n', 'status: Replaced  # by the new one\nsuperseded-by:\n  - KEP-42\n  - KEP-43\n'))
    expect(stdout).toContain('Fixed 2 problems in 1 file')
    expect(code).toBe(0)
  })

  it('a status no allowed value is uniquely closest to is left to the author', async () => {
    const kep = frontMatterKep(fields({ status: 'Xyzzy' }))
    const root = writeRepo({ [NEW]: kep })
    const { code, stdout } = await cli(root, 'check', '--fix', '--no-index')
    expect(read(root, NEW)).toBe(kep)
    expect(stdout).toContain('Nothing to fix')
    expect(stdout).toContain('schema/status')
    expect(code).toBe(1)
  })

  it('with --base, a change of the metadata updates last-updated to the day of the change', async () => {
    const kep = (approvers: string, updated: string): string => frontMatterKep(fields({ approvers, 'last-updated': updated }))
    const root = writeRepo({ [NEW]: kep('TBD', '2024-01-20  # keep this comment') })
    initRepo(root)
    git(root, 'checkout', '-q', '-b', 'topic')
    const approver = '\n  - name: Jo Doe\n    github: jodoe'
    writeFileSync(join(root, NEW), kep(approver, '2024-01-20  # keep this comment'))
    const today = todayUtc()
    const warned = await cli(root, 'check', '--base', 'main', '--no-index')
    expect(warned.stdout).toContain('last-updated  this change edits approvers but last-updated is still 2024-01-20')

    const { stdout } = await cli(root, 'check', '--base', 'main', '--no-index', '--fix')
    const written = read(root, NEW)
    // The clock may pass midnight between the two readings.
    expect([today, todayUtc()].map(date => kep(approver, `${date}  # keep this comment`))).toContain(written)
    expect(stdout).toContain('fixed  last-updated')
    expect(stdout).toContain('no problems')
  })

  it('kubernetes kep.yaml in CRLF: a handle gets its @, quoted, in the KEP and in its approval file; a bare number becomes the path', async () => {
    const KEP = 'keps/sig-node/42-pod-overhead/kep.yaml'
    const OLD_KEP = 'keps/sig-apps/6090-old-thing/kep.yaml'
    const PRR = 'keps/prod-readiness/sig-node/42.yaml'
    const kep = crlf(kepYaml({ authors: '\n  - "@janedoe"\n  - johnbelamaric   # co-author', 'see-also': "\n  - '6090'" }))
    const prr = crlf('kep-number: 42\nalpha:\n  approver: deads2k # PRR\n')
    const root = writeRepo({
      [KEP]: kep,
      'keps/sig-node/42-pod-overhead/README.md': readme('Pod Overhead'),
      [OLD_KEP]: kepYaml({ 'kep-number': '6090', title: 'Old thing', 'owning-sig': 'sig-apps' }),
      'keps/sig-apps/6090-old-thing/README.md': readme('Old thing'),
      [PRR]: prr
    })
    const { stdout } = await cli(root, 'check', '--preset', 'kubernetes', '--fix')
    expect(read(root, KEP)).toBe(kep.replace('  - johnbelamaric   # co-author', '  - "@johnbelamaric"   # co-author').replace("  - '6090'", "  - '/keps/sig-apps/6090-old-thing'"))
    expect(read(root, PRR)).toBe(prr.replace('approver: deads2k # PRR', 'approver: "@deads2k" # PRR'))
    expect(stdout).toContain('Fixed 3 problems in 2 files')
    const remains = stdout.slice(stdout.indexOf('what remains:'))
    expect(remains).not.toContain('handle-at')
    expect(remains).not.toContain('reference-form')
  })

  it('makes no fix in a file that does not parse: an unclosed quote could put an edit inside the string', async () => {
    // The quoted title runs on to the next quote, two lines down; the date and the status below still read as fixable.
    const broken = frontMatterKep(fields({ title: '"Pod Overhead', authors: '\n  - name: Jane Doe\n    github: "@janedoe"', 'creation-date': '2024-1-5', status: 'aproved' }))
    const root = writeRepo({ [NEW]: broken })
    const { code, stdout } = await cli(root, 'check', '--fix', '--no-index')
    expect(read(root, NEW)).toBe(broken)
    expect(stdout).toContain('Nothing to fix')
    expect(stdout).toContain('yaml-syntax')
    expect(code).toBe(1)
  })

  it('keeps every byte it does not fix: a Latin-1 byte in a comment, and a byte order mark before a fix on line 1', async () => {
    const KEP = 'keps/sig-node/42-pod-overhead/kep.yaml'
    const text = kepYaml({ 'creation-date': '2024-1-15', authors: '\n  - janedoe   # Jos\u00e9 wrote it' })
      .replace(/^/, 'creation-date: 2024-1-15\n')
      .replace(/\ncreation-date: 2024-1-15\n/, '\n')
    const latin1 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'latin1')])
    const root = writeRepo({ [KEP]: latin1, 'keps/sig-node/42-pod-overhead/README.md': '# Pod Overhead\n' })
    const { stdout } = await cli(root, 'check', '--preset', 'kubernetes', '--fix', '--no-index')
    const expected = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text.replace('creation-date: 2024-1-15', 'creation-date: 2024-01-15').replace('  - janedoe', '  - "@janedoe"'), 'latin1')])
    expect(readFileSync(join(root, KEP))).toEqual(expected)
    expect(stdout).toContain('Fixed 2 problems in 1 file')
  })

  it('applies a status did-you-mean only where it cannot change the state: "imlpemented" is fixed, "implementing" only suggested', async () => {
    const KEP = 'keps/sig-node/42-pod-overhead/kep.yaml'
    const OTHER = 'keps/sig-node/43-other/kep.yaml'
    const swapped = kepYaml({ status: 'imlpemented', stage: 'stable', milestone: '\n  alpha: "v1.30"\n  stable: "v1.30"' })
    const inProgress = kepYaml({ 'kep-number': '43', title: 'Other', status: 'implementing' })
    const root = writeRepo({ [KEP]: swapped, 'keps/sig-node/42-pod-overhead/README.md': '# Pod Overhead\n', [OTHER]: inProgress, 'keps/sig-node/43-other/README.md': '# Other\n' })
    const dry = await cli(root, 'check', '--preset', 'kubernetes', '--fix-dry-run', '--no-index')
    expect(dry.stdout).toContain('-status: imlpemented\n+status: implemented\n')
    expect(dry.stdout).toContain(`1 suggested fix not applied: each may change what the author meant`)
    expect(dry.stdout).toContain(`${OTHER}:${lineOf(inProgress, 'status:')}:9  suggestion  schema/status  status "implementing" is not one of`)
    expect(dry.stdout).toContain('  - status: implementing\n  + status: implemented\n')

    const { stdout } = await cli(root, 'check', '--preset', 'kubernetes', '--fix', '--no-index')
    expect(read(root, KEP)).toBe(swapped.replace('status: imlpemented', 'status: implemented'))
    expect(read(root, OTHER)).toBe(inProgress)
    expect(stdout).toContain('fixed  schema/status  status "imlpemented"')
    expect(stdout).toContain('  - status: implementing\n  + status: implemented\n')
    expect(stdout.slice(stdout.indexOf('what remains:'))).toContain('schema/status  status "implementing"')
  })

  it('with --base, correcting an impossible creation-date is no change of it, and --fix does not write the impossible date back', async () => {
    const kep = (date: string): string => frontMatterKep(fields({ 'creation-date': date }))
    const root = writeRepo({ [NEW]: kep('2023-14-05') })
    initRepo(root)
    git(root, 'checkout', '-q', '-b', 'topic')
    writeFileSync(join(root, NEW), kep('2023-05-14'))
    const checked = await cli(root, 'check', '--base', 'main', '--no-index')
    expect(checked.stdout).not.toContain('creation-date-changed')
    expect(checked.code).toBe(0)
    await cli(root, 'check', '--base', 'main', '--no-index', '--fix')
    expect(read(root, NEW)).toBe(kep('2023-05-14'))
  })

  it('--fix and --fix-dry-run belong to check, one at a time', async () => {
    const root = writeRepo({ [NEW]: frontMatterKep(fields()) })
    expect((await cli(root, 'check', '--fix', '--fix-dry-run')).stderr).toContain('--fix and --fix-dry-run exclude each other')
    expect((await cli(root, 'index', '--fix')).stderr).toContain('--fix and --fix-dry-run belong to the check command')
  })
})
