import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

function lint(...files: string[]) {
  const result = spawnSync(process.execPath, ['scripts/lint-actions.mjs', ...files], { encoding: 'utf8' })
  return { code: result.status, output: result.stdout + result.stderr }
}

describe('action.yml and the workflows, checked by GitHub\'s own parser', () => {
  it('are valid', () => {
    const { code, output } = lint()
    expect(output).toContain('action.yml: ok')
    expect(output).toContain('.github/workflows/example.yml: ok')
    expect(output).toContain('.github/workflows/release.yml: ok')
    for (const workflow of readdirSync('.github/workflows')) expect(output).toContain(`.github/workflows/${workflow}: ok`)
    expect(code).toBe(0)
  })

  it('would catch a broken action.yml', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lint-'))
    const broken = join(dir, 'action.yml')
    writeFileSync(broken, readFileSync('action.yml', 'utf8').replace('using: node24', 'using: node99'))
    const { code, output } = lint(broken)
    expect(output).toMatch(/Unexpected value 'node99'/)
    expect(code).toBe(1)
  })

  it('declares every input the action reads, with a description and a default', () => {
    const action = readFileSync('action.yml', 'utf8')
    const sources = ['src/action/inputs.ts'].map(file => readFileSync(file, 'utf8')).join('\n')
    const read = [...sources.matchAll(/optional\('([a-z-]+)'\)/g)].map(match => match[1])
    expect(read.length).toBeGreaterThan(5)
    for (const name of new Set(read)) expect([name, action.includes(`\n  ${name}:\n    description:`)]).toEqual([name, true])
  })
})
