import type { KepDocument } from '../core/document.js'
import type { MetadataFormat } from './metadataFormat.js'
import { KEP_HEAD_BYTES, readKep, readKepHead, type ReadOptions } from './readKep.js'
import type { Tree } from '../tree/tree.js'

const READ_BATCH = 256

/**
 * The metadata of these KEP files of a tree, by path (and their outlines, when asked); bodies are never parsed. Heads first:
 * whole files only for what the head cannot settle (metadata not at the top, a block only
 * remark can read).
 */
export async function readDocuments(format: MetadataFormat, tree: Tree, files: readonly string[], options: ReadOptions = {}): Promise<Map<string, KepDocument>> {
  const read = new Map<string, KepDocument>()
  // An outline is the whole file's: no head settles it.
  const whole: string[] = options.outline ? [...files] : []
  const failed: Array<[string, Error]> = []
  const heads = options.outline ? [] : files
  tree.readHeads(heads, KEP_HEAD_BYTES, (file, content) => {
    if (!('head' in content)) {
      failed.push([file, content])
      return
    }
    const doc = readKepHead(file, content, format, options)
    if (doc) read.set(file, doc)
    else whole.push(file)
  })
  for (const [file, error] of failed) read.set(file, await readKep(file, error, format, options))
  for (let start = 0; start < whole.length; start += READ_BATCH) {
    const batch = whole.slice(start, start + READ_BATCH)
    const contents = tree.readFiles(batch)
    for (const file of batch) read.set(file, await readKep(file, contents.get(file)!, format, options))
  }
  return read
}
