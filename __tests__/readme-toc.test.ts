import { beforeAll, describe, expect, it } from '@jest/globals'
import { fixesAsLineChanges } from '../src/fix/lineChanges.js'
import type { Diagnostic } from '../src/core/diagnostic.js'
import { applyTextEdits, locateEdits } from '../src/edit/applyEdits.js'
import { loadMarkdownParser, type MarkdownParser } from '../src/parse/markdownParser.js'
import { markdownHeadings } from '../src/readme/headings.js'
import { plainHeadings } from '../src/readme/plainHeadings.js'
import { anchorMaker, checkToc, findMarkers, generateToc } from '../src/readme/tableOfContents.js'

/*
 * mdtoc's table of contents, as kubernetes-sigs/mdtoc v1.4.0 (gomarkdown) writes it, from
 * remark's reading of a README: where gomarkdown reads a heading otherwise than CommonMark,
 * the reading is gomarkdown's. The cases are the ones found in kubernetes/enhancements' READMEs
 * (__tests__/readme-corpus.test.ts holds the whole corpus to it).
 */

let parser: MarkdownParser
beforeAll(async () => {
  parser = await loadMarkdownParser()
})

/** The table mdtoc writes for a README body (the part after its end marker). */
function tocOf(body: string, maxDepth = 5): string {
  const text = `<!-- toc -->\n<!-- /toc -->\n${body}`
  return generateToc(markdownHeadings(parser, text, findMarkers(text).end), maxDepth)
}

describe("mdtoc's lines", () => {
  it('indents two spaces per level below the shallowest heading, counting headings deeper than the depth it keeps', () => {
    expect(tocOf('### A\n\n#### B\n\n###### Deep\n\n## C\n')).toBe('  - [A](#a)\n    - [B](#b)\n- [C](#c)\n')
  })

  it('makes anchors as mdtoc does: lower case, only ASCII letters, digits, _, - and spaces kept, repeats numbered by their text', () => {
    const anchor = anchorMaker()
    expect(['Upgrade / Downgrade Strategy', 'Notes', 'Notes', 'Notes', 'Café au lait', 'snake_case & more', 'What is O(n)?'].map(anchor)).toEqual([
      'upgrade--downgrade-strategy',
      'notes',
      'notes-1',
      'notes-2',
      'caf-au-lait',
      'snake_case--more',
      'what-is-on'
    ])
    // mdtoc numbers by the text before numbering: "Notes 1" after two "Notes" is its own anchor, as GitHub's is not.
    expect(tocOf('## Notes\n\n## Notes\n\n## Notes 1\n')).toBe('- [Notes](#notes)\n- [Notes](#notes-1)\n- [Notes 1](#notes-1)\n')
  })

  it("writes a heading's markup as gomarkdown renders it, and its anchor from its text and code only", () => {
    expect(tocOf('## The `kubectl` *apply* **flag** [site](https://k8s.io "K8s") <br> ![logo](x.png) & "quotes"\n')).toBe(
      '- [The <code>kubectl</code> <em>apply</em> <strong>flag</strong> <a href="https://k8s.io" title="K8s">site</a> <br> <img src="x.png" alt="logo" /> &amp; &quot;quotes&quot;](#the-kubectl-apply-flag-site--logo--quotes)\n'
    )
  })

  it('reads a reference link with its definition, and a bare URL as a link (without the closing parenthesis around it)', () => {
    expect(tocOf('## Covered by [existing SLIs/SLOs]?\n\n## API (https://pkg.go.dev/k8s.io/api/core/v1)\n\n[existing SLIs/SLOs]: https://git.k8s.io/slos.md\n')).toBe(
      '- [Covered by <a href="https://git.k8s.io/slos.md">existing SLIs/SLOs</a>?](#covered-by-existing-slisslos)\n- [API (<a href="https://pkg.go.dev/k8s.io/api/core/v1">https://pkg.go.dev/k8s.io/api/core/v1</a>)](#api-httpspkggodevk8sioapicorev1)\n'
    )
  })

  it('trims the spaces inside a code span, as gomarkdown does', () => {
    expect(tocOf('### Introduce `validation-gen `\n')).toBe('- [Introduce <code>validation-gen</code>](#introduce-validation-gen)\n')
  })

  it("ends a heading's text before a {#id} and before #s at its end, even without a space", () => {
    expect(tocOf('## Support for C#\n\n## Named {#custom}\n\n## Closed ##\n')).toBe('- [Support for C](#support-for-c)\n- [Named](#named)\n- [Closed](#closed)\n')
  })
})

describe('what gomarkdown reads as a heading, where CommonMark differs', () => {
  it('no heading in code, in an HTML comment, or in an HTML block before its blank line', () => {
    expect(tocOf('## A\n\n```\n## code\n```\n\n<!--\n## comment\n-->\n\n    ## indented code\n\n## B\n')).toBe('- [A](#a)\n- [B](#b)\n')
  })

  it('no heading indented at the top level', () => {
    expect(tocOf('## A\n\n ### Indented by one\n\n## B\n')).toBe('- [A](#a)\n- [B](#b)\n')
  })

  it('no heading in a tight list item; a heading in a list item that holds blocks', () => {
    expect(tocOf('## A\n\n- #### Tight\n- item\n\n## B\n\n- item\n\n  #### Loose\n\n  text\n')).toBe('- [A](#a)\n- [B](#b)\n    - [Loose](#loose)\n')
  })

  it('a heading in a list item once gomarkdown reads its items as blocks: after a heading on a later line, or a blank line between items', () => {
    expect(tocOf('- item\n  ## Later line\n- ## Next item\n')).toBe('- [Later line](#later-line)\n- [Next item](#next-item)\n')
    expect(tocOf('- ## First\n\n- ## Second\n')).toBe('- [First](#first)\n- [Second](#second)\n')
  })

  it('headings after a fence that is never closed', () => {
    expect(tocOf('## A\n\n```\ncode\n\n## After an open fence\n')).toBe('- [A](#a)\n- [After an open fence](#after-an-open-fence)\n')
  })

  it('a setext heading at the top level, none in a tight list item', () => {
    expect(tocOf('Setext\n------\n\n- item:\n  -\n\n## A\n')).toBe('- [Setext](#setext)\n- [A](#a)\n')
  })
})

describe('the markers and the comparison', () => {
  it('finds the first markers in any case, and compares as mdtoc: equal but for the white space around', () => {
    const text = '# T\n<!-- TOC -->\n\n- [A](#a)\n\n<!-- /Toc -->\n## A\n'
    expect(checkToc(text, markdownHeadings(parser, text, findMarkers(text).end), 5)).toEqual({ state: 'fresh' })
  })

  it('says which marker is missing', () => {
    expect(checkToc('# T\n<!-- /toc -->\n', [], 5)).toEqual({ state: 'no-markers', missing: 'start' })
    expect(checkToc('# T\n<!-- toc -->\n', [], 5)).toEqual({ state: 'no-markers', missing: 'end' })
    expect(checkToc('<!-- /toc -->\n<!-- toc -->\n', [], 5)).toEqual({ state: 'no-markers', missing: 'order' })
  })

  it('rewrites only the lines that differ, and the file it leaves is the one mdtoc writes', () => {
    const body = '## A\n\n## B renamed\n\n## C\n\n## D\n'
    const text = `# T\n\n<!-- toc -->\n- [A](#a)\n- [B](#b)\n- [C](#c)\n- [D](#d)\n<!-- /toc -->\n${body}`
    const state = checkToc(text, markdownHeadings(parser, text, findMarkers(text).end), 5)
    expect(state).toMatchObject({ state: 'stale', first: { line: 5, found: '- [B](#b)', expected: '- [B renamed](#b-renamed)' }, differing: 2, fix: { span: { line: 5, column: 1, endLine: 6, endColumn: 1 } } })
    if (state.state !== 'stale') throw new Error('stale expected')
    expect(applyTextEdits(text, locateEdits(text, [state.fix]))).toBe(text.replace('- [B](#b)', '- [B renamed](#b-renamed)'))
    // In the pull request, the suggestion is that one line.
    const diagnostic: Diagnostic = { file: 'README.md', ...state.fix.span, severity: 'error', rule: 'toc', message: 'stale', fix: { applicability: 'safe', edits: [{ ...state.fix, file: 'README.md' }] } }
    expect(fixesAsLineChanges([diagnostic], () => text)).toEqual([expect.objectContaining({ startLine: 5, endLine: 5, replacement: '- [B renamed](#b-renamed)' })])
  })

  it('writes a table on the markers’ line whole, as mdtoc does', () => {
    const text = '# T\n<!-- toc --><!-- /toc -->\n## A\n'
    const state = checkToc(text, markdownHeadings(parser, text, findMarkers(text).end), 5)
    if (state.state !== 'stale') throw new Error('stale expected')
    expect(applyTextEdits(text, locateEdits(text, [state.fix]))).toBe('# T\n<!-- toc -->\n- [A](#a)\n<!-- /toc -->\n## A\n')
  })
})

describe('the line scan a whole repository is read with', () => {
  const read = (body: string) => {
    const text = `<!-- toc -->\n<!-- /toc -->\n${body}`
    const end = findMarkers(text).end
    return { plain: plainHeadings(parser, text, end), parsed: markdownHeadings(parser, text, end) }
  }
  const summary = (headings: ReadonlyArray<{ depth: number; text: string; html: string; span: { line: number } }>) => headings.map(h => [h.depth, h.text, h.html, h.span.line])

  it('is sure of a plain document, and reads it as the parse does, markup and definitions included', () => {
    const { plain, parsed } = read('## A `code`\n\ntext\n\n```sh\n# comment\n```\n\n<!--\n## not this\n-->\n\n### B [link][ref] *em*\n\n[ref]: https://k8s.io\n')
    expect(plain?.sure).toBe(true)
    expect(summary(plain!.headings)).toEqual(summary(parsed))
    expect(parsed.map(h => h.text)).toEqual(['A code', 'B link em'])
  })

  /** plainHeadings with a parser that counts its parses: what the line scan could not read itself. */
  const scanned = (body: string) => {
    const text = `<!-- toc -->\n<!-- /toc -->\n${body}`
    let parses = 0
    const counting: MarkdownParser = { parse: source => (parses++, parser.parse(source)) }
    const plain = plainHeadings(counting, text, findMarkers(text).end)
    return { plain, parses, parsed: markdownHeadings(parser, text, findMarkers(text).end) }
  }

  it('reads a bracketed label that names no definition, and a lone run of *, as text without a parse, as the parse does', () => {
    const body = '## Design Details [Optional]\n\ntext\nmore text\n\n<!--\nnote\n## not this\n-->\n### [Scoped for Beta] HPA\n\n#### Profile: general\n\n###### Are there any tests? **\n\n[other]: https://k8s.io\n'
    const { plain, parses, parsed } = scanned(body)
    expect(parses).toBe(0)
    expect(summary(plain!.headings)).toEqual(summary(parsed))
    expect(summary(parsed)).toEqual([
      [2, 'Design Details [Optional]', 'Design Details [Optional]', 3],
      [3, '[Scoped for Beta] HPA', '[Scoped for Beta] HPA', 12],
      [4, 'Profile: general', 'Profile: general', 14],
      [6, 'Are there any tests? **', 'Are there any tests? **', 16]
    ])
  })

  it.each([
    ['a label a definition names (in another case)', '## Covered by [Existing SLIs]?\n\n[existing slis]: https://k8s.io/slos\n'],
    ['a definition the scan cannot see, in a list item', '## A [x]\n\n- item\n\n  [x]: https://k8s.io\n'],
    ['a link', '## A [x](https://k8s.io)\n'],
    ['emphasis: two runs of *', '## A *b* c\n']
  ])('leaves markup to the parse where it may be a link or emphasis: %s', (_name, body) => {
    const { plain, parses, parsed } = scanned(body)
    expect(parses).toBe(1)
    expect(summary(plain!.headings)).toEqual(summary(parsed))
  })

  it.each([
    ['an indented #', '## A\n\n ## indented\n'],
    ['a # in a list item', '## A\n\n- ## item\n'],
    ['a setext underline', 'Title\n---\n'],
    ['a fence closed left of where it opened', '- item\n\n  ```\n  code\n```\n\n## A\n'],
    ['a fence never closed', '## A\n\n```\n## B\n'],
    ['a heading in an HTML block', '<div>\n## A\n</div>\n']
  ])('guesses, and says so, where a parse could read otherwise: %s', (_name, body) => {
    expect(read(body).plain?.sure).toBe(false)
  })
})
