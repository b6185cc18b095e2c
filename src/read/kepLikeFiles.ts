import type { FileHead, Tree } from '../tree/tree.js'

/** Markdown files looked into for KEP metadata, at most: enough to tell a layout, bounded in a repository of documents. */
const MARKDOWN_LIMIT = 2000
const HEAD_BYTES = 4096

/** A line of KEP metadata: KEP-1's front matter or fenced block, or a kep.yaml. */
const KEP_FIELD = /^(?:kep-number|owning-sig):/m
/** Front matter that reads like a proposal's of another process (OpenShift's enhancements, Tekton's TEPs): a title, and its status or authors. */
const PROPOSAL = /^---\r?\n(?:[^\n]*\n)*?title:[^\n]*\n(?:[^\n]*\n)*?(?:status|authors):/

/**
 * The files of a tree that look like KEPs whatever the layout: every kep.yaml, and markdown
 * files whose first lines hold KEP metadata (`kep-number:` or `owning-sig:`, or front matter
 * with a title and a status or authors, as other processes' proposals have). What a run that
 * found no KEP tells the author: which layout would have found these.
 */
export function kepLikeFiles(tree: Tree): string[] {
  const files = tree.list().filter(entry => entry.kind === 'file')
  const found = files.filter(entry => /(^|\/)kep\.yaml$/.test(entry.path)).map(entry => entry.path)
  const markdown = files
    .filter(entry => /\.md$/i.test(entry.path))
    .map(entry => entry.path)
    .slice(0, MARKDOWN_LIMIT)
  tree.readHeads(markdown, HEAD_BYTES, (path, content) => {
    // Errors may come from another realm (a worker): test for the head, not the Error class.
    const head = (content as Partial<FileHead>).head
    if (!Buffer.isBuffer(head)) return
    const text = head.toString('utf8')
    if (KEP_FIELD.test(text) || PROPOSAL.test(text)) found.push(path)
  })
  return found.sort()
}
