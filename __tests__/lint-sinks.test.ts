import { describe, expect, it } from '@jest/globals'
import { ESLint } from 'eslint'
import { fileURLToPath } from 'node:url'

const REPOSITORY = fileURLToPath(new URL('..', import.meta.url))

/** The rules that fire on a sample, as the repository's eslint.config.mjs lints it at `path`. */
async function lint(path: string, source: string): Promise<Array<{ line: number; rule: string | null; message: string }>> {
  const eslint = new ESLint({ cwd: REPOSITORY })
  const [result] = await eslint.lintText(source, { filePath: `${REPOSITORY}${path}` })
  return result.messages.map(({ line, ruleId, message }) => ({ line, rule: ruleId, message }))
}

describe('the lint rules of "one way to say a thing" (eslint.config.mjs)', () => {
  it('forbid writing to the log, the job summary, the terminal or GitHub any other way than through their writers', async () => {
    const sample = [
      "import * as core from '@actions/core'",
      "import { stdout } from 'node:process'",
      "core.info('x')",
      "console.log('x')",
      "process.stdout.write('x')",
      "process.stderr.write('x')",
      "core.summary.addRaw('x')",
      "stdout.write('x')",
      'declare const client: { rest: { pulls: { createReview(x: object): void }; checks: { update(x: object): void } } }',
      'client.rest.pulls.createReview({})',
      'client.rest.checks.update({})'
    ].join('\n')
    const found = await lint('src/action/sample.ts', sample)
    expect(found.map(({ line, rule }) => [line, rule])).toEqual([
      [1, 'no-restricted-imports'],
      [2, 'no-restricted-imports'],
      [4, 'no-restricted-properties'],
      [5, 'no-restricted-properties'],
      [6, 'no-restricted-properties'],
      [7, 'no-restricted-properties'],
      [10, 'no-restricted-syntax'],
      [11, 'no-restricted-syntax']
    ])
    // Each message says what to use instead.
    expect(found[0].message).toContain('src/format/workflowCommands.ts')
    expect(found[0].message).toContain('src/action/jobSummary.ts')
    expect(found[2].message).toContain('src/cli/io.ts')
    expect(found[5].message).toContain('writeSummary of src/action/jobSummary.ts')
    expect(found[6].message).toContain('createReview or updateReview of src/github/')
    expect(found[7].message).toContain('createCheckRun')
  })

  it('lets each writer do what it is for and nothing else', async () => {
    expect(await lint('src/format/workflowCommands.ts', "import { info } from '@actions/core'\ninfo('x')\n")).toEqual([])
    expect((await lint('src/format/workflowCommands.ts', "import { summary } from '@actions/core'\nsummary.addRaw('x')\n")).map(m => m.rule)).toEqual(['no-restricted-imports'])
    expect(await lint('src/action/jobSummary.ts', "import { summary } from '@actions/core'\nsummary.addRaw('x')\n")).toEqual([])
    expect((await lint('src/action/jobSummary.ts', "import { info } from '@actions/core'\ninfo('x')\n")).map(m => m.rule)).toEqual(['no-restricted-imports'])
    expect((await lint('src/action/inputs.ts', "import { getInput, info } from '@actions/core'\ninfo(getInput('x'))\n")).map(m => m.rule)).toEqual(['no-restricted-imports'])
    expect(await lint('src/cli/io.ts', "process.stdout.write('x')\n")).toEqual([])
    expect((await lint('src/cli/io.ts', "console.log('x')\n")).map(m => m.rule)).toEqual(['no-restricted-properties'])
    expect((await lint('src/github/createReview.ts', 'declare const client: { rest: { checks: { create(x: object): void } } }\nclient.rest.checks.create({})\n')).map(m => m.rule)).toEqual(['no-restricted-syntax'])
  })
})
