// npm run bench: kep-validator against the floor and a peer, on synthetic repositories
// (1k, 5k, 20k KEPs with 20–60 KB bodies) and the real kubernetes/enhancements corpus.
// Every figure is the median of separate processes: what a user or CI pays. Compared
// commands run in turns, so that the machine's slow spells fall on each alike.
// Options: --sizes 1000,5000,20000  --runs 3  --peer-size 1000 (0: no peer)  --out FILE
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { build } from 'esbuild'
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
  const result = hasTime ? spawnSync('/usr/bin/time', ['-f', '%M', command, ...args], { encoding: 'utf8', maxBuffer: 1 << 30, ...options }) : spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 30, ...options })
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  const rss = hasTime ? Number(result.stderr.trim().split('\n').at(-1)) / 1024 : undefined
  return { seconds, rssMB: rss, status: result.status, stdout: result.stdout, stderr: result.stderr }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

/** Runs commands in turns (a, b, a, b…): a slow spell of the machine falls on both alike. */
function repeatInTurns(n, commands) {
  const samples = commands.map(() => [])
  for (let i = 0; i < n; i++) commands.forEach(([command, args, options], j) => samples[j].push(measure(command, args, options)))
  return samples.map(runs => ({ seconds: median(runs.map(s => s.seconds)), rssMB: median(runs.map(s => s.rssMB ?? 0)) || undefined, last: runs.at(-1) }))
}

function repeat(n, command, args, options) {
  return repeatInTurns(n, [[command, args, options]])[0]
}

function git(cwd, ...args) {
  return execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'b', GIT_AUTHOR_EMAIL: 'b@x', GIT_COMMITTER_NAME: 'b', GIT_COMMITTER_EMAIL: 'b@x' } })
}

/**
 * Instructions a command runs (callgrind), or undefined without valgrind. Wall time on a shared
 * machine moves by several percent from run to run; the count moves by a few parts in a thousand.
 */
function instructionsOf(args, env) {
  if (!existsSync('/usr/bin/valgrind')) return undefined
  const out = join(BENCH, 'callgrind.out')
  const run = spawnSync('/usr/bin/valgrind', ['--tool=callgrind', `--callgrind-out-file=${out}`, process.execPath, ...args], { env, encoding: 'utf8', maxBuffer: 1 << 30 })
  rmSync(out, { force: true })
  return Number(/I\s+refs:\s+([\d,]+)/.exec(run.stderr)?.[1].replaceAll(',', ''))
}

const results = { node: process.version, date: new Date().toISOString().slice(0, 10), runs, sizes: {}, corpus: undefined, pullRequest: undefined, coldStart: undefined }
const log = message => process.stderr.write(`${message}\n`)

for (const size of sizes) {
  const root = join(BENCH, `repo-${size}`)
  log(`synthetic repository: ${size} KEPs (${root})`)
  syntheticRepository(root, size)
  execFileSync(process.execPath, [CLI, 'index', '--write', '--root', root], { stdio: 'ignore' })
  // One thread, two threads (whatever the size: where it pays decides PARALLEL_THRESHOLD), the floor.
  const [ours, twoThreads, floor] = repeatInTurns(runs, [
    [process.execPath, [CLI, 'check', '--root', root, '--format', 'json', '--jobs', '1']],
    [process.execPath, [CLI, 'check', '--root', root, '--format', 'json', '--jobs', '2']],
    [process.execPath, ['scripts/bench/floor.mjs', root]]
  ])
  const report = JSON.parse(ours.last.stdout)
  if (report.summary.checked !== size) throw new Error(`checked ${report.summary.checked} of ${size} KEPs`)
  if (twoThreads.last.stdout !== ours.last.stdout) throw new Error(`two threads reported otherwise than one on ${size} KEPs`)
  const entry = {
    keps: size,
    ours: ours.seconds,
    oursPeakMB: ours.rssMB,
    floor: floor.seconds,
    floorPeakMB: floor.rssMB,
    oursOverFloor: ours.seconds / floor.seconds,
    msPerKep: (ours.seconds * 1000) / size,
    twoThreads: twoThreads.seconds,
    twoThreadsPeakMB: twoThreads.rssMB,
    twoThreadsOverOne: twoThreads.seconds / ours.seconds
  }
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
  log(`  ours ${ours.seconds.toFixed(2)} s (two threads ${twoThreads.seconds.toFixed(2)} s), floor ${floor.seconds.toFixed(2)} s${entry.peer ? `, peer ${entry.peer.toFixed(1)} s` : ''}`)
}

if (existsSync(CORPUS)) {
  log('real corpus: kubernetes/enhancements (kep.yaml), with and without the README rules')
  // The floor is about metadata; the README rules (toc reads every README) are measured apart.
  const withoutReadmes = join(BENCH, 'no-readme-rules.yml')
  writeFileSync(withoutReadmes, 'rules:\n  toc: "off"\n  template-sections: "off"\n')
  const [ours, floor, metadataOnly] = repeatInTurns(runs, [
    [process.execPath, [CLI, 'check', '--preset', 'kubernetes', '--root', CORPUS, '--format', 'json']],
    [process.execPath, ['scripts/bench/floor.mjs', join(CORPUS, 'keps'), 'kep.yaml']],
    [process.execPath, [CLI, 'check', '--preset', 'kubernetes', '--root', CORPUS, '--format', 'json', '--config', withoutReadmes]]
  ])
  if (ours.last.status === 2) {
    results.corpus = { error: ours.last.stderr.trim().split('\n')[0] }
  } else {
    const report = JSON.parse(ours.last.stdout)
    results.corpus = {
      keps: report.summary.checked,
      ours: ours.seconds,
      floor: floor.seconds,
      oursOverFloor: ours.seconds / floor.seconds,
      withoutReadmeRules: metadataOnly.seconds,
      withoutReadmeRulesOverFloor: metadataOnly.seconds / floor.seconds,
      problems: report.problems.length
    }
    if (existsSync('/usr/bin/valgrind')) {
      // One thread (V8 compiles and collects on the main thread): the count of either side is then
      // the same from run to run within ±15 M, where wall time moves by several percent.
      log('  instructions (callgrind, node --single-threaded): without the README rules, and the floor')
      const env = { ...process.env }
      delete env.NODE_EXTRA_CA_CERTS
      const ours = instructionsOf(['--single-threaded', CLI, 'check', '--preset', 'kubernetes', '--root', CORPUS, '--format', 'json', '--config', withoutReadmes], env)
      const floorCount = instructionsOf(['--single-threaded', 'scripts/bench/floor.mjs', join(CORPUS, 'keps'), 'kep.yaml'], env)
      results.corpus.instructions = { withoutReadmeRules: ours, floor: floorCount, overFloor: ours / floorCount }
    }
    log(
      `  ${ours.seconds.toFixed(2)} s (${results.corpus.oursOverFloor.toFixed(2)}×), without the README rules ${metadataOnly.seconds.toFixed(2)} s (${results.corpus.withoutReadmeRulesOverFloor.toFixed(2)}×), floor ${floor.seconds.toFixed(2)} s`
    )
  }
}

/**
 * A git repository of a copy of `source`, committed once on main and packed (as the objects of a
 * fetched checkout are), checked out on a branch "feature" as main has it, for a pull request.
 */
function pullRequestRepository(source, root) {
  if (!existsSync(join(root, '.git'))) {
    rmSync(root, { recursive: true, force: true })
    execFileSync('cp', ['-r', source, root])
    git(root, 'init', '-q', '-b', 'main')
    git(root, 'add', '-A')
    git(root, 'commit', '-q', '-m', 'base')
    git(root, 'gc', '-q')
  }
  git(root, 'checkout', '-q', '-B', 'feature', 'main')
  git(root, 'reset', '-q', '--hard', 'main')
  return root
}

if (existsSync(CORPUS)) {
  // A pull request of the real repository, judged by what it brings: each changed KEP is also
  // checked as it was at the base. It must stay near the cost of reading every metadata file once.
  log('real corpus, pull-request mode: 10 changed kep.yaml, each compared with its base version')
  const root = pullRequestRepository(CORPUS, join(BENCH, 'corpus-pr'))
  const changed = execFileSync('git', ['ls-files', 'keps/*/kep.yaml'], { cwd: root, encoding: 'utf8' }).trim().split('\n').slice(0, 10)
  for (const file of changed) {
    const text = readFileSync(join(root, file), 'utf8')
    writeFileSync(join(root, file), /^latest-milestone: /m.test(text) ? text.replace(/^latest-milestone: .*$/m, 'latest-milestone: "v1.36"') : `${text.trimEnd()}\nlatest-milestone: "v1.36"\n`)
  }
  const [pr, floor] = repeatInTurns(runs, [
    [process.execPath, [CLI, 'check', '--preset', 'kubernetes', '--root', root, '--base', 'main', '--format', 'json']],
    [process.execPath, ['scripts/bench/floor.mjs', join(root, 'keps'), 'kep.yaml']]
  ])
  const report = JSON.parse(pr.last.stdout)
  results.corpusPullRequest = { changed: changed.length, validated: report.summary.checked, preexisting: report.summary.preexisting, seconds: pr.seconds, floor: floor.seconds, overFloor: pr.seconds / floor.seconds }
  log(`  ${pr.seconds.toFixed(2)} s, floor ${floor.seconds.toFixed(2)} s: ${(pr.seconds / floor.seconds).toFixed(2)}× (${report.summary.preexisting} problems from before)`)
  git(root, 'reset', '-q', '--hard', 'main')
}

const prSize = sizes.includes(5000) ? 5000 : sizes[0]
{
  log(`pull-request mode: 10 changed KEPs in the ${prSize} repository`)
  const root = pullRequestRepository(join(BENCH, `repo-${prSize}`), join(BENCH, `pr-${prSize}`))
  const listed = JSON.parse(spawnSync(process.execPath, [CLI, 'check', '--root', root, '--format', 'json', '--no-index'], { maxBuffer: 1 << 30, encoding: 'utf8' }).stdout).checked.slice(0, 10)
  for (const file of listed) {
    const path = join(root, file)
    writeFileSync(path, readFileSync(path, 'utf8').replace('last-updated: 2021-03-01', 'last-updated: 2022-06-01'))
  }
  const pr = repeat(runs, process.execPath, [CLI, 'check', '--root', root, '--base', 'main', '--format', 'json'])
  const checked = JSON.parse(pr.last.stdout).checked.length
  const full = results.sizes[prSize]?.ours
  // The action on the same pull request, committed, its workspace at the head: git mode.
  git(root, 'commit', '-q', '-am', 'ten changes')
  const eventPath = join(BENCH, 'pull-request-event.json')
  const sha = ref => git(root, 'rev-parse', ref).trim()
  writeFileSync(eventPath, JSON.stringify({ number: 7, pull_request: { number: 7, base: { sha: sha('main'), repo: { name: 'r', owner: { login: 'o' } } }, head: { sha: sha('HEAD') } } }))
  const env = {
    ...process.env,
    GITHUB_WORKSPACE: root,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: join(BENCH, 'github-output'),
    GITHUB_STEP_SUMMARY: '',
    GITHUB_REPOSITORY: 'o/r',
    'INPUT_CHECK-RUN': 'never'
  }
  const action = repeat(runs, process.execPath, [ACTION], { env })
  if (!/\(10 KEPs checked[;)]/.test(action.last.stdout)) throw new Error(`the action did not check the 10 changed KEPs: ${action.last.stdout}${action.last.stderr}`)
  results.pullRequest = { keps: prSize, changed: 10, validated: checked, seconds: pr.seconds, action: action.seconds, fullAudit: full }
  git(root, 'reset', '-q', '--hard', 'main')
}

{
  log('cold start: dist/index.js on examples/keps (push, no API call), against the cold-start floor')
  const workspace = resolve('examples/keps')
  const output = join(BENCH, 'github-output')
  writeFileSync(output, '')
  // The floor program, bundled as the action is (yaml's ES module build, one file).
  const floorBundle = join(BENCH, 'cold-floor.mjs')
  await build({ entryPoints: ['scripts/bench/coldFloor.mjs'], outfile: floorBundle, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning', alias: { yaml: './node_modules/yaml/browser/dist/index.js' } })
  // GitHub's runners set no NODE_EXTRA_CA_CERTS; some sandboxes do, and Node then reads the
  // certificates at every start. The runner's environment is measured, and this one too.
  const runner = { ...process.env, GITHUB_WORKSPACE: workspace, GITHUB_EVENT_NAME: 'push', GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: '' }
  delete runner.NODE_EXTRA_CA_CERTS
  const samples = Math.max(20, runs)
  const [action, bare, coldFloor] = repeatInTurns(samples, [
    [process.execPath, [ACTION], { env: runner }],
    [process.execPath, ['-e', '0'], { env: runner }],
    [process.execPath, [floorBundle, workspace], { env: runner }]
  ])
  if (action.last.status !== 0) throw new Error(`the action failed on examples/keps: ${action.last.stdout}${action.last.stderr}`)
  results.coldStart = {
    seconds: action.seconds,
    nodeItself: bare.seconds,
    floor: coldFloor.seconds,
    overNode: action.seconds - bare.seconds,
    overFloor: action.seconds - coldFloor.seconds
  }
  // Wall time on a shared machine varies by tens of ms from run to run; instructions do not.
  if (existsSync('/usr/bin/valgrind')) {
    const instructions = args => instructionsOf(args, runner)
    log('  instructions (callgrind): the action, node itself, the floor')
    results.coldStart.instructions = { action: instructions([ACTION]), nodeItself: instructions(['-e', '0']), floor: instructions([floorBundle, workspace]) }
  }
  if (process.env.NODE_EXTRA_CA_CERTS) {
    const here = { ...runner, NODE_EXTRA_CA_CERTS: process.env.NODE_EXTRA_CA_CERTS }
    const [withCerts, bareWithCerts] = repeatInTurns(samples, [
      [process.execPath, [ACTION], { env: here }],
      [process.execPath, ['-e', '0'], { env: here }]
    ])
    results.coldStart.withExtraCaCerts = { seconds: withCerts.seconds, nodeItself: bareWithCerts.seconds }
  }
}

mkdirSync(join(values.out, '..'), { recursive: true })
writeFileSync(values.out, JSON.stringify(results, null, 2) + '\n')

const rows = [['repository', 'KEPs', 'kep-validator', 'floor', 'ratio to floor', 'peer', 'peer / ours', 'ms per KEP', 'peak MB', '2 threads', '2 threads / 1']]
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
    entry.oursPeakMB ? entry.oursPeakMB.toFixed(0) : '',
    `${entry.twoThreads.toFixed(2)} s`,
    `${entry.twoThreadsOverOne.toFixed(2)}×`
  ])
}
if (results.corpus && !results.corpus.error) {
  rows.push(['kubernetes/enhancements', String(results.corpus.keps), `${results.corpus.ours.toFixed(2)} s`, `${results.corpus.floor.toFixed(2)} s`, `${results.corpus.oursOverFloor.toFixed(2)}×`, '', '', '', '', '', ''])
  rows.push(['  without README rules', '', `${results.corpus.withoutReadmeRules.toFixed(2)} s`, `${results.corpus.floor.toFixed(2)} s`, `${results.corpus.withoutReadmeRulesOverFloor.toFixed(2)}×`, '', '', '', '', '', ''])
}
const widths = rows[0].map((_, i) => Math.max(...rows.map(row => row[i].length)))
console.log(rows.map(row => row.map((cell, i) => cell.padEnd(widths[i])).join('  ')).join('\n'))
if (results.corpus?.error) console.log(`\nkubernetes/enhancements: not measured (${results.corpus.error})`)
if (results.corpus?.instructions) {
  const { withoutReadmeRules, floor, overFloor } = results.corpus.instructions
  console.log(`\nkubernetes/enhancements without the README rules, in instructions: ${(withoutReadmeRules / 1e9).toFixed(2)} G, the floor ${(floor / 1e9).toFixed(2)} G: ${overFloor.toFixed(2)}×`)
}
const pr = results.pullRequest
console.log(
  `\npull-request mode, ${pr.changed} changed KEPs of ${pr.keps}: CLI --base ${pr.seconds.toFixed(2)} s, the action (git) ${pr.action.toFixed(2)} s (full audit ${pr.fullAudit?.toFixed(2) ?? '?'} s), KEPs validated: ${pr.validated}`
)
const cold = results.coldStart
const ms = seconds => `${(seconds * 1000).toFixed(0)} ms`
console.log(`cold start of dist/index.js, as on a runner: ${ms(cold.seconds)} (node itself: ${ms(cold.nodeItself)}; the floor, node + yaml parsing the same KEPs: ${ms(cold.floor)}; kep-validator beyond the floor: ${ms(cold.overFloor)})`)
if (cold.instructions) {
  const mega = count => `${(count / 1e6).toFixed(0)} M`
  console.log(`  instructions: ${mega(cold.instructions.action)} (node itself: ${mega(cold.instructions.nodeItself)}; the floor: ${mega(cold.instructions.floor)})`)
}
if (cold.withExtraCaCerts) console.log(`  with this machine's NODE_EXTRA_CA_CERTS: ${ms(cold.withExtraCaCerts.seconds)} (node itself: ${ms(cold.withExtraCaCerts.nodeItself)})`)
console.log(`\nresults: ${values.out}`)
