import { getInput } from '@actions/core'
import type { Severity } from '../core/diagnostic.js'
import type { PreexistingShown } from '../format/diffContext.js'

export interface ActionInputs {
  token?: string
  /** Unset unless given: the configuration file's value, then the preset's, apply. */
  root?: string
  preset?: string
  config?: string
  sigs?: string
  lifecycle?: string
  schema?: string
  /** The index file relative to the root; null when the repository keeps none; unset for the preset's. */
  index?: string | null
  /** The lowest severity that fails the check; 'never' only reports. */
  failOn: Severity | 'never'
  checkRun: 'auto' | 'always' | 'never'
  checkName: string
  /** Publish KEP metrics in the job summary on pushes to the default branch. */
  metrics: boolean
  /** Pull requests, pushes and merge groups: only the problems the changes bring fail the check. */
  onlyNew: boolean
  /** The baseline file for full audits, relative to the workspace; null: none; unset: the root's, if any. */
  baseline?: string | null
  /** In a pull request, post a review that suggests each safe fix on its lines. */
  suggestions: boolean
  /** Where problems from before are shown: annotated on the lines the change's diff shows and in the job summary, in the summary only, or nowhere. */
  preexisting: PreexistingShown
}

function optional(name: string): string | undefined {
  const value = getInput(name).trim()
  return value === '' ? undefined : value
}

function booleanInput(name: string, fallback = false): boolean {
  const value = optional(name) ?? String(fallback)
  if (!/^(true|false)$/i.test(value)) throw new Error(`input ${name} must be true or false, not "${value}"`)
  return value.toLowerCase() === 'true'
}

export function readInputs(): ActionInputs {
  const failOn = optional('fail-on') ?? 'error'
  if (failOn !== 'error' && failOn !== 'warning' && failOn !== 'never') {
    throw new Error(`input fail-on must be error, warning or never, not "${failOn}"`)
  }
  // true and false are always and never, as a maintainer may write them.
  const checkRun = ({ true: 'always', false: 'never' } as Record<string, string>)[optional('check-run')?.toLowerCase() ?? ''] ?? optional('check-run') ?? 'auto'
  if (checkRun !== 'auto' && checkRun !== 'always' && checkRun !== 'never') {
    throw new Error(`input check-run must be auto, always (or true) or never (or false), not "${checkRun}"`)
  }
  const preexisting = optional('preexisting') ?? 'annotations'
  if (preexisting !== 'annotations' && preexisting !== 'summary' && preexisting !== 'none') {
    throw new Error(`input preexisting must be annotations, summary or none, not "${preexisting}"`)
  }
  return {
    checkRun,
    preexisting,
    checkName: optional('check-name') ?? 'KEP metadata',
    metrics: booleanInput('metrics'),
    onlyNew: booleanInput('only-new', true),
    baseline: optional('baseline') === 'none' ? null : optional('baseline'),
    suggestions: booleanInput('suggestions'),
    token: optional('token'),
    root: optional('root'),
    preset: optional('preset'),
    config: optional('config'),
    sigs: optional('sigs'),
    lifecycle: optional('lifecycle'),
    schema: optional('schema'),
    index: optional('index') === undefined ? undefined : optional('index') === 'none' ? null : optional('index'),
    failOn
  }
}
