import { afterAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ParallelOptions } from '../src/read/parallel/readInParallel.js'
import { validate } from '../src/validate/validate.js'
import { loadSettings } from '../src/config/settings.js'
import { FileSystemTree } from '../src/tree/fileSystemTree.js'
import { BODY, enhancement } from './helpers/openshift.js'
import { fields, frontMatterKep, removeRepos, writeRepo } from './helpers/repo.js'

afterAll(removeRepos)

const WORKER = fileURLToPath(new URL('../dist/read-worker.js', import.meta.url))
const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url))

/** KEPs of every kind the reader meets: valid, broken YAML, fenced, binary, metadata past the first head, hostile keys. */
function varietyOfKeps(): Record<string, string | Buffer> {
  const files: Record<string, string | Buffer> = {}
  for (let n = 1; n <= 12; n++) files[`sig-node/${String(n).padStart(4, '0')}-kep-${n}.md`] = frontMatterKep(fields({ 'kep-number': String(n), title: `KEP ${n}` }))
  files['sig-node/0013-bad-status.md'] = frontMatterKep(fields({ 'kep-number': '13', status: 'draft' }))
  files['sig-node/0014-yaml-error.md'] = frontMatterKep(fields({ 'kep-number': '14', 'participating-sigs': '\n  - `kubernetes-wide`' }))
  files['sig-node/0015-proto.md'] = frontMatterKep(`${fields({ 'kep-number': '15' })}\n__proto__: x\n[a, b]: 1`)
  files['sig-node/0016-binary.md'] = Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0xff, 0x0a])
  files['sig-node/0017-fenced.md'] = `# KEP\n\n## Metadata\n\n\`\`\`yaml\n---\n${fields({ 'kep-number': '17', status: 'Bogus' })}\n\`\`\`\n`
  files['sig-node/0018-behind-comment.md'] = `# KEP\n\n## Metadata\n<!-- note\n\`\`\`yaml\n---\n${fields({ 'kep-number': '18' })}\n\`\`\`\n-->\n`
  files['sig-node/0019-deep.md'] = `# KEP\n\n${'filler text\n'.repeat(3000)}\n## Metadata\n\n\`\`\`\n---\n${fields({ 'kep-number': '19', 'creation-date': '2024-13-45' })}\n\`\`\`\n`
  files['sig-node/0020-no-metadata.md'] = '# Just a title\n'
  return files
}

async function checkWith(root: string, options: ParallelOptions) {
  const settings = await loadSettings({ root, indexFile: null })
  return (await validate(settings, { head: new FileSystemTree(root), ...options })).diagnostics
}

describe('reading on worker threads', () => {
  it('finds exactly what one thread finds, at the same lines, for every kind of KEP', async () => {
    const root = writeRepo(varietyOfKeps())
    const serial = await checkWith(root, { jobs: 1 })
    const log: string[] = []
    const parallel = await checkWith(root, { jobs: 3, workerScript: WORKER, log: message => log.push(message) })
    expect(log).toEqual(['read worker 1 read 7 KEPs', 'read worker 2 read 6 KEPs'])
    expect(serial.map(d => d.rule)).toEqual(expect.arrayContaining(['schema/status', 'yaml-syntax', 'schema/unknown-field', 'file-unreadable', 'metadata-missing', 'schema/creation-date']))
    expect(parallel).toEqual(serial)
  })

  it('carries outlines across threads, for presets whose rules read the body (openshift)', async () => {
    const files: Record<string, string> = {}
    for (let n = 1; n <= 6; n++) files[`enhancements/installer/idea-${n}.md`] = enhancement({ title: `idea-${n}` }, n % 2 === 0 ? BODY : '# Idea\n\n## Summary\n')
    const root = writeRepo(files)
    const settings = await loadSettings({ root, preset: 'openshift' })
    const serial = (await validate(settings, { head: new FileSystemTree(root), jobs: 1 })).diagnostics
    const log: string[] = []
    const parallel = (await validate(settings, { head: new FileSystemTree(root), jobs: 3, workerScript: WORKER, log: message => log.push(message) })).diagnostics
    expect(log).toEqual(['read worker 1 read 2 KEPs', 'read worker 2 read 2 KEPs'])
    expect(serial.filter(d => d.rule === 'required-sections').map(d => d.file)).toEqual(['enhancements/installer/idea-1.md', 'enhancements/installer/idea-3.md', 'enhancements/installer/idea-5.md'])
    expect(parallel).toEqual(serial)
  })

  it("reads a failed worker's share on this thread: nothing is skipped", async () => {
    const root = writeRepo(varietyOfKeps())
    const broken = join(root, 'broken-worker.mjs')
    writeFileSync(broken, "throw new Error('the worker broke')\n")
    const exiting = join(root, 'exiting-worker.mjs')
    writeFileSync(exiting, 'process.exit(3)\n')
    const serial = await checkWith(root, { jobs: 1 })
    const log: string[] = []
    expect(await checkWith(root, { jobs: 2, workerScript: broken, log: message => log.push(message) })).toEqual(serial)
    expect(await checkWith(root, { jobs: 2, workerScript: exiting, log: message => log.push(message) })).toEqual(serial)
    expect(log).toEqual([
      expect.stringMatching(/^read worker 1 failed \(Error: the worker broke\); its 10 KEPs were read on the main thread$/),
      'read worker 1 failed (the read worker exited with code 3 before answering); its 10 KEPs were read on the main thread'
    ])
  })
})

describe("the CLI's --jobs", () => {
  function run(args: string[]) {
    const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '' } })
    return { code: result.status, stdout: result.stdout, stderr: result.stderr }
  }

  it('gives the same report with two threads as with one', () => {
    const root = writeRepo(varietyOfKeps())
    const one = run(['check', '--root', root, '--format', 'json', '--jobs', '1'])
    const two = run(['check', '--root', root, '--format', 'json', '--jobs', '2'])
    expect(one.code).toBe(1)
    expect(JSON.parse(one.stdout).summary.checked).toBe(20)
    // Nothing on stderr: the bundled worker was found, and it answered.
    expect(two).toEqual(one)
    expect(two.stderr).toBe('')
  })

  it.each([['0'], ['two'], ['1.5']])('rejects --jobs %s', jobs => {
    const { code, stderr } = run(['check', '--jobs', jobs])
    expect(code).toBe(2)
    expect(stderr).toContain(`--jobs must be a whole number from 1 to 64, not "${jobs}"`)
  })
})
