/** A GitHub login: letters, digits and single hyphens, at most 39 characters, without its @. */
export const GITHUB_HANDLE = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/

const DATE_UNPADDED = /^(\d{4})-(\d{1,2})-(\d{1,2})$/

/** A date written yyyy-m-d as yyyy-mm-dd (2025-10-9 as 2025-10-09), real or not; undefined for anything else. */
export function padDate(text: string): string | undefined {
  const date = DATE_UNPADDED.exec(text)
  return date ? `${date[1]}-${date[2].padStart(2, '0')}-${date[3].padStart(2, '0')}` : undefined
}

/** The real date a text writes (2025-10-9 as 2025-10-09); undefined for anything else (2023-14-05). */
export function realDate(text: string): string | undefined {
  const padded = padDate(text)
  if (padded === undefined) return undefined
  const [year, month, day] = padded.split('-').map(Number)
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.toISOString().slice(0, 10) === padded ? padded : undefined
}

/**
 * One value as every version of a KEP means it, whatever its spelling: `4960`, `"4960"` and
 * `'4960'` are one number; `2024-1-5` and `"2024-01-05"` one date; `@Alice` and `alice` one
 * GitHub handle (GitHub's logins ignore case). Comparisons across versions compare these,
 * never the text: a pull request that only re-quotes a value changed nothing.
 */
export function canonicalValue(value: unknown): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : JSON.stringify(String(value))
  if (typeof value !== 'string') return JSON.stringify(value) ?? 'undefined'
  const text = value.trim()
  if (/^[+-]?\d+(\.\d+)?$/.test(text)) return String(Number(text))
  const date = padDate(text)
  if (date !== undefined) return date
  const handle = text.replace(/^@/, '')
  if (GITHUB_HANDLE.test(handle)) return handle.toLowerCase()
  return text
}

/** The same value in two versions, spelled the same or not. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === undefined || b === undefined) return a === b
  return canonicalValue(a) === canonicalValue(b)
}

/** A YAML scalar's source text as the value it spells: quotes removed, then canonical. */
export function canonicalScalar(source: string): string {
  const quoted = /^"(.*)"$|^'(.*)'$/s.exec(source.trim())
  return canonicalValue(quoted ? (quoted[1] ?? quoted[2].replace(/''/g, "'")) : source)
}

/**
 * Any value as every version means it: scalars as canonicalValue spells them, lists item by
 * item, mappings with their keys in one order (moving a key changes nothing). Two different
 * maps in a list are two values, never one.
 */
export function canonicalData(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalData).join(',')}]`
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>
    return `{${Object.keys(record)
      .sort()
      .map(key => `${JSON.stringify(key)}:${canonicalData(record[key])}`)
      .join(',')}}`
  }
  return JSON.stringify(canonicalValue(value))
}
