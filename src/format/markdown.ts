import { printable } from './text.js'

declare const markdownBrand: unique symbol

/**
 * Markdown that GitHub may render where kep-validator posts it (the job summary, review
 * comments, a check run's summary): kep-validator's own words, with every value as code. Only
 * the functions of this module make it, and every writer to those places takes nothing else:
 * a value cannot reach them as markup, a link, an image or an @mention.
 */
export type Markdown = string & { readonly [markdownBrand]: true }

const made = (text: string): Markdown => text as Markdown

/**
 * GitHub Flavored Markdown of kep-validator's own words (the template's literal text) around
 * parts that are Markdown already or numbers. A string is not accepted: a value goes in through
 * `code` (or `codeBlock`, `link`), our own computed words through `text`. (Not named `markdown`
 * or `md`: prettier would format such templates as Markdown, changing what they say.)
 */
export function gfm(literals: TemplateStringsArray, ...parts: ReadonlyArray<Markdown | number>): Markdown {
  let out = literals[0]
  for (let i = 0; i < parts.length; i++) out += String(parts[i]) + literals[i + 1]
  return made(out)
}

/** Markdown parts joined by Markdown (a line break, a separator of ours). */
export function joinMarkdown(parts: readonly Markdown[], separator: Markdown | '' = ''): Markdown {
  return made(parts.join(separator))
}

/**
 * A value as an inline code span, as CommonMark defines one: the fence is a run of backticks
 * longer than any inside, with a space inside each fence when the value starts or ends with a
 * backtick or a space (one is taken off each side when rendered). Nothing inside a code span
 * is markup: no HTML, no link, no autolink, no emphasis; and GitHub does not look for @mentions
 * in code (its mention filter skips text inside pre, code and a). Line breaks and other control
 * characters are written out (printable), so that the value stays on its line, table row or
 * list item.
 *
 * In a table cell (`table: true`) a pipe would end the cell even inside code: each is escaped
 * as GFM allows (`\|`, which GitHub renders as a pipe); a backslash before it would pair with
 * that escape and free the pipe, so a zero-width space keeps them apart.
 */
export function code(value: string, options: { table?: boolean } = {}): Markdown {
  let text = printable(value)
  if (text === '') return made('')
  if (options.table) text = text.replace(/\\?\|/g, pipe => (pipe.length === 2 ? '\\\u200b\\|' : '\\|'))
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map(run => run[0].length))
  const fence = '`'.repeat(longest + 1)
  const pad = /^[` ]|[` ]$/.test(text) && /[^ ]/.test(text) ? ' ' : ''
  return made(`${fence}${pad}${text}${pad}${fence}`)
}

/** The fence of a fenced block: backticks, more than any run inside (three at least). */
function fenceFor(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map(run => run[0].length))
  return '`'.repeat(longest + 1)
}

/**
 * Text as a fenced code block whose fence no line of it can close; `info` is the block's info
 * string (a language, or `suggestion` for a review's suggested change), ours. The text is kept
 * as it is, line breaks included; the block ends with its fence, without a line break after.
 */
export function codeBlock(text: string, info = ''): Markdown {
  const fence = fenceFor(text)
  return made(`${fence}${info}\n${text}\n${fence}`)
}

/**
 * Words of kep-validator's own computed at run time (a count, an event's name): markup
 * characters are escaped, HTML is written as text, and an @ or an address cannot become a
 * mention or a link. A value a KEP's author wrote goes through `code` instead.
 */
export function text(words: string): Markdown {
  return made(
    escapeMarkdown(words)
      // A zero-width joiner after @ is no mention; inside "://" and after "www" it is no autolink.
      .replace(/@/g, '@\u200d')
      .replace(/:\/\//g, ':\u200d//')
      .replace(/\bwww\./gi, www => `${www.slice(0, 3)}\u200d.`)
  )
}

/**
 * A link of ours, to an address we built or one an API answered: an http(s) address is linked
 * (written in angle brackets, which WHATWG URL serialization leaves no way to close); anything
 * else is shown as code, never linked.
 */
export function link(label: Markdown, address: string): Markdown {
  let url: URL
  try {
    url = new URL(address)
  } catch {
    return gfm`${label} (${code(address)})`
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || /[\s<>]/.test(url.href)) return gfm`${label} (${code(address)})`
  return made(`[${label}](<${url.href}>)`)
}

/**
 * Text safe inside markdown and the HTML GitHub renders: no markup from metadata values. For
 * the CLI's reports (release notes, roadmap), which are read as prose; it does not stop
 * autolinks or @mentions, so what kep-validator posts on GitHub uses `code`.
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/([\\`*_[\]|#~])/g, '\\$1')
      // Any line ending (a lone \r is one to markdown) or control character would end the line or table row.
      // eslint-disable-next-line no-control-regex -- control characters are what this removes
      .replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, ' ')
  )
}
