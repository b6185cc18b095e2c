// Synthetic KEP repositories for the benchmark: real-sized bodies (20–60 KB), KEP-1 layout.
import { mkdirSync, writeFileSync, existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'

const SIGS = ['sig-node', 'sig-storage', 'sig-network', 'sig-apps', 'sig-auth', 'sig-cli', 'sig-scheduling', 'sig-api-machinery', 'wg-batch']
const STATUSES = ['Draft', 'Approved', 'Final', 'Rejected']
const WORDS = 'the kubelet scheduler volume pod node controller api server admission webhook quota resource claim driver plugin feature gate alpha beta stable metric latency request limit container runtime image network policy service endpoint'.split(' ')

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

export function kepText(number, next) {
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
  return { path: `${sig}/${String(number).padStart(4, '0')}-enhancement-${number}.md`, text: `${metadata}\n${body(next, bytes)}` }
}

/** Writes (once) a repository of `count` KEPs under dir; returns the file paths. */
export function syntheticRepository(dir, count) {
  const next = random(count)
  const files = []
  const marker = join(dir, '.complete')
  const exists = existsSync(marker)
  if (!exists) rmSync(dir, { recursive: true, force: true })
  for (let number = 1; number <= count; number++) {
    const { path, text } = kepText(number, next)
    files.push(path)
    if (!exists) {
      mkdirSync(join(dir, path, '..'), { recursive: true })
      writeFileSync(join(dir, path), text)
    }
  }
  if (!exists) writeFileSync(marker, '')
  return files
}
