import { describe, expect, it } from '@jest/globals'
import { logLine, logLines } from '../src/format/logLine.js'
import { code, codeBlock, gfm, link, text } from '../src/format/markdown.js'
import { printable } from '../src/format/text.js'
import { codeTexts, outsideCode, renderGfm, runnerCommands } from './helpers/sinks.js'

/** Values an author or an API answer could hold, each trying to become a command, markup, a mention or a link. */
const HOSTILE = [
  '::error::forged',
  '  ::add-mask::INPUT_TOKEN',
  '\t::warning file=x::forged',
  '\u00a0\u3000::error::forged',
  '\u0085::stop-commands::resume',
  'fine\n::error::forged',
  'fine\r::add-mask::x',
  'fine\r\n::error::forged',
  'fine\u2028::error::forged',
  'a ##[error]forged',
  '##[add-mask]secret',
  '#\u0023[error]x %0A::error::y',
  '\u001b[2J\u009b2J\u202eevil'
]

describe('the workflow log: one escaper, logLine', () => {
  it.each(HOSTILE)('makes %j one line the runner reads as text', value => {
    const line = logLine(`kep-validator read ${value}`)
    expect(line.split(/\r\n|\r|\n|\u2028|\u2029|\u0085/)).toHaveLength(1)
    expect(runnerCommands(line)).toEqual([])
    expect(runnerCommands(logLine(value))).toEqual([])
  })

  it('leaves ordinary text alone, and JSON keeps its meaning', () => {
    for (const plain of ['kep-validator posted 2 suggested changes in the review https://github.com/o/r/pull/7#pullrequestreview-1', '50% of C:\\keps: "a: b" :: c', 'a # [b]']) expect(logLine(plain)).toBe(plain)
    const json = JSON.stringify({ message: '##[error]x', list: ['::error::y'] }, null, 2)
    expect(runnerCommands(logLines(json))).toEqual([])
    expect(JSON.parse(logLines(json))).toEqual({ message: '##[error]x', list: ['::error::y'] })
  })

  it('keeps the lines of multi-line output (the CLI in GitHub Actions), each escaped', () => {
    expect(logLines('one\n::error::two\r\nthree ##[warning]four\n')).toBe('one\n\\u003a:error::two\nthree #\\u0023[warning]four\n')
  })
})

describe('Markdown where GitHub renders it: values are code', () => {
  const values = [
    ...HOSTILE,
    '@kubernetes/sig-node-leads @octocat <img src=https://evil.example/t.png> [click](https://evil.example/)',
    '![pixel](https://evil.example/p.png) <a href="https://evil.example">x</a> <script>alert(1)</script>',
    'www.evil.example https://evil.example/x x@evil.example',
    '`',
    '``a``',
    ' a ',
    '` a',
    'a `',
    '   ',
    '# heading\n\n- list',
    '| a | b |',
    'a\\|b',
    'a\\\\|b',
    '\\',
    '~~~\n```\n````',
    '&amp; &#64;octocat'
  ]

  it.each(values)('shows %j as code, exactly, and nothing of it as markup, link or mention', value => {
    const html = renderGfm(gfm`Found ${code(value)} here.`)
    expect(codeTexts(html)).toEqual([printable(value)])
    const outside = outsideCode(html)
    expect(outside).not.toMatch(/<(img|a|script)\b|@|evil/)
  })

  it.each(values)('shows %j as code in a table cell, which it does not leave', value => {
    const html = renderGfm(gfm`| value | n |\n| --- | --- |\n| ${code(value, { table: true })} | 1 |`)
    expect(html.match(/<td>/g)).toHaveLength(2)
    expect(html).toContain('<td>1</td>')
    expect(codeTexts(html).map(shown => shown.replace(/\u200b/g, ''))).toEqual([printable(value)])
    expect(outsideCode(html)).not.toMatch(/<(img|a|script)\b|@|evil/)
  })

  it('makes fenced blocks that no line inside can close', () => {
    const inside = '```\n![pixel](https://evil.example/p.png) @octocat\n````'
    const html = renderGfm(gfm`${codeBlock(inside, 'suggestion')}\n\nafter`)
    expect(html).toContain('<pre><code class="language-suggestion">')
    expect(outsideCode(html)).toBe('\n<p>after</p>')
  })

  it('writes our own computed words as text: no markup, mention or autolink', () => {
    const html = renderGfm(gfm`${text('push by @octocat of https://evil.example and www.evil.example <img src=x> *a*')}`)
    expect(html).not.toMatch(/<(img|a|em)\b/)
    expect(html).not.toMatch(/@[A-Za-z0-9]/)
  })

  it('links only http(s) addresses, and shows anything else as code', () => {
    expect(renderGfm(link(gfm`the check run`, 'https://github.com/o/r/runs/5'))).toBe('<p><a href="https://github.com/o/r/runs/5">the check run</a></p>')
    for (const address of ['javascript:alert(1)', 'https://github.com/o/r/runs/5\n::error::forged) ![pixel](https://evil.example/p.png', 'not a url <img src=x>']) {
      const html = renderGfm(link(gfm`the check run`, address))
      expect(html).not.toMatch(/<img\b|href="javascript/)
      expect(html.match(/<a\b/g)?.length ?? 0).toBeLessThanOrEqual(1)
    }
  })
})
