import type { Span } from '../core/diagnostic.js'
import type { MetadataBlock } from './metadata.js'

/** Whether a point (1-based line and column) lies in an offset range of the metadata's YAML text. */
export function rangeContains(metadata: MetadataBlock, range: readonly [number, number], line: number, column: number): boolean {
  const span = metadata.spanOf(range[0], range[1])
  const afterStart = line > span.line || (line === span.line && column >= span.column)
  const beforeEnd = line < span.endLine || (line === span.endLine && column <= span.endColumn)
  return afterStart && beforeEnd
}

/**
 * Whether a finding stands on text the reader did read, in a file whose metadata is in doubt (a
 * YAML error the parser read past): a key or value it read, or the file outside the metadata
 * block (a README's sections). What stands nowhere — a field found missing, reported on the whole
 * block — may only follow
 * from the error, and the file shows its read error alone instead.
 */
export function standsOnReadText(metadata: MetadataBlock, span: Span): boolean {
  const { block } = metadata
  if (span.line < block.line || span.line > block.endLine) return true
  // The whole block: a finding about the metadata as a whole (a field it has not), on no text of its own.
  if (span.line === block.line && span.column === block.column && span.endLine === block.endLine && span.endColumn === block.endColumn) return false
  for (const position of metadata.positions.values()) {
    if (position.value !== undefined && rangeContains(metadata, position.value, span.line, span.column)) return true
    if (position.key !== undefined && rangeContains(metadata, position.key, span.line, span.column)) return true
  }
  return false
}
