import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkFrontmatter from 'remark-frontmatter'
import type { Root, Code, Yaml } from 'mdast'
import { diagnostic, FILE_START, type Diagnostic, type Span } from '../diagnostic.js'
import { locateMetadata, splitLines } from './locateMetadata.js'
import { readYamlBlock, type MetadataBlock } from './yamlBlock.js'

const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])

function blockSpan(lines: readonly string[], startLine: number, endLine: number): Span {
  return { line: startLine, column: 1, endLine, endColumn: lines[endLine - 1].length + 1 }
}

function leadingSpaces(line: string): number {
  return /^ */.exec(line)![0].length
}

/**
 * Reads the metadata of a KEP written in markdown: YAML front matter, or KEP-1's own form,
 * a fenced block under a "Metadata" heading. Only the lines of the block go through remark.
 */
export function readMarkdownMetadata(
  file: string,
  text: string
): { metadata?: MetadataBlock; diagnostics: Diagnostic[] } {
  const lines = splitLines(text)
  const location = locateMetadata(lines)
  if (location.kind === 'problem') {
    return { diagnostics: [diagnostic(file, location.span, location.rule, location.message)] }
  }
  if (location.kind === 'none') {
    return {
      diagnostics: [
        diagnostic(
          file,
          FILE_START,
          'metadata-missing',
          'this KEP has no metadata; start the file with YAML front matter between two "---" lines, or add a "## Metadata" section with a ``` block that starts with "---"'
        )
      ]
    }
  }

  if (location.kind === 'frontmatter') {
    const slice = lines.slice(0, location.endLine).join('\n')
    const tree = markdown.parse(slice) as Root
    const yaml = tree.children[0] as Yaml | undefined
    if (yaml?.type !== 'yaml') {
      return { diagnostics: [diagnostic(file, FILE_START, 'metadata-missing', 'the front matter could not be read as YAML front matter; open and close it with lines that are exactly "---"')] }
    }
    return readYamlBlock(file, yaml.value, 'frontmatter', blockSpan(lines, 1, location.endLine), {
      firstLine: 2,
      strippedIndent: () => 0
    })
  }

  const firstLine = location.headingLine
  const slice = lines.slice(firstLine - 1, location.endLine).join('\n')
  const tree = markdown.parse(slice) as Root
  const code = tree.children.find((node): node is Code => node.type === 'code')
  if (!code?.position) {
    return {
      diagnostics: [
        diagnostic(file, blockSpan(lines, location.startLine, location.startLine), 'metadata-missing', `the block on line ${location.startLine} under the Metadata heading is not a fenced code block; fence it with \`\`\``)
      ]
    }
  }
  const fenceLine = firstLine + code.position.start.line - 1
  const indent = code.position.start.column - 1
  const diagnostics: Diagnostic[] = []
  const block = blockSpan(lines, fenceLine, location.endLine)
  if (!/^---[ \t]*(\n|$)/.test(code.value)) {
    diagnostics.push(
      diagnostic(file, blockSpan(lines, fenceLine + 1, fenceLine + 1), 'metadata-fence-marker', 'the metadata block should start with a line "---", as KEP-1\'s template does', {
        severity: 'warning',
        expected: ['---']
      })
    )
  }
  const read = readYamlBlock(file, code.value, 'fenced', block, {
    firstLine: fenceLine + 1,
    strippedIndent: yamlLine => Math.min(indent, leadingSpaces(lines[fenceLine + yamlLine - 1] ?? ''))
  })
  return { metadata: read.metadata, diagnostics: [...diagnostics, ...read.diagnostics] }
}
