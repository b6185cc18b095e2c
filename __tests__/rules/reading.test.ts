import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Span } from '../../src/core/diagnostic.js'
import { loadSettings } from '../../src/config/settings.js'
import { MAX_KEY_NESTING, MAX_METADATA_BYTES, MAX_NESTING } from '../../src/parse/limits.js'
import { READ_PROBLEMS, type ReadProblemRule } from '../../src/parse/readProblems.js'
import { readKep } from '../../src/read/readKep.js'
import { FileSystemTree } from '../../src/tree/fileSystemTree.js'
import { GitTree } from '../../src/tree/gitTree.js'
import { validate } from '../../src/validate/validate.js'
import { formatNamed } from '../../src/presets/registry.js'
import { git, initRepo } from '../helpers/git.js'
import { fields, frontMatterKep, lineOf, removeRepos, writeRepo } from '../helpers/repo.js'

/**
 * Every problem reading a file can find (READ_PROBLEMS), each shown by an input that produces
 * it: the rule, the exact span, and what the message tells the author.
 */

const outside: string[] = []
afterAll(() => {
  removeRepos()
  for (const dir of outside.splice(0)) rmSync(dir, { recursive: true, force: true })
})

const FILE = 'sig-node/0042-pod-overhead.md'
const KEP_YAML = 'keps/sig-node/1539-hugepages/kep.yaml'

/** A KEP-1 markdown KEP in KEP-1's own form: a fenced block under "## Metadata". */
function fencedKep(yaml: string, { fence = '```yaml', close = '```', indent = '' } = {}): string {
  const body = yaml
    .split('\n')
    .map(line => (line === '' ? line : indent + line))
    .join('\n')
  return `# Pod Overhead\n\n## Metadata\n\n${indent}${fence}\n${body}\n${indent}${close}\n\n## Summary\n\nText.\n`
}

/** 1-based index of the line that is exactly `text`, after `after` (a line number). */
function lineIs(text: string, line: string, after = 0): number {
  const index = text.split(/\r?\n/).findIndex((l, i) => i >= after && l === line)
  if (index === -1) throw new Error(`no line ${JSON.stringify(line)}`)
  return index + 1
}

/** The span of a whole line. */
function wholeLine(text: string, line: number): Span {
  return { line, column: 1, endLine: line, endColumn: text.split(/\r?\n/)[line - 1].length + 1 }
}

/** The span of lines `from` to `to`, to the end of `to`. */
function lines(text: string, from: number, to: number): Span {
  return { line: from, column: 1, endLine: to, endColumn: text.split(/\r?\n/)[to - 1].length + 1 }
}

const FILE_START: Span = { line: 1, column: 1, endLine: 1, endColumn: 1 }

interface ReadCase {
  name: string
  /** The file's bytes, or the error the tree gave instead of them. */
  content: string | Buffer | Error
  format?: 'markdown' | 'kep.yaml'
  file?: string
  span: Span
  /** What the message must say, as a pattern. */
  message: RegExp
  expected?: string[]
  /** A warning leaves the metadata wholly read: these fields are in it. */
  metadata?: Record<string, unknown>
  /** The fix the problem carries. */
  fix?: unknown
}

/** A symbolic link or a submodule is found listing the tree, not reading a file: by validate(), on a repository on disk. */
interface RepositoryCase {
  name: string
  repository: true
  span: Span
  message: RegExp
}

type Case = ReadCase | RepositoryCase

const KEP1_FILE = 'sig-architecture/0001-kubernetes-enhancement-proposal-process.md'
const kep1 = readFileSync(new URL(`../fixtures/kep-1/${KEP1_FILE}`, import.meta.url), 'utf8')

const binary = Buffer.from(frontMatterKep(fields({ title: 'Pod \u0000Overhead' })))
const emptyHeading = '# Pod Overhead\n\n## Metadata\n\nTo be written.\n\n## Summary\n\nText.\n'
const headingLast = '# Pod Overhead\n\nText.\n\n## Metadata\n'
const htmlSwallows = '# Pod Overhead\n\n## Metadata\n<!-- note\n```\n---\ntitle: A\n```\n-->\n'
const largeYaml = fields({ description: 'x'.repeat(MAX_METADATA_BYTES) })
const large = frontMatterKep(largeYaml)
const deepFlow = frontMatterKep(fields({ nested: '['.repeat(MAX_NESTING + 1) + ']'.repeat(MAX_NESTING + 1) }))
const deepFenced = fencedKep(`---\n${fields({ nested: '{a: '.repeat(MAX_NESTING + 1) + '1' + '}'.repeat(MAX_NESTING + 1) })}`)
// Keys inside keys: 1 KB of these took minutes to convert, and no character count saw them.
// Lists nested on one line after "?": no bracket, no indentation for a character count to see.
const deepInKey = frontMatterKep(fields({ nested: `\n  ? ${'- '.repeat(MAX_NESTING + 1)}a` }))
const deepKeys = frontMatterKep(fields({ nested: '? '.repeat(500) + 'a' }))
// The outermost mapping is a value, each one inside it a key.
const nestedKeys = frontMatterKep(fields({ nested: '{'.repeat(MAX_KEY_NESTING + 2) + 'a' + ': b}'.repeat(MAX_KEY_NESTING + 2) }))
const largeKey = frontMatterKep(fields({ nested: `? ? [${Array.from({ length: 20_000 }, (_, i) => `v${i}`).join(', ')}]` }))
const latin1 = Buffer.concat([Buffer.from(frontMatterKep(fields({ title: 'Pod Overhead' })).split('Overhead')[0]), Buffer.from([0xe9, 0x74, 0xe9]), Buffer.from(frontMatterKep(fields()).split('Pod ')[1])])
const unsafeNumber = frontMatterKep(fields({ 'kep-number': '9007199254740993' }))
const emptyFrontMatter = '---\n---\n\n# Pod Overhead\n'
const listFrontMatter = frontMatterKep('- kep-number: 42\n- title: Pod Overhead')
const scalarKepYaml = 'HugePages support\n'
const unclosedFence = '# Pod Overhead\n\n## Metadata\n\n```yaml\n---\ntitle: Pod Overhead\n\n## Summary\n'
const unclosedTilde = '# Pod Overhead\n\n## Metadata\n\n~~~~\n---\ntitle: Pod Overhead\n~~~\n'
const noMarker = fencedKep(fields())
const unclosedFrontMatter = `---\n${fields()}\n\n# Pod Overhead\n`
const duplicateFrontMatter = frontMatterKep(fields()).replace('\n\n# A KEP', '\n\n---\nstatus: Final\n---\n# A KEP')
const blankFirst = `\n${frontMatterKep(fields())}`
const blanksFirst = `\n  \n\n${frontMatterKep(fields())}`
const blankUnclosed = `\n---\n${fields()}\n\n# Pod Overhead\n`
const backtick = frontMatterKep(fields({ title: '`Pod Overhead`' }))
const atSign = frontMatterKep(fields({ editor: '@janedoe' }))
const starred = frontMatterKep(fields({ status: '**provisional**' }))
const tabs = frontMatterKep(fields({ authors: '\n\t- name: Jane Doe' }))
const duplicate = frontMatterKep(fields({ status: 'Draft' }) + '\nstatus: Approved')
const duplicateIndented = fencedKep(`---\n${fields()}\ntitle: Again`, { indent: '  ' })
const duplicateKepYaml = 'title: HugePages\nkep-number: 1539\nstatus: implementable\nkep-number: 1540\n'
const laughs = 'title: HugePages\na: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n'
const laughsInFrontMatter = frontMatterKep(laughs.trimEnd())

const CASES: Record<ReadProblemRule, Case[]> = {
  'file-unreadable': [
    { name: 'the tree could not give the file', content: new Error('EACCES: permission denied'), span: FILE_START, message: /^cannot read this file: EACCES: permission denied$/ },
    { name: 'a NUL byte: binary data', content: binary, span: FILE_START, message: /binary data \(a NUL byte\), not markdown; a KEP must be a UTF-8 text file/ },
    { name: 'a NUL byte in a kep.yaml', content: Buffer.from('title: Huge\u0000Pages\n'), format: 'kep.yaml', file: KEP_YAML, span: FILE_START, message: /binary data \(a NUL byte\)/ }
  ],
  'file-encoding': [
    {
      name: 'Latin-1 bytes in a title: the line and column of the first, the metadata read',
      content: latin1,
      span: { line: 3, column: 12, endLine: 3, endColumn: 13 },
      message: /^line 3 has bytes that are not UTF-8 \(0xE9 0x74 0xE9 0x4F… at column 12\); they are read as U\+FFFD \(\uFFFD\) — save the file as UTF-8$/,
      metadata: { title: 'Pod \uFFFDt\uFFFDOverhead', status: 'Approved' }
    }
  ],
  'file-symlink': [{ name: 'a KEP that is a symbolic link to a file outside the repository', repository: true, span: FILE_START, message: /this KEP is a symbolic link; links are never followed .*replace it with the file itself/ }],
  'file-submodule': [{ name: 'a gitlink (mode 160000) named like a KEP, in a commit', repository: true, span: FILE_START, message: /this KEP is a git submodule \(a gitlink, mode 160000\), not a file: .*replace it with the file itself/ }],
  'metadata-missing': [
    { name: 'an empty file', content: '', span: FILE_START, message: /this KEP has no metadata; start the file with YAML front matter between two "---" lines, or add a "## Metadata" section/ },
    { name: 'neither front matter nor a Metadata heading', content: '# Pod Overhead\n\n## Summary\n\nText.\n', span: FILE_START, message: /this KEP has no metadata/ },
    { name: 'a "---" after a blank line that nothing closes', content: blankUnclosed, span: FILE_START, message: /this KEP has no metadata/ },
    {
      name: 'a Metadata heading whose section has no fenced block',
      content: emptyHeading,
      span: wholeLine(emptyHeading, lineIs(emptyHeading, '## Metadata')),
      message: new RegExp(`the "## Metadata" section on line ${lineIs(emptyHeading, '## Metadata')} has no fenced YAML block`)
    },
    {
      name: 'a Metadata heading on the last line',
      content: headingLast,
      span: wholeLine(headingLast, lineIs(headingLast, '## Metadata')),
      message: new RegExp(`the "## Metadata" section on line ${lineIs(headingLast, '## Metadata')} has no fenced YAML block`)
    },
    {
      name: 'a fence that CommonMark reads inside an HTML block (remark decides)',
      content: htmlSwallows,
      span: wholeLine(htmlSwallows, lineIs(htmlSwallows, '```')),
      message: new RegExp(`the block on line ${lineIs(htmlSwallows, '```')} under the Metadata heading is not a fenced code block; fence it with \`\`\``)
    }
  ],
  'metadata-too-large': [
    {
      name: `front matter over ${MAX_METADATA_BYTES / 1024} KB`,
      content: large,
      span: lines(large, 1, lineIs(large, '---', 1)),
      message: new RegExp(`^the metadata is ${Math.round(largeYaml.length / 1024)} KB; .*more than ${MAX_METADATA_BYTES / 1024} KB is not read`)
    }
  ],
  'metadata-too-deep': [
    {
      name: `front matter nesting ${MAX_NESTING + 1} lists`,
      content: deepFlow,
      span: lines(deepFlow, 1, lineIs(deepFlow, '---', 1)),
      message: new RegExp(`nests more than ${MAX_NESTING} levels of lists, mappings and keys .*it is not read`)
    },
    {
      name: `a fenced block nesting ${MAX_NESTING + 1} mappings: the span is the block, fences included`,
      content: deepFenced,
      span: lines(deepFenced, lineIs(deepFenced, '```yaml'), lineIs(deepFenced, '```')),
      message: new RegExp(`nests more than ${MAX_NESTING} levels`)
    },
    {
      name: `${MAX_NESTING + 1} lists nested on one line in a key (? - - - … a): measured on the parsed document`,
      content: deepInKey,
      span: lines(deepInKey, 1, lineIs(deepInKey, '---', 1)),
      message: new RegExp(`nests more than ${MAX_NESTING} levels of lists, mappings and keys`)
    }
  ],
  'metadata-too-complex': [
    {
      name: '500 explicit keys inside each other (? ? ? … a): measured on the parsed document, not its characters',
      content: deepKeys,
      span: lines(deepKeys, 1, lineIs(deepKeys, '---', 1)),
      message: /uses large or nested lists and mappings as keys/
    },
    {
      name: `mappings used as keys, ${MAX_KEY_NESTING + 1} inside each other`,
      content: nestedKeys,
      span: lines(nestedKeys, 1, lineIs(nestedKeys, '---', 1)),
      message: /uses large or nested lists and mappings as keys .* it is not read$/
    },
    { name: 'a list of 20,000 values used as a key inside a key', content: largeKey, span: lines(largeKey, 1, lineIs(largeKey, '---', 1)), message: /uses large or nested lists and mappings as keys/ }
  ],
  'metadata-not-mapping': [
    { name: 'empty front matter', content: emptyFrontMatter, span: lines(emptyFrontMatter, 1, 2), message: /^the metadata block is empty; it must be a YAML mapping of fields/ },
    {
      name: 'front matter that is a list',
      content: listFrontMatter,
      span: { line: 2, column: 1, endLine: 3, endColumn: '- title: Pod Overhead'.length + 1 },
      message: /^the metadata is a list; it must be a YAML mapping of fields/
    },
    {
      name: 'a kep.yaml that is a single value',
      content: scalarKepYaml,
      format: 'kep.yaml',
      file: KEP_YAML,
      span: wholeLine(scalarKepYaml, 1),
      message: /^the metadata is a single value \("HugePages support"\); it must be a YAML mapping/
    }
  ],
  'metadata-fence-unclosed': [
    {
      name: 'a ``` block never closed',
      content: unclosedFence,
      span: wholeLine(unclosedFence, lineIs(unclosedFence, '```yaml')),
      message: new RegExp(`^the metadata code block opened on line ${lineIs(unclosedFence, '```yaml')} with \`\`\` is never closed; close it with a line \`\`\``)
    },
    {
      name: 'a ~~~~ block that a shorter ~~~ does not close',
      content: unclosedTilde,
      span: wholeLine(unclosedTilde, lineIs(unclosedTilde, '~~~~')),
      message: new RegExp(`^the metadata code block opened on line ${lineIs(unclosedTilde, '~~~~')} with ~~~~ is never closed; close it with a line ~~~~ `)
    }
  ],
  'metadata-fence-marker': [
    {
      name: 'a fenced block that does not start with "---" (the metadata is still read)',
      content: noMarker,
      span: wholeLine(noMarker, lineIs(noMarker, '```yaml') + 1),
      message: /^the metadata block should start with a line "---", as KEP-1's template does$/,
      expected: ['---'],
      metadata: { 'kep-number': 42, title: 'Pod Overhead', status: 'Approved' }
    }
  ],
  'frontmatter-unclosed': [
    { name: 'front matter with no closing "---"', content: unclosedFrontMatter, span: wholeLine(unclosedFrontMatter, 1), message: /^front matter opened with "---" on line 1 is never closed; add a line "---" after the last metadata line$/ }
  ],
  'frontmatter-duplicate': [
    {
      name: 'a second "---" block after the front matter (the first is the metadata)',
      content: duplicateFrontMatter,
      span: wholeLine(duplicateFrontMatter, lineOf(duplicateFrontMatter, 'status: Final') - 1),
      message: new RegExp(`^a second "---" block starts on line ${lineOf(duplicateFrontMatter, 'status: Final') - 1}, after the front matter closed on line ${lineIs(duplicateFrontMatter, '---', 1)}; only the first block is metadata`),
      metadata: { status: 'Approved' }
    }
  ],
  'frontmatter-not-first': [
    {
      // Real: openshift/enhancements' enhancements/olm/olmv1-webhook-support.md, which OpenShift's reader reads.
      name: 'a blank line above the front matter: the metadata is read, and the blank line is the problem',
      content: blankFirst,
      span: { line: 1, column: 1, endLine: 1, endColumn: 1 },
      message: /^the front matter starts on line 2, after a blank line; GitHub and other markdown readers take only a first line "---" for front matter, and show this as text — remove the blank line above it$/,
      metadata: { status: 'Approved' },
      fix: { applicability: 'safe', edits: [{ span: { line: 1, column: 1, endLine: 2, endColumn: 1 }, text: '' }] }
    },
    {
      name: 'three blank lines, one of them spaces',
      content: blanksFirst,
      span: { line: 1, column: 1, endLine: 3, endColumn: 1 },
      message: /^the front matter starts on line 4, after 3 blank lines; .* remove the blank lines above it$/,
      metadata: { status: 'Approved' },
      fix: { applicability: 'safe', edits: [{ span: { line: 1, column: 1, endLine: 4, endColumn: 1 }, text: '' }] }
    }
  ],
  'yaml-syntax': [
    {
      name: 'a value in asterisks (**provisional**): an alias to no anchor, on the value, quoting it suggested',
      content: starred,
      span: { line: lineOf(starred, 'status:'), column: 9, endLine: lineOf(starred, 'status:'), endColumn: 9 + '**provisional**'.length },
      message: /^YAML syntax error: the value "\*\*provisional\*\*" starts with "\*", which YAML reads as an alias, and no anchor "&\*provisional\*\*" is defined before it; if it is text, quote it: "\*\*provisional\*\*"$/,
      expected: ['"**provisional**"']
    },
    {
      name: 'a value in backticks: the value without them is suggested',
      content: backtick,
      span: { line: lineOf(backtick, 'title:'), column: 8, endLine: lineOf(backtick, 'title:'), endColumn: 8 + '`Pod Overhead`'.length },
      message: /^YAML syntax error: the value `Pod Overhead` starts with "`", which YAML reserves .*did you mean Pod Overhead\?$/,
      expected: ['Pod Overhead']
    },
    {
      name: 'a value starting with @: quoting it is suggested',
      content: atSign,
      span: { line: lineOf(atSign, 'editor:'), column: 9, endLine: lineOf(atSign, 'editor:'), endColumn: 9 + '@janedoe'.length },
      message: /^YAML syntax error: the value @janedoe starts with "@", which YAML reserves .*quote it: "@janedoe"$/,
      expected: ['"@janedoe"']
    },
    {
      name: "KEP-1's own document, whose participating-sigs item is in backticks",
      content: kep1,
      file: KEP1_FILE,
      span: { line: lineOf(kep1, '  - `kubernetes-wide`'), column: 5, endLine: lineOf(kep1, '  - `kubernetes-wide`'), endColumn: 5 + '`kubernetes-wide`'.length },
      message: /^YAML syntax error: the value `kubernetes-wide` starts with "`".*did you mean kubernetes-wide\?$/,
      expected: ['kubernetes-wide']
    },
    {
      name: 'tab indentation',
      content: tabs,
      span: { line: lineOf(tabs, '\t- name'), column: 1, endLine: lineOf(tabs, '\t- name'), endColumn: 2 },
      message: /^YAML syntax error: Tabs are not allowed as indentation$/
    }
  ],
  'yaml-duplicate-key': [
    {
      name: 'a key twice in front matter: reported at the second',
      content: duplicate,
      span: { line: lineOf(duplicate, 'status: Approved'), column: 1, endLine: lineOf(duplicate, 'status: Approved'), endColumn: 1 + 'status'.length },
      message: /^key "status" appears twice in the same mapping; keep one of them$/
    },
    {
      name: 'a key twice in an indented fenced block: the column counts the indent',
      content: duplicateIndented,
      span: { line: lineOf(duplicateIndented, '  title: Again'), column: 3, endLine: lineOf(duplicateIndented, '  title: Again'), endColumn: 3 + 'title'.length },
      message: /^key "title" appears twice in the same mapping/
    },
    {
      name: 'a key twice in a kep.yaml',
      content: duplicateKepYaml,
      format: 'kep.yaml',
      file: KEP_YAML,
      span: { line: 4, column: 1, endLine: 4, endColumn: 1 + 'kep-number'.length },
      message: /^key "kep-number" appears twice in the same mapping/
    }
  ],
  'yaml-unsafe-integer': [
    {
      name: 'a kep-number past 2^53 − 1, which would silently read as another number',
      content: unsafeNumber,
      span: { line: lineOf(unsafeNumber, 'kep-number'), column: 13, endLine: lineOf(unsafeNumber, 'kep-number'), endColumn: 29 },
      message: /^the number 9007199254740993 is larger than a number can hold exactly \(9007199254740991\), and would be read as 9007199254740992; write it as text in quotes/
    }
  ],
  'yaml-aliases': [
    {
      name: 'a billion laughs in a kep.yaml: the whole file',
      content: laughs,
      format: 'kep.yaml',
      file: KEP_YAML,
      span: { line: 1, column: 1, endLine: laughs.split('\n').length, endColumn: 1 },
      message: /^metadata expands YAML aliases more than 100 times; write the values out/
    },
    {
      name: 'a billion laughs in front matter: the whole block',
      content: laughsInFrontMatter,
      span: lines(laughsInFrontMatter, 1, lineIs(laughsInFrontMatter, '---', 1)),
      message: /^metadata expands YAML aliases more than 100 times/
    }
  ]
}

const readCases = Object.entries(CASES).flatMap(([rule, cases]) => cases.filter((c): c is ReadCase => !('repository' in c)).map(c => [`${rule}: ${c.name}`, rule, c] as const))

describe('every problem reading a KEP can find', () => {
  it('has a case here for each rule in READ_PROBLEMS, and no other', () => {
    expect(Object.keys(CASES).sort()).toEqual(Object.keys(READ_PROBLEMS).sort())
    for (const rule of Object.keys(READ_PROBLEMS) as ReadProblemRule[]) expect([rule, CASES[rule].length > 0]).toEqual([rule, true])
  })

  it.each(readCases)('%s', async (_, rule, c) => {
    const file = c.file ?? FILE
    const format = c.format ?? 'markdown'
    const content = typeof c.content === 'string' ? Buffer.from(c.content) : c.content
    const doc = await readKep(file, content, formatNamed(format))
    expect(doc.readProblems).toEqual([{ file, rule, span: c.span, message: expect.stringMatching(c.message), ...(c.expected ? { expected: c.expected } : {}), ...(c.fix ? { fix: c.fix } : {}) }])
    // A warning leaves the metadata read; an error leaves it missing or in doubt.
    if (READ_PROBLEMS[rule as ReadProblemRule].severity === 'warning') expect(doc.metadata?.data).toMatchObject(c.metadata!)
    else expect(c.metadata).toBeUndefined()
  })

  it('file-symlink: a symbolic link is reported and never followed, by validate() on a repository on disk', async () => {
    const [c] = CASES['file-symlink']
    const elsewhere = mkdtempSync(join(tmpdir(), 'kep-outside-'))
    outside.push(elsewhere)
    // The target has a bad status: following the link would report it.
    writeFileSync(join(elsewhere, 'secret.md'), frontMatterKep(fields({ 'kep-number': '43', status: 'Bogus' })))
    const root = writeRepo({ [FILE]: frontMatterKep(fields()) })
    const link = 'sig-node/0043-pod-overhead.md'
    symlinkSync(join(elsewhere, 'secret.md'), join(root, link))
    const settings = await loadSettings({ root })
    const result = await validate({ ...settings, indexFile: null }, { head: new FileSystemTree(root) })
    expect(result.diagnostics).toEqual([{ file: link, rule: 'file-symlink', severity: READ_PROBLEMS['file-symlink'].severity, ...c.span, message: expect.stringMatching(c.message) }])
    expect(result.checked.sort()).toEqual([FILE, link])
  })

  it('file-submodule: a gitlink named like a KEP is reported, by validate() on a commit', async () => {
    const [c] = CASES['file-submodule']
    const root = writeRepo({ [FILE]: frontMatterKep(fields()) })
    initRepo(root)
    const gitlink = 'sig-node/0043-pod-overhead.md'
    git(root, 'update-index', '--add', '--cacheinfo', `160000,${git(root, 'rev-parse', 'HEAD').trim()},${gitlink}`)
    git(root, 'commit', '-q', '-m', 'a gitlink')
    const settings = await loadSettings({ root })
    const result = await validate({ ...settings, indexFile: null }, { head: new GitTree(root, git(root, 'rev-parse', 'HEAD').trim(), '') })
    expect(result.diagnostics).toEqual([{ file: gitlink, rule: 'file-submodule', severity: 'error', ...c.span, message: expect.stringMatching(c.message) }])
    expect(result.checked.sort()).toEqual([FILE, gitlink])
  })
})

describe('the bounds are where READ_PROBLEMS says', () => {
  it(`reads metadata of exactly ${MAX_METADATA_BYTES / 1024} KB, not one byte more`, async () => {
    const base = fields({ description: '' })
    const at = fields({ description: 'x'.repeat(MAX_METADATA_BYTES - base.length) })
    expect(at.length).toBe(MAX_METADATA_BYTES)
    expect((await readKep(FILE, Buffer.from(frontMatterKep(at)))).readProblems).toEqual([])
    const over = fields({ description: 'x'.repeat(MAX_METADATA_BYTES - base.length + 1) })
    expect((await readKep(FILE, Buffer.from(frontMatterKep(over)))).readProblems.map(p => p.rule)).toEqual(['metadata-too-large'])
  })

  it(`reads metadata nesting ${MAX_NESTING} levels, not ${MAX_NESTING + 1}`, async () => {
    const nested = (depth: number) => frontMatterKep(fields({ nested: '['.repeat(depth) + ']'.repeat(depth) }))
    expect((await readKep(FILE, Buffer.from(nested(MAX_NESTING)))).readProblems).toEqual([])
    expect((await readKep(FILE, Buffer.from(nested(MAX_NESTING + 1)))).readProblems.map(p => p.rule)).toEqual(['metadata-too-deep'])
  })

  it(`reads keys nesting ${MAX_KEY_NESTING} levels inside each other, not ${MAX_KEY_NESTING + 1}`, async () => {
    const nested = (depth: number) => frontMatterKep(fields({ nested: '{'.repeat(depth + 1) + 'a' + ': b}'.repeat(depth + 1) }))
    expect((await readKep(FILE, Buffer.from(nested(MAX_KEY_NESTING)))).readProblems).toEqual([])
    expect((await readKep(FILE, Buffer.from(nested(MAX_KEY_NESTING + 1)))).readProblems.map(p => p.rule)).toEqual(['metadata-too-complex'])
  })

  it('finds duplicate keys among 20,000 in linear time (the library compares every key with every other)', async () => {
    const keys = Array.from({ length: 20_000 }, (_, i) => `k${i}: v`).join('\n')
    const started = Date.now()
    const doc = await readKep(FILE, Buffer.from(frontMatterKep(`${fields()}\n${keys}\nk7: again`)))
    expect(Date.now() - started).toBeLessThan(3000)
    expect(doc.readProblems.map(p => [p.rule, p.span.line])).toEqual([['yaml-duplicate-key', 20_000 + fields().split('\n').length + 2]])
  })
})

describe('valid metadata is read without a problem', () => {
  // KEP-1's document as it is has a YAML error (a case above); with the backticks removed it is valid.
  const kep1Fixed = kep1.replace('`kubernetes-wide`', 'kubernetes-wide')
  const kepYaml = 'title: HugePages\nkep-number: 1539\nauthors:\n  - "@derekwaynecarr"\nowning-sig: sig-node\nstatus: implementable\nstage: beta\nlatest-milestone: "v1.22"\n'

  it.each([
    ['front matter', FILE, Buffer.from(frontMatterKep(fields())), 'markdown', 'frontmatter', { 'kep-number': 42, title: 'Pod Overhead', status: 'Approved' }],
    ['front matter with CRLF line endings and a byte order mark', FILE, Buffer.from('\ufeff' + frontMatterKep(fields()).replace(/\n/g, '\r\n')), 'markdown', 'frontmatter', { 'kep-number': 42, status: 'Approved' }],
    ["KEP-1's own fenced ## Metadata block", KEP1_FILE, Buffer.from(kep1Fixed), 'markdown', 'fenced', { 'kep-number': 1, title: 'Kubernetes Enhancement Proposal Process', 'participating-sigs': ['kubernetes-wide'] }],
    ["a fenced block in the template's form", FILE, Buffer.from(fencedKep(`---\n${fields()}`)), 'markdown', 'fenced', { 'kep-number': 42, status: 'Approved' }],
    ['a kep.yaml', KEP_YAML, Buffer.from(kepYaml), 'kep.yaml', 'sidecar', { 'kep-number': 1539, status: 'implementable', 'latest-milestone': 'v1.22' }]
  ] as const)('%s', async (_, file, content, format, form, data) => {
    const doc = await readKep(file, content, formatNamed(format))
    expect(doc.readProblems).toEqual([])
    expect(doc.metadata?.form).toBe(form)
    expect(doc.metadata?.data).toMatchObject(data)
  })
})
