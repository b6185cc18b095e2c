import type { MarkdownParser } from '../parse/markdownParser.js'
import { markdownHeadings, type MarkdownHeading } from './headings.js'

/**
 * The headings of a README read line by line, for a whole repository's tables of contents:
 * remark reads a 60 KB README in about 100 ms, this in well under one. It is sure of its answer
 * when the document's blocks are plain — headings at the start of lines, fences closed, HTML
 * comments, link definitions after a blank line — and says it guessed when a line could be read
 * as a heading by remark or gomarkdown where it did not, or the other way round: an indented or
 * nested `#`, a setext underline, a fence closed left of where it opened. The headings' own text
 * is rendered by markdownHeadings, from one parse of every heading that is not plain text or code.
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
  /** A line the scan read one way where a parse could read it another (the guess is written beside each). */
  unsure: boolean
}

function escapeHtml(text: string): string {
  return /[&<>"]/.test(text) ? text.replace(/[&<>"]/g, c => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;')) : text
}

/** The first characters of a line that may start something else than text. */
const MAY_MATTER = /^[^A-Za-z(]/
/** The start of the next line (after its "\n") that is blank or whose first character may matter. */
const MAY_MATTER_LINE = /\n[ \t]*[^A-Za-z( \t]/g
/** The start of the next line whose first character may close a fence. */
const BACKTICK_LINE = /\n[ \t]*`/g
const TILDE_LINE = /\n[ \t]*~/g

/** Markup but for square brackets (and a scheme after a letter, `Profile:`, which gomarkdown links not): what a bracketed label may not hold to be read as text. */
const MARKUP_BUT_BRACKETS = /[`*<\\]|(?:^|[^A-Za-z0-9])_|_(?:$|[^A-Za-z0-9])|~~|&#?\w+;|\$[^$]*\$|\{#|#$|(?<![A-Za-z])(?:https?:|ftp:|file:|mailto:)/i
/**
 * `[Optional]`, `[Alpha]`, `[kubelet]`: a bracketed label that is no link — nothing after the
 * `]` makes it one (`(`, `[`, `:`), no `!` before it, and the document defines no reference it
 * could name — is text to both parsers, as its characters.
 */
const TEXT_BRACKETS = /(?<!!)\[[^[\]]*\](?![([:])/g

/** A reference label as CommonMark matches it: case and runs of white space aside. */
function labelKey(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase()
}

/** The labels the document defines (undefined: brackets are left to a parse). */
type Labels = ReadonlySet<string> | undefined

function isPlainText(part: string, labels: Labels, loneStars: boolean): boolean {
  if (part.includes('`')) return false
  if (!labels) return !MARKUP.test(part)
  let named = false
  const rest = part.replace(TEXT_BRACKETS, label => {
    if (labels.has(labelKey(label.slice(1, -1)))) named = true
    return label.slice(1, -1)
  })
  return !named && !rest.includes('[') && !rest.includes(']') && !MARKUP_BUT_BRACKETS.test(loneStars ? part.replace(/\*+/, '') : part)
}

/**
 * Heading text whose only markup is code spans (`kubectl`) — and, where the document's
 * definitions are known, bracketed labels that are no links and a lone run of `*` — rendered as markdownHeadings does
 * (gomarkdown trims the spaces inside a span); undefined for any other markup, which a parse reads.
 */
function renderCode(content: string, labels?: Labels): { text: string; html: string } | undefined {
  const parts = content.split(/`([^`]+)`/)
  // One run of `*` outside code (`Are there tests?**`) is text: emphasis needs an opening run and a closing one.
  const loneStars = parts.filter((_, i) => i % 2 === 0).reduce((runs, part) => runs + (part.match(/\*+/g)?.length ?? 0), 0) === 1
  let text = ''
  let html = ''
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]
    if (i % 2 === 0) {
      if (!isPlainText(part, labels, loneStars)) return undefined
      text += part
      html += escapeHtml(part)
    } else {
      const code = part.replace(/^ +| +$/g, '')
      if (code === '') return undefined
      text += code
      html += `<code>${escapeHtml(code)}</code>`
    }
  }
  return { text, html }
}

const SPACE = 32
const TAB = 9

function scan(text: string, from: number): Scan | undefined {
  const result: Scan = { headings: [], definitions: [], unsureDefinition: false, unsure: false }
  // Line numbers are counted only up to the headings: most lines are skipped whole.
  let counted = 0
  let number = 1
  const lineAt = (offset: number): number => {
    for (let i = text.indexOf('\n', counted); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) number++
    counted = offset
    return number
  }
  let fence: { indent: number; marker: string; rest: number } | undefined
  let inComment = false
  let inHtml = false
  /** The line before was text: a setext underline would make it a heading, a definition would continue it. */
  let afterText = false
  let afterDefinition = false
  for (let start = from; start <= text.length;) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    const lineStart = start
    start = end + 1
    let first = lineStart
    while (first < end && (text.charCodeAt(first) === SPACE || text.charCodeAt(first) === TAB)) first++
    const indent = first - lineStart
    const c = text[first]
    if (fence) {
      if (c !== fence.marker[0]) {
        // Only a line that starts with the fence's character may close it: the others are skipped whole.
        const closing = fence.marker[0] === '`' ? BACKTICK_LINE : TILDE_LINE
        closing.lastIndex = end
        const next = closing.exec(text)
        start = next ? next.index + 1 : text.length + 1
        continue
      }
      const close = FENCE.exec(text.slice(lineStart, end))
      if (close && close[2].length >= fence.marker.length && close[3].trim() === '') {
        // A fence closed left of where it opened (in a list item) ends the item in CommonMark and opens a fence.
        // Guess: closed.
        if (close[1].length < fence.indent) result.unsure = true
        fence = undefined
      }
      continue
    }
    if (inComment) {
      // The comment ends on the line of its first `-->`: the lines up to it are skipped whole.
      const close = text.indexOf('-->', lineStart)
      if (close === -1) break
      const closeEnd = text.indexOf('\n', close)
      start = closeEnd === -1 ? text.length + 1 : closeEnd + 1
      inComment = false
      continue
    }
    if (first === end) {
      inHtml = afterText = afterDefinition = false
      continue
    }
    // Most lines are text: they start with a letter, and only make the next line's underline a heading.
    if (!MAY_MATTER.test(c)) {
      afterText = true
      afterDefinition = false
      // So do the lines after it up to the next that may matter (or is blank): skipped whole.
      MAY_MATTER_LINE.lastIndex = end
      const next = MAY_MATTER_LINE.exec(text)
      start = next ? next.index + 1 : text.length + 1
      continue
    }
    const line = text.slice(lineStart, end)
    if (c === '`' || c === '~') {
      const open = FENCE.exec(line)
      if (open) {
        // Guess: a backtick in the info string makes it text, as CommonMark reads it.
        if (c === '`' && open[3].includes('`')) {
          result.unsure = afterText = true
          continue
        }
        fence = { indent: open[1].length, marker: open[2], rest: start }
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
        // Guess: a heading, as CommonMark reads it.
        if (heading[2] === '\t' || inHtml) result.unsure = true
        const depth = heading[1].length
        const content = (heading[3] ?? '').replace(/(?:^|[ \t]+)#+$/, '').trim()
        const rendered = MARKUP.test(heading[3] ?? '') ? renderCode(content) : { text: content, html: escapeHtml(content) }
        const number = lineAt(lineStart)
        if (rendered) result.headings.push({ depth, ...rendered, span: { line: number, column: 1, endLine: number, endColumn: line.length + 1 } })
        else result.headings.push({ depth, line: number, source: line })
        afterText = afterDefinition = false
        continue
      }
      // An indented `#`: a heading for CommonMark, text or code for gomarkdown.
      // Guess: text, as gomarkdown reads an indented `#` at the top level.
      if (indent > 0 && /^#{1,6}(?:[ \t]|$)/.test(line.slice(indent))) result.unsure = true
    } else if (c === '>' || c === '-' || c === '*' || c === '+' || (c >= '0' && c <= '9')) {
      // Guess: text, as gomarkdown reads a tight list item.
      if (NESTED_HEADING.test(line)) result.unsure = true
    }
    // Guess: no heading.
    if (afterText && (c === '=' || c === '-') && SETEXT_UNDERLINE.test(line)) result.unsure = true
    if (c === '[' && DEFINITION_START.test(line)) {
      if ((afterText && !afterDefinition) || !DEFINITION.test(line)) result.unsureDefinition = true
      else result.definitions.push(line.trim())
      afterDefinition = true
    } else {
      afterDefinition = false
    }
    afterText = true
  }
  if (!fence) return result
  // Guess: a fence never closed is text, as gomarkdown reads it (and markdownHeadings): the lines after it are read again.
  const rest = scan(text, Math.min(fence.rest, text.length))
  if (!rest) return undefined
  return { headings: [...result.headings, ...rest.headings], definitions: [...result.definitions, ...rest.definitions], unsureDefinition: result.unsureDefinition || rest.unsureDefinition, unsure: true }
}

/**
 * The labels of the document's definitions, when the scan saw them all: none it was unsure of,
 * and no `]:` anywhere (in a list item, a block quote) but on the definition lines it read.
 */
function definedLabels(scanned: Scan, text: string, from: number): Labels {
  if (scanned.unsureDefinition) return undefined
  let colons = 0
  for (let i = text.indexOf(']:', from); i !== -1; i = text.indexOf(']:', i + 2)) colons++
  if (colons !== scanned.definitions.length) return undefined
  return new Set(scanned.definitions.map(definition => labelKey(DEFINITION_START.exec(definition)![0].replace(/^ *\[|\]:$/g, ''))))
}

/**
 * The headings of `text` (line breaks "\n") from offset `from` on, read line by line: `sure`
 * when no line could be read another way by a parse; else the scan's guess. Undefined when a
 * guess cannot be made (a fence open at the end, a heading's markup the parse read otherwise).
 */
export function plainHeadings(parser: MarkdownParser, text: string, from = 0): { headings: MarkdownHeading[]; sure: boolean } | undefined {
  const scanned = scan(text, from)
  if (!scanned) return undefined
  const labels = definedLabels(scanned, text, from)
  if (labels) {
    // A heading whose only markup is code and labels no definition names is read here.
    scanned.headings = scanned.headings.map(heading => {
      if (!('source' in heading)) return heading
      const match = ATX.exec(heading.source)!
      const rendered = renderCode((match[3] ?? '').replace(/(?:^|[ \t]+)#+$/, '').trim(), labels)
      return rendered ? { depth: heading.depth, ...rendered, span: { line: heading.line, column: 1, endLine: heading.line, endColumn: heading.source.length + 1 } } : heading
    })
  }
  const marked = scanned.headings.filter((heading): heading is { depth: number; line: number; source: string } => 'source' in heading)
  const sure = !scanned.unsure && !(scanned.unsureDefinition && marked.some(heading => heading.source.includes('[')))
  if (marked.length === 0) return { headings: scanned.headings as MarkdownHeading[], sure }
  // One parse for every heading with markup, with the definitions its links may name.
  const parsed = markdownHeadings(parser, [...marked.map(heading => heading.source), scanned.definitions.join('\n')].join('\n\n'))
  if (parsed.length !== marked.length || parsed.some((heading, i) => heading.depth !== marked[i].depth)) return undefined
  let next = 0
  const headings = scanned.headings.map(heading => {
    if (!('source' in heading)) return heading
    const read = parsed[next++]
    return { ...read, span: { ...read.span, line: heading.line, endLine: heading.line } }
  })
  return { headings, sure }
}
