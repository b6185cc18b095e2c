import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { isDeepStrictEqual } from 'node:util'
import { parseDocument } from 'yaml'
import { MAX_ALIAS_COUNT, yamlCost } from '../src/parse/limits.js'
import { plainData } from '../src/parse/yamlData.js'
import { PARSE_OPTIONS } from '../src/parse/yamlMetadata.js'
import { random } from './helpers/random.js'

/*
 * The reader converts plain metadata itself (parse/yamlData.ts) instead of calling the
 * library's toJS: both must give the same data, prototype and own properties included, on
 * every document the reader converts that way; the others are the library's to convert.
 */

const shared = (name: string, variable: string): string => process.env[variable] ?? fileURLToPath(new URL(`../../shared/corpus/${name}`, import.meta.url))

/** The YAML of every metadata file under a folder: kep.yaml and approvals whole, markdown's front matter. */
function metadataTexts(root: string): string[] {
  const texts: string[] = []
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name)
      if (entry.isDirectory()) {
        if (entry.name !== '.git' && entry.name !== 'node_modules') walk(path)
      } else if (entry.isFile() && /\.ya?ml$/.test(entry.name)) {
        texts.push(readFileSync(path, 'utf8'))
      } else if (entry.isFile() && entry.name.endsWith('.md')) {
        const text = readFileSync(path, 'utf8')
        const end = text.startsWith('---\n') ? text.indexOf('\n---', 3) : -1
        if (end !== -1) texts.push(text.slice(4, end + 1))
      }
    }
  }
  walk(root)
  return texts
}

/** What each way converts a document to; `plain` says whether the reader converts it itself. */
function convert(text: string): { plain: boolean; library: unknown; ours?: unknown } {
  const document = parseDocument(text, PARSE_OPTIONS)
  const cost = yamlCost(document.contents)
  let library: unknown
  try {
    library = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
  } catch (error) {
    library = error
  }
  return { plain: cost.plain, library, ...(cost.plain ? { ours: plainData(document.contents) } : {}) }
}

const NOISE = [
  ':',
  '-',
  '[',
  ']',
  '{',
  '}',
  '"',
  "'",
  '\n',
  '  ',
  '&a ',
  '*a',
  '!',
  '!!str ',
  '!!set ',
  '!!binary ',
  '? ',
  '__proto__: ',
  'constructor: ',
  '<<: ',
  '~',
  'null',
  '0x1F',
  '1e3',
  '.inf',
  '-.nan',
  'true',
  '12345678901234567890',
  '#',
  '|',
  '>',
  '---',
  '...',
  '%YAML 1.1\n---\n'
]

function mutate(text: string, next: () => number): string {
  let result = text
  for (let step = 1 + Math.floor(next() * 3); step > 0; step--) {
    const at = Math.floor(next() * (result.length + 1))
    result = next() < 0.3 ? result.slice(0, at) + result.slice(at + 1 + Math.floor(next() * 4)) : result.slice(0, at) + NOISE[Math.floor(next() * NOISE.length)] + result.slice(at)
  }
  return result
}

const SEEDS = metadataTexts(fileURLToPath(new URL('../examples', import.meta.url)))

describe("the reader's conversion of plain metadata", () => {
  it('is what the library converts it to, on chosen documents; those it cannot convert alike are left to the library', () => {
    const plain = [
      'a: 1\nb: [x, "y", 2.5, true, ~]\nc: {d: e}\nf: |\n  text\n',
      '__proto__: 1\nx: 2\n',
      '__proto__: {polluted: true}\n',
      'constructor: 1\ntoString: 2\n',
      'a: 1\na: 2\n',
      '? \n: 1\n',
      ': 2\n',
      'a:\n- \n- b:\n',
      '1: one\ntrue: yes\n.inf: big\n-0: zero\n0x10: hex\n',
      '<<: {b: 2}\na: 1\n',
      '%YAML 1.1\n---\na: yes\nb: 0777\n<<: {c: 1}\n',
      'a: 123456789012345678901234567890\n',
      '[1, 2]',
      // A pair in a flow list is read as a mapping of its own.
      'a: [b: 1, c]\n',
      'text',
      '',
      '---\n...\n'
    ]
    const library = ['a: &x 1\nb: *x\n', 'a: !!set {x, y}\n', 'a: !!omap [x: 1]\n', 'a: !!binary aGVsbG8=\n', 'a: !!timestamp 2001-12-14\n', 'a: !!str 3\n', 'a: !foo bar\n', '? [a, b]\n: 1\n', '{a: 1}: 2\n']
    for (const text of plain) {
      const { plain: isPlain, library: expected, ours } = convert(text)
      expect([text, isPlain]).toEqual([text, true])
      expect(isDeepStrictEqual(ours, expected)).toBe(true)
    }
    expect(Object.getPrototypeOf(convert('__proto__: {polluted: true}\n').ours)).toBe(Object.prototype)
    for (const text of library) expect([text, convert(text).plain]).toEqual([text, false])
  })

  it('is what the library converts it to, on a thousand mutations of the examples', () => {
    expect(SEEDS.length).toBeGreaterThan(5)
    const next = random(20261207)
    let compared = 0
    for (let i = 0; i < 1000; i++) {
      const text = mutate(SEEDS[i % SEEDS.length], next)
      const { plain, library, ours } = convert(text)
      if (!plain) continue
      compared++
      if (!isDeepStrictEqual(ours, library)) expect({ text, ours }).toEqual({ text, ours: library })
    }
    // Most mutations still convert plainly: the comparison is not vacuous.
    expect(compared).toBeGreaterThan(500)
  })

  const corpora = [
    ['kubernetes-enhancements', 'KEP_CORPUS'],
    ['openshift-enhancements', 'OPENSHIFT_CORPUS'],
    ['tektoncd-community', 'TEKTON_CORPUS']
  ] as const
  for (const [name, variable] of corpora) {
    const root = shared(name, variable)
    const skipped = existsSync(root) ? undefined : `no ${name} corpus at ${root}; set ${variable} to run it`
    ;(skipped ? it.skip : it)(`is what the library converts it to, on every metadata file of ${name}${skipped ? ` (skipped: ${skipped})` : ''}`, () => {
      const texts = metadataTexts(root)
      let plain = 0
      for (const text of texts) {
        const converted = convert(text)
        if (!converted.plain) continue
        plain++
        if (!isDeepStrictEqual(converted.ours, converted.library)) expect({ text, ours: converted.ours }).toEqual({ text, ours: converted.library })
      }
      expect(plain).toBeGreaterThan(texts.length * 0.9)
    })
  }
})
