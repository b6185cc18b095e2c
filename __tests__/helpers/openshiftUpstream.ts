import { execFile, execFileSync, spawnSync } from 'node:child_process'
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { READ_PROBLEMS } from '../../src/parse/readProblems.js'
import { git } from './git.js'

/**
 * openshift/enhancements' own checks, run for real: its Go (tools/enhancements, the
 * metadata-lint command of tools/cmd) built from the corpus, and its scripts
 * (hack/metadata-lint.sh, hack/template-lint.sh with hack/find_new.sh and hack/lint-ignores)
 * run on a git repository whose last commit adds the files to judge — so every one of them is
 * a new file, the only files those scripts check.
 *
 * The corpus has tools/enhancements and tools/cmd/metadataLint.go but not tools/go.mod nor the
 * cobra root command (tools/cmd/root.go, tools/main.go): the build adds a three-line root
 * command and a main, and builds in GOPATH mode against Debian's packages of yaml.v3 and cobra
 * (golang-gopkg-yaml.v3-dev, golang-github-spf13-cobra-dev), as no module can be downloaded.
 */

/** Where Debian's Go packages are. */
const GOCODE = '/usr/share/gocode'
const PACKAGE = 'github.com/openshift/enhancements/tools'
const DEBIAN_PACKAGES = 'golang-go golang-gopkg-yaml.v3-dev golang-github-spf13-cobra-dev'

/** Why upstream's Go cannot be built here, or undefined when it can. */
export function upstreamUnavailable(): string | undefined {
  if (spawnSync('go', ['version']).status !== 0) return `go is not installed (apt-get install ${DEBIAN_PACKAGES})`
  for (const dir of ['gopkg.in/yaml.v3', 'github.com/spf13/cobra']) {
    if (!existsSync(join(GOCODE, 'src', dir))) return `${dir} is not in ${GOCODE} (apt-get install ${DEBIAN_PACKAGES})`
  }
  return undefined
}

const ROOT_GO = `package cmd

import "github.com/spf13/cobra"

// The corpus leaves out tools/cmd/root.go: the root command metadataLint.go adds itself to.
var rootCmd = &cobra.Command{Use: "enhancement-tool"}

func Execute() error { return rootCmd.Execute() }
`

const MAIN_GO = `package main

import (
	"os"

	"${PACKAGE}/cmd"
)

func main() {
	if err := cmd.Execute(); err != nil {
		os.Exit(1)
	}
}
`

/** Builds upstream's enhancement-tool from the corpus into dir; returns the binary. */
export function buildUpstreamTool(corpus: string, dir: string): string {
  const gopath = join(dir, 'gopath')
  const tools = join(gopath, 'src', PACKAGE)
  mkdirSync(join(tools, 'cmd'), { recursive: true })
  cpSync(join(corpus, 'tools', 'enhancements'), join(tools, 'enhancements'), { recursive: true })
  cpSync(join(corpus, 'tools', 'cmd', 'metadataLint.go'), join(tools, 'cmd', 'metadataLint.go'))
  writeFileSync(join(tools, 'cmd', 'root.go'), ROOT_GO)
  writeFileSync(join(tools, 'main.go'), MAIN_GO)
  const binary = join(dir, 'enhancement-tool')
  // A cache that outlives the test: the dependencies build once per machine.
  const env = { ...process.env, GO111MODULE: 'off', GOFLAGS: '', GOPATH: `${gopath}:${GOCODE}`, GOCACHE: join(tmpdir(), 'kep-validator-go-cache') }
  execFileSync('go', ['build', '-o', binary, '.'], { cwd: tools, env, stdio: ['ignore', 'ignore', 'pipe'] })
  return binary
}

/**
 * A git repository with upstream's scripts, template and tools at its base commit, and a head
 * commit that adds `files` (path → text) under enhancements/: returns its root and base.
 */
export function repositoryAdding(corpus: string, dir: string, files: ReadonlyMap<string, string | Buffer>): { root: string; base: string } {
  const root = join(dir, 'repo')
  mkdirSync(root, { recursive: true })
  for (const folder of ['hack', 'guidelines', 'tools']) cpSync(join(corpus, folder), join(root, folder), { recursive: true })
  // The corpus keeps no file modes: the scripts call each other.
  for (const name of readdirSync(join(root, 'hack'))) if (name.endsWith('.sh')) chmodSync(join(root, 'hack', name), 0o755)
  git(root, 'init', '-q', '-b', 'master')
  git(root, 'add', '-A')
  git(root, 'commit', '-q', '-m', 'base')
  const base = git(root, 'rev-parse', 'HEAD').trim()
  for (const [path, text] of files) {
    mkdirSync(join(root, path, '..'), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  git(root, 'add', '-A')
  git(root, 'commit', '-q', '-m', 'add enhancements')
  return { root, base }
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      // The scripts exit 1 when they reject a file: that is their answer, not a failure to run.
      if (error && typeof error.code !== 'number') reject(error)
      else if (error && error.code !== 1) reject(new Error(`${args.join(' ')} exited with ${error.code}: ${stderr}`))
      else resolve({ stdout, stderr })
    })
  })
}

/** Upstream's findings on the files the head commit adds, by file: metadata-lint's and template-lint's lines. */
export interface UpstreamVerdicts {
  /** Every rejected file, with what upstream said of it. */
  rejected: Map<string, string[]>
  /** The files each script rejects. */
  metadataLint: Set<string>
  templateLint: Set<string>
  /** Files whose metadata upstream's reader (NewMetaData) cannot read at all. */
  unreadable: Set<string>
}

/**
 * Runs hack/metadata-lint.sh and hack/template-lint.sh as OpenShift's CI does, with
 * PULL_BASE_SHA the base commit. metadata-lint.sh builds the tool itself (`go build -mod=mod
 * ./main.go`, which needs the network): a `go` on its PATH hands it the tool built above.
 */
export async function runUpstream(root: string, base: string, tool: string, dir: string): Promise<UpstreamVerdicts> {
  const bin = join(dir, 'bin')
  mkdirSync(bin, { recursive: true })
  writeFileSync(join(bin, 'go'), `#!/bin/sh\n# stands in for: go build -o ../enhancement-tool -mod=mod ./main.go\nwhile [ $# -gt 0 ]; do [ "$1" = -o ] && out="$2"; shift; done\ncp ${JSON.stringify(tool)} "$out"\n`)
  chmodSync(join(bin, 'go'), 0o755)
  const env = { ...process.env, PULL_BASE_SHA: base, PATH: `${bin}:${process.env.PATH}` }
  const [metadata, template] = await Promise.all([run('bash', ['hack/metadata-lint.sh'], root, env), run('bash', ['hack/template-lint.sh'], root, env)])
  const rejected = new Map<string, string[]>()
  const metadataLint = new Set<string>()
  const templateLint = new Set<string>()
  const unreadable = new Set<string>()
  const add = (file: string, message: string): void => {
    if (!rejected.has(file)) rejected.set(file, [])
    rejected.get(file)!.push(message)
  }
  // metadataLint.go: "<file>: <message>" on stderr, then "<n> errors"; a message may run over lines (yaml's unmarshal errors).
  let last: string | undefined
  for (const line of metadata.stderr.split('\n')) {
    const match = /^(enhancements\/\S+\.md): (.*)$/.exec(line)
    if (match) {
      last = match[1]
      metadataLint.add(match[1])
      add(match[1], match[2])
      if (match[2].startsWith('could not extract meta data from header')) unreadable.add(match[1])
    } else if (last !== undefined && /^\s+\S/.test(line)) rejected.get(last)!.push(line.trim())
  }
  // template-lint.sh: "<file> missing "<heading>"" and "<file> is missing a title" on stdout.
  for (const line of template.stdout.split('\n')) {
    const match = /^(enhancements\/\S+\.md) (missing ".*"|is missing a title)$/.exec(line)
    if (match) {
      templateLint.add(match[1])
      add(match[1], match[2])
    }
  }
  return { rejected, metadataLint, templateLint, unreadable }
}

/** A problem of kep-validator's JSON report. */
export interface Problem {
  file: string
  line: number
  rule: string
  severity: 'error' | 'warning'
  message: string
  preexisting?: string
}

export interface CheckResult {
  problems: Problem[]
  checked: string[]
}

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url))

/** `kep-validator check --preset openshift` of a repository, as the bundled CLI runs it. */
export function checkAsOpenShift(root: string, ...args: string[]): CheckResult {
  const result = spawnSync(process.execPath, [CLI, 'check', '--preset', 'openshift', '--root', root, '--format', 'json', ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
  if (result.status !== 0 && result.status !== 1) throw new Error(`kep-validator exited with ${result.status}: ${result.stderr}`)
  return JSON.parse(result.stdout) as CheckResult
}

/** The files with an error (of the rules that match): what fails the check. */
export function errorFiles(problems: readonly Problem[], rules: (rule: string) => boolean = () => true): Set<string> {
  return new Set(problems.filter(p => p.severity === 'error' && !p.preexisting && rules(p.rule)).map(p => p.file))
}

/**
 * Files whose metadata kep-validator could not read (an error of reading): no rule runs on
 * them, template-lint's neither, so only their verdict is compared, not which check gave it.
 */
export function unreadFiles(problems: readonly Problem[]): Set<string> {
  return new Set(problems.filter(p => p.severity === 'error' && Object.hasOwn(READ_PROBLEMS, p.rule)).map(p => p.file))
}

/** The rules that stand for hack/template-lint.sh; every other error is one hack/metadata-lint.sh reports too (its reader's, or its checks'). */
const TEMPLATE_LINT_RULES = new Set(['required-sections', 'title-heading'])
export const byTemplateLint = (rule: string): boolean => TEMPLATE_LINT_RULES.has(rule)
export const byMetadataLint = (rule: string): boolean => !TEMPLATE_LINT_RULES.has(rule)
