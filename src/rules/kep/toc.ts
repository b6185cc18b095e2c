import type { Finding } from '../../core/diagnostic.js'
import type { ReadmeSource } from '../../readme/readmes.js'
import { TOC_END, TOC_START } from '../../readme/tableOfContents.js'
import { kepRule } from '../rule.js'
import { README, readmeText, SECTIONS, TOC } from '../support/exampleFiles.js'

export interface TocOptions {
  /** mdtoc's --max-depth: kubernetes/enhancements' hack/update-toc.sh asks for 5. */
  maxDepth: number
  /** A file listing README paths (one a line, from the root) that keep no table of contents: hack/.notableofcontents. */
  exclude?: string
}

/** The files a repository exempts, read once per source of rule files. */
const exemptions = new WeakMap<ReadmeSource, Map<string, ReadonlySet<string>>>()

function exempted(readmes: ReadmeSource, list: string | undefined): ReadonlySet<string> {
  if (list === undefined) return new Set()
  let byList = exemptions.get(readmes)
  if (!byList) exemptions.set(readmes, (byList = new Map()))
  let files = byList.get(list)
  if (!files) {
    // Like upstream's `grep -Fxvf`: whole lines, exactly. A repository without the list exempts nothing.
    const text = readmes.ruleFile(list).text ?? ''
    files = new Set(text.split('\n').filter(line => line !== ''))
    byList.set(list, files)
  }
  return files
}

const REGENERATE = 'regenerate it: kep-validator check --fix, or hack/update-toc.sh'

/**
 * kubernetes/enhancements' hack/verify-toc.sh, judged per README: mdtoc --dryrun fails when a
 * table of contents is not what it generates, or when a README has no markers. The message
 * says only how much differs (its numbers are all that changes between versions of a README),
 * so that a table already stale at the base of a pull request is that same problem at its head;
 * the first differing line is the report's line, and mdtoc's line there its `expected`.
 */
export const toc = kepRule<TocOptions>(
  {
    id: 'toc',
    description: `A KEP README's table of contents between \`${TOC_START}\` and \`${TOC_END}\` is what mdtoc generates from its headings (kubernetes/enhancements' hack/verify-toc.sh: mdtoc's anchors, indentation and --max-depth=5), and a README that hack/.notableofcontents does not list has one.`,
    // Regenerating the table from the headings cannot change what the author meant: safe.
    fixable: ['safe'],
    readsReadme: true,
    examples: {
      ok: { kep: 'status: provisional', others: { [README]: readmeText('KEP-42: Pod Overhead', TOC, SECTIONS) } },
      notOk: { kep: 'status: provisional', others: { [README]: readmeText('KEP-42: Pod Overhead', '- [Summary](#summary)\n- [Motivation](#motivation)\n', SECTIONS) } }
    }
  },
  (doc, { readmes, options }) => {
    if (!readmes) return []
    const readme = readmes.readmeOf(doc)
    // A KEP without a README is for other rules to say (template-sections, for a new KEP).
    if (readme.text === undefined || exempted(readmes, options.exclude).has(readme.file)) return []
    const state = readme.toc(options.maxDepth)!
    if (state.state === 'fresh') return []
    const lines = readme.text.split('\n')
    if (state.state === 'no-markers') {
      const what = state.missing === 'start' ? `no ${TOC_START} marker` : state.missing === 'end' ? `no ${TOC_END} marker` : `${TOC_END} before ${TOC_START}`
      const listed = options.exclude === undefined ? '' : `, or list the file in ${options.exclude}`
      return [
        {
          file: readme.file,
          span: { line: 1, column: 1, endLine: 1, endColumn: lines[0].length + 1 },
          message: `this README has ${what}: mdtoc (hack/verify-toc.sh) writes the table of contents between ${TOC_START} and ${TOC_END}; put both below the title, as the template does, then ${REGENERATE}${listed}`
        }
      ]
    }
    const line = state.first.line
    const report: Finding = {
      file: readme.file,
      span: { line, column: 1, endLine: line, endColumn: lines[line - 1].length + 1 },
      message: `the table of contents is not what mdtoc generates from the headings (--max-depth=${options.maxDepth}): ${state.differing} of its lines differ, the first at line ${line}; ${REGENERATE}`,
      fix: { applicability: 'safe', edits: [state.fix] }
    }
    if (state.first.expected !== undefined) report.expected = [state.first.expected]
    return [report]
  }
)
