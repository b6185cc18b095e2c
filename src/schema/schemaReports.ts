import type { ErrorObject } from 'ajv'
import { fixOf, type Applicability, type Finding } from '../core/diagnostic.js'
import { spanAt, type MetadataBlock, type Path } from '../parse/metadata.js'
import { asWritten, didYouMean, excerpt, isSlipOf, listOf, quote, uniqueMatch } from '../core/suggest.js'
import { padDate, realDate } from '../core/values.js'
import { replaceScalar } from '../edit/metadataEditor.js'
import type { MetadataSchema } from './metadataSchema.js'
import type { SchemaIndex } from './schemaIndex.js'

type SchemaNode = Record<string, unknown>

function decodePointer(pointer: string): string[] {
  return pointer
    .split('/')
    .slice(1)
    .map(part => part.replace(/~1/g, '/').replace(/~0/g, '~'))
}

function instancePath(error: ErrorObject): Path {
  return decodePointer(error.instancePath).map(part => (/^\d+$/.test(part) ? Number(part) : part))
}

function describePath(path: Path): string {
  if (path.length === 0) return 'metadata'
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? asWritten(part) : `.${asWritten(part)}`)).join('')
}

function typeName(value: unknown): string {
  if (value === null) return 'empty (null)'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  if (typeof value === 'number') return `the number ${value}`
  if (typeof value === 'boolean') return `the boolean ${value}`
  return `the text ${quote(value)}`
}

function isUnder(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}/`)
}

const SHAPE_KEYWORDS = new Set(['type', 'const', 'enum', 'anyOf'])
const VALUE_KEYWORDS = new Set(['pattern', 'format', 'minLength', 'minimum'])

/**
 * anyOf reports every branch's failures, or none. Each branch is validated again on its
 * own; when exactly one branch has the shape of the value (a mapping where a mapping is
 * expected…), its failures say what to fix. Otherwise one message lists what is allowed.
 */
function collapseAnyOf(errors: ErrorObject[], index: SchemaIndex, prefix = ''): ErrorObject[] {
  let result = errors.map(error => (prefix ? { ...error, instancePath: prefix + error.instancePath } : error))
  // Outermost first: shallower values, and at one value the later error (ajv reports an
  // anyOf after the branches inside it).
  const anyOfs = result
    .map((error, order) => ({ error, order }))
    .filter(({ error }) => error.keyword === 'anyOf')
    .sort((a, b) => a.error.instancePath.length - b.error.instancePath.length || b.order - a.order)
    .map(({ error }) => error)
  for (const anyOf of anyOfs) {
    if (!result.includes(anyOf)) continue
    const at = anyOf.instancePath
    result = result.filter(e => e === anyOf || !isUnder(e.instancePath, at))
    const branches = Array.isArray(anyOf.schema) ? anyOf.schema.length : 0
    const matched: ErrorObject[][] = []
    for (let i = 0; i < branches; i++) {
      const validate = index.branchValidatorFor(anyOf.parentSchema, i)
      if (!validate || validate(anyOf.data)) continue
      const branchErrors = collapseAnyOf(validate.errors ?? [], index, at)
      // A const anywhere is a discriminator (name: TBD): failing it means another form was meant.
      const otherShape = branchErrors.some(e => e.keyword === 'const' || (e.instancePath === at && SHAPE_KEYWORDS.has(e.keyword)))
      if (!otherShape) matched.push(branchErrors)
    }
    // A value of the right shape that only fails a pattern is best told everything allowed.
    if (matched.length === 1 && !matched[0].every(e => e.instancePath === at && VALUE_KEYWORDS.has(e.keyword))) {
      result = [...result.filter(e => e !== anyOf), ...matched[0]]
    }
  }
  return result
}

/**
 * What the author probably meant, for values that are a common slip away from valid: each
 * guess is the one value meant (the @ of a handle, a date's missing zero), so it is also the fix.
 */
function guessFor(found: unknown, path: Path, error: ErrorObject): string | undefined {
  if (typeof found !== 'string') return undefined
  let guess: string | undefined
  const padded = padDate(found)
  const handle = found.trim().replace(/^[“"']|[”"']$/g, '')
  if (path.at(-1) === 'github' && found.startsWith('@')) guess = found.slice(1)
  else if (error.keyword === 'pattern' && String(error.schema).startsWith('^@') && /^@?[A-Za-z0-9-]+$/.test(handle)) guess = handle.startsWith('@') ? handle : `@${handle}`
  else if (padded !== undefined && (error.keyword === 'pattern' || error.keyword === 'format')) guess = realDate(padded)
  else if (/^kep-?\d+$/i.test(found)) guess = `KEP-${Number(found.replace(/\D/g, ''))}`
  else if (/^\s*(sig|wg)[\s_-]/i.test(found))
    guess = found
      .trim()
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
  return guess === found ? undefined : guess
}

interface Message {
  text: string
  path: Path
  part: 'key' | 'value'
  expected?: string[]
  /** The value to write instead, when it is the one meant. */
  fix?: string
  /** Whether writing it cannot change what the author meant; safe unless said. */
  applicability?: Applicability
}

function exampleOf(root: SchemaNode, field: string): string | undefined {
  const properties = root.properties as Record<string, SchemaNode> | undefined
  const examples = properties?.[field]?.examples
  if (!Array.isArray(examples) || examples.length === 0 || typeof examples[0] === 'object') return undefined
  return `${field}: ${String(examples[0])}`
}

function messageFor(error: ErrorObject, index: SchemaIndex, subject: string): Message {
  const path = instancePath(error)
  const where = describePath(path)
  const allowed = index.allowedText(error.parentSchema)
  const found = error.data
  switch (error.keyword) {
    case 'required': {
      const missing = (error.params as { missingProperty: string }).missingProperty
      const example = path.length === 0 ? exampleOf(index.root, missing) : undefined
      return {
        text: `${path.length === 0 ? subject : where} has no "${missing}", which is required; add it${example ? ` (for example "${example}")` : ''}`,
        path,
        part: 'value'
      }
    }
    case 'additionalProperties': {
      const extra = (error.params as { additionalProperty: string }).additionalProperty
      const known = Object.keys(((error.parentSchema as SchemaNode | undefined)?.properties as object | undefined) ?? {})
      const guess = didYouMean(extra, known)
      return {
        text: `unknown field ${excerpt(extra)} in ${path.length === 0 ? subject : where}; allowed fields are ${listOf(known)}${guess ? `; did you mean "${guess}"?` : '; remove it'}`,
        expected: guess ? [guess] : undefined,
        path: [...path, extra],
        part: 'key'
      }
    }
    case 'enum': {
      // null, where a schema lets a field be empty (tekton's status: its own rule reports that), is no value to suggest.
      const values = ((error.params as { allowedValues: unknown[] }).allowedValues ?? []).filter(value => value !== null).map(String)
      const guess = typeof found === 'string' ? didYouMean(found, values) : undefined
      // Only a guess no other value is as close to: "Draf" between Draft and Dead is not fixed.
      const fix = typeof found === 'string' ? uniqueMatch(found, values) : undefined
      return {
        text: `${where} ${quote(found)} is not one of ${listOf(values)}${guess ? `; did you mean "${guess}"?` : ''}`,
        expected: guess ? [guess] : values,
        path,
        part: 'value',
        fix,
        // A state is a meaning: "implementing" is not "implemented" mistyped, so it is only suggested.
        applicability: fix !== undefined && isSlipOf(found as string, fix) ? 'safe' : 'suggestion'
      }
    }
    case 'type': {
      const values = (error.parentSchema as SchemaNode | undefined)?.enum
      const expected = allowed ?? (Array.isArray(values) ? `one of ${values.map(String).join(', ')}` : `${/^[aeiou]/.test(String((error.params as { type: unknown }).type)) ? 'an' : 'a'} ${String((error.params as { type: unknown }).type)}`)
      return {
        text: `${where} is ${typeName(found)}; expected ${expected}`,
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
    default: {
      const guess = guessFor(found, path, error)
      return {
        text: `${where} is ${typeName(found)}, which is not allowed; expected ${allowed ?? error.message ?? 'another value'}${guess ? `; did you mean "${guess}"?` : ''}`,
        expected: guess ? [guess] : undefined,
        path,
        part: 'value',
        fix: guess
      }
    }
  }
}

/** The field a failure is named by (schema/status): the top-level field it is about. */
function topicOf(error: ErrorObject, message: Message): string {
  if (error.keyword === 'additionalProperties' && message.path.length === 1) return 'unknown-field'
  if (error.keyword === 'required' && message.path.length === 0) {
    return (error.params as { missingProperty: string }).missingProperty
  }
  return String(message.path[0] ?? 'metadata')
}

/** Validates metadata against the schema; each failure is a report at its key or value, named by its field. */
export function schemaReports(metadata: MetadataBlock, schema: MetadataSchema, subject = 'the metadata', knownErrors?: ErrorObject[]): Finding[] {
  // Errors the schema found while the metadata was read are not looked for again.
  if (knownErrors === undefined && schema.validate(metadata.data)) return []
  const errors = collapseAnyOf(knownErrors ?? schema.validate.errors ?? [], schema.index)
  const seen = new Set<string>()
  const reports: Finding[] = []
  // A value of the wrong type also fails its enum or pattern: one report says it.
  const wrongType = new Set(errors.filter(e => e.keyword === 'type').map(e => e.instancePath))
  for (const error of errors) {
    if (error.keyword !== 'type' && error.keyword !== 'required' && error.keyword !== 'additionalProperties' && wrongType.has(error.instancePath)) continue
    const message = messageFor(error, schema.index, subject)
    const span = error.keyword === 'required' && message.path.length === 0 ? metadata.block : spanAt(metadata, message.path, message.part)
    // A line with a YAML error already says what is wrong there.
    if (metadata.errorLines.has(span.line)) continue
    const key = `${span.line}:${span.column}:${message.text}`
    if (seen.has(key)) continue
    seen.add(key)
    const fix = message.fix === undefined ? undefined : fixOf(message.applicability ?? 'safe', replaceScalar(metadata, message.path, message.fix))
    reports.push({ span, message: message.text, expected: message.expected, topic: topicOf(error, message), ...(fix ? { fix } : {}) })
  }
  return reports
}
