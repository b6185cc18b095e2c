import type { MarkdownParser } from '../parse/markdownParser.js'
import { markdownHeadings, type MarkdownHeading } from './headings.js'

/**
 * The headings of a README read line by line, for a whole repository's tables of contents:
 * remark reads a 60 KB README in about 100 ms, this in about one. It only answers when the
 * document's blocks are plain — headings at the start of lines, fences closed, HTML comments,
 * link definitions after a blank line — and says "unsure" (undefined) for any line that remark
 * and gomarkdown could read as a heading where it does not, or the other way round: an
 * indented or nested `#`, a setext underline, a fence closed left of where it opened or never.
 * Those documents are read with remark. The headings' own text is rendered by
 * markdownHeadings, from one parse of every heading that is not plain text.
 */

const ATX = /^(#{1,6})(?:([ \t])(.*?))?[ \t]*$/
const FENCE = /^([ \t]*)(`{3,}|~{3,})(.*)$/
/** A `#` heading where only a parse can tell: in a list item or a block quote. */
const NESTED_HEADING = /^[ \t]*(?:(?:>[ \t]?|[-*+][ \t]+|\d{1,9}[.)][ \t]+)[ \t]*)+#{1,6}(?:[ \t]|$)/
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/
/** A link reference definition on one line: `[label]: destination "title"`. */
const DEFINITION = /^ {0,3}\[(?:[^\]\\]|\\.)+\]:[ \t]*\S+(?:[ \t]+(?:"[^"]*"|'[^']*'|\([^)]*\)))?[ \t]*$/
const DEFINITION_START = /^ {0,3}\[(?:[^\]\\]|\\.)+\]:/
/**
 * Heading text with markup, or with what either parser reads specially: code, emphasis, links,
 * images, HTML, escapes, entities, strikethrough, math, URLs, a heading id or a trailing `#`.
 */
const MARKUP = /[`*[\]<\\]|(?:^|[^A-Za-z0-9])_|_(?:$|[^A-Za-z0-9])|~~|&#?\w+;|\$[^$]*\$|\{#|#$|https?:|ftp:|file:|mailto:/i

interface Scan {
  headings: Array<MarkdownHeading | { depth: number; line: number; source: string }>
  definitions: string[]
  /** A definition a line scan cannot be sure of (after text, across lines). */
  unsureDefinition: boolean
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, c => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'))
}

const SPACE = 32
const TAB = 9

function scan(text: string, from: number): Scan | undefined {
  const result: Scan = { headings: [], definitions: [], unsureDefinition: false }
  let number = from === 0 ? 1 : text.slice(0, from).split('\n').length
  let fence: { indent: number; marker: string } | undefined
  let inComment = false
  let inHtml = false
  /** The line before was text: a setext underline would make it a heading, a definition would continue it. */
  let afterText = false
  let afterDefinition = false
  for (let start = from; start <= text.length; number++) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    const lineStart = start
    start = end + 1
    let first = lineStart
    while (first < end && (text.charCodeAt(first) === SPACE || text.charCodeAt(first) === TAB)) first++
    const indent = first - lineStart
    const c = text[first]
    if (fence) {
      if (c !== fence.marker[0]) continue
      const close = FENCE.exec(text.slice(lineStart, end))
      if (close && close[2].length >= fence.marker.length && close[3].trim() === '') {
        // A fence closed left of where it opened (in a list item) ends the item in CommonMark and opens a fence.
        if (close[1].length < fence.indent) return undefined
        fence = undefined
      }
      continue
    }
    if (inComment) {
      if (text.slice(lineStart, end).includes('-->')) inComment = false
      continue
    }
    if (first === end) {
      inHtml = afterText = afterDefinition = false
      continue
    }
    const line = text.slice(lineStart, end)
    if (c === '`' || c === '~') {
      const open = FENCE.exec(line)
      if (open) {
        if (c === '`' && open[3].includes('`')) return undefined
        fence = { indent: open[1].length, marker: open[2] }
        afterText = afterDefinition = false
        continue
      }
    } else if (c === '<' && indent <= 3) {
      if (line.startsWith('<!--', indent)) {
        inComment = !line.slice(indent + 4).includes('-->')
        afterText = afterDefinition = false
        continue
      }
      inHtml = true
    } else if (c === '#') {
      const heading = indent === 0 ? ATX.exec(line) : null
      if (heading) {
        // gomarkdown wants a space after the #s, CommonMark a space or a tab; in an HTML block it is no heading.
        if (heading[2] === '\t' || inHtml) return undefined
        const depth = heading[1].length
        const content = (heading[3] ?? '').replace(/(?:^|[ \t]+)#+$/, '').trim()
        if (MARKUP.test(content) || MARKUP.test(heading[3] ?? '')) result.headings.push({ depth, line: number, source: line })
        else result.headings.push({ depth, text: content, html: escapeHtml(content), span: { line: number, column: 1, endLine: number, endColumn: line.length + 1 } })
        afterText = afterDefinition = false
        continue
      }
      // An indented `#`: a heading for CommonMark, text or code for gomarkdown.
      if (indent > 0 && /^#{1,6}(?:[ \t]|$)/.test(line.slice(indent))) return undefined
    } else if (c === '>' || c === '-' || c === '*' || c === '+' || (c >= '0' && c <= '9')) {
      if (NESTED_HEADING.test(line)) return undefined
    }
    if (afterText && (c === '=' || c === '-') && SETEXT_UNDERLINE.test(line)) return undefined
    if (c === '[' && DEFINITION_START.test(line)) {
      if ((afterText && !afterDefinition) || !DEFINITION.test(line)) result.unsureDefinition = true
      else result.definitions.push(line.trim())
      afterDefinition = true
    } else {
      afterDefinition = false
    }
    afterText = true
  }
  return fence ? undefined : result
}

/** The headings of `text` (line breaks "\n") from offset `from` on, or undefined when a parse must decide. */
export function plainHeadings(parser: MarkdownParser, text: string, from = 0): MarkdownHeading[] | undefined {
  const scanned = scan(text, from)
  if (!scanned) return undefined
  const marked = scanned.headings.filter((heading): heading is { depth: number; line: number; source: string } => 'source' in heading)
  if (marked.length === 0) return scanned.headings as MarkdownHeading[]
  if (scanned.unsureDefinition && marked.some(heading => heading.source.includes('['))) return undefined
  // One parse for every heading with markup, with the definitions its links may name.
  const parsed = markdownHeadings(parser, [...marked.map(heading => heading.source), scanned.definitions.join('\n')].join('\n\n'))
  if (parsed.length !== marked.length || parsed.some((heading, i) => heading.depth !== marked[i].depth)) return undefined
  let next = 0
  return scanned.headings.map(heading => {
    if (!('source' in heading)) return heading
    const read = parsed[next++]
    return { ...read, span: { ...read.span, line: heading.line, endLine: heading.line } }
  })
}
