import { joinMarkdown, gfm, text, type Markdown } from './markdown.js'
import { plural } from '../core/plural.js'

/*
 * The job summary within GitHub's limit (1 MiB per step): its parts are blocks, and the lists
 * of problems are the parts that give way — the least needed first (problems from before, then
 * warnings, then errors), whole lines from their ends, each cut list saying how many it leaves
 * out and where they all are. A section is never cut open: a <details> stays closed.
 */

/** GitHub refuses job summaries over 1 MiB; stay under it with room to spare. */
export const SUMMARY_LIMIT = 1024 * 1024 - 4096

/** A line of a problem list: a file's heading, or a problem (what a cut counts). */
export interface ListLine {
  line: Markdown
  problem: boolean
}

/** A part of the summary: fixed lines, or a list that may be cut (lower `cut` first) between its head and its tail. */
export type Block = { lines: Markdown[] } | { head: Markdown[]; list: ListLine[]; tail: Markdown[]; cut: number; /** What one problem of the list is called: "error", "warning", "problem". */ what: string }

const size = (lines: readonly Markdown[]): number => lines.reduce((sum, line) => sum + Buffer.byteLength(line) + 1, 0)

function linesOf(block: Block): Markdown[] {
  return 'lines' in block ? block.lines : [...block.head, ...block.list.map(entry => entry.line), ...block.tail]
}

/**
 * The blocks as one Markdown text of at most `limit` bytes. Each list cut says how many
 * problems it leaves out; `whereAll` says where every problem is (the check run, the CLI).
 */
export function fitSummary(blocks: readonly Block[], whereAll: Markdown, limit = SUMMARY_LIMIT): Markdown {
  const total = size(blocks.flatMap(linesOf))
  if (total <= limit) return joinMarkdown(blocks.flatMap(linesOf), gfm`\n`)
  // Room for the notes: one per list, and one at the top.
  const notes = blocks.filter(block => 'list' in block).length + 1
  let excess = total - limit + notes * (600 + Buffer.byteLength(whereAll))
  const leftOut = new Map<Block, number>()
  const kept = new Map<Block, number>()
  const lists = blocks.filter((block): block is Extract<Block, { list: ListLine[] }> => 'list' in block).sort((a, b) => a.cut - b.cut)
  for (const block of lists) {
    let dropped = 0
    let keep = block.list.length
    while (excess > 0 && keep > 0) {
      const entry = block.list[--keep]
      excess -= Buffer.byteLength(entry.line) + 1
      if (entry.problem) dropped++
    }
    kept.set(block, keep)
    if (dropped > 0) leftOut.set(block, dropped)
    if (excess <= 0) break
  }
  const out: Markdown[] = []
  const missing = [...leftOut.values()].reduce((sum, count) => sum + count, 0)
  blocks.forEach((block, index) => {
    if ('lines' in block) out.push(...block.lines)
    else {
      const dropped = leftOut.get(block)
      out.push(...block.head)
      // One push per line: a list may be longer than a call takes arguments.
      for (const entry of block.list.slice(0, kept.get(block) ?? block.list.length)) out.push(entry.line)
      if (dropped !== undefined) out.push(gfm``, gfm`_${text(`${dropped} more ${dropped === 1 ? `${block.what} is` : `${block.what}s are`}`)} not listed here: GitHub keeps at most 1 MiB of job summary. ${whereAll}_`, gfm``)
      out.push(...block.tail)
    }
    // After the headline: the summary says at once that it is not whole.
    if (index === 0 && missing > 0) out.push(gfm`_This summary leaves out ${text(plural(missing, 'problem'))} to stay within GitHub's 1 MiB; each list that is cut says so. ${whereAll}_\n`)
  })
  const fitted = joinMarkdown(out, gfm`\n`)
  return Buffer.byteLength(fitted) <= limit ? fitted : cutLines(fitted, whereAll, limit)
}

/** The last resort, for fixed parts past the limit (no list left to cut): whole lines, every <details> closed. */
function cutLines(summary: Markdown, whereAll: Markdown, limit: number): Markdown {
  const note = gfm`\n\n_The summary is cut here: GitHub keeps at most 1 MiB of job summary. ${whereAll}_\n`
  let cut = summary.slice(0, limit - Buffer.byteLength(note) - 64)
  while (Buffer.byteLength(cut) > limit - Buffer.byteLength(note) - 64) cut = cut.slice(0, cut.length - 1024)
  // Whole lines only: a line cut in its middle could leave a code span open.
  cut = cut.slice(0, cut.lastIndexOf('\n') + 1)
  const open = (cut.match(/<details>/g) ?? []).length - (cut.match(/<\/details>/g) ?? []).length
  return gfm`${cut as Markdown}${note}${'\n</details>\n'.repeat(Math.max(0, open)) as Markdown}`
}
