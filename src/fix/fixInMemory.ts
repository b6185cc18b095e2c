import type { Diagnostic } from '../core/diagnostic.js'
import { chooseFixes, type TextEdit } from '../edit/applyEdits.js'
import { FileText } from '../edit/fileText.js'
import { OverlayTree } from '../tree/overlayTree.js'
import type { Tree } from '../tree/tree.js'
import type { ValidationResult } from '../validate/validate.js'
import { fixesAsLineChanges, type LineChange } from './lineChanges.js'

/** As eslint: fixes that overlap wait for the next pass; past this many passes the rest is left to the author. */
export const MAX_FIX_PASSES = 10

export interface FixedFile {
  file: string
  /** The bytes before the fixes; undefined for a file the fixes create (index.md). */
  before?: Buffer
  /** The bytes to write: every byte outside the fixes' edits as it was. */
  after: Buffer
}

export interface FixOutcome {
  /** The check of the fixed tree: what remains. */
  result: ValidationResult
  files: FixedFile[]
  /** The problems whose fix was applied, in the order they were fixed. */
  fixed: Diagnostic[]
  passes: number
  /** What remains that has a fix `--fix` does not apply (a suggestion: it may change what was meant), as changes of lines of the fixed files. */
  suggestions: LineChange[]
  /** Files a fix would have edited but that were left alone, and why. */
  leftAlone: Array<{ file: string; reason: string }>
}

function fileTextOf(tree: Tree, file: string): FileText {
  const content = tree.readFiles([file]).get(file)
  return Buffer.isBuffer(content) ? FileText.of(content) : FileText.created()
}

/**
 * One pass: the safe fixes, chosen by the one applier (edit/applyEdits.ts: a fix whole, or
 * not until a later pass); a file whose bytes could not all be kept is left alone, with the
 * reason, and so is every fix that edits it.
 */
function applyPass(tree: OverlayTree, diagnostics: readonly Diagnostic[], leftAlone: Map<string, string>): Diagnostic[] {
  const texts = new Map<string, FileText>()
  const textOf = (file: string): FileText => {
    if (!texts.has(file)) texts.set(file, fileTextOf(tree, file))
    return texts.get(file)!
  }
  for (;;) {
    const safe = diagnostics.filter(d => d.fix?.applicability === 'safe' && d.fix.edits.every(edit => !leftAlone.has(edit.file)))
    for (const diagnostic of safe) {
      for (const edit of diagnostic.fix!.edits) {
        const reason = textOf(edit.file).uneditable
        if (reason) leftAlone.set(edit.file, reason)
      }
    }
    const usable = safe.filter(d => d.fix!.edits.every(edit => !leftAlone.has(edit.file)))
    const { taken, edits } = chooseFixes(
      usable.map(d => d.fix!),
      file => textOf(file).text
    )
    const written = new Map<string, Buffer>()
    let refused: string | undefined
    for (const [file, fileEdits] of edits) {
      const bytes = edited(textOf(file), fileEdits)
      if (!bytes) refused = file
      else written.set(file, bytes)
    }
    if (refused !== undefined) {
      leftAlone.set(refused, 'its bytes with the fixes would not read as the fixed text; nothing was written to it')
      continue
    }
    for (const [file, bytes] of written) {
      const current = tree.readFiles([file]).get(file)
      if (!Buffer.isBuffer(current) || !bytes.equals(current)) tree.set(file, bytes)
    }
    return taken.map(index => usable[index])
  }
}

function edited(text: FileText, edits: readonly TextEdit[]): Buffer | undefined {
  try {
    return text.withEdits(edits)
  } catch {
    return undefined
  }
}

/**
 * Checks, applies every safe fix that does not overlap another, and checks again, until no
 * fix is left (or MAX_FIX_PASSES): nothing is written; the caller writes the files or shows
 * them. Suggestions are never applied: they are returned, as changes of the fixed files' lines.
 */
export async function fixInMemory(head: Tree, check: (head: Tree) => Promise<ValidationResult>): Promise<FixOutcome> {
  const tree = new OverlayTree(head.label, new Map(), { under: head })
  const fixed: Diagnostic[] = []
  const leftAlone = new Map<string, string>()
  let result = await check(tree)
  let passes = 0
  while (passes < MAX_FIX_PASSES) {
    const before = new Map(tree.changed())
    const applied = applyPass(tree, result.diagnostics, leftAlone)
    const changed = [...tree.changed()].some(([file, content]) => !before.get(file)?.equals(content))
    if (applied.length === 0 || !changed) break
    passes++
    fixed.push(...applied)
    result = await check(tree)
  }
  const files: FixedFile[] = []
  for (const [file, after] of [...tree.changed()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const original = head.readFiles([file]).get(file)
    const before = Buffer.isBuffer(original) ? original : undefined
    if (!before?.equals(after)) files.push({ file, before, after })
  }
  const suggestions = fixesAsLineChanges(
    result.diagnostics.filter(d => d.fix?.applicability === 'suggestion'),
    file => fileTextOf(tree, file).text
  )
  return { result, files, fixed, passes, suggestions, leftAlone: [...leftAlone].map(([file, reason]) => ({ file, reason })) }
}
