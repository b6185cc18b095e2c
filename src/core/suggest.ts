/** Levenshtein distance, bounded: returns max+1 as soon as the distance exceeds max. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      const value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      current.push(value)
      if (value < rowMin) rowMin = value
    }
    if (rowMin > max) return max + 1
    previous = current
  }
  return previous[b.length]
}

/**
 * The allowed value the author most probably meant: an exact match ignoring case and
 * separators first, then the closest by edit distance if it is close enough to be a typo.
 */
export function didYouMean(found: string, allowed: readonly string[]): string | undefined {
  return closestMatches(found, allowed)[0]
}

/**
 * The allowed value the author meant, when no other is as close: a fix may replace the value
 * with it. "implementd" is "implemented"; "Draf" between "Draft" and "Dead" would be neither.
 */
export function uniqueMatch(found: string, allowed: readonly string[]): string | undefined {
  const matches = closestMatches(found, allowed)
  return matches.length === 1 ? matches[0] : undefined
}

/**
 * Whether a value is the word it was matched to, slipped rather than another word: the same but
 * for case and separators, two neighbouring letters swapped (`imlpemented`), or a letter doubled
 * or written once where it is double (`aproved`, `Approoved`). Only such a did-you-mean cannot
 * change what a value means: closeness of spelling is not closeness of meaning (`implementing`
 * and `implement` are two letters or three from `implemented`, and mean work in progress).
 */
export function isSlipOf(found: string, meant: string): boolean {
  const fold = (s: string): string => s.toLowerCase().replace(/[\s_-]+/g, '')
  const a = fold(found)
  const b = fold(meant)
  if (a === b) return true
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  if (a.length === b.length) return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)
  const [long, short] = a.length > b.length ? [a, b] : [b, a]
  if (long.length !== short.length + 1 || long.slice(0, i) + long.slice(i + 1) !== short) return false
  return long[i] === long[i - 1] || long[i] === long[i + 1]
}

/** The allowed values closest to what was found, equally close, in their order. */
function closestMatches(found: string, allowed: readonly string[]): string[] {
  const fold = (s: string): string => s.toLowerCase().replace(/[\s_-]+/g, '')
  const folded = fold(found)
  const sameWord = allowed.filter(candidate => fold(candidate) === folded)
  if (sameWord.length > 0) return sameWord
  const limit = Math.max(1, Math.floor(found.length / 3))
  let best: string[] = []
  let bestDistance = limit + 1
  for (const candidate of allowed) {
    const distance = editDistance(found.toLowerCase(), candidate.toLowerCase(), limit)
    if (distance < bestDistance) {
      best = [candidate]
      bestDistance = distance
    } else if (distance === bestDistance && distance <= limit) {
      best.push(candidate)
    }
  }
  return best
}

/** How much of a file's text a message quotes: enough to find it, never a file's worth (a secret read by mistake stays unread). */
export const EXCERPT_CHARACTERS = 40

/** Text from a file as a message quotes it: in quotes, escaped as JSON (no newline, no control character), cut to a short excerpt. */
export function excerpt(text: string, max = EXCERPT_CHARACTERS): string {
  const chars = [...text]
  return chars.length <= max ? JSON.stringify(text) : `${JSON.stringify(chars.slice(0, max).join(''))}… (${chars.length} characters)`
}

/** A name or value from a file as a message writes it out: as written when short and printable, else a short escaped excerpt. */
export function asWritten(text: string): string {
  return [...text].length <= EXCERPT_CHARACTERS && !/[\p{Cc}\u2028\u2029]/u.test(text) ? text : excerpt(text)
}

export function quote(value: unknown): string {
  if (typeof value === 'string') return excerpt(value)
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  return String(value)
}

export function listOf(values: readonly string[]): string {
  return values.join(', ')
}
