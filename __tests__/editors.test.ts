import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { runCli } from '../src/cli/run.js'
import type { Diagnostic } from '../src/core/diagnostic.js'
import { kepYaml } from './helpers/kepYaml.js'
import { LspClient, type LspDiagnostic } from './helpers/lspClient.js'
import { removeRepos, writeRepo } from './helpers/repo.js'

/*
 * An editor agrees with CI: yaml-language-server, run as an editor runs it (an LSP client over
 * stdio), with the schemas mapped by the SchemaStore catalog entry of docs/editors.md, reports
 * the schema problems `kep-validator check` reports, on the same lines — for hand-made broken
 * files (always) and for every kep.yaml and approval file of the real corpus (where it is).
 */

afterAll(removeRepos)

const SERVER = fileURLToPath(new URL('../node_modules/yaml-language-server/bin/yaml-language-server', import.meta.url))
const SCHEMAS = fileURLToPath(new URL('../schemas/', import.meta.url))

interface CatalogEntry {
  name: string
  url: string
  fileMatch: string[]
}

/** The catalog entries docs/editors.md proposes to SchemaStore: the block after "<!-- catalog -->". */
function catalogEntries(): CatalogEntry[] {
  const page = readFileSync(fileURLToPath(new URL('../docs/editors.md', import.meta.url)), 'utf8')
  const block = /<!-- catalog -->\s*```json\n([\s\S]*?)```/.exec(page)
  if (!block) throw new Error('docs/editors.md has no ```json block after <!-- catalog -->')
  return JSON.parse(block[1]) as CatalogEntry[]
}

/** The entries, each url replaced by the local file of the schema it names (the test checks this checkout's schemas). */
function localSchemas(entries: readonly CatalogEntry[]): Record<string, string[]> {
  const schemas: Record<string, string[]> = {}
  for (const entry of entries) {
    const name = entry.url.slice(entry.url.lastIndexOf('/') + 1)
    schemas[pathToFileURL(join(SCHEMAS, name)).href] = entry.fileMatch
  }
  return schemas
}

let client: LspClient

beforeAll(async () => {
  const schemas = localSchemas(catalogEntries())
  // The schema store is off: the test reads no network, and the catalog's mapping is the one given here.
  client = new LspClient(process.execPath, [SERVER, '--stdio'], section => (section === 'yaml' ? { validate: true, schemaStore: { enable: false }, schemas } : null))
  await client.request('initialize', { processId: process.pid, rootUri: null, capabilities: {} })
  client.notify('initialized', {})
  // The server pulls its configuration once initialized; its codeLens handler waits for that pull to be
  // applied: its answer means the schemas are mapped, and every document opened after is checked with them.
  await client.request('textDocument/codeLens', { textDocument: { uri: 'file:///kep-validator-test/not-open.yaml' } })
}, 60_000)

afterAll(async () => {
  await client?.shutdown()
})

/** The CLI's findings on a repository, by file. */
async function cliFindings(root: string): Promise<Map<string, Diagnostic[]>> {
  let stdout = ''
  await runCli(['check', '--preset', 'kubernetes', '--root', root, '--format', 'json', '--jobs', '1'], { cwd: root, stdout: text => (stdout += text), stderr: () => {} })
  const byFile = new Map<string, Diagnostic[]>()
  for (const d of (JSON.parse(stdout) as { problems: Diagnostic[] }).problems) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d])
  return byFile
}

/** Problems of the schema (kep.yaml's, an approval's), and of YAML itself: the classes an editor reports too. */
const SCHEMA_RULE = /^(schema|prod-readiness-schema)\//
const YAML_RULE = /^yaml-/
/** Beyond the schema: an approval file's name is its KEP's number. */
const BEYOND_SCHEMA = /^this approval is \d+\.yaml but says kep-number/

function cliLines(diagnostics: readonly Diagnostic[], rule: RegExp): number[] {
  return [...new Set(diagnostics.filter(d => rule.test(d.rule) && !BEYOND_SCHEMA.test(d.message)).map(d => d.line))].sort((a, b) => a - b)
}

function editorLines(diagnostics: readonly LspDiagnostic[], source: (source: string) => boolean): number[] {
  return [...new Set(diagnostics.filter(d => source(d.source ?? '')).map(d => d.range.start.line + 1))].sort((a, b) => a - b)
}

const ofSchema = (source: string): boolean => source.startsWith('yaml-schema:')
const ofYaml = (source: string): boolean => source === 'YAML'

/** For each file: [file, lines of schema problems, lines of YAML problems], as the CLI and as the editor report them. */
async function compare(root: string, files: readonly string[]): Promise<{ cli: unknown[]; editor: unknown[] }> {
  const found = await cliFindings(root)
  const published = await Promise.all(files.map(file => client.open(pathToFileURL(join(root, file)).href, readFileSync(join(root, file), 'utf8'))))
  return {
    cli: files.map(file => [file, cliLines(found.get(file) ?? [], SCHEMA_RULE), cliLines(found.get(file) ?? [], YAML_RULE)]),
    editor: files.map((file, i) => [file, editorLines(published[i], ofSchema), editorLines(published[i], ofYaml)])
  }
}

const KEP = 'keps/sig-node/42-pod-overhead/kep.yaml'
const PRR = 'keps/prod-readiness/sig-node/42.yaml'

const broken: Record<string, string> = {
  [KEP]: kepYaml({ status: 'implementible' }),
  'keps/sig-node/43-unknown-field/kep.yaml': kepYaml({ 'kep-number': '43', 'superceded-by': '\n  - KEP-42' }),
  'keps/sig-node/44-types/kep.yaml': kepYaml({ 'kep-number': 'forty-four', 'disable-supported': '"yes"', authors: '\n  - "@janedoe"\n  - "not a handle"' }),
  'keps/sig-node/45-milestones/kep.yaml': kepYaml({ 'kep-number': '45', 'latest-milestone': '"1.30"', milestone: '\n  alpha: "v1.30"\n  gamma: "v1.31"', 'creation-date': '2024-13-45' }),
  'keps/sig-node/46-missing/kep.yaml': 'title: Missing fields\nkep-number: 46\nstatus: provisional\n',
  'keps/sig-node/47-syntax/kep.yaml': kepYaml({ 'kep-number': '47', title: '"unclosed' }),
  'keps/sig-node/48-duplicate/kep.yaml': kepYaml({ 'kep-number': '48' }) + 'status: provisional\n',
  [PRR]: 'kep-number: 42\nalpha:\n  approver: "@deads2k"\n  extra: 1\nbeta: approved\n',
  'keps/prod-readiness/sig-node/43.yaml': 'kep-number: 43\ngamma:\n  approver: "@deads2k"\n'
}

describe('yaml-language-server with the catalog entries of docs/editors.md', () => {
  it('names the schemas of this repository at their stable URL, with the fileMatch of the catalog', () => {
    const entries = catalogEntries()
    expect(entries.map(entry => [entry.url, entry.fileMatch])).toEqual([
      ['https://raw.githubusercontent.com/kep-validator/kep-validator/v1/schemas/kubernetes.schema.json', ['**/keps/**/kep.yaml']],
      ['https://raw.githubusercontent.com/kep-validator/kep-validator/v1/schemas/prod-readiness.schema.json', ['**/keps/prod-readiness/**/*.yaml']]
    ])
    // Each schema's $id is the URL the catalog names: a schema fetched from there is the one that identifies itself so.
    for (const entry of entries) expect((JSON.parse(readFileSync(join(SCHEMAS, entry.url.slice(entry.url.lastIndexOf('/') + 1)), 'utf8')) as { $id: string }).$id).toBe(entry.url)
  })

  it('reports the schema and YAML problems the CLI reports, on the same lines, in broken files', async () => {
    const root = writeRepo(broken)
    const { cli, editor } = await compare(root, Object.keys(broken))
    expect(editor).toEqual(cli)
    // Not vacuous: every broken file has a problem of the schema or of YAML.
    for (const [file, schema, yaml] of cli as Array<[string, number[], number[]]>) expect([file, schema.length + yaml.length > 0]).toEqual([file, true])
  }, 60_000)

  it('checks a modeline file with the schema it names, wherever it is', async () => {
    const modeline = `# yaml-language-server: $schema=${pathToFileURL(join(SCHEMAS, 'kubernetes.schema.json')).href}\n${kepYaml({ status: 'implementible' })}`
    const diagnostics = await client.open('file:///kep-validator-test/elsewhere/metadata.yaml', modeline)
    expect(editorLines(diagnostics, ofSchema)).toEqual([modeline.split('\n').findIndex(line => line.startsWith('status:')) + 1])
  })
})

const corpus = process.env.KEP_CORPUS ?? fileURLToPath(new URL('../../shared/corpus/kubernetes-enhancements', import.meta.url))
const skipped = existsSync(join(corpus, 'keps')) ? undefined : `no kubernetes/enhancements corpus at ${corpus}; set KEP_CORPUS to run it`
if (skipped) console.warn(`the editor's agreement on the real corpus skipped: ${skipped}`)

;(skipped ? describe.skip : describe)(`yaml-language-server on the real corpus${skipped ? ` (skipped: ${skipped})` : ''}`, () => {
  it('reports the problems the CLI reports, on the same lines, for every kep.yaml and approval file', async () => {
    const files = (readdirSync(join(corpus, 'keps'), { recursive: true }) as string[])
      .map(file => `keps/${file.split('\\').join('/')}`)
      .filter(file => (file.endsWith('/kep.yaml') && !/^keps\/(NNNN-kep-template|sig-cloud-provider\/providers\/0000-cloud-provider-template)\//.test(file)) || /^keps\/prod-readiness\/[^/]+\/[^/]+\.yaml$/.test(file))
      .sort()
    const { cli, editor } = await compare(corpus, files)
    expect(editor).toEqual(cli)
    // Not vacuous: the corpus has schema problems.
    expect((cli as Array<[string, number[]]>).filter(([, lines]) => lines.length > 0).length).toBeGreaterThan(0)
  }, 300_000)
})
