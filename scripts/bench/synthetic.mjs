// Synthetic KEP repositories for the benchmark: real-sized bodies (20–60 KB), KEP-1 layout.
import { mkdirSync, writeFileSync, existsSync, rmSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

const CORPUS = new URL('../../../shared/corpus/kubernetes-enhancements/keps/', import.meta.url).pathname

/**
 * Real KEP bodies: the 20–60 KB README.md files of kubernetes/enhancements, with their
 * lists, tables, links and code, as a markdown parser meets them. Generated text is the
 * fallback where the corpus is not there.
 */
function realBodies() {
  if (!existsSync(CORPUS)) return []
  const bodies = []
  const walk = dir => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (entry.name === 'README.md') {
        const size = statSync(path).size
        if (size >= 20_000 && size <= 60_000) bodies.push(readFileSync(path, 'utf8'))
      }
    }
  }
  walk(CORPUS)
  return bodies
}

const SIGS = ['sig-node', 'sig-storage', 'sig-network', 'sig-apps', 'sig-auth', 'sig-cli', 'sig-scheduling', 'sig-api-machinery', 'wg-batch']
const STATUSES = ['Draft', 'Approved', 'Final', 'Rejected']
const WORDS =
  'the kubelet scheduler volume pod node controller api server admission webhook quota resource claim driver plugin feature gate alpha beta stable metric latency request limit container runtime image network policy service endpoint'.split(
    ' '
  )

/** Deterministic pseudo-random numbers: the same repository every run. */
function random(seed) {
  let state = seed >>> 0
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

function body(next, bytes) {
  const parts = ['# Title\n\n## Summary\n\n']
  let size = parts[0].length
  let section = 0
  while (size < bytes) {
    let line
    if (next() < 0.05) line = `\n## Section ${++section}\n\n`
    else if (next() < 0.04) line = '\n```yaml\napiVersion: v1\nkind: Pod\nmetadata:\n  name: example\n```\n\n'
    else {
      const words = []
      for (let i = 0; i < 14; i++) words.push(WORDS[Math.floor(next() * WORDS.length)])
      line = `${words.join(' ')}.\n`
    }
    parts.push(line)
    size += line.length
  }
  return parts.join('')
}

export function kepText(number, next, bodies = []) {
  const sig = SIGS[number % SIGS.length]
  const status = STATUSES[number % STATUSES.length]
  const title = `Enhancement ${number}`
  const metadata = [
    '---',
    `kep-number: ${number}`,
    `title: ${title}`,
    'authors:',
    `  - name: Author ${number}`,
    `    github: author${number}`,
    `owning-sig: ${sig}`,
    'participating-sigs:',
    '  - sig-architecture',
    'reviewers: TBD',
    'approvers:',
    '  - name: Approver',
    '    github: approver',
    'editor: TBD',
    'creation-date: 2020-01-15',
    'last-updated: 2021-03-01',
    `status: ${status}`,
    ...(number > 1 ? ['see-also:', `  - KEP-${number - 1}`] : []),
    '---',
    ''
  ].join('\n')
  const bytes = 20_000 + Math.floor(next() * 40_000)
  const text = bodies.length > 0 ? bodies[number % bodies.length] : body(next, bytes)
  return { path: `${sig}/${String(number).padStart(4, '0')}-enhancement-${number}.md`, text: `${metadata}\n${text}` }
}

/** Writes (once) a repository of `count` KEPs under dir; returns the file paths. */
export function syntheticRepository(dir, count) {
  const next = random(count)
  const files = []
  const marker = join(dir, '.complete')
  const exists = existsSync(marker)
  const bodies = exists ? [] : realBodies()
  if (!exists) rmSync(dir, { recursive: true, force: true })
  for (let number = 1; number <= count; number++) {
    const { path, text } = kepText(number, next, bodies)
    files.push(path)
    if (!exists) {
      mkdirSync(join(dir, path, '..'), { recursive: true })
      writeFileSync(join(dir, path), text)
    }
  }
  if (!exists) writeFileSync(marker, '')
  return files
}
