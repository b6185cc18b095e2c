import { afterAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { git } from './helpers/git.js'

const RELEASE = fileURLToPath(new URL('../scripts/release', import.meta.url))
const work = mkdtempSync(join(tmpdir(), 'kep-validator-release-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

const CHANGELOG = `# Changelog

## [Unreleased]

### Added

- Something new.

## [0.1.0]

- The first version.

[Unreleased]: https://github.com/o/r/compare/v0.1.0...HEAD
[0.1.0]: https://github.com/o/r/releases/tag/v0.1.0
`

let repositories = 0

/** A clone of a repository at version 0.1.0 (tagged v0.1.0 unless untagged), with a bare origin to push to. */
function repository({ tagged = true } = {}): { root: string; origin: string } {
  const base = join(work, String(++repositories))
  const origin = join(base, 'origin.git')
  const root = join(base, 'work')
  mkdirSync(root, { recursive: true })
  git(base, 'init', '-q', '--bare', origin)
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'kep-validator', version: '0.1.0' }, null, 2) + '\n')
  writeFileSync(join(root, 'CHANGELOG.md'), CHANGELOG)
  git(root, 'init', '-q', '-b', 'main')
  git(root, 'add', '-A')
  git(root, 'commit', '-q', '-m', 'initial')
  if (tagged) git(root, 'tag', '-a', 'v0.1.0', '-m', 'v0.1.0')
  git(root, 'remote', 'add', 'origin', origin)
  git(root, 'push', '-q', 'origin', 'main', '--tags')
  return { root, origin }
}

function release(root: string, ...args: string[]) {
  const result = spawnSync('bash', [RELEASE, ...args], {
    cwd: root,
    encoding: 'utf8',
    input: '',
    env: {
      ...process.env,
      NODE_OPTIONS: '',
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.com',
      GIT_CONFIG_NOSYSTEM: '1',
      HOME: root,
      npm_config_cache: join(work, 'npm-cache')
    }
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** Everything a release could change: the files, the commits and tags here and on origin. */
function state(root: string, origin: string) {
  return {
    files: [readFileSync(join(root, 'package.json'), 'utf8'), readFileSync(join(root, 'CHANGELOG.md'), 'utf8')],
    refs: git(root, 'show-ref'),
    origin: git(origin, 'show-ref')
  }
}

const version = (root: string): string => JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version
const commitOf = (root: string, ref: string): string => git(root, 'rev-parse', `${ref}^{commit}`).trim()

describe('scripts/release', () => {
  it('in a dry run, reads the latest tag and says what it would do, changing nothing', () => {
    const { root, origin } = repository()
    const before = state(root, origin)
    const { code, stdout } = release(root, '--dry-run', 'v0.2.0')
    expect(code).toBe(0)
    expect(stdout).toContain('latest release: v0.1.0')
    expect(stdout).toContain('would run: npm version 0.2.0 --no-git-tag-version')
    expect(stdout).toContain('would run: git tag -a v0.2.0 -m v0.2.0')
    expect(stdout).toContain('would run: git tag -fa v0 -m v0.2.0')
    expect(stdout).toContain('would run: git push --force origin v0')
    expect(state(root, origin)).toEqual(before)
  })

  it.each([
    ['a lower version', '0.0.9', /v0\.0\.9 is not greater than the latest release v0\.1\.0/],
    ['the same version', 'v0.1.0', /v0\.1\.0 is not greater than the latest release v0\.1\.0/],
    ['a version that is not X.Y.Z', '1.2', /"1\.2" is not a version of the form X\.Y\.Z/],
    ['a version with a leading zero', '0.02.0', /"0\.02\.0" is not a version of the form X\.Y\.Z/]
  ])('refuses %s, in a dry run too, and changes nothing', (_, wanted, message) => {
    const { root, origin } = repository()
    const before = state(root, origin)
    for (const args of [['--dry-run', wanted], [wanted]]) {
      const { code, stderr } = release(root, ...args)
      expect(code).toBe(1)
      expect(stderr).toMatch(message)
    }
    expect(state(root, origin)).toEqual(before)
  })

  it("for a first release, with no tag yet, refuses a version below package.json's", () => {
    const { root } = repository({ tagged: false })
    const { code, stderr } = release(root, '--dry-run', '0.0.1')
    expect(code).toBe(1)
    expect(stderr).toContain("v0.0.1 is lower than package.json's version 0.1.0")
    expect(release(root, '--dry-run', '0.1.0').code).toBe(0)
  })

  it('asks for the version, and without a terminal to ask on says to give it', () => {
    const { root } = repository()
    const { code, stderr } = release(root, '--dry-run')
    expect(code).toBe(2)
    expect(stderr).toContain('give the new version as an argument')
  })

  it('bumps the version, dates the changelog, tags vX.Y.Z, moves vX and pushes them all', () => {
    const { root, origin } = repository()
    expect(release(root, 'v0.2.0')).toMatchObject({ code: 0 })
    expect(version(root)).toBe('0.2.0')
    const changelog = readFileSync(join(root, 'CHANGELOG.md'), 'utf8')
    expect(changelog).toMatch(/## \[Unreleased\]\n\n## \[0\.2\.0\] - \d{4}-\d{2}-\d{2}\n\n### Added\n\n- Something new\./)
    expect(changelog).toContain('[Unreleased]: https://github.com/o/r/compare/v0.2.0...HEAD\n[0.2.0]: https://github.com/o/r/releases/tag/v0.2.0\n')
    expect(git(root, 'log', '-1', '--format=%s').trim()).toBe('Release v0.2.0')
    expect(git(root, 'status', '--porcelain')).toBe('')
    const head = commitOf(root, 'HEAD')
    for (const where of [root, origin]) expect([commitOf(where, 'v0.2.0'), commitOf(where, 'v0'), commitOf(where, 'main')]).toEqual([head, head, head])

    // The next release moves v0 on, locally and on origin.
    expect(release(root, '0.2.1')).toMatchObject({ code: 0 })
    const next = commitOf(root, 'HEAD')
    expect(next).not.toBe(head)
    for (const where of [root, origin]) expect([commitOf(where, 'v0.2.1'), commitOf(where, 'v0'), commitOf(where, 'v0.2.0')]).toEqual([next, next, head])
  })

  it('refuses to release uncommitted changes', () => {
    const { root, origin } = repository()
    writeFileSync(join(root, 'README.md'), 'not committed\n')
    const before = state(root, origin)
    const { code, stderr } = release(root, '0.2.0')
    expect(code).toBe(1)
    expect(stderr).toContain('uncommitted changes')
    expect(state(root, origin)).toEqual(before)
  })
})

describe('the release notes, from CHANGELOG.md', () => {
  function section(version: string, changelog: string) {
    const file = join(work, `changelog-${version}.md`)
    writeFileSync(file, changelog)
    const result = spawnSync(process.execPath, [fileURLToPath(new URL('../scripts/changelog-section.mjs', import.meta.url)), version, file], { encoding: 'utf8' })
    return { code: result.status, stdout: result.stdout, stderr: result.stderr }
  }

  it("are the version's section, up to the next version or the links", () => {
    const dated = CHANGELOG.replace('## [Unreleased]\n', '## [Unreleased]\n\n## [0.2.0] - 2025-01-31\n')
    expect(section('v0.2.0', dated)).toEqual({ code: 0, stdout: '### Added\n\n- Something new.\n', stderr: '' })
    expect(section('0.1.0', dated)).toEqual({ code: 0, stdout: '- The first version.\n', stderr: '' })
  })

  it('are an error for a version the changelog has no section for', () => {
    const { code, stderr } = section('v0.3.0', CHANGELOG)
    expect(code).toBe(1)
    expect(stderr).toContain('has no section "## [0.3.0]"')
  })

  it("include this repository's own first version", () => {
    const result = spawnSync(process.execPath, ['scripts/changelog-section.mjs', 'v0.1.0'], { encoding: 'utf8' })
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/^The first version/)
  })
})
