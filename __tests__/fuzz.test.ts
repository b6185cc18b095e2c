import { beforeAll, describe, expect, it } from '@jest/globals'
import { RepositoryIndex } from '../src/core/repositoryIndex.js'
import type { Diagnostic } from '../src/core/diagnostic.js'
import { sharedContext } from '../src/rules/context.js'
import { RuleRunner } from '../src/rules/runRules.js'
import { severityPolicyOf } from '../src/rules/severity.js'
import { loadMarkdownParser } from '../src/parse/markdownParser.js'
import { readKep } from '../src/read/readKep.js'
import { loadSettings, type Settings } from '../src/config/settings.js'
import { fields, frontMatterKep } from './helpers/repo.js'
import { random } from './helpers/random.js'

/** Cases per seed document: a bounded number in npm test, more with KEP_FUZZ_CASES. */
const CASES = Number(process.env.KEP_FUZZ_CASES ?? 150)
/** Generated YAML structures: a bounded number in npm test, more with KEP_FUZZ_STRUCTURES. */
const STRUCTURES = Number(process.env.KEP_FUZZ_STRUCTURES ?? 120)
/** A document reads in well under this, on a loaded runner too; a hang took minutes. */
const TIME_LIMIT_MS = 2000

const NOISE = [':', '-', '[', ']', '{', '}', '"', "'", '\t', '\n', '&a', '*a', '!', '%', '@', '`', '#', ' ', '\u0000', '\r', '\r\n', '\ufeff', 'é', '—', '---', '```', '<<: *a', '__proto__: 1', '\\', '|', '>', '? ', '...']

function mutate(text: string, next: () => number): string {
  let result = text
  const steps = 1 + Math.floor(next() * 4)
  for (let step = 0; step < steps; step++) {
    const at = Math.floor(next() * (result.length + 1))
    const lines = result.split('\n')
    const line = Math.floor(next() * lines.length)
    switch (Math.floor(next() * 7)) {
      case 0:
        result = result.slice(0, at) + result.slice(at + 1 + Math.floor(next() * 5))
        break
      case 1:
        result = result.slice(0, at) + NOISE[Math.floor(next() * NOISE.length)] + result.slice(at)
        break
      case 2:
        lines.splice(line, 0, lines[line] ?? '')
        result = lines.join('\n')
        break
      case 3:
        lines.splice(line, 1)
        result = lines.join('\n')
        break
      case 4:
        result = result.slice(0, at)
        break
      case 5:
        lines[line] = ' '.repeat(Math.floor(next() * 6)) + (lines[line] ?? '')
        result = lines.join('\n')
        break
      default:
        lines.splice(line, 0, NOISE[Math.floor(next() * NOISE.length)])
        result = lines.join('\n')
    }
  }
  return result
}

/**
 * A random YAML structure: block and flow mappings and lists, explicit keys (`? `), keys that
 * are collections, anchors and aliases, nested at random and now and then hundreds deep — the
 * shapes whose cost is in the parse and the conversion, not in their length.
 */
function structure(next: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]
  const anchors: string[] = []
  const scalar = (): string => {
    if (anchors.length > 0 && next() < 0.15) return `*${pick(anchors)}`
    return pick(['a', 'b', '1', '-1.5e3', '"q: x"', "'s'", '~', 'null', 'true', '9007199254740993', '2024-01-15', '""', 'é', '<<'])
  }
  const anchored = (node: string): string => {
    if (next() >= 0.15) return node
    const name = `a${anchors.length}`
    anchors.push(name)
    return `&${name} ${node}`
  }
  const flow = (depth: number): string => {
    if (depth <= 0 || next() < 0.3) return scalar()
    const items = Array.from({ length: Math.floor(next() * 4) }, () => flow(depth - 1))
    if (next() < 0.5) return anchored(`[${items.join(', ')}]`)
    return anchored(`{${items.map(item => `${next() < 0.3 ? flow(depth - 1) : scalar()}: ${item}`).join(', ')}}`)
  }
  const block = (depth: number, indent: string): string => {
    const lines: string[] = []
    for (let i = 1 + Math.floor(next() * 3); i > 0; i--) {
      const value = (): string => (depth > 0 && next() < 0.5 ? `\n${block(depth - 1, `${indent}  `)}` : ` ${flow(3)}`)
      switch (Math.floor(next() * 4)) {
        case 0:
          lines.push(`${indent}-${value()}`)
          break
        case 1:
          lines.push(`${indent}? ${flow(3)}\n${indent}:${value()}`)
          break
        case 2:
          // Keys inside keys, on one line: the shape that took minutes to convert.
          lines.push(`${indent}? ${'? '.repeat(Math.floor(next() ** 3 * 600))}${scalar()}`)
          break
        default:
          lines.push(`${indent}k${i}:${value()}`)
      }
    }
    return lines.join('\n')
  }
  const deepFlow = next() < 0.1 ? '['.repeat(Math.floor(next() * 100)) : ''
  return `title: Generated\nfield:\n${block(1 + Math.floor(next() * 6), '  ')}\nflow: ${deepFlow}${flow(1 + Math.floor(next() * 8))}`
}

function lineCount(bytes: Buffer): number {
  let text = bytes.toString('utf8')
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  return text.split(/\r\n|\r|\n/).length
}

const SEEDS: Record<string, { preset: string; file: string; text: string }> = {
  frontmatter: {
    preset: 'kep-0001',
    file: 'sig-node/0042-pod-overhead.md',
    text: frontMatterKep(fields({ 'participating-sigs': '\n  - sig-apps', 'see-also': '\n  - KEP-1', 'last-updated': '2024-02-01' }))
  },
  fenced: {
    preset: 'kep-0001',
    file: 'sig-node/0042-pod-overhead.md',
    text: `# Pod Overhead\n\n## Metadata\n\`\`\`\n---\n${fields()}\n\`\`\`\n\n## Summary\n\nText.\n`
  },
  'kep.yaml': {
    preset: 'kubernetes',
    file: 'keps/sig-node/42-pod-overhead/kep.yaml',
    text: 'title: Pod Overhead\nkep-number: 42\nauthors:\n  - "@egernst"\nowning-sig: sig-node\nstatus: implementable\nstage: alpha\nlatest-milestone: "v1.30"\nmilestone:\n  alpha: "v1.30"\ncreation-date: 2024-01-15\nreviewers:\n  - "@a"\napprovers:\n  - "@b"\n'
  }
}

async function run(settings: Settings, file: string, bytes: Buffer): Promise<Diagnostic[]> {
  const doc = await readKep(file, bytes, settings.format)
  const shared = sharedContext(settings, { repository: new RepositoryIndex([doc]) })
  return new RuleRunner(settings.rules, severityPolicyOf(settings.severity), shared).checkKep(doc)
}

describe('fuzzing: mutated KEPs never crash, always point inside the file, always give the same answer', () => {
  beforeAll(loadMarkdownParser)

  it.each(Object.entries(SEEDS))('%s', async (name, seed) => {
    const settings = await loadSettings({ preset: seed.preset, indexFile: null })
    const next = random(name.length * 7919)
    for (let n = 0; n < CASES; n++) {
      const bytes = Buffer.from(mutate(seed.text, next), 'utf8')
      let first: Diagnostic[]
      try {
        first = await run(settings, seed.file, bytes)
      } catch (error) {
        throw new Error(`case ${n} threw ${(error as Error).stack}\n--- input ---\n${bytes.toString('utf8')}`)
      }
      const lines = lineCount(bytes)
      // The guard turns an unforeseen exception into a diagnostic; here none may happen.
      const unforeseen = first.find(d => d.message.includes('please report'))
      if (unforeseen) throw new Error(`case ${n}: ${unforeseen.message}\n--- input ---\n${bytes.toString('utf8')}`)
      for (const d of first) {
        const inside = d.file === seed.file && d.line >= 1 && d.line <= lines && d.column >= 1 && d.endLine >= d.line && d.endLine <= lines
        if (!inside) throw new Error(`case ${n}: ${JSON.stringify(d)} is outside the ${lines} lines of\n${bytes.toString('utf8')}`)
      }
      expect(await run(settings, seed.file, bytes)).toEqual(first)
    }
  })

  it(`reads generated YAML structures (nested, explicit keys, flow, anchors, aliases) in under ${TIME_LIMIT_MS} ms each`, async () => {
    const settings = await loadSettings({ preset: 'kep-0001', indexFile: null })
    const next = random(2026)
    for (let n = 0; n < STRUCTURES; n++) {
      const yaml = structure(next)
      const bytes = Buffer.from(frontMatterKep(yaml))
      const started = performance.now()
      const diagnostics = await run(settings, 'sig-node/0042-x.md', bytes)
      const took = performance.now() - started
      if (took > TIME_LIMIT_MS) throw new Error(`case ${n} took ${Math.round(took)} ms\n--- input ---\n${yaml}`)
      const unforeseen = diagnostics.find(d => d.message.includes('please report'))
      if (unforeseen) throw new Error(`case ${n}: ${unforeseen.message}\n--- input ---\n${yaml}`)
      const lines = lineCount(bytes)
      const outside = diagnostics.find(d => d.line < 1 || d.endLine > lines)
      if (outside) throw new Error(`case ${n}: ${JSON.stringify(outside)} is outside the ${lines} lines of\n${yaml}`)
    }
  })

  it('bounds deep nesting and large metadata instead of overflowing', async () => {
    const settings = await loadSettings({ indexFile: null })
    const deep = Buffer.from(`---\nkey: ${'['.repeat(50_000)}\n---\n`)
    expect((await run(settings, 'sig-node/x.md', deep)).map(d => d.rule)).toEqual(['metadata-too-deep'])
    const large = Buffer.from(`---\n${'k: v\n'.repeat(100_000)}---\n`)
    expect((await run(settings, 'sig-node/x.md', large)).map(d => d.rule)).toEqual(['metadata-too-large'])
  })
})
