import { describe, expect, it } from '@jest/globals'
import { isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml'
import type { Node } from 'yaml'
import { pathKey, type NodePosition } from '../src/parse/metadata.js'
import { PositionIndex } from '../src/parse/positionIndex.js'
import { indexPositions, PARSE_OPTIONS } from '../src/parse/yamlMetadata.js'

/** What PositionIndex stands for: a Map of the positions as objects, the way they were kept before it. */
function positionsAsObjects(text: string): Map<string, NodePosition> {
  const positions = new Map<string, NodePosition>()
  const range = (node: unknown): [number, number] | undefined => {
    const r = (node as Node | null)?.range
    return r ? [r[0], r[1]] : undefined
  }
  const visit = (node: unknown, path: Array<string | number>, key?: [number, number]): void => {
    const position: NodePosition = { scalar: isScalar(node) }
    if (key) position.key = key
    const value = range(node)
    if (value) position.value = value
    positions.set(pathKey(path), position)
    if (isMap(node)) for (const item of node.items) if (isPair(item) && isScalar(item.key)) visit(item.value, [...path, String(item.key.value)], range(item.key))
    if (isSeq(node)) node.items.forEach((item, index) => visit(item, [...path, index]))
  }
  visit(parseDocument(text, PARSE_OPTIONS).contents, [])
  return positions
}

describe('PositionIndex', () => {
  const texts = [
    'kep-number: 42\ntitle: A title\nauthors:\n  - "@a"\n  - b\nreviewers: []\nstage:\nmilestone:\n  alpha: v1.2\n',
    'see-also: [KEP-1, "KEP-2", 3]\nnested: {a: {b: [1, {c: d}]}}\n',
    // A key written twice: the later position, at the first one's place in the order.
    'status: implementable\ntitle: one\nstatus: implemented\n',
    '- a\n- - b\n  - c\n',
    'plain'
  ]

  it.each(texts)('holds what a Map of position objects holds, in its order: %j', text => {
    const index = indexPositions(parseDocument(text, PARSE_OPTIONS).contents)
    const expected = positionsAsObjects(text)
    expect([...index]).toEqual([...expected])
    expect([...index.keys()]).toEqual([...expected.keys()])
    expect([...index.values()]).toEqual([...expected.values()])
    expect(index.size).toBe(expected.size)
    for (const [key, position] of expected) {
      expect(index.has(key)).toBe(true)
      expect(index.get(key)).toEqual(position)
    }
    expect(index.get('no such path')).toBeUndefined()
    expect(index.has('no such path')).toBe(false)
    const visited: Array<[string, NodePosition]> = []
    index.forEach((position, key, map) => {
      expect(map).toBe(index)
      visited.push([key, position])
    })
    expect(visited).toEqual([...expected])
  })

  it('sets a path again as Map.set does: the later position, the first place', () => {
    const index = new PositionIndex()
    index.set('a', [0, 1], [3, 4], true)
    index.set('b', undefined, [5, 9], false)
    index.set('a', undefined, undefined, false)
    expect([...index]).toEqual([
      ['a', { scalar: false }],
      ['b', { value: [5, 9], scalar: false }]
    ])
  })
})
