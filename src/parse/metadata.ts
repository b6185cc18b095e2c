import type { Span } from '../core/diagnostic.js'

export type MetadataForm = 'frontmatter' | 'fenced' | 'sidecar'
export type Path = ReadonlyArray<string | number>

/** Parsed metadata with everything needed to point back at lines of the file. */
export interface MetadataBlock {
  form: MetadataForm
  /** Offsets of every key and value, by data path. */
  positions: ReadonlyMap<string, NodePosition>
  /** Plain data for the schema; dates stay strings (YAML 1.2 core schema has no timestamps). */
  data: unknown
  /** The whole block in the file, fences included. */
  block: Span
  /** Maps an offset range of the YAML text to a span in the file. */
  spanOf(start: number, end: number): Span
  /** The YAML text itself. */
  source: string
  /** Lines of the file that already carry a YAML error; other reports there are noise. */
  errorLines: ReadonlySet<number>
}

/** How YAML text sits inside the file: its first line, and the indentation a fence stripped. */
export interface Placement {
  firstLine: number
  /** Columns a fence stripped from each YAML line (index 0 is line 1); none when absent. */
  strippedIndents?: readonly number[]
}

/** Where one value of the metadata sits: offsets in the YAML text. */
export interface NodePosition {
  /** The key that holds the value, for values of a mapping. */
  key?: [number, number]
  value?: [number, number]
  scalar: boolean
}

const SEPARATOR = '\u0000'

export function pathKey(path: Path): string {
  return path.map(String).join(SEPARATOR)
}

/** pathKey([...path, name]) from pathKey(path): the root's children are keyed by their name alone. */
export function childPathKey(parentKey: string, parentIsRoot: boolean, name: string | number): string {
  return parentIsRoot ? String(name) : `${parentKey}${SEPARATOR}${name}`
}

/** The segments of a key of `positions` (pathKey's inverse), list indices as their digits. */
export function pathOfKey(key: string): string[] {
  return key === '' ? [] : key.split(SEPARATOR)
}

function firstLineOf(metadata: MetadataBlock, start: number, end: number): Span {
  const newline = metadata.source.indexOf('\n', start)
  return metadata.spanOf(start, newline === -1 || newline > end ? end : newline)
}

/**
 * The span to report for a path: a scalar's own text; for a collection, the key that holds
 * it (one line, not the whole block); for a path that does not exist, the nearest parent.
 */
export function spanAt(metadata: MetadataBlock, path: Path, part: 'key' | 'value' = 'value'): Span {
  for (let depth = path.length; depth >= 0; depth--) {
    const position = metadata.positions.get(pathKey(path.slice(0, depth)))
    if (!position) continue
    if (depth === path.length && part === 'key' && position.key) return metadata.spanOf(...position.key)
    if (position.scalar && position.value) return metadata.spanOf(...position.value)
    if (position.key) return metadata.spanOf(...position.key)
    if (position.value) return firstLineOf(metadata, ...position.value)
  }
  return metadata.block
}
