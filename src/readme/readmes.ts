import type { KepDocument } from '../core/document.js'
import type { MetadataFormat } from '../read/metadataFormat.js'
import { markdownParser } from '../parse/markdownParser.js'
import type { Tree } from '../tree/tree.js'
import { markdownHeadings, type MarkdownHeading } from './headings.js'
import { plainHeadings } from './plainHeadings.js'
import { checkToc, findMarkers, type TocState } from './tableOfContents.js'

/**
 * A KEP's text beside its metadata: kubernetes/enhancements' README.md next to kep.yaml (or,
 * where the metadata is in the markdown, the KEP's own file). Rules that read it get it from
 * the context; it is read when a rule first asks, and parsed only as far as the rule needs.
 */
export function readmePathOf(format: MetadataFormat, kepFile: string): string {
  return format.textFile(kepFile)
}

/** One version of a README: its text (line breaks as "\n"; lines and columns are the file's), or why it cannot be read. */
export class Readme {
  private headingsFromStart?: MarkdownHeading[]
  /** The headings are the parse's (with notes), not the line scan's. */
  private parsed = false
  private readonly tocStates = new Map<number, TocState>()

  constructor(
    /** Relative to the KEP root. */
    readonly file: string,
    readonly text: string | undefined,
    readonly error?: string,
    /** A fresh table by the line scan's guess is fresh (a whole repository's audit); else a parse settles every guess. */
    private readonly trustGuesses = false
  ) {}

  /**
   * Every heading, as markdownHeadings reads them: by the line scan where it is sure of the
   * document (it then reads as the parse does), else by one remark parse; kept. With notes (the
   * HTML comment under each heading, the template's instructions), always by the parse.
   */
  headings(options: { notes?: boolean } = {}): MarkdownHeading[] {
    if (this.text === undefined) return []
    if (!this.headingsFromStart) {
      const plain = options.notes ? undefined : plainHeadings(markdownParser(), this.text)
      this.headingsFromStart = plain?.sure ? plain.headings : markdownHeadings(markdownParser(), this.text)
      this.parsed = !plain?.sure
    }
    if (options.notes && !this.parsed) {
      this.headingsFromStart = markdownHeadings(markdownParser(), this.text)
      this.parsed = true
    }
    return this.headingsFromStart
  }

  /**
   * The table of contents compared with mdtoc's: the headings after the end marker are read
   * line by line where the document's blocks are plain, by remark otherwise (where the line
   * scan guessed, unless guesses are trusted and the table agrees with the guess) — and by
   * remark whenever the table is not fresh, so that a stale table and its fix are a parse's.
   */
  toc(maxDepth: number): TocState | undefined {
    if (this.text === undefined) return undefined
    const known = this.tocStates.get(maxDepth)
    if (known) return known
    const text = this.text
    const markers = findMarkers(text)
    const { end } = markers
    let state: TocState | undefined
    const plain = end === -1 ? { headings: [], sure: true } : plainHeadings(markdownParser(), text, end)
    if (plain && (plain.sure || this.trustGuesses)) state = checkToc(text, plain.headings, maxDepth, markers)
    if (!state || state.state === 'stale') state = checkToc(text, end === -1 ? [] : markdownHeadings(markdownParser(), text, end), maxDepth, markers)
    this.tocStates.set(maxDepth, state)
    return state
  }
}

function decode(content: Buffer): string {
  const text = content.toString('utf8')
  // Lines end as the file's do (CRLF too): the positions are the same, the text is read with "\n".
  const unmarked = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  return unmarked.includes('\r') ? unmarked.replace(/\r\n?/g, '\n') : unmarked
}

/**
 * The READMEs of one version of a repository. A README is read when a rule asks for it, and
 * not kept: a whole repository's READMEs are tens of megabytes, and each rule asks once. The
 * files the rules read (the template) are kept: every change asks for them.
 */
export class ReadmeReader {
  private readonly ruleFiles = new Map<string, Readme>()
  /** The READMEs of a change's KEPs, read up front in one go and kept: rules at the head and at the base ask for each. */
  private readonly kept = new Map<string, Readme>()

  constructor(
    private readonly tree: Tree,
    private readonly format: MetadataFormat,
    private readonly trustGuesses = false
  ) {}

  readmeOf(doc: KepDocument): Readme {
    const file = readmePathOf(this.format, doc.file)
    return this.kept.get(file) ?? this.read(file)
  }

  /**
   * Reads the READMEs of `docs` at once and keeps them: one read of a commit (one git process)
   * instead of one for each README every time a rule asks. For the few KEPs of a change only.
   */
  keep(docs: readonly KepDocument[]): void {
    const files = [...new Set(docs.map(doc => readmePathOf(this.format, doc.file)))].filter(file => !this.kept.has(file))
    for (const [file, content] of this.tree.readFiles(files)) this.kept.set(file, this.readme(file, content))
  }

  ruleFile(file: string): Readme {
    let readme = this.ruleFiles.get(file)
    if (!readme) this.ruleFiles.set(file, (readme = this.read(file)))
    return readme
  }

  private read(file: string): Readme {
    return this.readme(file, this.tree.readFiles([file]).get(file)!)
  }

  private readme(file: string, content: Buffer | Error): Readme {
    // Errors may come from another realm (a VM context): test for the buffer, not the Error class.
    return Buffer.isBuffer(content) ? new Readme(file, decode(content), undefined, this.trustGuesses) : new Readme(file, undefined, content.message)
  }
}

/** What rules that read READMEs see in their context. */
export interface ReadmeSource {
  /** The README of a KEP of the version the context checks (for a change rule: the head). */
  readmeOf(doc: KepDocument): Readme
  /** For a change rule: the README of the KEP's base version. */
  baseReadmeOf?(doc: KepDocument): Readme
  /**
   * A file the repository keeps for its rules (the README template, the list of files without
   * a table of contents), from where the rules come from: the base of a change, else the
   * version checked.
   */
  ruleFile(path: string): Readme
}

/**
 * The READMEs a run's rules see: the head's for the head's KEPs (and the base's, for change
 * rules), the base's for the base's KEPs; the files the rules read (the template) from the base
 * of the changes when there are changes — a pull request is judged by its base's rules — and
 * from the head otherwise. A run without changes is about the whole repository: there, a table
 * of contents that agrees with the line scan's guess is not parsed again (docs/performance.md);
 * the READMEs of a change always are.
 */
export function readmeSources(format: MetadataFormat, head: Tree, base?: Tree, changed: { head: readonly KepDocument[]; base: readonly KepDocument[] } = { head: [], base: [] }): { head: ReadmeSource; base?: ReadmeSource } {
  const headReader = new ReadmeReader(head, format, base === undefined)
  const baseReader = base && new ReadmeReader(base, format)
  // A change's READMEs are asked for by several rules, at the head and at the base: read each side's at once.
  headReader.keep(changed.head)
  baseReader?.keep(changed.base)
  const rules = baseReader ?? headReader
  const ruleFile = (path: string): Readme => rules.ruleFile(path)
  return {
    head: { readmeOf: doc => headReader.readmeOf(doc), ...(baseReader ? { baseReadmeOf: (doc: KepDocument) => baseReader.readmeOf(doc) } : {}), ruleFile },
    ...(baseReader ? { base: { readmeOf: doc => baseReader.readmeOf(doc), ruleFile } } : {})
  }
}
