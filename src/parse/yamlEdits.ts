import { parse } from 'yaml'
import type { Edit } from '../core/diagnostic.js'
import { pathKey, type MetadataBlock, type Path } from './metadata.js'
import { PARSE_OPTIONS } from './yamlMetadata.js'

/**
 * Fixes as edits of the metadata's own text: a value is replaced where it is written, an
 * item is added after the last one, and nothing else of the file moves (comments, quoting,
 * order, line endings). YAML is never serialized again.
 */

/** A value that reads back as the same string when written plain, in a block or a flow list. */
function plainIsSafe(value: string): boolean {
  if (!/^[A-Za-z0-9][A-Za-z0-9 ._/-]*$/.test(value) || /\s$/.test(value)) return false
  try {
    // "true", "12", "null" read back as other types.
    return parse(value, PARSE_OPTIONS) === value
  } catch {
    return false
  }
}

/** How to write a string where `written` was: in its quotes, or plain when it was plain and plain is safe (`@` cannot start a plain scalar). */
export function scalarText(value: string, written: string): string {
  if (written.startsWith("'")) return `'${value.replace(/'/g, "''")}'`
  if (written.startsWith('"') || !plainIsSafe(value)) return JSON.stringify(value)
  return value
}

/** Replaces the scalar at a path with another string, keeping its quoting. */
export function replaceScalar(metadata: MetadataBlock, path: Path, value: string): Edit | undefined {
  const position = metadata.positions.get(pathKey(path))
  if (!position?.scalar || !position.value) return undefined
  const [start, end] = position.value
  const written = metadata.source.slice(start, end)
  if (written === '' || written.includes('\n')) return undefined
  return { span: metadata.spanOf(start, end), text: scalarText(value, written) }
}

/** The offset where a line of the YAML text ends, before its line break (LF or CRLF). */
function lineEnd(source: string, offset: number): number {
  const newline = source.indexOf('\n', offset)
  if (newline === -1) return source.length
  return source[newline - 1] === '\r' ? newline - 1 : newline
}

function lineStart(source: string, offset: number): number {
  return source.lastIndexOf('\n', offset - 1) + 1
}

/** The indentation a fence stripped from the line at this offset (KEP-1's fenced form inside a list item). */
function strippedIndent(metadata: MetadataBlock, offset: number): string {
  return ' '.repeat(metadata.spanOf(offset, offset).column - 1 - (offset - lineStart(metadata.source, offset)))
}

function insertAt(metadata: MetadataBlock, offset: number, text: string): Edit {
  return { span: metadata.spanOf(offset, offset), text }
}

/**
 * Adds a string to the list at a top-level field: after the last item of a block list (on
 * a line of its own, indented as that item), inside a flow list, or as a new field at the
 * end of the metadata when there is none. Undefined when the field holds something else.
 */
export function appendListItem(metadata: MetadataBlock, field: string, item: string): Edit | undefined {
  const { source } = metadata
  const data = (metadata.data as Record<string, unknown> | undefined)?.[field]
  const itemText = scalarText(item, '')
  const position = metadata.positions.get(pathKey([field]))
  if (data === undefined || !position) {
    const end = source.trimEnd().length
    const indent = strippedIndent(metadata, lineStart(source, end))
    return insertAt(metadata, lineEnd(source, end), `\n${indent}${field}:\n${indent}  - ${itemText}`)
  }
  const [start, end] = position.value ?? [0, 0]
  const written = source.slice(start, end)
  if (data === null) {
    if (written === '' && position.key) {
      const at = lineEnd(source, position.key[1])
      return insertAt(metadata, at, `\n${strippedIndent(metadata, lineStart(source, at))}  - ${itemText}`)
    }
    return { span: metadata.spanOf(start, end), text: `[${itemText}]` }
  }
  if (!Array.isArray(data)) return undefined
  if (written.startsWith('[') && written.endsWith(']')) {
    return data.length === 0 ? { span: metadata.spanOf(start, end), text: `[${itemText}]` } : insertAt(metadata, end - 1, `, ${itemText}`)
  }
  const last = metadata.positions.get(pathKey([field, data.length - 1]))?.value
  if (!last) return undefined
  const from = lineStart(source, last[0])
  const prefix = source.slice(from, last[0])
  if (!/^\s*-\s+$/.test(prefix) || source.slice(last[0], last[1]).includes('\n')) return undefined
  return insertAt(metadata, lineEnd(source, last[1]), `\n${strippedIndent(metadata, from)}${prefix}${itemText}`)
}
