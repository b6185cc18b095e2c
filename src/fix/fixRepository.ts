import type { Diagnostic } from '../core/diagnostic.js'
import { OverlayTree } from '../tree/overlayTree.js'
import type { Tree } from '../tree/tree.js'
import type { ValidationResult } from '../validate/validate.js'
import { applyLocated, lineBreakOf, offsetsOf, type Located } from './applyEdits.js'

/** As eslint: fixes that overlap wait for the next pass; past this many passes the rest is left to the author. */
export const MAX_FIX_PASSES = 10

export interface FixedFile {
  file: string
  /** The text before the fixes; undefined for a file the fixes create (index.md). */
  before?: string
  after: string
}

export interface FixOutcome {
  /** The check of the fixed tree: what remains. */
  result: ValidationResult
  files: FixedFile[]
  /** The problems whose fix was applied, in the order they were fixed. */
  fixed: Diagnostic[]
  passes: number
}

function textOf(tree: Tree, file: string): string | undefined {
  const content = tree.readFiles([file]).get(file)
  return Buffer.isBuffer(content) ? content.toString('utf8') : undefined
}

function overlaps(a: Located, b: Located): boolean {
  // An insertion where another edit starts is an overlap too: which goes first is not known.
  return (a.start < b.end && b.start < a.end) || a.start === b.start
}

/**
 * One pass: each problem's fix is taken whole (its edits may be in several files) unless one
 * of its edits overlaps an edit taken before; the taken edits are applied to the tree.
 */
function applyPass(tree: OverlayTree, diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const texts = new Map<string, string>()
  const taken = new Map<string, Located[]>()
  const fixed: Diagnostic[] = []
  for (const diagnostic of diagnostics) {
    if (!diagnostic.fix) continue
    const located: Array<{ file: string; edit: Located }> = []
    let blocked = false
    for (const edit of diagnostic.fix) {
      if (!texts.has(edit.file)) texts.set(edit.file, textOf(tree, edit.file) ?? '')
      const text = texts.get(edit.file)!
      const at = { ...offsetsOf(text, edit.span), text: edit.text.replace(/\r?\n/g, lineBreakOf(text)) }
      const others = [...(taken.get(edit.file) ?? []), ...located.filter(l => l.file === edit.file).map(l => l.edit)]
      // The same edit twice (two problems with one fix) is applied once.
      if (others.some(other => other.start === at.start && other.end === at.end && other.text === at.text)) continue
      if (others.some(other => overlaps(other, at))) blocked = true
      located.push({ file: edit.file, edit: at })
    }
    if (blocked) continue
    for (const { file, edit } of located) taken.set(file, [...(taken.get(file) ?? []), edit])
    fixed.push(diagnostic)
  }
  for (const [file, edits] of taken) {
    const before = texts.get(file)!
    const after = applyLocated(before, edits)
    if (after !== before) tree.set(file, after)
  }
  return fixed
}

/**
 * Checks, applies every fix that does not overlap another, and checks again, until no fix
 * is left (or MAX_FIX_PASSES): nothing is written; the caller writes the files or shows them.
 */
export async function fixRepository(head: Tree, check: (head: Tree) => Promise<ValidationResult>): Promise<FixOutcome> {
  const tree = new OverlayTree(head)
  const fixed: Diagnostic[] = []
  let result = await check(tree)
  let passes = 0
  while (passes < MAX_FIX_PASSES) {
    const before = new Map([...tree.changed()].map(([file, content]) => [file, content.toString('utf8')]))
    const applied = applyPass(tree, result.diagnostics)
    const changed = [...tree.changed()].some(([file, content]) => before.get(file) !== content.toString('utf8'))
    if (applied.length === 0 || !changed) break
    passes++
    fixed.push(...applied)
    result = await check(tree)
  }
  const files = [...tree.changed().keys()].sort().map(file => ({ file, before: textOf(head, file), after: tree.changed().get(file)!.toString('utf8') }))
  return { result, files: files.filter(f => f.before !== f.after), fixed, passes }
}
