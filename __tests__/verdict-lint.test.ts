import { describe, expect, it } from '@jest/globals'
import { ESLint } from 'eslint'
import { fileURLToPath } from 'node:url'

/**
 * One source of the verdict is a structure eslint holds (eslint.config.mjs): outside config/,
 * no module loads a rules file but through config/loadRules.ts, and no RuleSource is made but
 * there — by an import or by a cast.
 */

const ROOT = fileURLToPath(new URL('..', import.meta.url))

async function lint(file: string, code: string): Promise<string[]> {
  const [result] = await new ESLint({ cwd: ROOT }).lintText(code, { filePath: `${ROOT}${file}` })
  return result.messages.map(m => `${m.ruleId}: ${m.message}`)
}

describe('the lint rules of one source of the verdict', () => {
  it('forbid loading the configuration or the baseline outside config/', async () => {
    const messages = await lint('src/cli/sneaky.ts', "import { loadSettings } from '../config/settings.js'\nimport { readBaseline } from '../config/baselineFile.js'\nexport const load = [loadSettings, readBaseline]\n")
    expect(messages).toEqual([
      expect.stringMatching(/^@typescript-eslint\/no-restricted-imports: 'loadSettings' import .*config\/loadRules\.ts only/),
      expect.stringMatching(/^@typescript-eslint\/no-restricted-imports: 'readBaseline' import/)
    ])
  })

  it('forbid making a RuleSource outside config/loadRules.ts, by import or by cast', async () => {
    const code = "import { rulesAsTheyAre, type RuleSource } from '../config/ruleSource.js'\nexport const a = rulesAsTheyAre\nexport const b = {} as RuleSource\n"
    const messages = await lint('src/action/sneaky.ts', code)
    expect(messages).toEqual([
      expect.stringMatching(/^@typescript-eslint\/no-restricted-imports: 'rulesAsTheyAre' import/),
      expect.stringMatching(/^no-restricted-syntax: a RuleSource is made by config\/loadRules\.ts only, never by a cast/)
    ])
    expect(await lint('src/config/other.ts', "import { rulesOfBase } from './ruleSource.js'\nexport const c = rulesOfBase\n")).toEqual([expect.stringMatching(/'rulesOfBase' import/)])
  })

  it('allow what config/loadRules.ts does, and the types everywhere', async () => {
    expect(await lint('src/config/loadRules.ts', "import { rulesAsTheyAre, rulesOfBase } from './ruleSource.js'\nexport const d = [rulesAsTheyAre, rulesOfBase]\n")).toEqual([])
    expect(await lint('src/main.ts', "import type { Settings } from './config/settings.js'\nimport { loadRules } from './config/loadRules.js'\nexport type S = Settings\nexport const e = loadRules\n")).toEqual([])
  })
})
