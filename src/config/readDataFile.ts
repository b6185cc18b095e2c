import type { DataSource } from '../core/dataSource.js'
import type { Problem } from '../core/diagnostic.js'
import { LoadError } from '../core/loadError.js'
import { readYamlFile } from '../parse/readYaml.js'
import type { MetadataSchema } from '../schema/metadataSchema.js'
import { schemaReports } from '../schema/schemaReports.js'

/** The rule id of problems in the files that configure a run. */
const RULE = 'configuration'

/** A load failure that lists each problem at its line: "file:line:column: message". */
export function invalidFile(what: string, path: string, problems: readonly Problem[]): LoadError {
  const lines = problems.map(p => `${p.file}:${p.span.line}:${p.span.column}: ${p.message}`)
  return new LoadError(`${what} ${path} is invalid:\n${lines.join('\n')}`, problems)
}

/**
 * The one reader of the files that configure a run — the configuration, sigs.yaml,
 * lifecycles, metadata schemas: YAML (which JSON is), read with positions, and checked
 * against a schema when one is given. Anything wrong is a LoadError naming each line. The
 * source (files/, or a commit) reads only regular files of the folders it is confined to; a
 * problem quotes no more of the file than a short excerpt.
 */
export function readDataFile(path: string, what: string, schema: MetadataSchema | undefined, source: DataSource): { data: unknown } {
  let text: string
  try {
    text = source.read(path)
  } catch (error) {
    throw new LoadError(`cannot read ${what} ${path}: ${(error as Error).message}`)
  }
  // A JSON file (every built-in lifecycle and schema is one) that parses and passes is read by
  // JSON.parse: at start-up, the YAML parser's positions cost more than the whole check of a
  // small repository. Only a file that fails is read again for the lines of its problems.
  if (path.endsWith('.json')) {
    const data = parseJson(text)
    if (data !== undefined && (!schema || schema.validate(data))) return { data }
  }
  const read = readYamlFile(path, text)
  const problems = [...read.problems]
  if (read.metadata && schema) problems.push(...schemaReports(read.metadata, schema, `the ${what.replace(/^the /, '')}`).map(report => ({ ...report, file: path, rule: RULE })))
  if (problems.length > 0) throw invalidFile(what, path, problems)
  if (!read.metadata) throw new LoadError(`${what} ${path} is empty`)
  return { data: read.metadata.data }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}
