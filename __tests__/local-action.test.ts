import { afterAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { initRepo } from './helpers/git.js'
import { fields, frontMatterKep, removeRepos, writeRepo } from './helpers/repo.js'

afterAll(removeRepos)

const ACTION_DIR = fileURLToPath(new URL('..', import.meta.url))
const LOCAL_ACTION = join(ACTION_DIR, 'node_modules/@github/local-action/bin/local-action.js')

/**
 * GitHub's own runner simulator (@github/local-action) runs src/main.ts's run() from the
 * sources, with @actions/core and @actions/github replaced by its stubs: what the entry
 * split (src/index.ts calls run()) is for.
 */
describe('the action under @github/local-action', () => {
  it('checks a scenario repository, annotating the file and setting the outputs', async () => {
    const scenario = writeRepo({
      'keps/sig-node/0001-a.md': frontMatterKep(fields({ 'kep-number': '1', title: 'A', status: 'Bogus' })),
      'keps/sig-node/0002-b.md': frontMatterKep(fields({ 'kep-number': '2', title: 'B' }))
    })
    initRepo(scenario)
    const env = join(scenario, '.env')
    writeFileSync(env, ['INPUT_ROOT=keps', 'INPUT_INDEX=none', 'INPUT_CHECK-RUN=never', 'GITHUB_EVENT_NAME=push', 'GITHUB_REPOSITORY=kubernetes/enhancements', `GITHUB_SHA=${'0'.repeat(40)}`, `GITHUB_WORKSPACE=${scenario}`].join('\n'))
    // The simulator sets up its own loader; jest's --experimental-vm-modules is not for it.
    const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_OPTIONS'))
    const { code, stdout } = await new Promise<{ code: number; stdout: string }>(resolve => {
      execFile(process.execPath, [LOCAL_ACTION, 'run', '.', 'src/main.ts', env], { cwd: ACTION_DIR, env: inherited, timeout: 120_000 }, (error, stdout, stderr) =>
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout: stdout + stderr })
      )
    })
    expect(stdout).toContain('push: checking every KEP under "keps"')
    expect(stdout).toMatch(/::error title=schema\/status,file=keps\/sig-node\/0001-a\.md,line=\d+,endLine=\d+,col=9,endColumn=13::status "Bogus" is not one of/)
    expect(stdout).toContain('::set-output name=errors::1')
    expect(stdout).toContain('::set-output name=index-state::off')
    expect(stdout).toMatch(/::error::KEP metadata has problems/)
    // The simulator reports the failure in its log and exits 0 all the same.
    expect(code).toBe(0)
  }, 120_000)
})
