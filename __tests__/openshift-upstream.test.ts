import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseGoUrl } from '../src/presets/openshift/goUrl.js'
import { BODY, enhancement, frontMatter } from './helpers/openshift.js'
import { buildUpstreamTool, byMetadataLint, byTemplateLint, checkAsOpenShift, errorFiles, repositoryAdding, runUpstream, unreadFiles, upstreamUnavailable, type CheckResult, type UpstreamVerdicts } from './helpers/openshiftUpstream.js'

/*
 * The openshift preset against OpenShift's own checks on made-up enhancements, each an edge
 * of what those checks read: yaml.v3's reading of scalars, Go's url.Parse, grep's matching of
 * headings. Both run on the same commit, which adds every case; each case's verdict must agree,
 * metadata-lint's with the metadata rules and template-lint's with the template rules, except
 * where docs/presets/openshift.md names the difference (the cases in DIFFERENT). Needs the
 * corpus (upstream's sources) and Go, as the corpus test does.
 */
const defaultCorpus = fileURLToPath(new URL('../../shared/corpus/openshift-enhancements', import.meta.url))
const corpus = process.env.OPENSHIFT_CORPUS ?? defaultCorpus
const required = process.env.OPENSHIFT_CORPUS !== undefined && corpus !== 'none'
const skippedBecause = corpus === 'none' ? 'OPENSHIFT_CORPUS=none' : !existsSync(corpus) && !required ? `corpus not found at ${corpus}` : required ? undefined : upstreamUnavailable()
if (skippedBecause) console.warn(`openshift/enhancements differential test skipped: ${skippedBecause}`)
const describeUpstream = skippedBecause ? describe.skip : describe

/** A tracking-link for each of url.Parse's edges: Go decides which are URLs with a scheme. */
const LINKS = [
  'https://issues.redhat.com/browse/OCPSTRAT-1',
  'HTTPS://ISSUES.REDHAT.COM',
  'mailto:team@example.com',
  'jira:OCPSTRAT-1',
  'a:b:c',
  'OCPSTRAT-1',
  'https//blah/blah',
  '"://issues.redhat.com"',
  '1http://x',
  '"*"',
  'https://host:abc/',
  'https://host:80/',
  'https://host:/',
  'https://a:1:2/',
  'https://[::1]/',
  'https://[::1/',
  'https://[::1]x/',
  'https://[fe80::1%25en0]/',
  'https://[fe80::1%25%41]/',
  'https://[fe80::1%25%2F]/',
  'https://[fe80::1%25%C3%A9]/',
  '"https://a b/"',
  'https://x/%zz',
  'https://x/%4',
  'https://x/a%20b',
  '"https://x/a b"',
  'https://x/#%zz',
  'https://x/#ok',
  'https://x?%zz',
  'https://x/?',
  '"https://us er@x/"',
  'https://user:p%zz@x/',
  'https://user:pa:ss@x/',
  'https://user@x/',
  'https://x%41.com/',
  'https://x%C3%A9.com/',
  'https://x^y/',
  'https://x_y.com/',
  'https://x{y}/',
  'https://exämple.com/',
  '"https://x/\\t"',
  '"https://x/\\u007f"',
  'file:///etc/hosts',
  '///x',
  '//x/y',
  'x/y:z',
  '/x:y'
]

/** The made-up enhancements, by name (the file is enhancements/edge/<name>.md unless the text says otherwise). */
const CASES: Record<string, string> = {
  valid: enhancement({ title: 'valid' }),
  ...Object.fromEntries(LINKS.map((link, i) => [`link-${i}`, enhancement({ title: `link-${i}`, 'tracking-link': `\n  - ${link}` })])),
  'title-number': enhancement({ title: '1.50' }),
  'title-true': enhancement({ title: 'true' }),
  'title-null': enhancement({ title: '~' }),
  'title-comment': enhancement({ title: 'title-comment # the file name' }),
  'title-quoted': enhancement({ title: "'title-quoted'" }),
  'title-list': enhancement({ title: '[title-list]' }),
  'title-map': enhancement({ title: '{a: b}' }),
  'title-words': enhancement({ title: 'Title In Words' }),
  'authors-null-item': enhancement({ title: 'authors-null-item', authors: '\n  - ~' }),
  'reviewers-null-beside-name': enhancement({ title: 'reviewers-null-beside-name', reviewers: '\n  - "@alicedoe"\n  - # TBD\n  - null' }),
  'tracking-link-null-beside-link': enhancement({ title: 'tracking-link-null-beside-link', 'tracking-link': '\n  -\n  - https://issues.redhat.com/browse/OCPSTRAT-1' }),
  'tracking-link-only-null': enhancement({ title: 'tracking-link-only-null', 'tracking-link': '\n  - ~' }),
  'authors-empty-string': enhancement({ title: 'authors-empty-string', authors: '\n  - "@janedoe"\n  - ""' }),
  'authors-number': enhancement({ title: 'authors-number', authors: '\n  - 123' }),
  'authors-bool': enhancement({ title: 'authors-bool', authors: '\n  - false' }),
  'authors-scalar': enhancement({ title: 'authors-scalar', authors: '"@janedoe"' }),
  'authors-map': enhancement({ title: 'authors-map', authors: '\n  janedoe: author' }),
  'authors-nested': enhancement({ title: 'authors-nested', authors: '\n  - [janedoe]' }),
  'authors-item-map': enhancement({ title: 'authors-item-map', authors: '\n  - name: Jane' }),
  'authors-empty-list': enhancement({ title: 'authors-empty-list', authors: ' []' }),
  'authors-at': enhancement({ title: 'authors-at', authors: '\n  - @janedoe' }),
  'authors-tab': enhancement({ title: 'authors-tab', authors: '\n\t- "@janedoe"' }),
  'reviewers-tbd-and-name': enhancement({ title: 'reviewers-tbd-and-name', reviewers: '\n  - TBD\n  - "@alicedoe"' }),
  'api-approvers-none': enhancement({ title: 'api-approvers-none', 'api-approvers': '\n  - None' }),
  'api-approvers-missing': enhancement({ title: 'api-approvers-missing', 'api-approvers': null }),
  'tracking-link-scalar': enhancement({ title: 'tracking-link-scalar', 'tracking-link': 'https://issues.redhat.com/browse/LOG-1043' }),
  'tracking-link-null': enhancement({ title: 'tracking-link-null', 'tracking-link': '' }),
  'status-unknown': enhancement({ title: 'status-unknown', status: 'planning' }),
  'date-impossible': enhancement({ title: 'date-impossible', 'creation-date': '2023-14-05' }),
  'unknown-field-duplicate': enhancement({ title: 'unknown-field-duplicate', extra: '1\nextra: 2' }),
  'known-field-duplicate': enhancement({ title: 'known-field-duplicate', status: 'provisional\nstatus: implemented' }),
  anchors: enhancement({ title: 'anchors', authors: '&people\n  - "@janedoe"', reviewers: '*people' }),
  'alias-undefined': enhancement({ title: 'alias-undefined', status: '*provisional*' }),
  'leading-blank-line': `\n${enhancement({ title: 'leading-blank-line' })}`,
  'no-front-matter': BODY,
  'empty-file': '',
  'unclosed-front-matter': `---\ntitle: unclosed-front-matter\n\n${BODY}`,
  'not-a-mapping': frontMatter('- title: not-a-mapping'),
  'empty-front-matter': frontMatter(''),
  'missing-section': enhancement({ title: 'missing-section' }, BODY.replace('### Drawbacks\n', '')),
  'section-in-code-block': enhancement({ title: 'section-in-code-block' }, BODY.replace('### Drawbacks\n', '```\n### Drawbacks\n```\n')),
  'section-longer': enhancement({ title: 'section-longer' }, BODY.replace('### Drawbacks\n', '### Drawbacks and more\n')),
  'section-indented': enhancement({ title: 'section-indented' }, BODY.replace('### Drawbacks\n', ' ### Drawbacks\n')),
  'section-regexp': enhancement({ title: 'section-regexp' }, BODY.replace('### Implementation Details/Notes/Constraints\n', '### Implementation Details/Notes/Constraints and more\n')),
  'no-title': enhancement({ title: 'no-title' }, BODY.replace('# Neat Enhancement Idea\n', '')),
  'title-in-front-matter-comment': enhancement({ title: 'title-in-front-matter-comment', status: 'provisional\n# a comment' }, BODY.replace('# Neat Enhancement Idea\n', '')),
  crlf: enhancement({ title: 'crlf' }).replace(/\n/g, '\r\n'),
  'byte-order-mark': `\ufeff${enhancement({ title: 'byte-order-mark' })}`
}

/**
 * Where kep-validator's verdict differs, and why (docs/presets/openshift.md names each):
 * OpenShift's reader splits the whole file on "---" (NewMetaData), so "---" anywhere — a value,
 * a YAML comment, a horizontal rule below the front matter — ends or starts its metadata.
 */
const DIFFERENT: Record<string, string> = {
  // A value that holds "---": upstream's split cuts the YAML there.
  'dashes-in-value': enhancement({ title: 'dashes-in-value', 'see-also': '\n  - "/enhancements/a---b.md"' }),
  // A title tagged !!binary: yaml.v3 decodes the base64 into the string; kep-validator reads binary data, not text.
  'title-binary': enhancement({ title: '!!binary dGl0bGUtYmluYXJ5' }),
  // Text before the front matter: upstream reads the YAML after the first "---"; markdown readers see no front matter.
  'text-before-front-matter': `<!-- draft -->\n${enhancement({ title: 'text-before-front-matter' })}`
}

describeUpstream("the openshift preset and OpenShift's checks on the same made-up enhancements", () => {
  const dir = mkdtempSync(join(tmpdir(), 'kep-openshift-edges-'))
  const file = (name: string): string => `enhancements/edge/${name}.md`
  let upstream: UpstreamVerdicts
  let ours: CheckResult

  beforeAll(async () => {
    const files = new Map([...Object.entries(CASES), ...Object.entries(DIFFERENT)].map(([name, text]) => [file(name), text]))
    const { root, base } = repositoryAdding(corpus, dir, files)
    upstream = await runUpstream(root, base, buildUpstreamTool(corpus, dir), dir)
    ours = checkAsOpenShift(root, '--base', base)
  }, 600_000)

  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  /** Each case's verdicts: metadata-lint's, template-lint's, and those of the rules that stand for them (for a file whose metadata was not read, only whether it fails). */
  const verdicts = (names: string[]) =>
    names.map(name => {
      const f = file(name)
      const unread = unreadFiles(ours.problems).has(f)
      return {
        name,
        metadataLint: upstream.metadataLint.has(f),
        templateLint: unread ? upstream.rejected.has(f) : upstream.templateLint.has(f),
        ours: { metadataLint: errorFiles(ours.problems, byMetadataLint).has(f), templateLint: unread ? errorFiles(ours.problems).has(f) : errorFiles(ours.problems, byTemplateLint).has(f) }
      }
    })

  it('agree on every case, check by check', () => {
    const cases = verdicts(Object.keys(CASES))
    const disagreeing = cases.filter(c => c.metadataLint !== c.ours.metadataLint || c.templateLint !== c.ours.templateLint)
    expect(disagreeing.map(c => ({ ...c, upstream: upstream.rejected.get(file(c.name)), mine: ours.problems.filter(p => p.file === file(c.name)).map(p => `${p.severity} ${p.rule}: ${p.message}`) }))).toEqual([])
    // The cases are edges, not all passes: both reject some and accept others.
    expect(cases.filter(c => c.metadataLint).length).toBeGreaterThan(20)
    expect(cases.filter(c => !c.metadataLint && !c.templateLint).length).toBeGreaterThan(15)
  })

  it('differ where the docs say, and nowhere else', () => {
    expect(verdicts(Object.keys(DIFFERENT)).filter(c => c.metadataLint === c.ours.metadataLint && c.templateLint === c.ours.templateLint)).toEqual([])
  })

  it("parse links as Go's url.Parse does: the port agrees with metadata-lint on each", () => {
    LINKS.forEach((link, i) => {
      const text = link.startsWith('"') ? (JSON.parse(link) as string) : link
      const parsed = parseGoUrl(text)
      const accepted = !('error' in parsed) && parsed.scheme !== ''
      const rejected = (upstream.rejected.get(file(`link-${i}`)) ?? []).some(message => message.includes('tracking-link'))
      expect([link, accepted]).toEqual([link, !rejected])
    })
  })
})
