import type { NodePosition } from './metadata.js'

/** An offset a node does not have (a value of a list has no key). */
const NONE = -1

/**
 * The positions of a metadata block's keys and values, by data path (pathKey), read as a
 * ReadonlyMap of NodePosition. Every KEP that will have a diagnostic keeps one for the whole
 * run, so it holds numbers, not objects: five a node in one array, found through one map of
 * path to slot, and a NodePosition is made when one is asked for. An object and two arrays a
 * node were a third of what a 5,000-KEP run held at its end (docs/performance.md).
 */
export class PositionIndex implements ReadonlyMap<string, NodePosition> {
  /** Where each path's numbers start in `numbers`. */
  private readonly slots = new Map<string, number>()
  /** Five a node: key start and end, value start and end (NONE where there is none), 1 for a scalar. */
  private readonly numbers: number[] = []

  /** Sets the position at a path from ranges (yaml's node ranges: their first two numbers); a path set again (a key written twice) keeps its place and takes the later position, as Map.set does. */
  set(path: string, key: readonly number[] | undefined, value: readonly number[] | undefined, scalar: boolean): void {
    let at = this.slots.get(path)
    if (at === undefined) {
      at = this.numbers.length
      this.slots.set(path, at)
    }
    const numbers = this.numbers
    numbers[at] = key ? key[0] : NONE
    numbers[at + 1] = key ? key[1] : NONE
    numbers[at + 2] = value ? value[0] : NONE
    numbers[at + 3] = value ? value[1] : NONE
    numbers[at + 4] = scalar ? 1 : 0
  }

  get size(): number {
    return this.slots.size
  }

  has(path: string): boolean {
    return this.slots.has(path)
  }

  get(path: string): NodePosition | undefined {
    const at = this.slots.get(path)
    return at === undefined ? undefined : this.positionAt(at)
  }

  *entries(): MapIterator<[string, NodePosition]> {
    for (const [path, at] of this.slots) yield [path, this.positionAt(at)]
  }

  keys(): MapIterator<string> {
    return this.slots.keys()
  }

  *values(): MapIterator<NodePosition> {
    for (const at of this.slots.values()) yield this.positionAt(at)
  }

  [Symbol.iterator](): MapIterator<[string, NodePosition]> {
    return this.entries()
  }

  forEach(callback: (value: NodePosition, key: string, map: ReadonlyMap<string, NodePosition>) => void, thisArg?: unknown): void {
    for (const [path, position] of this.entries()) callback.call(thisArg, position, path, this)
  }

  private positionAt(at: number): NodePosition {
    const n = this.numbers
    const position: NodePosition = { scalar: n[at + 4] === 1 }
    if (n[at] !== NONE) position.key = [n[at], n[at + 1]]
    if (n[at + 2] !== NONE) position.value = [n[at + 2], n[at + 3]]
    return position
  }
}
