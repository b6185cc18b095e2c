import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { today } from '../src/author/kepText.js'
import { runCli } from '../src/cli/run.js'
import { loadSettings } from '../src/config/settings.js'
import { rulesAsTheyAre } from '../src/config/ruleSource.js'
import type { DataSource } from '../src/core/dataSource.js'
import { git, initRepo } from './helpers/git.js'
import { BODY, ENHANCEMENT, enhancement, openshift } from './helpers/openshift.js'
import { removeRepos, writeRepo } from './helpers/repo.js'

/*
 * The openshift preset as a user meets it: OpenShift's own checks are errors on the files a
 * pull request adds (as hack/find_new.sh picks them) and warnings everywhere else; a full audit
 * fails only what is wrong for every reader; hack/lint-ignores and the repository's own template
 * are read; `new` and `promote` write enhancements as OpenShift's template says.
 */

const saved = { global: process.env.GIT_CONFIG_GLOBAL, nosystem: process.env.GIT_CONFIG_NOSYSTEM }
beforeAll(() => {
  process.env.GIT_CONFIG_GLOBAL = '/dev/null'
  process.env.GIT_CONFIG_NOSYSTEM = '1'
})
afterAll(() => {
  for (const [key, value] of [
    ['GIT_CONFIG_GLOBAL', saved.global],
    ['GIT_CONFIG_NOSYSTEM', saved.nosystem]
  ] as const) {
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
  }
  removeRepos()
})

interface Problem {
  file: string
  rule: string
  severity: string
  message: string
  preexisting?: string
}

async function cli(root: string, ...args: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, { cwd: root, stdout: text => (stdout += text), stderr: text => (stderr += text) })
  return { code, stdout, stderr }
}

async function checkJson(root: string, ...args: string[]): Promise<{ code: number; problems: Problem[]; checked: string[] }> {
  const { code, stdout, stderr } = await cli(root, 'check', '--preset', 'openshift', '--format', 'json', ...args)
  if (code === 2) throw new Error(stderr)
  const report = JSON.parse(stdout) as { problems: Problem[]; checked: string[] }
  return { code, ...report }
}

const shown = (problems: Problem[]) => problems.map(p => `${p.file} ${p.severity}${p.preexisting ? ` (${p.preexisting})` : ''} ${p.rule}`)

/** An enhancement from before the template grew, as most of openshift/enhancements is: titled in words, no tracking-link, few sections. */
const OLD = 'enhancements/installer/old-idea.md'
const OLD_TEXT = enhancement({ title: 'Old Idea', 'tracking-link': null, 'api-approvers': null }, '# Old Idea\n\n## Summary\n\nOld.\n')

function write(root: string, path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true })
  writeFileSync(join(root, path), text)
}

/** A repository whose master holds the old enhancement; branch feature commits what `edit` does. */
function pullRequest(edit: (root: string) => void, files: Record<string, string> = {}): string {
  const root = writeRepo({ [OLD]: OLD_TEXT, ...files })
  initRepo(root)
  git(root, 'checkout', '-q', '-b', 'feature')
  edit(root)
  git(root, 'add', '-A')
  git(root, 'commit', '-q', '-m', 'the change')
  return root
}

describe('a pull request under the openshift preset', () => {
  it("adds an enhancement: OpenShift's checks are errors, exactly as metadata-lint and template-lint report them", async () => {
    const added = 'enhancements/installer/new-idea.md'
    const root = pullRequest(root => write(root, added, enhancement({ title: 'New Idea', 'tracking-link': '\n  - TBD' }, '## Summary\n\nNew.\n')))
    const { code, problems, checked } = await checkJson(root, '--base', 'main')
    expect(checked).toEqual([added])
    expect(shown(problems).sort()).toEqual([`${added} error required-sections`, `${added} error title-heading`, `${added} error title-matches-file`, `${added} error tracking-link`])
    expect(code).toBe(1)
  })

  it('adds an enhancement that satisfies them: it passes', async () => {
    const root = pullRequest(root => write(root, ENHANCEMENT, enhancement()))
    const { code, problems } = await checkJson(root, '--base', 'main')
    expect(shown(problems)).toEqual([])
    expect(code).toBe(0)
  })

  it('edits an old enhancement: what OpenShift does not check there is shown, never failing — even a problem the edit brings', async () => {
    const root = pullRequest(root => write(root, OLD, OLD_TEXT.replace('status: provisional', 'status: implementable').replace('"@oscardoe"', 'TBD')))
    const { code, problems } = await checkJson(root, '--base', 'main')
    // OpenShift's checks skip files a pull request only changes: its TBD approver is a warning, the rest were there before.
    expect(problems.filter(p => p.severity === 'error' && !p.preexisting)).toEqual([])
    expect(problems.find(p => p.rule === 'people-required/approvers')).toMatchObject({ severity: 'warning', message: expect.stringContaining('approvers[0] is TBD') })
    expect(problems.find(p => p.rule === 'required-sections')).toMatchObject({ preexisting: 'base' })
    expect(code).toBe(0)
  })

  it('renames an enhancement: its new path is new to OpenShift too, and a title that no longer matches fails', async () => {
    const valid = enhancement({ 'tracking-link': null })
    const root = pullRequest(root => git(root, 'mv', ENHANCEMENT, 'enhancements/installer/renamed-idea.md'), { [ENHANCEMENT]: valid })
    const { code, problems } = await checkJson(root, '--base', 'main')
    const renamed = 'enhancements/installer/renamed-idea.md'
    expect(shown(problems).sort()).toEqual([`${renamed} error title-matches-file`, `${renamed} error tracking-link`])
    // The base had the missing tracking-link as a warning (an old file); the rename makes the file
    // new to OpenShift and the problem an error: a base warning never covers a head error.
    expect(code).toBe(1)
  })

  it('deletes an enhancement or changes its creation-date: warnings, as OpenShift checks neither', async () => {
    const root = pullRequest(root => {
      write(root, OLD, OLD_TEXT.replace('creation-date: 2024-01-15', 'creation-date: 2024-02-01'))
      renameSync(join(root, OLD), join(root, 'gone.txt'))
    })
    const { code, problems } = await checkJson(root, '--base', 'main')
    expect(problems.filter(p => p.rule === 'file-deleted')).toMatchObject([{ severity: 'warning' }])
    expect(code).toBe(0)
  })
})

describe('a full audit under the openshift preset', () => {
  it("shows OpenShift's checks as warnings (no file is new), and fails metadata no reader can read", async () => {
    const root = writeRepo({ [OLD]: OLD_TEXT, 'enhancements/installer/broken.md': '---\ntitle: broken\nauthors:\n  - @janedoe\n---\n\n# Broken\n' })
    const { code, problems, checked } = await checkJson(root, '--root', root)
    expect(checked).toEqual(['enhancements/installer/broken.md', OLD])
    expect(problems.filter(p => p.severity === 'error').map(p => `${p.file} ${p.rule}`)).toEqual(['enhancements/installer/broken.md yaml-syntax'])
    expect(shown(problems.filter(p => p.file === OLD)).sort()).toEqual([`${OLD} warning people-required/api-approvers`, `${OLD} warning required-sections`, `${OLD} warning title-matches-file`, `${OLD} warning tracking-link`])
    expect(code).toBe(1)
  })

  it("skips the files hack/lint-ignores names, as OpenShift's linters do, and notes beside them are still read", async () => {
    const notes = 'enhancements/authentication/study/notes.md'
    const root = writeRepo({ [ENHANCEMENT]: enhancement(), [notes]: '# Getting a Keycloak instance\n', 'hack/lint-ignores': `${notes}\n` })
    expect((await checkJson(root, '--root', root)).checked).toEqual([ENHANCEMENT])
    write(root, 'hack/lint-ignores', '\n')
    const { checked, problems } = await checkJson(root, '--root', root)
    expect(checked).toEqual([notes, ENHANCEMENT].sort())
    expect(problems.filter(p => p.file === notes).map(p => p.rule)).toEqual(['metadata-missing'])
  })

  it("requires the sections of the repository's own template", async () => {
    const root = writeRepo({ [ENHANCEMENT]: enhancement({}, '# Neat\n\n## Summary\n\n## Why Now\n'), 'guidelines/enhancement_template.md': '---\ntitle: x\n---\n\n# Title\n\n## Summary\n\n## Why Now\n\n## Maybe [optional]\n' })
    expect((await checkJson(root, '--root', root)).problems).toEqual([])
    write(root, 'guidelines/enhancement_template.md', '# Title\n\n## Summary\n\n## Risks\n')
    expect((await checkJson(root, '--root', root)).problems).toMatchObject([{ rule: 'required-sections', message: expect.stringContaining('a section of the template is missing: "## Risks"') }])
  })

  it("uses its schema with a repository's own lifecycle: the schema the preset carries, compiled with that lifecycle's states", async () => {
    const root = writeRepo({
      [ENHANCEMENT]: enhancement({ status: 'informational' }),
      'lifecycle.json': JSON.stringify({ name: 'short', states: ['provisional', 'implemented'], initial: ['provisional'], transitions: { provisional: ['implemented'] } })
    })
    const { problems } = await checkJson(root, '--root', root, '--lifecycle', join(root, 'lifecycle.json'))
    expect(problems).toMatchObject([{ rule: 'schema/status', severity: 'warning', message: expect.stringContaining('status "informational" is not one of provisional, implemented') }])
  })

  it("reads the template through the settings' source: in the action, the base commit's", async () => {
    const root = writeRepo({ 'guidelines/enhancement_template.md': '## From the checkout\n' })
    const read: string[] = []
    const source: DataSource = {
      exists: path => path.endsWith('enhancement_template.md') || path.endsWith('lint-ignores'),
      read: path => {
        read.push(path)
        return path.endsWith('lint-ignores') ? 'enhancements/skipped.md' : '## From the base\n'
      }
    }
    const settings = await loadSettings({ ...openshift, root, source: rulesAsTheyAre(source) })
    expect(settings.rules['required-sections']).toEqual({ sections: ['## From the base'] })
    expect(settings.layout.exclude).toEqual(['enhancements/skipped.md', 'enhancements/skipped.md/**'])
    expect(read.sort()).toEqual([join(root, 'guidelines/enhancement_template.md'), join(root, 'hack/lint-ignores')])
  })
})

describe('new and promote under the openshift preset', () => {
  const TODAY = today()

  function repository(withTemplate: boolean): string {
    const template = readFileSync(new URL('../src/presets/openshift/template.ts', import.meta.url), 'utf8')
    expect(template).toContain('neat-enhancement-idea')
    const root = writeRepo({ [OLD]: OLD_TEXT, ...(withTemplate ? { 'guidelines/enhancement_template.md': `${enhancement({ title: 'neat-enhancement-idea' }).split('\n---\n')[0]}\n---\n\nRead the process first.\n\n${BODY}` } : {}) })
    initRepo(root)
    git(root, 'config', 'github.user', 'jdoe')
    return root
  }

  it("new: the template copied into the domain, named by the title's slug, with no number", async () => {
    const root = repository(false)
    const { code, stdout } = await cli(root, 'new', '--preset', 'openshift', '--sig', 'installer', '--title', 'Faster Installs: Phase 2')
    const file = 'enhancements/installer/faster-installs-phase-2.md'
    expect(stdout).toContain(`created ${file} from the built-in template: status provisional\n`)
    const text = readFileSync(join(root, file), 'utf8')
    expect(text).toMatch(/^---\ntitle: faster-installs-phase-2\nauthors:\n {2}- "@jdoe"\n/)
    expect(text).toContain(`creation-date: ${TODAY}\nlast-updated: ${TODAY}\nstatus: provisional\n`)
    expect(text).toContain('\n# Faster Installs: Phase 2\n')
    expect(text).not.toContain('this-other-neat-thing')
    // What the author must still fill in is shown: the pull request that adds it fails until then.
    expect(stdout).toMatch(/warning +tracking-link +tracking-link\[0\] is TBD/)
    expect(stdout).not.toMatch(/title-matches-file|required-sections|title-heading|schema/)
    expect(code).toBe(0)
    git(root, 'add', '-A')
    git(root, 'commit', '-q', '-m', 'new')
    const pr = await checkJson(root, '--base', 'HEAD~1')
    expect([...new Set(pr.problems.map(p => `${p.severity} ${p.rule}`))].sort()).toEqual(['error people-required/api-approvers', 'error people-required/approvers', 'error people-required/reviewers', 'error tracking-link'])
  })

  it("new: the repository's own template, its text kept; a nested domain; refusals", async () => {
    const root = repository(true)
    const { code } = await cli(root, 'new', '--preset', 'openshift', '--sig', 'cloud-integration/aws', '--title', 'NLB security groups', '--author', '@mtulio')
    expect(code).toBe(0)
    const text = readFileSync(join(root, 'enhancements/cloud-integration/aws/nlb-security-groups.md'), 'utf8')
    expect(text).toContain('title: nlb-security-groups\n')
    expect(text).toContain('Read the process first.\n\n# NLB security groups\n')
    expect((await cli(root, 'new', '--preset', 'openshift', '--sig', 'Cloud Integration', '--title', 'x')).stderr).toContain('--sig Cloud Integration is not a domain')
    expect((await cli(root, 'new', '--preset', 'openshift', '--sig', 'installer', '--title', 'Old Idea')).stderr).toContain(`${OLD} already exists`)
    expect((await cli(root, 'new', '--preset', 'openshift', '--sig', 'installer', '--title', 'x', '--status', 'implemented')).stderr).toContain('a new enhancement starts as provisional or implementable or informational')
  })

  it('promote: the status along the lifecycle, last-updated, the file where it is', async () => {
    const root = repository(false)
    const { code, stdout } = await cli(root, 'promote', '--preset', 'openshift', OLD, '--status', 'implementable')
    expect(stdout).toContain('status: provisional → implementable')
    const text = readFileSync(join(root, OLD), 'utf8')
    expect(text).toContain('status: implementable\n')
    expect(text).toContain(`last-updated: ${TODAY}\n`)
    expect(code).toBe(0)
    expect((await cli(root, 'promote', '--preset', 'openshift', OLD, '--status', 'informational')).stderr).toContain('status cannot change from implementable to informational')
    expect((await cli(root, 'promote', '--preset', 'openshift', OLD, '--stage', 'beta')).stderr).toContain('the openshift lifecycle has no stages')
  })
})
