import { afterAll, describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runCli } from '../src/cli/run.js'
import { escapeTemplateValue, renderTemplate } from '../src/indexFile/renderTemplate.js'
import { kepYaml } from './helpers/kepYaml.js'
import { fields, frontMatterKep, removeRepos, writeRepo } from './helpers/repo.js'

afterAll(removeRepos)

async function cli(cwd: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, { cwd, stdout: text => (stdout += text), stderr: text => (stderr += text) })
  return { code, stdout, stderr }
}

const TEMPLATE = '# KEPs\n\n{{#keps}}\n- {{number}} [{{title}}]({{link}}) {{status}} {{lastupdated}}{{#unreadable}}(unreadable){{/unreadable}}\n{{/keps}}\n'

describe("a repository's own index template", () => {
  it('renders the whole index of kep-0001 KEPs, in number order, drafts after, and keeps it fresh', async () => {
    const root = writeRepo({
      'sig-node/0042-pod-overhead.md': frontMatterKep(fields({ 'last-updated': '2024-02-01' })),
      'sig-apps/0007-job-api.md': frontMatterKep(fields({ 'kep-number': '7', title: 'Job <API> & "more"', 'owning-sig': 'sig-apps', status: 'Final' })),
      'sig-apps/draft-20240101-new.md': frontMatterKep(fields({ 'kep-number': 'draft-20240101', title: 'New', 'owning-sig': 'sig-apps', status: 'Draft', 'creation-date': '2024-01-01' })),
      'sig-apps/0008-broken.md': '---\ntitle: [unclosed\n---\n',
      'templates/index.md.mustache': TEMPLATE,
      '.kep-validator.yml': 'index: KEPS.md\nindex-template: templates/index.md.mustache\n'
    })
    const stale = await cli(root, 'check', '--format', 'json')
    expect(JSON.parse(stale.stdout).problems).toEqual(expect.arrayContaining([expect.objectContaining({ file: 'KEPS.md', rule: 'index-stale', message: expect.stringContaining('it is generated from templates/index.md.mustache') })]))
    expect((await cli(root, 'index', '--write')).code).toBe(0)
    expect(readFileSync(join(root, 'KEPS.md'), 'utf8')).toBe(
      [
        '# KEPs',
        '',
        '- 7 [Job &lt;API&gt; &amp; &quot;more&quot;](sig-apps/0007-job-api.md) Final ',
        '- 42 [Pod Overhead](sig-node/0042-pod-overhead.md) Approved 2024-02-01',
        '- draft-20240101 [New](sig-apps/draft-20240101-new.md) Draft ',
        '-  [](sig-apps/0008-broken.md)  (unreadable)',
        ''
      ].join('\n')
    )
    expect((await cli(root, 'index', '--check')).code).toBe(0)
    // The template changes: the index is stale, and --fix renders it again.
    writeFileSync(join(root, 'templates/index.md.mustache'), TEMPLATE.replace('# KEPs', '# All KEPs'))
    const checked = await cli(root, 'check', '--format', 'json')
    expect(JSON.parse(checked.stdout).problems).toEqual(expect.arrayContaining([expect.objectContaining({ file: 'KEPS.md', rule: 'index-stale', line: 1 })]))
    await cli(root, 'check', '--fix')
    expect(readFileSync(join(root, 'KEPS.md'), 'utf8').startsWith('# All KEPs\n\n- 7 ')).toBe(true)
  })

  it('serves the kubernetes preset too, from the command line', async () => {
    const root = writeRepo({ 'keps/sig-node/42-pod-overhead/kep.yaml': kepYaml(), 'keps.mustache': '{{#keps}}{{kepnumber}} {{owningsig}} {{file}}\n{{/keps}}' })
    const printed = await cli(root, 'index', '--preset', 'kubernetes', '--index', 'KEPS.md', '--index-template', 'keps.mustache')
    expect(printed.stderr).toBe('')
    expect(printed.stdout).toBe('42 sig-node keps/sig-node/42-pod-overhead/kep.yaml\n')
  })

  it('fails, saying why, when the template is missing or does not parse', async () => {
    const root = writeRepo({ 'sig-node/0042-pod-overhead.md': frontMatterKep(fields()), '.kep-validator.yml': 'index-template: index.mustache\n' })
    const missing = await cli(root, 'check', '--format', 'json')
    expect(JSON.parse(missing.stdout).problems).toEqual([
      expect.objectContaining({ file: 'index.md', rule: 'index-stale', severity: 'error', message: expect.stringContaining('the index template index.mustache cannot be read (it does not exist)') })
    ])
    writeFileSync(join(root, 'index.mustache'), '{{#keps}}unclosed')
    const broken = await cli(root, 'index')
    expect(broken.code).toBe(2)
    expect(broken.stderr).toContain('the index template index.mustache cannot be rendered: Unclosed section "keps"')
    // index-template: none is the built-in index again.
    expect((await cli(root, 'index', '--index-template', 'none')).stdout).toContain('<!-- BEGIN KEP INDEX -->')
  })
})

describe('the escaping of a template value, as chevron (Python) prints it', () => {
  it('escapes & < > " and nothing else, and prints values as Python str() does', () => {
    expect(escapeTemplateValue(`a & <b> "c" 'd' /e/ \`f\` =g`)).toBe(`a &amp; &lt;b&gt; &quot;c&quot; 'd' /e/ \`f\` =g`)
    expect([true, false, 0, 42, 1.5, null, undefined, '', [], {}].map(escapeTemplateValue)).toEqual(['True', 'False', '0', '42', '1.5', '', '', '', '', ''])
    expect(escapeTemplateValue(['@a', "it's", 'x"y'])).toBe(`['@a', &quot;it's&quot;, 'x&quot;y']`)
    expect(renderTemplate('{{#list}}[{{.}}]{{/list}} {{missing}}|{{{raw}}}', { list: ['a', 'b'], raw: '<b>' })).toBe('[a][b] |<b>')
  })
})
