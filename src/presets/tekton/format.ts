import type { BodyScan, NumberHeading } from '../../core/document.js'
import type { Problem } from '../../core/diagnostic.js'
import type { MetadataBlock } from '../../parse/metadata.js'
import type { KeepOptions } from '../../parse/readYaml.js'
import { readMarkdownMetadata } from '../../parse/readMarkdownMetadata.js'
import { editMetadata, type MetadataFormat } from '../../read/metadataFormat.js'

/**
 * A TEP's metadata: its YAML front matter (the reader every markdown KEP goes through) and the
 * "# TEP-0042: Title" heading that carries its number, found by a line scan of the whole file.
 */

/** teps.py's RE_TEP_NUMBER_TITLE, `^# (TEP-[0-9]{4}): .*$` on one line (`.` there is any character but a line feed). */
const NUMBER_HEADING = /^# (TEP-[0-9]{4}): [^\n]*$/
/** teps.py's YAML_SEPARATOR: the line is exactly "---", nothing after it. */
const SEPARATOR = '---'

/**
 * The headings teps.py's read_tep finds, by its own line scan: the body starts after the
 * second line that is exactly "---" (the first opens the front matter wherever it is), and
 * every line of the body that is a number heading counts, in code blocks too. Python reads
 * the file with universal newlines (CRLF and CR are line feeds) and keeps a byte order mark
 * as a character, so a file that starts with one has no "---" first line.
 */
export function scanBody(text: string): BodyScan {
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  // A last line without its line feed is never "---\n" to teps.py.
  const complete = (i: number): boolean => i < lines.length - 1
  let section: '' | 'header' | 'body' = ''
  let closingLine: number | undefined
  const numberHeadings: NumberHeading[] = []
  lines.forEach((line, i) => {
    const separator = line === SEPARATOR && complete(i)
    if (separator && section === '') section = 'header'
    else if (separator && section === 'header') {
      section = 'body'
      closingLine = i + 1
    }
    if (section !== 'body') return
    const match = NUMBER_HEADING.exec(line)
    if (match) numberHeadings.push({ line: i + 1, label: match[1], length: line.length })
  })
  return closingLine === undefined ? { numberHeadings } : { closingLine, numberHeadings }
}

/** Reads a TEP: the front matter as every markdown KEP's, and the scan of its body. `bom`: the file started with a byte order mark (stripped from `text`). */
export function readTep(file: string, text: string, options: KeepOptions, bom: boolean): { metadata?: MetadataBlock; problems: Problem[]; body: BodyScan } {
  const { metadata, problems } = readMarkdownMetadata(file, text, options)!
  return { metadata, problems, body: scanBody(bom ? `\uFEFF${text}` : text) }
}

/** Tekton's TEPs: front matter (read as every markdown KEP's) and the "# TEP-NNNN: Title" heading, so the whole file is read. */
export const TEP_FORMAT: MetadataFormat = {
  name: 'markdown+heading',
  markdown: true,
  read: readTep,
  textFile: file => file,
  edit: editMetadata
}
