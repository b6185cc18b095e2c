import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { editedBytes, editorOf, readKepText } from '../src/author/kepText.js'
import { formatNamed } from '../src/presets/registry.js'
import { renderedByYaml, renderScalar } from '../src/edit/yamlSource.js'
import { MetadataEditError, type MetadataValue, type SetOptions } from '../src/edit/metadataEditor.js'

type Edit = [path: string[], value: MetadataValue, options?: SetOptions]

/** The file after the edits, through the editor and the check that the result reads as asked. */
async function edit(text: string, format: string, ...edits: Edit[]): Promise<string> {
  const kep = await readKepText(format === 'kep.yaml' ? 'keps/sig-node/42-x/kep.yaml' : 'sig-node/0042-x.md', Buffer.from(text), formatNamed(format))
  const editor = editorOf(kep)
  for (const [path, value, options] of edits) editor.set(path, value, options)
  return (await editedBytes(kep, editor)).toString('utf8')
}

const FRONT_MATTER = `---
kep-number: draft-20240115   # the draft number
title: 'Node Swap: Support'
authors:
  - name: Jane Doe
    github: janedoe
owning-sig: sig-node
reviewers: TBD
approvers: TBD
editor: TBD
creation-date: 2024-01-15
status: "Draft"
---

# Node Swap

status: Draft stays in the body.
`

describe('the metadata editor rewrites only the values it is asked to', () => {
  it("replaces scalars in place, keeping each one's quoting and the comment beside it", async () => {
    const edited = await edit(FRONT_MATTER, 'markdown', [['status'], 'Approved'], [['kep-number'], 8], [['title'], "Node Swap: Support's End"])
    expect(edited).toBe(FRONT_MATTER.replace('draft-20240115   #', '8   #').replace(`'Node Swap: Support'`, `'Node Swap: Support''s End'`).replace('status: "Draft"', 'status: "Approved"'))
  })

  it('adds a missing key after the key named, at its indentation, and nothing else moves', async () => {
    const edited = await edit(FRONT_MATTER, 'markdown', [['last-updated'], '2024-02-01', { after: ['creation-date'] }])
    expect(edited).toBe(FRONT_MATTER.replace('creation-date: 2024-01-15\n', 'creation-date: 2024-01-15\nlast-updated: 2024-02-01\n'))
  })

  it('writes a number as a number even where the old value was quoted: "42" would be text', async () => {
    const edited = await edit(FRONT_MATTER.replace('draft-20240115   # the draft number', '"draft-20240115"'), 'markdown', [['kep-number'], 8])
    expect(edited).toContain('kep-number: 8\n')
  })

  it("edits KEP-1's fenced block under its indentation, with CRLF line endings kept", async () => {
    const metadata = [
      '---',
      'kep-number: 3',
      'title: Fenced',
      'owning-sig: sig-node',
      'reviewers: TBD',
      'approvers: TBD',
      'editor: TBD',
      'creation-date: 2019-01-01',
      'status: Approved',
      'authors:',
      '  - name: Jane Doe',
      '    github: janedoe'
    ]
    const base = ['# KEP', '', '## Metadata', '', '  ```yaml', ...metadata.map(line => `  ${line}`), '  ```', '', 'Body.', ''].join('\r\n')
    const edited = await edit(base, 'markdown', [['status'], 'Final'], [['last-updated'], '2024-02-01', { after: ['creation-date'] }])
    expect(edited).toBe(base.replace('  status: Approved', '  status: Final').replace('  creation-date: 2019-01-01\r\n', '  creation-date: 2019-01-01\r\n  last-updated: 2024-02-01\r\n'))
  })

  const KEP_YAML = [
    'title: Pod Overhead',
    'kep-number: 42',
    'authors:',
    '  - "@janedoe"',
    'owning-sig: sig-node',
    'status: implementable',
    '',
    '# The target maturity stage.',
    'stage: alpha # or beta',
    "latest-milestone: 'v1.30'",
    'milestone:',
    '  alpha: "v1.30"',
    '',
    '# PRR answers',
    'disable-supported: true',
    ''
  ].join('\r\n')

  it('adds a key inside a nested mapping after the keys that precede it, quoted as asked', async () => {
    const edited = await edit(KEP_YAML, 'kep.yaml', [['stage'], 'beta'], [['latest-milestone'], 'v1.31'], [['milestone', 'beta'], 'v1.31', { after: ['alpha'], quote: 'double' }])
    expect(edited).toBe(KEP_YAML.replace('stage: alpha # or beta', 'stage: beta # or beta').replace("'v1.30'", "'v1.31'").replace('  alpha: "v1.30"\r\n', '  alpha: "v1.30"\r\n  beta: "v1.31"\r\n'))
  })

  it('adds a whole mapping when the parent key is missing, before the comments of the next key', async () => {
    const without = KEP_YAML.replace('milestone:\r\n  alpha: "v1.30"\r\n', '')
    const edited = await edit(without, 'kep.yaml', [['milestone', 'beta'], 'v1.31', { after: ['latest-milestone'], quote: 'double' }])
    expect(edited).toBe(without.replace("latest-milestone: 'v1.30'\r\n", 'latest-milestone: \'v1.30\'\r\nmilestone:\r\n  beta: "v1.31"\r\n'))
  })

  it('replaces a list where it stood and empties one, keeping the comments that follow it', async () => {
    const edited = await edit(KEP_YAML, 'kep.yaml', [['authors'], ['@alice', '@bob']], [['milestone'], null])
    expect(edited).toBe(KEP_YAML.replace('  - "@janedoe"', '  - "@alice"\r\n  - "@bob"').replace('milestone:\r\n  alpha: "v1.30"\r\n', 'milestone:\r\n'))
  })

  it('fills an empty {} with the mapping a path needs, its comment kept', async () => {
    const flow = KEP_YAML.replace('milestone:\r\n  alpha: "v1.30"', 'milestone: {} # none yet')
    const edited = await edit(flow, 'kep.yaml', [['milestone', 'beta'], 'v1.31', { quote: 'double' }])
    expect(edited).toBe(flow.replace('milestone: {} # none yet', 'milestone:\r\n  beta: "v1.31" # none yet'))
  })

  it('refuses a value it cannot rewrite exactly, a block scalar', async () => {
    const literal = KEP_YAML.replace('title: Pod Overhead', 'title: |\r\n  Pod Overhead')
    await expect(edit(literal, 'kep.yaml', [['title'], 'New'])).rejects.toThrow(MetadataEditError)
  })

  it('refuses to write metadata that does not read back as asked', async () => {
    const kep = await readKepText('keps/sig-node/42-x/kep.yaml', Buffer.from(KEP_YAML), formatNamed('kep.yaml'))
    const editor = editorOf(kep)
    editor.set(['status'], 'implemented')
    expect(() => editor.verify({ ...(kep.document.metadata!.data as object), status: 'implementable' })).toThrow(MetadataEditError)
  })
})

// kubernetes/enhancements, where the corpus is (see kubernetes.test.ts).
const CORPUS = process.env.KEP_CORPUS ?? fileURLToPath(new URL('../../shared/corpus/kubernetes-enhancements', import.meta.url))

describe('a string written as a scalar', () => {
  // renderScalar writes the common strings itself (a handle given its @); the library decides the rest.
  it('is written as the yaml library writes it, in every style, in and out of a flow collection', () => {
    const letters = ['a', 'Z', 'e', 'x', 'o', '0', '7', '@', '`', '.', '_', '/', '-', '+', ' ', ':', '#', '"', "'", '\\', '\n', 'é', '[', ',']
    const values = [
      'janedoe',
      '@janedoe',
      '@jane-doe',
      '`x',
      'KEP-15',
      '2023-09-18',
      '2023-9-18',
      'v1.31',
      'implemented',
      'true',
      'True',
      'FALSE',
      'null',
      'Null',
      'nULL',
      '12',
      '0x1F',
      '0o17',
      '1e3',
      '1e-3',
      '1E-3',
      '1.5',
      '1.2.3',
      '1-2',
      '1_000',
      '1/2',
      'e-1',
      '.5',
      '-a',
      'a-',
      'sig/node',
      '@',
      '@-a',
      ''
    ]
    // Every string of up to three of these characters, besides the values above.
    for (const a of letters) for (const b of ['', ...letters]) for (const c of ['', ...letters]) values.push(a + b + c)
    for (const value of values)
      for (const style of ['PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE'] as const)
        for (const flow of [false, true]) {
          const expected = renderedByYaml(value, style, flow)
          if (renderScalar(value, style, flow) !== expected) expect([value, style, flow, renderScalar(value, style, flow)]).toEqual([value, style, flow, expected])
        }
    expect(renderScalar('janedoe', 'PLAIN')).toBe('janedoe')
    expect(renderScalar('@janedoe', 'PLAIN')).toBe('"@janedoe"')
    expect(renderScalar('@janedoe', 'QUOTE_SINGLE')).toBe("'@janedoe'")
    expect(renderScalar('2023-09-18', 'PLAIN')).toBe('2023-09-18')
    expect(renderScalar('true', 'PLAIN')).toBe('"true"')
  })
})

describe('on every kep.yaml of kubernetes/enhancements', () => {
  it("takes a promotion's edits, and every line but the edited keys' is kept", async () => {
    if (!existsSync(join(CORPUS, 'keps'))) return console.log(`skipped: no kubernetes/enhancements corpus at ${CORPUS}`)
    const files = (readdirSync(join(CORPUS, 'keps'), { recursive: true }) as string[]).filter(file => file.endsWith('kep.yaml'))
    const lost: string[] = []
    for (const file of files) {
      const before = readFileSync(join(CORPUS, 'keps', file), 'utf8')
      const after = await edit(
        before,
        'kep.yaml',
        [['status'], 'implementable'],
        [['stage'], 'beta', { after: ['status'] }],
        [['latest-milestone'], 'v1.40', { after: ['stage', 'status'], quote: 'double' }],
        [['milestone', 'beta'], 'v1.40', { after: ['alpha', 'latest-milestone', 'stage'], quote: 'double' }],
        [['last-updated'], '2026-11-25', { after: ['creation-date'] }]
      )
      const kept = new Set(after.split('\n'))
      lost.push(
        ...before
          .split('\n')
          .filter(line => !kept.has(line) && !/^(status|stage|latest-milestone|last-updated):|^ +beta:/.test(line))
          .map(line => `${file}: ${line}`)
      )
    }
    expect(files.length).toBeGreaterThan(600)
    // The one line that changes: an empty {} that now holds beta.
    expect(lost).toEqual(['sig-instrumentation/4785-resource-state-metrics/kep.yaml: milestone: {} # This is external to the k/k tree.'])
  })
})
