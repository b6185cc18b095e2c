import { describe, expect, it } from '@jest/globals'
import { ESLint } from 'eslint'
import { fileURLToPath } from 'node:url'

/** The repository's own eslint configuration, run through eslint's Node API on sample sources. */
const REPO = fileURLToPath(new URL('..', import.meta.url))
const eslint = new ESLint({ cwd: REPO })

async function problems(path: string, code: string): Promise<Array<{ line: number; message: string }>> {
  const [result] = await eslint.lintText(code, { filePath: `${REPO}/${path}` })
  return result.messages.filter(message => message.ruleId === '@typescript-eslint/no-restricted-imports').map(message => ({ line: message.line, message: message.message }))
}

const SAMPLE = `import type { Settings } from '../../config/settings.js'
import { createKep } from '../../author/newKep.js'
import { readRepository } from '../../validate/readRepository.js'
import { loadSettings } from '../../config/settings.js'
import type { ProposalContext } from '../proposal.js'
import { isKepPath } from '../../read/findKepFiles.js'
export type Used = [Settings, typeof createKep, typeof readRepository, typeof loadSettings, ProposalContext, typeof isKepPath]
`

describe('a preset imports nothing from the floors above it', () => {
  it("fails a preset's import of author/, config/ or validate/, and keeps the rule that only loadRules loads rules files", async () => {
    const found = await problems('src/presets/sample/newSample.ts', SAMPLE)
    expect(found.map(problem => problem.line)).toEqual([1, 2, 3, 4, 4])
    expect(found[0].message).toMatch(/a preset imports nothing from the floors above it .*ProposalContext/)
    expect(found.some(problem => /loaded by config\/loadRules\.ts only/.test(problem.message))).toBe(true)
  })

  it('leaves the same imports alone above the presets (author/)', async () => {
    const found = await problems('src/author/sample.ts', SAMPLE.replaceAll('../../', '../').replace("'../proposal.js'", "'../presets/proposal.js'"))
    expect(found.map(problem => problem.line)).toEqual([4])
  })
})
