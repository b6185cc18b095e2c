import { afterAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { FakeGitHub, json } from './helpers/fakeGitHub.js'
import { git, initRepo } from './helpers/git.js'
import { kepYaml } from './helpers/kepYaml.js'
import { removeRepos, writeRepo } from './helpers/repo.js'
import { pullRequestPayload, runAction } from './helpers/runAction.js'

/*
 * The README rules on real git repositories, as `kep-validator check --base main` judges a
 * pull request: a table of contents is stale only where the pull request made it so, a template
 * section counts only when the pull request removes it (or adds a KEP without it, or moves a KEP
 * to a stage that asks for it), and the template is the base's.
 */

afterAll(removeRepos)

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
const KEP = 'keps/sig-node/42-pod-overhead/kep.yaml'
const README = 'keps/sig-node/42-pod-overhead/README.md'
const PRR = 'keps/prod-readiness/sig-node/42.yaml'
const TEMPLATE = 'keps/NNNN-kep-template/README.md'

interface Problem {
  file: string
  line: number
  rule: string
  message: string
  severity: string
  expected?: string[]
  preexisting?: 'base' | 'baseline'
}

interface Report {
  problems: Problem[]
  summary: { errors: number; warnings: number; preexisting: number; checked: number }
  checked: string[]
}

function cli(root: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '' } })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

function checkJson(root: string, ...args: string[]): { code: number | null; report: Report } {
  const { code, stdout, stderr } = cli(root, 'check', '--preset', 'kubernetes', '--format', 'json', ...args)
  try {
    return { code, report: JSON.parse(stdout) as Report }
  } catch {
    throw new Error(`not JSON (exit ${code}): ${stdout}\n${stderr}`)
  }
}

function write(root: string, path: string, content: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true })
  writeFileSync(join(root, path), content)
}

/** A repository whose main holds `base`; branch feature commits what `edit` does. */
function pullRequest(base: Record<string, string>, edit: (root: string) => void): string {
  const root = writeRepo(base)
  initRepo(root)
  git(root, 'checkout', '-q', '-b', 'feature')
  edit(root)
  git(root, 'add', '-A')
  git(root, 'commit', '-q', '--allow-empty', '-m', 'the pull request')
  return root
}

/** A README: its title, the table of contents as given, its sections. */
function readme(toc: string, sections: string): string {
  return `# KEP-42: Pod Overhead\n\n<!-- toc -->\n${toc}<!-- /toc -->\n\n${sections}`
}

const SECTIONS = '## Summary\n\nText.\n\n## Motivation\n\n### Goals\n\nText.\n\n## Production Readiness Review Questionnaire\n\n### Feature Enablement and Rollback\n\nText.\n'
const TOC =
  '- [Summary](#summary)\n- [Motivation](#motivation)\n  - [Goals](#goals)\n- [Production Readiness Review Questionnaire](#production-readiness-review-questionnaire)\n  - [Feature Enablement and Rollback](#feature-enablement-and-rollback)\n'
const BETA = '### Rollout, Upgrade and Rollback Planning\n\n<!--\nThis section must be completed when targeting beta to a release.\n-->\n\n###### How can a rollout or rollback fail?\n'
const TEMPLATE_TEXT = `# KEP-NNNN: Your short, descriptive title\n\n<!-- toc -->\n<!-- /toc -->\n\n${SECTIONS.replace(/Text\.\n\n?/g, '')}\n${BETA}`

function repository(readmeText = readme(TOC, SECTIONS), kep = kepYaml()): Record<string, string> {
  return { [KEP]: kep, [README]: readmeText, [PRR]: 'kep-number: 42\nalpha:\n  approver: "@deads2k"\nbeta:\n  approver: "@deads2k"\n', [TEMPLATE]: TEMPLATE_TEXT }
}

const ofRule = (report: Report, rule: string): Array<[string, string | undefined]> => report.problems.filter(p => p.rule === rule).map(p => [p.message, p.preexisting])

describe('toc in a pull request', () => {
  it('reports a table the pull request made stale, at the first line that differs, for a change of the README alone', () => {
    const root = pullRequest(repository(), root => write(root, README, readme(TOC, SECTIONS.replace('### Goals', '### Goals and Limits'))))
    const { code, report } = checkJson(root, '--base', 'main')
    expect(report.checked).toEqual([KEP])
    const problems = report.problems.filter(p => p.rule === 'toc')
    expect(problems).toEqual([expect.objectContaining({ file: README, line: 6, severity: 'error', expected: ['  - [Goals and Limits](#goals-and-limits)'], message: expect.stringContaining('2 of its lines differ, the first at line 6') })])
    expect(problems[0].preexisting).toBeUndefined()
    expect(code).toBe(1)
  })

  it('shows a table stale at the base as preexisting, even when the pull request changes it further', () => {
    const stale = readme(TOC.replace('  - [Goals](#goals)\n', ''), SECTIONS)
    const root = pullRequest(repository(stale), root => write(root, README, readme(TOC.replace('  - [Goals](#goals)\n', ''), `${SECTIONS}\n## Alternatives\n\nText.\n`)))
    const { code, report } = checkJson(root, '--base', 'main')
    expect(ofRule(report, 'toc')).toEqual([[expect.stringContaining('the table of contents is not what mdtoc generates'), 'base']])
    expect(report.summary).toMatchObject({ errors: 0, preexisting: 1 })
    expect(code).toBe(0)
  })

  it('check --fix regenerates the table the pull request made stale, keeping CRLF line ends, and the check passes', () => {
    const crlf = (text: string): string => text.replace(/\n/g, '\r\n')
    const root = pullRequest(repository(crlf(readme(TOC, SECTIONS))), root => write(root, README, crlf(readme(TOC, `${SECTIONS}\n## Alternatives\n\nText.\n`))))
    const { stdout, code } = cli(root, 'check', '--preset', 'kubernetes', '--base', 'main', '--fix')
    expect(stdout).toContain('Fixed 1 problem in 1 file')
    expect(readFileSync(join(root, README), 'utf8')).toBe(crlf(readme(`${TOC}- [Alternatives](#alternatives)\n`, `${SECTIONS}\n## Alternatives\n\nText.\n`)))
    expect(code).toBe(0)
  })

  it('reads the exemption list from the base: a pull request cannot exempt the README it breaks', () => {
    const root = pullRequest({ ...repository(), 'hack/.notableofcontents': 'keps/other/README.md\n' }, root => {
      write(root, README, `# KEP-42: Pod Overhead\n\n${SECTIONS}`)
      write(root, 'hack/.notableofcontents', `keps/other/README.md\n${README}\n`)
    })
    const { report } = checkJson(root, '--base', 'main')
    expect(ofRule(report, 'toc')).toEqual([[expect.stringContaining('this README has no <!-- toc --> marker'), undefined]])
  })

  it('judges every README in a full audit, and check --fix writes them all', () => {
    const root = writeRepo(repository(readme('', SECTIONS)))
    const { code, report } = checkJson(root)
    expect(ofRule(report, 'toc')).toEqual([[expect.stringContaining('5 of its lines differ'), undefined]])
    expect(code).toBe(1)
    expect(cli(root, 'check', '--preset', 'kubernetes', '--fix').code).toBe(0)
    expect(readFileSync(join(root, README), 'utf8')).toBe(readme(TOC, SECTIONS))
  })
})

describe('template-sections in a pull request', () => {
  it('warns about a section the pull request removes, and says where it goes', () => {
    const root = pullRequest(repository(), root => write(root, README, readme(TOC, SECTIONS.replace('### Goals\n\nText.\n\n', ''))))
    const { code, report } = checkJson(root, '--base', 'main')
    expect(report.problems.filter(p => p.rule === 'template-sections')).toEqual([
      expect.objectContaining({
        file: README,
        severity: 'warning',
        message: `this change removes "### Goals", a section of ${TEMPLATE} that the README had; keep it (write "N/A" and why, if it does not apply); it goes after "## Motivation" (line 15)`
      })
    ])
    // The toc went stale too: an error of its own.
    expect(code).toBe(1)
  })

  it('says nothing of a section an old KEP never had, nor of the sections of the template a pull request changes', () => {
    const old = readme(TOC.replace('  - [Goals](#goals)\n', ''), SECTIONS.replace('### Goals\n\nText.\n\n', ''))
    const root = pullRequest(repository(old), root => {
      write(root, README, old.replace('Text.', 'Better text.'))
      write(root, TEMPLATE, `${TEMPLATE_TEXT}\n## Drawbacks\n`)
    })
    const { code, report } = checkJson(root, '--base', 'main')
    expect(report.problems).toEqual([])
    expect(code).toBe(0)
  })

  it('asks a KEP that moves to beta for the sections the template asks for from beta on', () => {
    const root = pullRequest(repository(), root => write(root, KEP, kepYaml({ stage: 'beta', milestone: '\n  alpha: "v1.30"\n  beta: "v1.31"', 'latest-milestone': '"v1.31"' })))
    const { report } = checkJson(root, '--base', 'main')
    expect(ofRule(report, 'template-sections')).toEqual([
      [expect.stringMatching(/^the KEP moves to stage beta, and .* asks for "### Rollout, Upgrade and Rollback Planning" from beta on; the README lacks it; it goes after "### Feature Enablement and Rollback" \(line 23\)$/), undefined],
      [expect.stringContaining('"###### How can a rollout or rollback fail?"'), undefined]
    ])
  })

  it('asks a new KEP for every section, and a full audit asks nothing of any KEP', () => {
    const NEW = 'keps/sig-node/43-other'
    const root = pullRequest(repository(), root => {
      write(root, `${NEW}/kep.yaml`, kepYaml({ 'kep-number': '43', title: 'Other', status: 'provisional' }))
      write(root, `${NEW}/README.md`, readme('- [Summary](#summary)\n', '## Summary\n\nText.\n'))
    })
    const { report } = checkJson(root, '--base', 'main')
    const lacks = report.problems.filter(p => p.rule === 'template-sections').map(p => `${p.file}: ${p.message.replace(/": a KEP's README has every section.*/, '"')}`)
    expect(lacks.sort()).toEqual(
      ['## Motivation', '### Goals', '## Production Readiness Review Questionnaire', '### Feature Enablement and Rollback', '### Rollout, Upgrade and Rollback Planning', '###### How can a rollout or rollback fail?']
        .map(heading => `${NEW}/README.md: this new README lacks "${heading}"`)
        .sort()
    )
    expect(checkJson(root).report.problems.filter(p => p.rule === 'template-sections')).toEqual([])
  })
})

describe('the action without git: the README rules read what they need through the REST API', () => {
  it('fetches the changed README at the base and the head, and the template and exemption list at the base', async () => {
    const baseSha = 'b'.repeat(40)
    const headSha = 'e'.repeat(40)
    const stale = readme(TOC, SECTIONS.replace('### Goals', '### Goals and Limits'))
    // The checkout (no git) is the head; the base's files exist only on the server.
    const workspace = writeRepo(repository(stale))
    const server = new FakeGitHub()
      .on('GET', /\/pulls\/7\/files\?/, (_, response) => json(response, 200, [{ filename: README, status: 'modified' }]))
      .on('GET', /\/contents\//, (request, response) => {
        const url = new URL(request.path, 'http://x')
        const path = decodeURIComponent(url.pathname.replace('/repos/kubernetes/enhancements/contents/', ''))
        const atBase = url.searchParams.get('ref') === baseSha
        const files: Record<string, string> = atBase ? { ...repository(), [TEMPLATE]: TEMPLATE_TEXT } : { [README]: stale }
        if (files[path] === undefined) return json(response, 404, { message: 'Not Found' })
        response.writeHead(200, { 'content-type': 'application/vnd.github.raw' }).end(files[path])
      })
    const apiUrl = await server.start()
    try {
      const run = await runAction({ workspace, apiUrl, inputs: { token: 't', preset: 'kubernetes', index: 'none' }, event: { name: 'pull_request', payload: pullRequestPayload(7, baseSha, headSha) } })
      expect(run.stdout).toMatch(/using the GitHub API/)
      expect(run.stdout).toMatch(new RegExp(`::error title=toc,file=${README},line=6,.*2 of its lines differ`))
      // The KEP's metadata is its own base (no base-unreadable): the one problem is the table's.
      expect(run.outputs.errors).toBe('1')
      expect(run.code).toBe(1)
      const fetched = server.requests
        .filter(r => r.path.includes('/contents/'))
        .map(r => {
          const url = new URL(r.path, 'http://x')
          return `${decodeURIComponent(url.pathname.replace('/repos/kubernetes/enhancements/contents/', ''))}@${url.searchParams.get('ref') === baseSha ? 'base' : 'head'}`
        })
      expect(fetched.sort()).toEqual([`${KEP}@base`, `${README}@base`, `${README}@head`, `${TEMPLATE}@base`, 'hack/.notableofcontents@base'].sort())
    } finally {
      await server.stop()
    }
  })
})
