import type { DataFileRead } from '../core/dataFile.js'
import { MAX_METADATA_BYTES } from '../parse/limits.js'
import { readYamlFile } from '../parse/readYaml.js'
import type { Tree, TreeEntry } from '../tree/tree.js'

/** Binary files are told apart as git does (and as KEPs are): a NUL byte in the first 8000 bytes. */
const BINARY_PROBE = 8000

/** A file of comments and blank lines only: YAML's null, which Go's yaml.Unmarshal reads as an empty struct. */
const NOTHING = /^(?:[ \t]*(?:#.*)?\r?\n)*[ \t]*(?:#.*)?$/

/**
 * One data file (an OWNERS file, OWNERS_ALIASES) from the bytes a tree gave, or the error it
 * gave: YAML read by the reader of every YAML file of a run, with its limits; what is wrong is
 * said with its line, for the rule that needs the file to report.
 */
export function readDataFileContent(path: string, content: Buffer | Error): DataFileRead {
  // Errors may come from another realm (a VM context): test for the buffer, not the Error class.
  if (!Buffer.isBuffer(content)) return { path, problem: content.message }
  if (content.subarray(0, BINARY_PROBE).includes(0)) return { path, problem: 'it holds binary data (a NUL byte), not YAML' }
  let text = content.toString('utf8')
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  if (NOTHING.test(text)) return { path, data: {} }
  if (text.length > MAX_METADATA_BYTES) return { path, problem: `it is ${Math.round(text.length / 1024)} KB, more than the ${MAX_METADATA_BYTES / 1024} KB a YAML file of a run may be; it is not read` }
  const { metadata, problems } = readYamlFile(path, text)
  const first = problems[0]
  if (!first) return { path, data: metadata!.data }
  // The reader words its problems for KEP metadata; a data file's are said as what they are.
  const message = first.rule === 'metadata-not-mapping' ? 'it is not a YAML mapping of keys (a list or a single value)' : first.message.replace(/\bthe metadata\b/g, 'the file').replace(/\bmetadata\b/g, 'the file')
  return { path, problem: `line ${first.span.line}: ${message}` }
}

/**
 * The data files among `paths` that the tree has, read; a path it does not list has no entry
 * (the file does not exist), and one it lists as a link or a submodule is reported, never
 * followed.
 */
export function readDataFiles(tree: Tree, entries: readonly TreeEntry[], paths: Iterable<string>): Map<string, DataFileRead> {
  const wanted = new Set(paths)
  const files: string[] = []
  const read = new Map<string, DataFileRead>()
  for (const entry of entries) {
    if (!wanted.has(entry.path)) continue
    if (entry.kind === 'file') files.push(entry.path)
    else read.set(entry.path, { path: entry.path, problem: `it is ${entry.kind === 'symlink' ? 'a symbolic link; links are never followed' : 'a git submodule, not a file'}` })
  }
  for (const [path, content] of tree.readFiles(files)) read.set(path, readDataFileContent(path, content))
  return read
}
