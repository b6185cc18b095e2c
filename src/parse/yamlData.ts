import { isMap, isScalar, isSeq } from 'yaml'

/**
 * The data of a parsed document whose nodes convert to their own values (yamlCost's `plain`:
 * no alias, tag, collection key, or pair in a list): what the library's toJS returns for it,
 * made in one walk without its conversion context (a map of anchors, a look for one at every
 * node, arrays with room to grow): every KEP's metadata is converted, and on kubernetes/enhancements
 * that context was 2% of an audit's instructions. yaml-data.test.ts holds the two equal on the
 * corpora, on chosen documents and on mutated metadata.
 */
export function plainData(node: unknown): unknown {
  if (isScalar(node)) return node.value
  if (isSeq(node)) return node.items.map(plainData)
  if (!isMap(node)) return null
  const map: Record<string, unknown> = {}
  for (const { key, value } of node.items) {
    // The library's key text: null (an empty key) is '', anything else as String() writes it.
    const keyValue = isScalar(key) ? key.value : null
    const name = keyValue === null ? '' : String(keyValue)
    const data = plainData(value)
    // As the library does: a key the object already has, __proto__ among them, becomes an own property.
    if (name in map) Object.defineProperty(map, name, { value: data, writable: true, enumerable: true, configurable: true })
    else map[name] = data
  }
  return map
}
