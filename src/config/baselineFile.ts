import type { DataSource } from '../core/dataSource.js'
import { LoadError } from '../core/loadError.js'
import { excerpt } from '../core/suggest.js'
import { readDataFile } from './readDataFile.js'
import type { RuleSource } from './ruleSource.js'

/**
 * Known problems, counted by file and rule, as eslint's suppressions file counts them:
 * `{ "keps/sig-x/1-a/kep.yaml": { "schema/reviewers": { "count": 2 } } }`. Paths are relative
 * to the KEP root.
 */
export type Baseline = Record<string, Record<string, { count: number }>>

/** Where `baseline --write` puts the file and audits look for it, relative to the KEP root. */
export const BASELINE_FILE = '.kep-validator-baseline.json'

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** An empty file is no baseline (the data reader would call it an empty metadata block). */
function nonEmpty(source: RuleSource): DataSource {
  return {
    exists: path => source.exists(path),
    read: path => {
      const text = source.read(path)
      if (text.trim() === '') throw new Error('it is empty; write it with kep-validator baseline --write, or delete it')
      return text
    }
  }
}

/**
 * The baseline in a file, or undefined when there is none; anything malformed is a LoadError
 * naming the entry. It decides a verdict as the configuration does, so it is read from the same
 * source: for a change, its base commit.
 */
export function readBaseline(path: string, required: boolean, source: RuleSource): Baseline | undefined {
  if (!required && !source.exists(path)) return undefined
  const { data } = readDataFile(path, 'the baseline file', undefined, nonEmpty(source))
  const wrong = (where: string, what: string): LoadError => new LoadError(`the baseline file ${path} is invalid: ${where} ${what}; write it again with kep-validator baseline --write`)
  if (!isRecord(data)) throw wrong('the file', 'is not an object of files')
  const baseline: Baseline = Object.create(null) as Baseline
  for (const [file, rules] of Object.entries(data)) {
    if (!isRecord(rules)) throw wrong(excerpt(file), 'is not an object of rules')
    baseline[file] = Object.create(null) as Record<string, { count: number }>
    for (const [rule, entry] of Object.entries(rules)) {
      const count = isRecord(entry) ? entry.count : undefined
      if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) throw wrong(`${excerpt(file)} → ${excerpt(rule)}`, 'needs a count that is a positive integer')
      baseline[file][rule] = { count }
    }
  }
  return baseline
}
