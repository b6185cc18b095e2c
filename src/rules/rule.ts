import type { ErrorObject } from 'ajv'
import type { Change } from '../core/change.js'
import type { DataFileNeeds, DataFiles } from '../core/dataFile.js'
import type { Applicability, Finding, Severity } from '../core/diagnostic.js'
import type { KepDocument } from '../core/document.js'
import type { Lifecycle } from '../core/lifecycle.js'
import type { RepositoryIndex } from '../core/repositoryIndex.js'
import type { ReadmeSource } from '../readme/readmes.js'
import type { MetadataSchema } from '../schema/metadataSchema.js'
import type { RuleExamples } from './example.js'

/** Which rules a preset runs, by id, each with its options (true: the rule has none). */
export type RuleSelection = Readonly<Record<string, true | Readonly<Record<string, unknown>>>>

/** Where the rules are explained, one anchor per rule id. */
export const RULES_PAGE = 'docs/rules.md'

/** What every rule says about itself: the registry, the docs and the runner read it. */
export interface RuleMeta {
  id: string
  /** One line: what the rule checks. */
  description: string
  /** The severity before the preset and the configuration say otherwise. */
  severity: Severity
  /** The rule's anchor in the rules page. */
  docs: string
  /** Its findings are named by field: schema/status, schema/authors… */
  topics?: boolean
  /**
   * The kinds of fix its reports may carry (ruff's fix applicability): `safe` ones `check --fix`
   * applies; `suggestion`s may change what the author meant, so they are only shown (and
   * suggested in a pull request). A fix of a kind not declared here is dropped by the runner and
   * fails the rule's tests; the rules page says which kinds a rule has.
   */
  fixable?: readonly Applicability[]
  /**
   * A baseline never records nor excuses its problems. True of every change rule, by its kind:
   * what a change does (a transition, a number or date that must not change) is the change's own.
   */
  neverBaselined?: boolean
  /** It reads KEP READMEs (context.readmes): a run that selects it loads the markdown parser. */
  readsReadme?: boolean
  /**
   * For a change rule: the field whose change its reports reject (status-transition and
   * initial-status: status; stage-transition: stage). Where it reports, the findings of other
   * rules that say they follow from that field (`dependsOn`) are dropped: one problem, one
   * piece of advice.
   */
  rejects?: string
  /**
   * An example that passes and one that fails, declared beside the check (as ruff's rules carry
   * theirs): the rules page shows them, and __tests__/rule-examples.test.ts proves each one.
   */
  examples: RuleExamples
}

/** One KEP as a pull request changes it: its base version and its head version. */
export interface KepChange {
  change: Change
  /** The base version, when the base has one and it could be read. */
  before?: KepDocument
  /** The head version; undefined for a deletion. */
  after?: KepDocument
  /** Why the base version could not be read, when it could not. */
  baseError?: { path: string; message: string }
}

/** What a rule may look at besides its subject. */
export interface RuleContext<Options = undefined> {
  lifecycle: Lifecycle
  /** Every KEP of the repository (for a change: of the head). */
  repository: RepositoryIndex
  schema: MetadataSchema
  /** Metadata (data objects) already found valid by the schema while it was read. */
  schemaValid?: WeakSet<object>
  /** What the schema found wrong in metadata (data objects) that failed it while it was read: not validated twice. */
  schemaErrors?: WeakMap<object, ErrorObject[]>
  /** Production readiness approvals by path (kubernetes preset). */
  prodReadiness?: ReadonlyMap<string, unknown>
  /** SIGs, working groups and committees a sigs.yaml lists, when one is configured. */
  knownSigs?: ReadonlySet<string>
  /** The day of the run (yyyy-mm-dd, UTC), for fixes that date a change; the clock's when unset. */
  today?: string
  /** The upcoming release the configuration names ("v1.37"); rules that need it read it off the KEPs when unset. */
  release?: string
  /** The data files the selected rules read (`reads`), by path: a path without an entry does not exist. */
  dataFiles?: DataFiles
  /** The repository's other open pull requests, when the action has listed them (Tekton numbers TEPs after their titles). */
  openPullRequests?: ReadonlyArray<{ number: number; title: string }>
  /**
   * In a change: the base version of a KEP it edits (undefined for one it adds or leaves alone).
   * A relaxation a KEP's own values grant (a date, a milestone) holds only if the base's grant
   * it too: a change cannot relax a check by moving them.
   */
  baseOf?: (doc: KepDocument) => KepDocument | undefined
  /**
   * The KEPs the checked change brings whose paths its base does not have (added, copied, renamed
   * to); undefined outside a change, where no KEP is new. For checks a community runs on new files only.
   */
  newFiles?: ReadonlySet<string>
  /** KEP READMEs and the files their rules read, for rules that declare readsReadme. */
  readmes?: ReadmeSource
  /** The rule's options, as the preset sets them. */
  options: Options
}

/** A rule about what one KEP says. */
export interface KepRule<Options = undefined> {
  meta: RuleMeta
  subject: 'kep'
  check(doc: KepDocument, context: RuleContext<Options>): Finding[]
  /** The files of the repository it reads as data (OWNERS), by its options: read once, before any rule runs; and which metadata it will need positions in. */
  reads?(options: Options): RuleReads
}

/** What a KEP rule reads besides the KEP: data files, and the positions of keys and values in some KEPs' metadata. */
export interface RuleReads extends DataFileNeeds {
  /**
   * Metadata this accepts keeps the positions of its keys and values from its first read: the
   * rule will look them up there (assigned-approvers: where the marker comments are; handle-at:
   * a handle without @). Without it, metadata that passes the schema keeps only its text, and
   * is parsed a second time if a finding comes. A guess either way changes no finding, only
   * what a read keeps: it may ask for positions it will not need, never for fewer than it will.
   */
  keepsPositions?: (metadata: MetadataRead, reading: RepositoryReading) => boolean
}

/** One KEP's metadata as it is read, before any rule runs. */
export interface MetadataRead {
  /** The KEP's file (keps/sig-node/42-a/kep.yaml). */
  file: string
  /** The metadata's text. */
  text: string
  /** What it reads as, when that is a mapping of fields (fieldsIn); undefined otherwise. */
  fields: Record<string, unknown> | undefined
}

/** What is known of the repository while its KEPs are read: what the listing and the files read before them say. */
export interface RepositoryReading {
  /** The folders of the repository's KEP files (keps/sig-node/42-a), from the listing. */
  kepFolders: ReadonlySet<string>
  /** The lifecycle the KEPs are checked against (its states decide some rules' findings). */
  lifecycle: Lifecycle
  /** The numbers the KEP files or their folders are named with (numberInPath), from the listing: which numbers the KEPs hold, as far as their names tell. */
  listedNumbers: ReadonlySet<number>
  /** Production readiness approvals by path, for presets that keep them: read before the KEPs. */
  prodReadiness?: ReadonlyMap<string, unknown>
}

/** A rule about what a pull request (or a push) does to one KEP. */
export interface ChangeRule<Options = undefined> {
  meta: RuleMeta
  subject: 'change'
  check(change: KepChange, context: RuleContext<Options>): Finding[]
}

/**
 * A rule whose problems a stage of the run finds as it goes (a file is read once, the index
 * is compared once): it has no check of its own, and its problems are stamped like reports.
 */
export interface StageRule {
  meta: RuleMeta
  subject: 'stage'
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- options differ by rule; each rule types its own
export type Rule = KepRule<any> | ChangeRule<any> | StageRule

type MetaInput = Omit<RuleMeta, 'docs' | 'severity'> & { severity?: Severity }

function metaOf(input: MetaInput): RuleMeta {
  return { ...input, severity: input.severity ?? 'error', docs: `${RULES_PAGE}#${input.id}` }
}

export function kepRule<Options = undefined>(meta: MetaInput, check: KepRule<Options>['check'], reads?: KepRule<Options>['reads']): KepRule<Options> {
  return reads ? { meta: metaOf(meta), subject: 'kep', check, reads } : { meta: metaOf(meta), subject: 'kep', check }
}

export function changeRule<Options = undefined>(meta: Omit<MetaInput, 'neverBaselined'>, check: ChangeRule<Options>['check']): ChangeRule<Options> {
  return { meta: metaOf({ ...meta, neverBaselined: true }), subject: 'change', check }
}

export function stageRule(meta: MetaInput): StageRule {
  return { meta: metaOf(meta), subject: 'stage' }
}
