// npm run bench: kep-validator against the floor and a peer, on synthetic repositories
// (1k, 5k, 20k KEPs with 20–60 KB bodies) and the real kubernetes/enhancements corpus.
// Every figure is the median of separate processes: what a user or CI pays.
// Options: --sizes 1000,5000,20000  --runs 3  --peer-size 1000 (0: no peer)  --out FILE
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { syntheticRepository } from './synthetic.mjs'

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,5000,20000' },
    runs: { type: 'string', default: '3' },
    'peer-size': { type: 'string', default: '1000' },
    out: { type: 'string', default: '.bench/results.json' }
  }
})
const sizes = values.sizes.split(',').map(Number)
const runs = Number(values.runs)
const peerSize = Number(values['peer-size'])
const BENCH = resolve('.bench')
const CLI = resolve('dist/cli.js')
const ACTION = resolve('dist/index.js')
const CORPUS = resolve('../shared/corpus/kubernetes-enhancements')
const hasTime = existsSync('/usr/bin/time')
mkdirSync(BENCH, { recursive: true })

/** Runs a command once: wall seconds and peak RSS in MB (when /usr/bin/time is there). */
function measure(command, args, options = {}) {
  const started = process.hrtime.bigint()
  const result = hasTime
    ? spawnSync('/usr/bin/time', ['-f', '%M', command, ...args], { encoding: 'utf8', maxBuffer: 1 << 30, ...options })
    : spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 30, ...options })
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  const rss = hasTime ? Number(result.stderr.trim().split('\n').at(-1)) / 1024 : undefined
  return { seconds, rssMB: rss, status: result.status, stdout: result.stdout, stderr: result.stderr }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

function repeat(n, command, args, options) {
  const samples = Array.from({ length: n }, () => measure(command, args, options))
  return { seconds: median(samples.map(s => s.seconds)), rssMB: median(samples.map(s => s.rssMB ?? 0)) || undefined, last: samples.at(-1) }
}

function git(cwd, ...args) {
  return execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'b', GIT_AUTHOR_EMAIL: 'b@x', GIT_COMMITTER_NAME: 'b', GIT_COMMITTER_EMAIL: 'b@x' } })
}

const results = { node: process.version, date: new Date().toISOString().slice(0, 10), runs, sizes: {}, corpus: undefined, pullRequest: undefined, coldStart: undefined }
const log = message => process.stderr.write(`${message}\n`)

for (const size of sizes) {
  const root = join(BENCH, `repo-${size}`)
  log(`synthetic repository: ${size} KEPs (${root})`)
  syntheticRepository(root, size)
  execFileSync(process.execPath, [CLI, 'index', '--write', '--root', root], { stdio: 'ignore' })
  const ours = repeat(runs, process.execPath, [CLI, 'check', '--root', root, '--format', 'json'])
  const report = JSON.parse(ours.last.stdout)
  if (report.summary.checked !== size) throw new Error(`checked ${report.summary.checked} of ${size} KEPs`)
  const floor = repeat(runs, process.execPath, ['scripts/bench/floor.mjs', root])
  const entry = { keps: size, ours: ours.seconds, oursPeakMB: ours.rssMB, floor: floor.seconds, floorPeakMB: floor.rssMB, oursOverFloor: ours.seconds / floor.seconds, msPerKep: (ours.seconds * 1000) / size }
  if (size === peerSize) {
    log(`peer: remark-cli + remark-frontmatter + remark-lint-frontmatter-schema on ${size} KEPs (slow)`)
    const schema = JSON.parse(readFileSync('schemas/kep-0001.schema.json', 'utf8'))
    // The peer's ajv reads draft-07: the same rules, with definitions instead of $defs.
    const draft7 = JSON.parse(JSON.stringify(schema).replaceAll('"$defs"', '"definitions"').replaceAll('#/$defs/', '#/definitions/'), (key, value) => (key === 'x-allowed' ? undefined : value))
    draft7.$schema = 'http://json-schema.org/draft-07/schema#'
    delete draft7.$id
    writeFileSync(join(BENCH, 'peer-schema.json'), JSON.stringify(draft7))
    writeFileSync(join(BENCH, 'peer-rc.json'), JSON.stringify({ plugins: ['remark-frontmatter', ['remark-lint-frontmatter-schema', { schemas: { [join(BENCH, 'peer-schema.json')]: ['**/*.md'] } }]] }))
    const peer = repeat(1, resolve('node_modules/.bin/remark'), ['--rc-path', join(BENCH, 'peer-rc.json'), '--no-stdout', '--quiet', '--ignore-pattern', 'index.md', root])
    entry.peer = peer.seconds
    entry.peerOverOurs = peer.seconds / ours.seconds
  }
  results.sizes[size] = entry
  log(`  ours ${ours.seconds.toFixed(2)} s, floor ${floor.seconds.toFixed(2)} s${entry.peer ? `, peer ${entry.peer.toFixed(1)} s` : ''}`)
}

if (existsSync(CORPUS)) {
  log('real corpus: kubernetes/enhancements (kep.yaml)')
  const ours = repeat(runs, process.execPath, [CLI, 'check', '--preset', 'kubernetes', '--root', CORPUS, '--format', 'json'])
  if (ours.last.status === 2) {
    results.corpus = { error: ours.last.stderr.trim().split('\n')[0] }
  } else {
    const report = JSON.parse(ours.last.stdout)
    const floor = repeat(runs, process.execPath, ['scripts/bench/floor.mjs', join(CORPUS, 'keps'), 'kep.yaml'])
    results.corpus = { keps: report.summary.checked, ours: ours.seconds, floor: floor.seconds, oursOverFloor: ours.seconds / floor.seconds, problems: report.problems.length }
  }
}

const prSize = sizes.includes(5000) ? 5000 : sizes[0]
{
  log(`pull-request mode: 10 changed KEPs in the ${prSize} repository`)
  const source = join(BENCH, `repo-${prSize}`)
  const root = join(BENCH, `pr-${prSize}`)
  if (!existsSync(join(root, '.git'))) {
    rmSync(root, { recursive: true, force: true })
    execFileSync('cp', ['-r', source, root])
    git(root, 'init', '-q', '-b', 'main')
    git(root, 'add', '-A')
    git(root, 'commit', '-q', '-m', 'base')
  }
  git(root, 'checkout', '-q', '-B', 'feature', 'main')
  git(root, 'reset', '-q', '--hard', 'main')
  const listed = JSON.parse(execFileSync(process.execPath, [CLI, 'check', '--root', root, '--format', 'json', '--no-index'], { maxBuffer: 1 << 30 })).checked.slice(0, 10)
  for (const file of listed) {
    const path = join(root, file)
    writeFileSync(path, readFileSync(path, 'utf8').replace('last-updated: 2021-03-01', 'last-updated: 2022-06-01'))
  }
  const pr = repeat(runs, process.execPath, [CLI, 'check', '--root', root, '--base', 'main', '--format', 'json'])
  const checked = JSON.parse(pr.last.stdout).checked.length
  const full = results.sizes[prSize]?.ours
  results.pullRequest = { keps: prSize, changed: 10, validated: checked, seconds: pr.seconds, fullAudit: full }
  git(root, 'checkout', '-q', '--', '.')
}

{
  log('cold start: dist/index.js on examples/keps (push, no API call)')
  const workspace = resolve('examples/keps')
  const output = join(BENCH, 'github-output')
  writeFileSync(output, '')
  const env = { ...process.env, GITHUB_WORKSPACE: workspace, GITHUB_EVENT_NAME: 'push', GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: '' }
  const action = repeat(Math.max(10, runs), process.execPath, [ACTION], { env })
  const bare = repeat(Math.max(10, runs), process.execPath, ['-e', '0'])
  results.coldStart = { seconds: action.seconds, nodeItself: bare.seconds, overNode: action.seconds - bare.seconds }
}

mkdirSync(join(values.out, '..'), { recursive: true })
writeFileSync(values.out, JSON.stringify(results, null, 2) + '\n')

const rows = [['repository', 'KEPs', 'kep-validator', 'floor', 'ratio to floor', 'peer', 'peer / ours', 'ms per KEP', 'peak MB']]
for (const entry of Object.values(results.sizes)) {
  rows.push([
    'synthetic',
    String(entry.keps),
    `${entry.ours.toFixed(2)} s`,
    `${entry.floor.toFixed(2)} s`,
    `${entry.oursOverFloor.toFixed(2)}×`,
    entry.peer ? `${entry.peer.toFixed(1)} s` : '',
    entry.peerOverOurs ? `${entry.peerOverOurs.toFixed(0)}×` : '',
    entry.msPerKep.toFixed(3),
    entry.oursPeakMB ? entry.oursPeakMB.toFixed(0) : ''
  ])
}
if (results.corpus && !results.corpus.error) {
  rows.push(['kubernetes/enhancements', String(results.corpus.keps), `${results.corpus.ours.toFixed(2)} s`, `${results.corpus.floor.toFixed(2)} s`, `${results.corpus.oursOverFloor.toFixed(2)}×`, '', '', '', ''])
}
const widths = rows[0].map((_, i) => Math.max(...rows.map(row => row[i].length)))
console.log(rows.map(row => row.map((cell, i) => cell.padEnd(widths[i])).join('  ')).join('\n'))
if (results.corpus?.error) console.log(`\nkubernetes/enhancements: not measured (${results.corpus.error})`)
const pr = results.pullRequest
console.log(`\npull-request mode, ${pr.changed} changed KEPs of ${pr.keps}: ${pr.seconds.toFixed(2)} s (full audit ${pr.fullAudit?.toFixed(2) ?? '?'} s), KEPs validated: ${pr.validated}`)
console.log(`cold start of dist/index.js: ${(results.coldStart.seconds * 1000).toFixed(0)} ms (node itself: ${(results.coldStart.nodeItself * 1000).toFixed(0)} ms, kep-validator: ${(results.coldStart.overNode * 1000).toFixed(0)} ms)`)
console.log(`\nresults: ${values.out}`)
