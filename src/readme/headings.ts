import type { Code, Heading, Nodes, Parent, PhrasingContent, Root } from 'mdast'
import type { Span } from '../core/diagnostic.js'
import type { MarkdownParser } from '../parse/markdownParser.js'

/**
 * A KEP README's headings as kubernetes/enhancements' tools read them. Its table of contents
 * is written by mdtoc, whose markdown parser is gomarkdown (a descendant of blackfriday), not
 * CommonMark; remark reads the document, and the few places where the two parsers disagree on
 * what is a heading are read as gomarkdown reads them (measured on every README of
 * kubernetes/enhancements, `__tests__/readme-corpus.test.ts`):
 *
 * - a heading at the top level starts at the line's first column: gomarkdown has no
 *   indentation before `#`, so ` ### Rollout` is text;
 * - a heading in a list item counts only when gomarkdown reads the item as blocks (after a blank
 *   line in or after an item of its list, or a heading on an item's later line): it reads a
 *   tight item's text as one paragraph, so `- #### Why` is text;
 * - a fenced code block that is never closed is not code: gomarkdown needs the closing fence,
 *   so the headings after an opening fence left open count;
 * - gomarkdown's heading text ends before a `{#id}` and before `#`s at its end, even without a
 *   space before them;
 * - gomarkdown makes links of bare URLs, and trims the spaces inside a code span.
 */
export interface MarkdownHeading {
  depth: number
  /** mdtoc's anchor text: the heading's text and code, without markup. */
  text: string
  /** The heading's content as gomarkdown renders it: what mdtoc writes between the brackets. */
  html: string
  /** Where the heading is in the document. */
  span: Span
  /** The HTML comment right below the heading, when there is one (the template's instructions). */
  note?: string
}

/** The line of the whole document on which a parse of part of it starts. */
interface Origin {
  line: number
}

interface Walk {
  source: string
  parser: MarkdownParser
  origin: Origin
  definitions: ReadonlyMap<string, { url: string; title?: string | null }>
  headings: MarkdownHeading[]
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, c => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'))
}

/** gomarkdown's bare-URL autolinks: a URL in text becomes a link to itself. */
const BARE_URL = /(?<![A-Za-z])(?:https?:\/\/|ftp:\/\/|file:\/\/|mailto:)[^\s<]+/gi
const CLOSERS: Record<string, string> = { ')': '(', ']': '[', '}': '{', '"': '"', "'": "'" }

/** The URL gomarkdown links from `match` on: without a final period or comma, or a closing bracket opened before it. */
function urlEnd(text: string, start: number, url: string): string {
  if (/[.,]$/.test(url)) url = url.slice(0, -1)
  if (url.endsWith(';') && !/&[a-z]{2,5};$/.test(url)) url = url.slice(0, -1)
  const last = url.at(-1)!
  const open = CLOSERS[last]
  if (open !== undefined) {
    // As gomarkdown: count back from the character before the last one to the line's start.
    let depth = 1
    const line = text.slice(0, start + url.length - 1)
    for (let i = line.length - 1; i >= 0 && line[i] !== '\n' && depth !== 0; i--) {
      if (line[i] === last) depth++
      if (line[i] === open) depth--
    }
    if (depth === 0) url = url.slice(0, -1)
  }
  return url
}

/** Text as gomarkdown renders it: escaped, with bare URLs made links. */
function renderText(text: string, inLink: boolean): string {
  if (inLink) return escapeHtml(text)
  let html = ''
  let from = 0
  for (const match of text.matchAll(BARE_URL)) {
    if (match.index < from) continue
    const url = urlEnd(text, match.index, match[0])
    html += `${escapeHtml(text.slice(from, match.index))}<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`
    from = match.index + url.length
  }
  return html + escapeHtml(text.slice(from))
}

/** An inline code span as gomarkdown reads it: the text between the backticks, without the spaces around it. */
function codeText(walk: Walk, node: PhrasingContent): string {
  const raw = walk.source.slice(node.position!.start.offset, node.position!.end.offset)
  const fence = /^`+/.exec(raw)![0].length
  return raw.slice(fence, raw.length - fence).replace(/^ +| +$/g, '')
}

function render(walk: Walk, nodes: readonly PhrasingContent[], inLink = false): { html: string; text: string } {
  let html = ''
  let text = ''
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        html += renderText(node.value, inLink)
        text += node.value
        break
      case 'inlineCode': {
        const code = codeText(walk, node)
        html += `<code>${escapeHtml(code)}</code>`
        text += code
        break
      }
      case 'emphasis':
      case 'strong':
      case 'delete': {
        const tag = node.type === 'emphasis' ? 'em' : node.type === 'strong' ? 'strong' : 'del'
        const inner = render(walk, node.children, inLink)
        html += `<${tag}>${inner.html}</${tag}>`
        text += inner.text
        break
      }
      case 'link':
      case 'linkReference': {
        const target = node.type === 'link' ? node : walk.definitions.get(node.identifier)
        const inner = render(walk, node.children, true)
        if (!target) {
          html += inner.html
        } else {
          const title = target.title ? ` title="${escapeHtml(target.title)}"` : ''
          html += `<a href="${escapeHtml(target.url)}"${title}>${inner.html}</a>`
        }
        text += inner.text
        break
      }
      case 'image':
      case 'imageReference': {
        const target = node.type === 'image' ? node : walk.definitions.get(node.identifier)
        const alt = node.alt ?? ''
        const title = target?.title ? `" title="${escapeHtml(target.title)}` : ''
        html += `<img src="${escapeHtml(target?.url ?? '')}" alt="${escapeHtml(alt)}${title}" />`
        text += alt
        break
      }
      case 'html':
        html += node.value
        break
      case 'break':
        html += '<br>\n'
        break
      default:
        break
    }
  }
  return { html, text }
}

/**
 * gomarkdown ends an ATX heading's text before a `{#id}` and before every unescaped `#` at its
 * end, with or without a space before them (CommonMark keeps the `#` of "Support for C#").
 */
function gomarkdownContent(walk: Walk, heading: Heading): PhrasingContent[] {
  const last = heading.children.at(-1)
  if (last?.type !== 'text') return heading.children
  const source = walk.source.slice(heading.position!.start.offset, heading.position!.end.offset)
  if (!source.startsWith('#') || source.includes('\n')) return heading.children
  let value = last.value.replace(/[ \t]*\{#[^}]*\}$/, '')
  if (/[^\\]#+[ \t]*$/.test(source.replace(/[ \t]*\{#[^}]*\}[ \t]*$/, ''))) value = value.replace(/#+$/, '').replace(/[ \t]+$/, '')
  return value === last.value ? heading.children : [...heading.children.slice(0, -1), { ...last, value }]
}

function spanOf(walk: Walk, node: Nodes): Span {
  const { start, end } = node.position!
  const lines = walk.origin.line - 1
  return { line: start.line + lines, column: start.column, endLine: end.line + lines, endColumn: end.column }
}

/** Where the lines after the opening fence start, for a fenced code block without its closing fence (remark runs it to the end of its container). */
function unclosedFence(walk: Walk, node: Code): number | undefined {
  const raw = walk.source.slice(node.position!.start.offset, node.position!.end.offset)
  const open = /^[ \t]*(`{3,}|~{3,})/.exec(raw)
  if (!open) return undefined
  const lines = raw.split('\n')
  const last = lines.at(-1)!.trim()
  const closing = new RegExp(`^\\${open[1][0]}{${open[1].length},}$`)
  if (lines.length > 1 && closing.test(last)) return undefined
  const firstBreak = raw.indexOf('\n')
  return firstBreak === -1 ? undefined : node.position!.start.offset! + firstBreak + 1
}

function visit(walk: Walk, parent: Parent, inTightItem: boolean): void {
  parent.children.forEach((node, index) => {
    if (node.type === 'heading') {
      if (parent.type === 'root' && node.position!.start.column !== 1) return
      if (inTightItem) return
      const { html, text } = render(walk, gomarkdownContent(walk, node as Heading))
      const next = parent.children[index + 1]
      const note = next?.type === 'html' && next.value.startsWith('<!--') ? next.value : undefined
      walk.headings.push({ depth: (node as Heading).depth, text, html: html.trim(), span: spanOf(walk, node), ...(note === undefined ? {} : { note }) })
      return
    }
    if (node.type === 'code' && parent.type === 'root') {
      const rest = unclosedFence(walk, node)
      // Read from the line after the opening fence, as gomarkdown reads it: text.
      if (rest !== undefined) visitText(walk.parser, walk.source.slice(rest), { line: walk.origin.line + node.position!.start.line }, walk.headings)
      return
    }
    if (node.type === 'list') {
      // gomarkdown parses an item's lines as blocks (headings included) once its list has met a
      // blank line inside or after an item, or a heading on an item's later line; then for every
      // item after it too (the flag is the list's). Otherwise an item is one paragraph.
      let blocks = false
      node.children.forEach((item, i) => {
        const next = node.children[i + 1]
        const blankAfter = next !== undefined && next.position!.start.line > item.position!.end.line + 1
        blocks ||= item.spread === true || blankAfter || item.children.some((child, j) => j > 0 && child.type === 'heading')
        visit(walk, item, !blocks)
      })
      return
    }
    if ('children' in node) visit(walk, node as Parent, inTightItem)
  })
}

function definitionsOf(root: Root): Map<string, { url: string; title?: string | null }> {
  const definitions = new Map<string, { url: string; title?: string | null }>()
  const collect = (parent: Parent): void => {
    for (const node of parent.children) {
      if (node.type === 'definition' && !definitions.has(node.identifier)) definitions.set(node.identifier, node)
      else if ('children' in node) collect(node as Parent)
    }
  }
  collect(root)
  return definitions
}

function visitText(parser: MarkdownParser, source: string, origin: Origin, headings: MarkdownHeading[]): void {
  const root = parser.parse(source)
  visit({ source, parser, origin, definitions: definitionsOf(root), headings }, root, false)
}

/**
 * The headings of `text` from `from` on (mdtoc reads a document from its table of contents'
 * end marker), in document order. `text` has its line breaks as "\n".
 */
export function markdownHeadings(parser: MarkdownParser, text: string, from = 0): MarkdownHeading[] {
  const headings: MarkdownHeading[] = []
  const line = from === 0 ? 1 : text.slice(0, from).split('\n').length
  visitText(parser, text.slice(from), { line }, headings)
  return headings
}
