import type { ErrorObject } from 'ajv'
import { diagnostic, type Diagnostic } from '../diagnostic.js'
import { spanAt, type MetadataBlock, type Path } from '../parse/yamlBlock.js'
import { didYouMean, listOf, quote } from '../suggest.js'
import type { MetadataSchema } from './metadataSchema.js'

type SchemaNode = Record<string, unknown>

function decodePointer(pointer: string): string[] {
  return pointer
    .replace(/^#?\/?/, '')
    .split('/')
    .filter(part => part !== '')
    .map(part => part.replace(/~1/g, '/').replace(/~0/g, '~'))
}

function resolve(root: SchemaNode, segments: readonly string[]): SchemaNode | undefined {
  let node: unknown = root
  for (const segment of segments) {
    if (typeof node !== 'object' || node === null) return undefined
    node = (node as SchemaNode)[segment]
  }
  return typeof node === 'object' && node !== null ? (node as SchemaNode) : undefined
}

/** The nearest human wording of what the failing part of the schema accepts. */
function allowedText(root: SchemaNode, schemaPath: string): string | undefined {
  const segments = decodePointer(schemaPath)
  for (let depth = segments.length; depth > 0; depth--) {
    const node = resolve(root, segments.slice(0, depth))
    if (node && typeof node['x-allowed'] === 'string') return node['x-allowed']
  }
  return undefined
}

function exampleOf(root: SchemaNode, field: string): string | undefined {
  const properties = root.properties as Record<string, SchemaNode> | undefined
  const examples = properties?.[field]?.examples
  if (!Array.isArray(examples) || examples.length === 0) return undefined
  const example = examples[0]
  return typeof example === 'object' ? undefined : `${field}: ${String(example)}`
}

function instancePath(error: ErrorObject): Path {
  return decodePointer(error.instancePath).map(part => (/^\d+$/.test(part) ? Number(part) : part))
}

function describePath(path: Path): string {
  if (path.length === 0) return 'metadata'
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('')
}

function typeName(value: unknown): string {
  if (value === null) return 'empty (null)'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  if (typeof value === 'number') return Number.isInteger(value) ? `the number ${value}` : `the number ${value}`
  if (typeof value === 'boolean') return `the boolean ${value}`
  return `the text ${quote(value)}`
}

/**
 * anyOf reports every branch's failures. Keep the branches whose shape matched (no type
 * or const failure where the anyOf is), so the author reads about the form they meant;
 * when none or several matched, one message lists everything allowed.
 */
function collapseAnyOf(errors: ErrorObject[]): ErrorObject[] {
  const anyOfs = errors.filter(e => e.keyword === 'anyOf')
  let kept = errors
  // Deepest first: an inner anyOf is resolved before the one that contains it.
  for (const anyOf of [...anyOfs].sort((a, b) => b.schemaPath.length - a.schemaPath.length)) {
    if (!kept.includes(anyOf)) continue
    const prefix = anyOf.schemaPath + '/'
    const branches = new Map<string, ErrorObject[]>()
    for (const error of kept) {
      if (error === anyOf || !error.schemaPath.startsWith(prefix)) continue
      if (!error.instancePath.startsWith(anyOf.instancePath)) continue
      const branch = error.schemaPath.slice(prefix.length).split('/')[0]
      branches.set(branch, [...(branches.get(branch) ?? []), error])
    }
    const inside = new Set([...branches.values()].flat())
    const shapeMatched = [...branches.values()].filter(
      branch => !branch.some(e => e.instancePath === anyOf.instancePath && (e.keyword === 'type' || e.keyword === 'const' || e.keyword === 'anyOf'))
    )
    kept = kept.filter(e => !inside.has(e) && (shapeMatched.length !== 1 || e !== anyOf))
    if (shapeMatched.length === 1) kept.push(...shapeMatched[0])
  }
  return kept
}

function messageFor(error: ErrorObject, root: SchemaNode): { text: string; expected?: string[]; part: 'key' | 'value'; path: Path } {
  const path = instancePath(error)
  const where = describePath(path)
  const allowed = allowedText(root, error.schemaPath)
  const found = error.data
  switch (error.keyword) {
    case 'required': {
      const missing = (error.params as { missingProperty: string }).missingProperty
      const example = path.length === 0 ? exampleOf(root, missing) : undefined
      const target = path.length === 0 ? 'the metadata' : where
      return {
        text: `${target} has no "${missing}", which is required; add it${example ? ` (for example "${example}")` : ''}`,
        path,
        part: 'value'
      }
    }
    case 'additionalProperties': {
      const extra = (error.params as { additionalProperty: string }).additionalProperty
      const parent = error.parentSchema as SchemaNode | undefined
      const known = Object.keys((parent?.properties as object | undefined) ?? {})
      const guess = didYouMean(extra, known)
      return {
        text: `unknown field "${extra}" in ${path.length === 0 ? 'the metadata' : where}; allowed fields are ${listOf(known)}${guess ? `; did you mean "${guess}"?` : '; remove it'}`,
        expected: guess ? [guess] : undefined,
        path: [...path, extra],
        part: 'key'
      }
    }
    case 'enum': {
      const values = ((error.params as { allowedValues: unknown[] }).allowedValues ?? []).map(String)
      const guess = typeof found === 'string' ? didYouMean(found, values) : undefined
      return {
        text: `${where} ${quote(found)} is not one of ${listOf(values)}${guess ? `; did you mean "${guess}"?` : ''}`,
        expected: guess ? [guess] : values,
        path,
        part: 'value'
      }
    }
    case 'type': {
      const expectedType = (error.params as { type: string | string[] }).type
      return {
        text: `${where} is ${typeName(found)}; expected ${allowed ?? `a ${String(expectedType)}`}`,
        path,
        part: 'value'
      }
    }
    case 'uniqueItems': {
      const { i, j } = error.params as { i: number; j: number }
      return {
        text: `${where} lists ${quote((found as unknown[])[i])} twice (items ${j + 1} and ${i + 1}); remove the repeat`,
        path: [...path, i],
        part: 'value'
      }
    }
    case 'minItems':
      return { text: `${where} is an empty list; expected ${allowed ?? 'at least one item'}`, path, part: 'value' }
    case 'pattern':
    case 'format':
    case 'const':
    case 'anyOf':
    case 'minLength':
    case 'minimum': {
      let guess: string | undefined
      if (typeof found === 'string' && /^@/.test(found) && /github/.test(error.schemaPath + error.instancePath)) {
        guess = found.slice(1)
      } else if (typeof found === 'string' && typeof error.schema === 'string' && error.keyword === 'pattern' && /\(sig\|wg\)/.test(error.schema)) {
        const slug = found.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')
        if (/^(sig|wg)-/.test(slug)) guess = slug
      } else if (typeof found === 'string' && /^kep-?\d+$/i.test(found)) {
        guess = `KEP-${Number(found.replace(/\D/g, ''))}`
      }
      if (guess === found) guess = undefined
      return {
        text: `${where} ${typeName(found)} is not allowed; expected ${allowed ?? error.message ?? 'another value'}${guess ? `; did you mean "${guess}"?` : ''}`,
        expected: guess ? [guess] : undefined,
        path,
        part: 'value'
      }
    }
    default:
      return { text: `${where} ${error.message ?? 'is invalid'}${allowed ? `; expected ${allowed}` : ''}`, path, part: 'value' }
  }
}

/** Validates metadata against the schema; each failure is a diagnostic at its key or value. */
export function schemaDiagnostics(file: string, metadata: MetadataBlock, schema: MetadataSchema): Diagnostic[] {
  if (schema.validate(metadata.data)) return []
  const errors = collapseAnyOf(schema.validate.errors ?? [])
  const seen = new Set<string>()
  const diagnostics: Diagnostic[] = []
  for (const error of errors) {
    const message = messageFor(error, schema.schema)
    const span =
      error.keyword === 'required' && message.path.length === 0 ? metadata.block : spanAt(metadata, message.path, message.part)
    // A line with a YAML error already says what is wrong there.
    if (metadata.errorLines.has(span.line)) continue
    const key = `${span.line}:${span.column}:${message.text}`
    if (seen.has(key)) continue
    seen.add(key)
    const field = message.path.length > 0 && error.keyword !== 'additionalProperties' ? String(message.path[0]) : undefined
    const rule =
      error.keyword === 'additionalProperties' && message.path.length === 1
        ? 'schema/unknown-field'
        : error.keyword === 'required' && message.path.length === 0
          ? `schema/${(error.params as { missingProperty: string }).missingProperty}`
          : `schema/${field ?? String(message.path[0] ?? 'metadata')}`
    diagnostics.push(diagnostic(file, span, rule, message.text, { expected: message.expected }))
  }
  return diagnostics
}
