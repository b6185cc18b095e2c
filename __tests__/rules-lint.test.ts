import { describe, expect, it } from '@jest/globals'
import { ESLint } from 'eslint'
import { fileURLToPath } from 'node:url'

/**
 * Rules know no preset, a structure eslint holds (eslint.config.mjs): nothing in src/rules/
 * imports src/presets/ — a preset's own rules reach the rule registry from the preset registry
 * (addRules). The entry that says so for src/rules/ keeps the verdict's restrictions too.
 */

const ROOT = fileURLToPath(new URL('..', import.meta.url))

async function lint(file: string, code: string): Promise<string[]> {
  const [result] = await new ESLint({ cwd: ROOT }).lintText(code, { filePath: `${ROOT}${file}` })
  return result.messages.map(m => `${m.ruleId}: ${m.message}`)
}

describe('the lint rule that rules know no preset', () => {
  it('forbids an import of src/presets/ in src/rules/, of a value or a type', async () => {
    expect(await lint('src/rules/sneaky.ts', "import { presets } from '../presets/registry.js'\nexport const p = presets\n")).toEqual([expect.stringMatching(/^@typescript-eslint\/no-restricted-imports: .*rules know no preset/)])
    expect(await lint('src/rules/kep/sneaky.ts', "import type { Preset } from '../../presets/preset.js'\nexport type P = Preset\n")).toEqual([expect.stringMatching(/rules know no preset/)])
  })

  it('forbids an import of the floors above the rules (config/, validate/), even of a type', async () => {
    expect(await lint('src/rules/sneaky.ts', "import type { Settings } from '../config/settings.js'\nexport type S = Settings\n")).toEqual([expect.stringMatching(/rules know no preset and nothing above them/)])
    expect(await lint('src/rules/kep/sneaky.ts', "import type { ValidationRequest } from '../../validate/request.js'\nexport type V = ValidationRequest\n")).toEqual([expect.stringMatching(/nothing above them/)])
  })

  it("keeps the verdict's restrictions in src/rules/", async () => {
    expect(await lint('src/rules/kep/sneaky.ts', "import { loadSettings } from '../../config/settings.js'\nexport const l = loadSettings\n")).toEqual(
      expect.arrayContaining([expect.stringMatching(/'loadSettings' import .*config\/loadRules\.ts only/)])
    )
  })

  it('allows the presets above the rules to import them, and the rules to import each other', async () => {
    expect(await lint('src/presets/sneaky.ts', "import { addRules } from '../rules/registry.js'\nexport const a = addRules\n")).toEqual([])
    expect(await lint('src/rules/kep/fine.ts', "import { kepRule } from '../rule.js'\nexport const k = kepRule\n")).toEqual([])
  })
})
