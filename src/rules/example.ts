/**
 * What a rule's examples are, and how one becomes files. Each rule declares an example that
 * passes and one that fails beside its check, in its meta (`examples`), as ruff's rules carry
 * theirs: the rules page shows them (`kep-validator rules`), and __tests__/rule-examples.test.ts
 * proves each one — the passing example brings no problem of its rule, the failing one at least one.
 *
 * A KEP's text is its metadata fields, merged into the preset's valid KEP (its `example`): the
 * fields an example writes replace those of the valid KEP, the others are kept. A text with a
 * line `…` (or a markdown file: front matter, a heading) is the whole file instead, the `…`
 * standing for the valid KEP's other fields.
 */
export interface Example {
  /** The KEP's path, relative to the root; by default the valid KEP's. */
  file?: string
  /** The KEP (rules about a KEP, and rules on reading). */
  kep?: string
  /** For a change: the KEP at the base (none for a KEP the change adds). */
  before?: string
  /** For a change: the KEP at the head (none for a KEP the change deletes). */
  after?: string
  /** For a rename: the KEP's path at the base. */
  previousFile?: string
  /** For a change: the base version cannot be read, for this reason. */
  unreadableBase?: string
  /** The KEP is a symbolic link to this path. */
  link?: string
  /** The KEP's path is a git submodule (a gitlink), not a file. */
  submodule?: boolean
  /** The KEP's bytes are its text in this encoding (latin1: bytes that are not UTF-8), not UTF-8. */
  encoding?: 'latin1'
  /** Other files of the repository by path, whole (`…` as above): KEPs, approvals, index.md. */
  others?: Record<string, string>
  /** A sigs.yaml (kubernetes/community's format) the run is given. */
  sigs?: string
  /** What the page shows instead of the KEP's text, when that text is too long to show. */
  shown?: string
  /** A .kep-validator.yml that a change adds beside the KEP (the rules files a change proposes are checked). */
  configuration?: string
}

/**
 * A rule's examples. They run under the preset that brings the rule, else under one that says it
 * shows them (`Preset.showsExamplesOf`), else under the first preset that runs the rule.
 */
export interface RuleExamples {
  ok: Example
  notOk: Example
}

/** A preset's valid KEP, which the examples change (docs/rules.md), and how a text of fields becomes the KEP's file. */
export interface PresetExample {
  file: string
  fields: string
  /** The KEP's file from its metadata fields (YAML, ending in a line break). */
  wrap(yaml: string): string
  /** The language of a whole file on the rules page. */
  language: 'markdown' | 'yaml'
}

/** The top-level keys a text of fields writes. */
function keysOf(text: string): Set<string> {
  return new Set([...text.matchAll(/^([^\s#:][^:\n]*):/gm)].map(match => match[1]))
}

/** The valid KEP's fields that a text does not write. */
function otherFields(valid: PresetExample, text: string): string {
  const keys = keysOf(text)
  const kept: string[] = []
  let keep = true
  for (const line of valid.fields.split('\n')) {
    const key = /^([^\s#:][^:]*):/.exec(line)?.[1]
    if (key !== undefined) keep = !keys.has(key)
    if (keep) kept.push(line)
  }
  return kept.join('\n')
}

/** Whether a text is a whole file (markdown, or a line `…` for the other fields) rather than fields. */
export function isWholeFile(text: string): boolean {
  return /^…$/m.test(text) || text.startsWith('---\n') || text.startsWith('# ')
}

/** The file an example's text stands for, on a preset's valid KEP: fields in the preset's form, or the whole file with its `…` filled in. */
export function exampleFile(valid: PresetExample, text: string): string {
  if (isWholeFile(text)) return text.replace(/^…$/m, () => otherFields(valid, text.replace(/^…$/m, '')))
  const yaml = `${otherFields(valid, text)}\n${text}\n`
  return valid.wrap(yaml)
}

/** Another file of an example's repository: as written, or with its `…` filled in. */
export function otherFile(valid: PresetExample, text: string): string {
  return /^…$/m.test(text) ? exampleFile(valid, text) : text
}
