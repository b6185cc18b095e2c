import Mustache from 'mustache'
import type { KepDocument } from '../core/document.js'

/** What a preset gives a repository's own index template: the data it renders, from the KEPs. */
export type IndexView = (documents: readonly KepDocument[], indexFile: string) => Record<string, unknown>

/** A value as Python's repr() writes it, inside a list or mapping that str() prints. */
function pythonRepr(value: unknown): string {
  if (typeof value === 'string') {
    const quote = value.includes("'") && !value.includes('"') ? '"' : "'"
    const body = value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t')
    return quote + (quote === "'" ? body.replace(/'/g, "\\'") : body) + quote
  }
  if (value === null || value === undefined) return 'None'
  return pythonStr(value)
}

/** A value as Python's str() writes it: what chevron prints for a variable. */
function pythonStr(value: unknown): string {
  if (typeof value === 'string') return value
  if (typeof value === 'boolean') return value ? 'True' : 'False'
  if (value === null || value === undefined) return 'None'
  if (Array.isArray(value)) return `[${value.map(pythonRepr).join(', ')}]`
  if (typeof value === 'object') {
    return `{${Object.entries(value as Record<string, unknown>)
      .map(([key, item]) => `${pythonRepr(key)}: ${pythonRepr(item)}`)
      .join(', ')}}`
  }
  return String(value)
}

/**
 * The one escaper of this sink, a mustache template's variables: chevron's (the Python mustache
 * teps.py table renders with), so that a repository's own template renders as its own tool
 * renders it. chevron prints falsy values but 0 and False as nothing, everything else as
 * Python's str() does, and escapes &, ", < and > (not ', / or `, as mustache.js would).
 */
export function escapeTemplateValue(value: unknown): string {
  const empty = value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0) || (typeof value === 'object' && value !== null && Object.keys(value).length === 0)
  if (empty) return ''
  return pythonStr(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/**
 * A repository's own index template rendered with the KEPs' data. Partials are never loaded:
 * a template renders only the data it is given.
 */
export function renderTemplate(template: string, view: Record<string, unknown>): string {
  return Mustache.render(template, view, {}, { escape: escapeTemplateValue })
}
