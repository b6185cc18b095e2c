import type { Root } from 'mdast'

export interface MarkdownParser {
  parse(text: string): Root
}

let loaded: MarkdownParser | undefined

/**
 * remark (unified + remark-parse + remark-frontmatter), loaded on first need: KEPs in
 * front matter never need it, and its code is a third of the start-up of a run.
 */
export async function loadMarkdownParser(): Promise<MarkdownParser> {
  if (!loaded) {
    const [{ unified }, { default: remarkParse }, { default: remarkFrontmatter }] = await Promise.all([import('unified'), import('remark-parse'), import('remark-frontmatter')])
    const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])
    loaded = { parse: text => processor.parse(text) as Root }
  }
  return loaded
}

/** The loaded parser; callers that may meet markdown metadata await loadMarkdownParser() first. */
export function markdownParser(): MarkdownParser {
  if (!loaded) throw new Error('internal error: the markdown parser is used before loadMarkdownParser()')
  return loaded
}

/** Whether remark has been loaded in this process: KEP-1's own form should not need it. */
export function markdownParserLoaded(): boolean {
  return loaded !== undefined
}
