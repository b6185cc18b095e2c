import { micromark } from 'micromark'
import { gfm, gfmHtml } from 'micromark-extension-gfm'

export interface RunnerCommand {
  command: string
  data: string
  line: string
}

/**
 * The workflow commands GitHub's runner would find in a step's output, read as it reads them
 * (actions/runner, ActionCommand.TryParseV2 and TryParse): a line that starts with "::" past
 * leading white space, or a line that holds "##[" anywhere (the legacy form). Lines are split
 * where .NET's reader splits them: \r\n, \r, \n.
 */
export function runnerCommands(output: string): RunnerCommand[] {
  const found: RunnerCommand[] = []
  for (const line of output.split(/\r\n|\r|\n/)) {
    const trimmed = line.replace(/^[\s\u0085]+/, '')
    if (trimmed.startsWith('::')) {
      const end = trimmed.indexOf('::', 2)
      if (end >= 0) {
        found.push({ command: trimmed.slice(2, end).split(' ')[0].toLowerCase(), data: trimmed.slice(end + 2), line })
        continue
      }
    }
    const prefix = line.indexOf('##[')
    const bracket = prefix < 0 ? -1 : line.indexOf(']', prefix)
    if (bracket >= 0)
      found.push({
        command: line
          .slice(prefix + 3, bracket)
          .split(' ')[0]
          .toLowerCase(),
        data: line.slice(bracket + 1),
        line
      })
  }
  return found
}

/** Markdown rendered as GitHub renders comments and job summaries: GFM (tables, autolinks, strikethrough), raw HTML kept (GitHub keeps img, a, details…). */
export function renderGfm(markdown: string): string {
  return micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true })
}

/** The rendered HTML without what is inside code and pre elements: where GitHub finds @mentions and shows markup. */
export function outsideCode(html: string): string {
  return html.replace(/<pre>[\s\S]*?<\/pre>/g, '').replace(/<code>[\s\S]*?<\/code>/g, '')
}

/** The text of each code element, entities decoded. */
export function codeTexts(html: string): string[] {
  const decode = (text: string): string =>
    text
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#x27;/g, "'")
      .replace(/&amp;/g, '&')
  return [...html.matchAll(/<code>([\s\S]*?)<\/code>/g)].map(match => decode(match[1]))
}
