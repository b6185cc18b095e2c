import type { Diagnostic } from '../core/diagnostic.js'
import type { KepDocument } from '../core/document.js'
import type { IndexCheck } from '../indexFile/checkIndex.js'
import { pathOfKey, type MetadataBlock } from '../parse/metadata.js'
import { rangeContains } from '../parse/readText.js'
import { canonicalData, canonicalScalar } from '../core/values.js'

/*
 * A pull request is responsible for what it changes. A problem of a changed KEP counts only
 * if the same KEP at the base did not have it; the two versions' problems are matched by rule,
 * by the metadata path they point into and by the value written there — never by line, since
 * lines move when anything above them changes.
 */

/** Joins the parts of a fingerprint: no metadata text holds it. */
const SEPARATOR = '\u0000'

/** The data at a path of positions' keys. */
function valueAt(data: unknown, segments: readonly string[]): unknown {
  let value = data
  for (const segment of segments) value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[segment] : undefined
  return value
}

/**
 * Where in the metadata a problem points: the deepest key or value whose text holds its start.
 * List items are named by their value, not their index: a reviewer added at the top of the
 * list does not make every old problem below it new. A list or mapping is named by its
 * canonical value too (a different map in feature-gates is a different item). A problem that
 * points at a key is about the field, not about what is written in it (`value` undefined): an
 * unknown field stays the same problem when its value is edited — but a key of a list item is
 * named with the item's value, since the item has no other name.
 */
function locate(metadata: MetadataBlock, d: Diagnostic): { path: string; value?: string } | undefined {
  let best: { depth: number; path: string; value?: string } | undefined
  for (const [key, position] of metadata.positions) {
    const segments = pathOfKey(key)
    if (best && segments.length <= best.depth) continue
    const onValue = position.value !== undefined && rangeContains(metadata, position.value, d.line, d.column)
    if (!onValue && !(position.key && rangeContains(metadata, position.key, d.line, d.column))) continue
    const value = !onValue ? undefined : position.scalar ? canonicalScalar(metadata.source.slice(position.value![0], position.value![1])) : canonicalData(valueAt(metadata.data, segments))
    const path = segments.map(segment => (/^\d+$/.test(segment) ? '[]' : segment))
    if (!onValue) {
      // A key of a list item (an unknown field of an author, a required key found missing at the item's first) is about that item: named by its value.
      let item = segments.length - 1
      while (item >= 0 && !/^\d+$/.test(segments[item])) item--
      if (item >= 0) path[item] = `[${canonicalData(valueAt(metadata.data, segments.slice(0, item + 1)))}]`
    }
    best = { depth: segments.length, path: path.join('.'), value }
  }
  return best
}

/** A message with its numbers masked: they are lines and counts, which move. */
function masked(d: Diagnostic): string {
  return d.message.replace(/\d+/g, '#')
}

/** What identifies a problem across versions of one KEP. */
export function fingerprint(d: Diagnostic, doc: KepDocument): string {
  const place = doc.metadata && d.file === doc.file ? locate(doc.metadata, d) : undefined
  // At a key, the message says which problem of the field it is; outside any value (a missing field, a file that does not parse), what it is.
  const what = !place ? `${SEPARATOR}${masked(d)}` : place.value === undefined ? `${place.path}${SEPARATOR}key${SEPARATOR}${masked(d)}` : `${place.path}${SEPARATOR}${place.value}`
  return `${d.rule}${SEPARATOR}${what}`
}

/**
 * The head's problems of a changed KEP that its base version already had. Counted as
 * a multiset: a third copy of a problem the base had twice is new. A warning on the base does
 * not cover the same problem as an error on the head (a relaxation the change undid). Problems of
 * the KEP's README (its path at the head and at the base, when a rule reads it) are matched by
 * rule and message.
 */
export function problemsOnBase(head: readonly Diagnostic[], after: KepDocument, base: readonly Diagnostic[], before: KepDocument, readmes?: { after: string; before: string }): Set<Diagnostic> {
  // The README's problems are told from the metadata's: they never locate in it.
  // The severity is part of the key: a warning on the base does not cover an error on the head.
  const keyOf = (d: Diagnostic, doc: KepDocument, readme: string | undefined): string | undefined =>
    d.file === doc.file ? `${d.severity}${SEPARATOR}${fingerprint(d, doc)}` : readme !== undefined && d.file === readme ? `readme${SEPARATOR}${d.severity}${SEPARATOR}${fingerprint(d, doc)}` : undefined
  const onBase = new Map<string, number>()
  for (const d of base) {
    const key = keyOf(d, before, readmes?.before)
    if (key !== undefined) onBase.set(key, (onBase.get(key) ?? 0) + 1)
  }
  const had = new Set<Diagnostic>()
  for (const d of head) {
    const key = keyOf(d, after, readmes?.after)
    if (key === undefined) continue
    const left = onBase.get(key) ?? 0
    if (left === 0) continue
    onBase.set(key, left - 1)
    had.add(d)
  }
  return had
}

function indexLines(diff: string | undefined): Map<string, number> {
  const lines = new Map<string, number>()
  for (const line of (diff ?? '').split('\n')) {
    if (!/^[+-]/.test(line) || line.startsWith('+++') || line.startsWith('---')) continue
    lines.set(line, (lines.get(line) ?? 0) + 1)
  }
  return lines
}

/**
 * The index is stale at the head only for reasons the base already had: every line the head's
 * diff adds or removes is one the base's diff added or removed too. A KEP the pull request adds
 * or renames without updating the index brings lines of its own.
 */
export function indexStaleOnBase(head: IndexCheck, base: IndexCheck): boolean {
  if (base.state === 'fresh') return false
  if (head.state !== base.state) return false
  if (head.state === 'broken' || head.state === 'missing') return true
  const before = indexLines(base.diff)
  for (const [line, count] of indexLines(head.diff)) if ((before.get(line) ?? 0) < count) return false
  return true
}
