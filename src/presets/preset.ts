import type { SeverityOverride } from '../core/diagnostic.js'
import type { MetadataFormat } from '../read/metadataFormat.js'
import type { Layout } from '../read/findKepFiles.js'
import type { IndexView } from '../indexFile/renderTemplate.js'
import type { Rule, RuleSelection } from '../rules/rule.js'
import type { PresetExample } from '../rules/example.js'
import type { ProposalAuthor } from './proposal.js'

/** A repository's files by path relative to its KEP root: the text, or undefined when there is no such file. */
export interface RepositoryFiles {
  read(path: string): string | undefined
}

/**
 * A built-in lifecycle a preset brings, kept in its folder (src/presets/<name>/lifecycle.json,
 * more as lifecycle-<what>.json: scripts/compile-schemas.mjs finds them there) and imported as data.
 */
export interface BuiltinLifecycle {
  /** Its name: the data's own. */
  name: string
  data: unknown
}

/**
 * One process, as a package (src/presets/<name>/): everything that differs between KEP
 * repositories of one kind. Registered in src/presets/registry.ts, one line each; nothing
 * outside a preset's folder names it.
 */
export interface Preset {
  name: string
  /** One line for the help and the docs: what the process keeps ("KEP-1's markdown KEPs"). */
  description: string
  /** What tells a repository of this process at its root, when neither the caller nor the configuration names a preset. */
  recognisedBy: Layout
  layout: Layout
  format: MetadataFormat
  /** The name of its schema (`carries.schema`: precompiled as "<schema>--<lifecycle>") and of its lifecycle. */
  schema: string
  lifecycle: string
  /** The built-in lifecycles it brings (its own first). */
  lifecycles: readonly BuiltinLifecycle[]
  index: string | null
  /** The repository's own template of the index (mustache), relative to the root; null: the built-in index.md. */
  indexTemplate: string | null
  /** The data a template of the index renders. */
  indexView: IndexView
  /** The action lists the repository's open pull requests for the rules: numbers are claimed by their titles (Tekton). */
  numbersFromOpenPullRequests: boolean
  /** The rules it runs; the rules of reading, of the index and of approval files run wherever their stage does. */
  rules: RuleSelection
  /** The rules it brings, kept in its folder (each with its examples), in the order the rules page lists them. */
  ownRules?: readonly Rule[]
  /**
   * Rules of others whose examples run under it (on the rules page and in their test), not under
   * the first preset that runs them: a rule every preset runs that only its lifecycle makes find
   * anything (kubernetes: stage-transition, which needs a lifecycle with stages).
   */
  showsExamplesOf?: readonly string[]
  /** Production readiness approvals are read from keps/prod-readiness/. */
  prodReadiness: boolean
  severity: Readonly<Record<string, SeverityOverride>>
  /** Its rules read each KEP's outline (the lines that start with "#"), so whole files are read. */
  outline?: boolean
  /** The schema it keeps in its own folder (src/presets/<name>/schema.json), as data: built in under its schema name. */
  carries: { schema: Record<string, unknown> }
  /**
   * What it takes from the repository's own files when the settings load (read as the
   * configuration is: from a pull request's base commit in the action): rules whose options
   * come from those files, and files that are not KEPs.
   */
  fromRepository?: (files: RepositoryFiles) => { rules?: RuleSelection; exclude?: string[] }
  /** How `new` writes a proposal of this process. */
  author: ProposalAuthor
  /** The valid KEP that the rules' examples change (docs/rules.md). */
  example: PresetExample
}

export type { PresetExample }

export type { RuleSelection } from '../rules/rule.js'
