import { afterAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { readInputs, type ActionInputs } from '../src/action/inputs.js'
import { publish } from '../src/action/publish.js'
import { loadSettings } from '../src/config/settings.js'
import { FileSystemTree } from '../src/tree/fileSystemTree.js'
import { validate } from '../src/validate/validate.js'
import { fields, frontMatterKep, removeRepos, writeRepo } from './helpers/repo.js'

afterAll(removeRepos)

function lint(...files: string[]) {
  const result = spawnSync(process.execPath, ['scripts/lint-actions.mjs', ...files], { encoding: 'utf8' })
  return { code: result.status, output: result.stdout + result.stderr }
}

interface ActionYml {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>
  outputs: Record<string, { description: string }>
}

const action = parse(readFileSync('action.yml', 'utf8')) as ActionYml
const declaredInputs = Object.keys(action.inputs).sort()
const declaredOutputs = Object.keys(action.outputs).sort()

/** Runs `body` with the environment as the runner would set it, recording every variable the code reads. */
async function withEnvironment<T>(variables: Record<string, string>, body: () => T | Promise<T>): Promise<{ value: T; read: Set<string> }> {
  const original = process.env
  const read = new Set<string>()
  const env: NodeJS.ProcessEnv = { ...Object.fromEntries(Object.entries(original).filter(([name]) => !name.startsWith('INPUT_') && name !== 'GITHUB_OUTPUT' && name !== 'GITHUB_STEP_SUMMARY')), ...variables }
  process.env = new Proxy(env, {
    get(target, name) {
      if (typeof name === 'string') read.add(name)
      return Reflect.get(target, name)
    }
  })
  try {
    return { value: await body(), read }
  } finally {
    process.env = original
  }
}

/** The names of the inputs a run of readInputs() asks @actions/core for (core reads INPUT_<NAME>). */
function inputNames(read: Set<string>): string[] {
  return [...read]
    .filter(name => name.startsWith('INPUT_'))
    .map(name => name.slice('INPUT_'.length).toLowerCase())
    .sort()
}

/** The runner's environment for these inputs: INPUT_<NAME>, spaces made underscores, upper case. */
function inputEnvironment(inputs: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.replace(/ /g, '_').toUpperCase()}`, value]))
}

/** The rows of the table of the action's page (docs/action.md) under the header line `| <first> |`, as arrays of cells. */
function readmeTable(first: string): string[][] {
  const readme = readFileSync('docs/action.md', 'utf8').split('\n')
  const start = readme.findIndex(line => new RegExp(`^\\| ${first} \\|`).test(line))
  expect(start).toBeGreaterThan(-1)
  const rows: string[][] = []
  for (let i = start + 2; i < readme.length && readme[i].startsWith('|'); i++) {
    rows.push(
      readme[i]
        .slice(1, -1)
        .split(' | ')
        .map(cell => cell.trim())
    )
  }
  return rows
}

/** The names a README cell gives in code spans: "`errors`, `warnings`" is two. */
function codeSpans(cell: string): string[] {
  return [...cell.matchAll(/`([^`]+)`/g)].map(match => match[1])
}

describe("action.yml and the workflows, checked by GitHub's own parser", () => {
  it('are valid', () => {
    const { code, output } = lint()
    const workflows = readdirSync('.github/workflows')
      .filter(name => /\.ya?ml$/.test(name))
      .sort()
    expect(workflows).toContain('example.yml')
    // Every file the linter reads, each parsed without an error.
    expect(output.trim().split('\n').sort()).toEqual(['action.yml: ok', ...workflows.map(name => `.github/workflows/${name}: ok`)].sort())
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
    rmSync(dir, { recursive: true, force: true })
    expect(output).toMatch(/Unexpected value 'node99'/)
    expect(code).toBe(1)
  })
})

describe('action.yml declares what the code reads and sets', () => {
  it('declares every input the action reads, and reads every input it declares, each with a description', async () => {
    const { read } = await withEnvironment({}, () => readInputs())
    expect(inputNames(read)).toEqual(declaredInputs)
    for (const name of declaredInputs) {
      expect([name, typeof action.inputs[name].description === 'string' && action.inputs[name].description.length > 0]).toEqual([name, true])
      // No input is required: each has a default in action.yml, or in the code when it is empty.
      expect([name, action.inputs[name].required]).toEqual([name, false])
      expect([name, typeof action.inputs[name].default]).toEqual([name, 'string'])
    }
    // The scrape this test once was, kept as a cross-check of the run.
    const scraped = [...readFileSync('src/action/inputs.ts', 'utf8').matchAll(/(?:optional|booleanInput)\('([a-z-]+)'[,)]/g)].map(match => match[1])
    expect([...new Set(scraped)].sort()).toEqual(declaredInputs)
  })

  it('documents in docs/action.md the inputs action.yml declares, with the defaults action.yml sets', () => {
    const rows = readmeTable('input')
    const documented = Object.fromEntries(rows.map(([name, byDefault]) => [codeSpans(name)[0], byDefault]))
    expect(Object.keys(documented).sort()).toEqual(declaredInputs)
    for (const name of declaredInputs) {
      // A default that is one literal value is action.yml's; one the README describes (the
      // preset's, the configuration's, none) is left empty in action.yml for the code to settle.
      const literal = /^`([^`]+)`$/.exec(documented[name])?.[1]
      expect([name, action.inputs[name].default]).toEqual([name, literal ?? ''])
    }
  })

  it('falls back, for an input left empty, to what action.yml declares as its default', async () => {
    const defaults = Object.fromEntries(declaredInputs.map(name => [name, action.inputs[name].default!]))
    // The runner evaluates ${{ github.token }}; any token stands for it.
    defaults.token = 'ghs_token'
    const { value: withDefaults } = await withEnvironment(inputEnvironment(defaults), () => readInputs())
    const { value: empty } = await withEnvironment(inputEnvironment({ token: 'ghs_token' }), () => readInputs())
    expect(withDefaults).toEqual(empty)
    const expected: ActionInputs = {
      token: 'ghs_token',
      root: undefined,
      preset: undefined,
      config: undefined,
      sigs: undefined,
      lifecycle: undefined,
      schema: undefined,
      index: undefined,
      failOn: 'error',
      checkRun: 'auto',
      checkName: 'KEP metadata',
      metrics: false,
      onlyNew: true,
      baseline: undefined,
      suggestions: false,
      preexisting: 'annotations'
    }
    expect(withDefaults).toEqual(expected)
  })

  it('declares every output the action sets, and sets every output it declares', async () => {
    const root = writeRepo({ 'sig-node/0042-pod-overhead.md': frontMatterKep(fields({ status: 'Bogus' })) })
    const settings = await loadSettings({ root })
    const result = await validate(settings, { head: new FileSystemTree(root) })
    // One error in the KEP, and one for the index.md the repository lacks (index-stale covers a missing index).
    expect(result.diagnostics.map(d => [d.rule, d.severity])).toEqual([
      ['index-stale', 'error'],
      ['schema/status', 'error']
    ])
    const files = mkdtempSync(join(tmpdir(), 'kep-outputs-'))
    const outputFile = join(files, 'output')
    writeFileSync(outputFile, '')
    const inputs: ActionInputs = { failOn: 'error', checkRun: 'never', checkName: 'KEP metadata', metrics: false, onlyNew: true, suggestions: false, preexisting: 'annotations' }
    const stdout = process.stdout.write
    process.stdout.write = (() => true) as typeof process.stdout.write
    try {
      await withEnvironment({ GITHUB_OUTPUT: outputFile }, () => publish({ inputs, scope: 'a test', displayPath: file => file }, result))
    } finally {
      process.stdout.write = stdout
    }
    const text = readFileSync(outputFile, 'utf8')
    rmSync(files, { recursive: true, force: true })
    const outputs: Record<string, string> = {}
    for (const match of text.matchAll(/^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[match[1]] = match[3]
    expect(Object.keys(outputs).sort()).toEqual(declaredOutputs)
    expect(outputs).toEqual({ errors: '2', warnings: '0', preexisting: '0', 'changed-keps': '[]', 'index-state': 'missing', 'check-run-url': '' })
    for (const name of declaredOutputs) expect([name, action.outputs[name].description.length > 0]).toEqual([name, true])
    // Outputs are only set through writeOutputs, whose type names each one: every path that ends the step sets them all.
    // (setOutput is the workflow log writer's, src/format/workflowCommands.ts: eslint forbids @actions/core elsewhere.)
    const source = readFileSync('src/action/publish.ts', 'utf8')
    expect([...source.matchAll(/\bsetOutput\(/g)]).toHaveLength(1)
    const sources = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter(file => file.endsWith('.ts'))
    expect(sources.filter(file => /\bsetOutput\(/.test(readFileSync(join('src', file), 'utf8'))).sort()).toEqual(['action/publish.ts', 'format/workflowCommands.ts'])
    const declared = /export interface ActionOutputs \{([^}]*)\}/.exec(source)![1]
    expect([...declared.matchAll(/^\s*'?([a-z-]+)'?:/gm)].map(match => match[1]).sort()).toEqual(declaredOutputs)
  })

  it('documents in docs/action.md the outputs action.yml declares', () => {
    expect(
      readmeTable('output')
        .flatMap(([names]) => codeSpans(names))
        .sort()
    ).toEqual(declaredOutputs)
  })
})
