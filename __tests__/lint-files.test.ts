import { describe, expect, it } from '@jest/globals'
import { ESLint } from 'eslint'
import { fileURLToPath } from 'node:url'

/** The repository's own eslint configuration, run through eslint's Node API on sample sources. */
const REPO = fileURLToPath(new URL('..', import.meta.url))
const eslint = new ESLint({ cwd: REPO })

async function problems(path: string, code: string): Promise<Array<{ rule: string | null; line: number; message: string }>> {
  const [result] = await eslint.lintText(code, { filePath: `${REPO}/${path}` })
  return result.messages.map(message => ({ rule: message.ruleId, line: message.line, message: message.message }))
}

const SAMPLE = `import { readFileSync } from 'node:fs'
import { readFile } from 'fs/promises'
export { statSync } from 'fs'
import { writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
export const all = [readFileSync, readFile, writeFile, createRequire]
export async function later(): Promise<unknown> {
  return import('node:fs')
}
`

describe('one way to touch a file: eslint forbids the file system outside src/files/', () => {
  it('fails every import of fs, fs/promises (with or without node:), node:module and a dynamic import, naming the module to use', async () => {
    const found = await problems('src/validate/sample.ts', SAMPLE)
    const fileSystem = found.filter(problem => /only through src\/files\//.test(problem.message))
    expect(fileSystem.map(problem => [problem.line, problem.rule])).toEqual([
      [1, 'no-restricted-imports'],
      [2, 'no-restricted-imports'],
      [3, 'no-restricted-imports'],
      [4, 'no-restricted-imports'],
      [5, 'no-restricted-imports'],
      [8, 'no-restricted-syntax']
    ])
    expect(fileSystem[0].message).toMatch(/'node:fs' import is restricted .*Files are read and written only through src\/files\/ \(Files, filesSource, readNamedFile\)/)
  })

  it('fails require() of the file system', async () => {
    const found = await problems('src/cli/sample.ts', "import fs = require('fs')\nexport const again = require('node:fs')\nexport { fs }\n")
    expect(found.filter(problem => /only through src\/files\//.test(problem.message)).map(problem => problem.line)).toEqual([1, 1, 2])
  })

  it('allows the file system in src/files/, the one module that touches files', async () => {
    expect(await problems('src/files/sample.ts', "import { readFileSync } from 'node:fs'\nexport const read = readFileSync\n")).toEqual([])
  })

  it('allows other node modules anywhere', async () => {
    expect(await problems('src/validate/sample.ts', "import { join } from 'node:path'\nexport const path = join\n")).toEqual([])
  })
})
