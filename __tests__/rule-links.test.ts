import { afterAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import type { Diagnostic } from '../src/core/diagnostic.js'
import { docsLocation, PROJECT_REPOSITORY, ruleOf, ruleUrl } from '../src/format/ruleLinks.js'
import { checkReport } from '../src/format/checkReport.js'
import { FORMATTERS } from '../src/format/formatters.js'
import { RULES } from '../src/rules/registry.js'
import { fields, frontMatterKep, removeRepos, writeRepo } from './helpers/repo.js'
import { runAction } from './helpers/runAction.js'

afterAll(removeRepos)

const FILE = 'sig-node/0042-pod-overhead.md'

function diagnostic(rule: string): Diagnostic {
  return { file: FILE, line: 9, column: 9, endLine: 9, endColumn: 14, severity: 'error', rule, message: 'status "draft" is not one of Draft, …' }
}

describe('each problem of the job summary links to its rule', () => {
  it("points at the action's own repository and ref, as the runner names them", () => {
    const location = docsLocation({ GITHUB_ACTION_REPOSITORY: 'someone/kep-validator-fork', GITHUB_ACTION_REF: 'v1', GITHUB_SERVER_URL: 'https://github.com' })
    expect(location).toEqual({ server: 'https://github.com', repository: 'someone/kep-validator-fork', ref: 'v1' })
    expect(ruleUrl('status-transition', location)).toBe('https://github.com/someone/kep-validator-fork/blob/v1/docs/rules.md#status-transition')
    // A GitHub Enterprise server keeps its own address; a ref with a slash keeps its slash.
    expect(ruleUrl('date-order', docsLocation({ GITHUB_ACTION_REPOSITORY: 'org/kep-validator', GITHUB_ACTION_REF: 'release/1.2', GITHUB_SERVER_URL: 'https://ghe.example.com/' }))).toBe(
      'https://ghe.example.com/org/kep-validator/blob/release/1.2/docs/rules.md#date-order'
    )
  })

  it("falls back to this project's repository (package.json's) at main outside a `uses: owner/repo@ref` step", () => {
    for (const env of [{}, { GITHUB_ACTION_REPOSITORY: '' }, { GITHUB_ACTION_REPOSITORY: 'not a repository', GITHUB_ACTION_REF: 'v1' }]) {
      expect(ruleUrl('file-deleted', docsLocation(env))).toBe(`https://github.com/${PROJECT_REPOSITORY}/blob/main/docs/rules.md#file-deleted`)
    }
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { repository: { url: string } }
    expect(pkg.repository.url).toBe(`git+https://github.com/${PROJECT_REPOSITORY}.git`)
  })

  it('links a problem named by field (schema/status) to the rule it belongs to, and nothing that is no rule', () => {
    expect(ruleOf('schema/status')).toBe('schema')
    expect(ruleOf('prod-readiness-schema/kep-number')).toBe('prod-readiness-schema')
    expect(ruleOf('status-transition/anything')).toBeUndefined()
    expect(ruleOf('no-such-rule')).toBeUndefined()
    for (const id of RULES.keys()) expect(ruleOf(id)).toBe(id)
    const location = docsLocation({})
    expect(ruleUrl('schema/status', location)).toMatch(/\/docs\/rules\.md#schema$/)
    expect(ruleUrl('no-such-rule', location)).toBeUndefined()
  })

  it('renders the rule id as a link in the problem list, and as code without a link when there is none', () => {
    const location = docsLocation({ GITHUB_ACTION_REPOSITORY: 'kep-validator/kep-validator', GITHUB_ACTION_REF: 'v1' })
    const markdown = FORMATTERS.summary(checkReport({ diagnostics: [diagnostic('schema/status'), diagnostic('no-such-rule')], checked: ['a.md'] }), {
      scope: 'full audit',
      displayPath: file => file,
      ruleUrl: rule => ruleUrl(rule, location)
    })
    expect(markdown).toContain('— [`schema/status`](<https://github.com/kep-validator/kep-validator/blob/v1/docs/rules.md#schema>): `status')
    expect(markdown).toContain('— `no-such-rule`: `status')
    expect(FORMATTERS.summary(checkReport({ diagnostics: [diagnostic('schema/status')], checked: ['a.md'] }), { scope: 'full audit', displayPath: file => file })).toContain('— `schema/status`: `status')
  })

  it("is what the bundled action writes, from the runner's GITHUB_ACTION_REPOSITORY and GITHUB_ACTION_REF", async () => {
    const workspace = writeRepo({ [FILE]: frontMatterKep(fields({ status: 'draft' })) })
    const run = await runAction({ workspace, inputs: { index: 'none' }, event: { name: 'workflow_dispatch', payload: {} }, env: { GITHUB_ACTION_REPOSITORY: 'kep-validator/kep-validator', GITHUB_ACTION_REF: 'v1.2.3' } })
    expect(run.summary).toContain('[`schema/status`](<https://github.com/kep-validator/kep-validator/blob/v1.2.3/docs/rules.md#schema>)')
    expect(run.code).toBe(1)
  })
})
