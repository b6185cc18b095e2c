import { Document, isMap, isPair, isScalar, isSeq, Pair, parseDocument, YAMLMap } from 'yaml'
import type { Node } from 'yaml'
import type { Span } from '../core/diagnostic.js'
import { MAX_ALIAS_COUNT } from './limits.js'
import { childPathKey, pathKey, type MetadataBlock, type MetadataForm, type NodePosition, type Placement } from './metadata.js'
import { PositionIndex } from './positionIndex.js'

// logLevel 'error': the library must not print its warnings to the action's log; a
// collection used as a key, its one warning here, is reported as an unknown field.
// uniqueKeys false: duplicate keys are found by yamlCost (limits.ts) in linear time.
export const PARSE_OPTIONS = { prettyErrors: false, uniqueKeys: false, version: '1.2', schema: 'core', keepSourceTokens: false, logLevel: 'error' } as const
export const NO_ERROR_LINES: ReadonlySet<number> = new Set()

/**
 * Metadata that keeps only its YAML text and data. Positions are worked out again from
 * the text when a diagnostic needs one: a whole-repository run holds thousands of these,
 * and keeping every parse tree would make the garbage collector the largest cost.
 */
export class YamlMetadata implements MetadataBlock {
  private lineStarts?: number[]

  constructor(
    readonly form: MetadataForm,
    readonly data: unknown,
    readonly block: Span,
    readonly source: string,
    readonly placement: Placement,
    readonly errorLines: ReadonlySet<number>,
    private positionsCache?: PositionIndex
  ) {}

  get positions(): ReadonlyMap<string, NodePosition> {
    this.positionsCache ??= indexPositions(parseDocument(this.source, PARSE_OPTIONS).contents)
    return this.positionsCache
  }

  private position(offset: number): { line: number; column: number } {
    if (!this.lineStarts) {
      this.lineStarts = [0]
      for (let i = this.source.indexOf('\n'); i !== -1; i = this.source.indexOf('\n', i + 1)) this.lineStarts.push(i + 1)
    }
    const at = Math.min(Math.max(offset, 0), this.source.length)
    let low = 0
    let high = this.lineStarts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (this.lineStarts[middle] <= at) low = middle
      else high = middle - 1
    }
    const yamlLine = low + 1
    return {
      line: this.placement.firstLine + low,
      column: at - this.lineStarts[low] + 1 + (this.placement.strippedIndents?.[yamlLine - 1] ?? 0)
    }
  }

  spanOf(start: number, end: number): Span {
    const from = this.position(start)
    const to = this.position(Math.max(start, end))
    return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column }
  }
}

/**
 * The name the data gives a key that is itself a list or mapping ("[ a, b ]"): YAML's own
 * conversion of a one-pair mapping, so that a diagnostic about that key finds its line.
 */
function collectionKeyName(key: unknown): string | undefined {
  try {
    const probe = new Document(null, PARSE_OPTIONS)
    const map = new YAMLMap()
    map.items.push(new Pair(key, null))
    probe.contents = map
    return Object.keys(probe.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as object)[0]
  } catch {
    return undefined
  }
}

/**
 * The position of every key and value, keyed by data path. Kept instead of the YAML
 * document itself: a whole-repository run holds thousands of these, and the document
 * trees would cost more memory (and garbage collection) than the files' metadata.
 */
export function indexPositions(contents: unknown): PositionIndex {
  const positions = new PositionIndex()
  // Each node's key is its path's pathKey, built from its parent's as the walk goes down.
  const child = (parentKey: string, depth: number, name: string | number): string => childPathKey(parentKey, depth === 0, name)
  const visit = (node: unknown, pathKeyOfNode: string, depth: number, key?: readonly number[]): void => {
    const range = (node as Node | null)?.range
    positions.set(pathKeyOfNode, key, range ?? undefined, isScalar(node))
    if (isMap(node)) {
      for (const item of node.items) {
        if (!isPair(item)) continue
        const name = isScalar(item.key) ? String(item.key.value) : collectionKeyName(item.key)
        if (name === undefined) continue
        const keyRange = (item.key as Node).range
        visit(item.value, child(pathKeyOfNode, depth, name), depth + 1, keyRange ?? undefined)
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => visit(item, child(pathKeyOfNode, depth, index), depth + 1))
    }
  }
  visit(contents, pathKey([]), 0)
  return positions
}
