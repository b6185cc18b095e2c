import { FILE_HEADERS_ONLY, formatPatch, structuredPatch } from 'diff'
import { FILE_START, problem, type Edit, type Problem } from '../core/diagnostic.js'
import { splitLines } from '../parse/locateMetadata.js'
import { BEGIN_MARKER, END_MARKER, newIndexFile } from './renderIndex.js'

export type IndexState = 'fresh' | 'stale' | 'missing' | 'broken'

export interface IndexCheck {
  file: string
  state: IndexState
  /** The content index.md should have. */
  expected: string
  /** A unified diff of committed → expected, as `git diff` shows it, when stale or missing. */
  diff?: string
  /** What is wrong with it, when it is not fresh. */
  problem?: Problem
  /** The command that rewrites it, as the reader can run it. */
  fixCommand: string
}

export const FIX_COMMAND = 'kep-validator index --write'

/** The file with its generated part replaced, or an error when the markers are unusable. */
export function updateIndexFile(current: string | undefined, generated: string, fixCommand = FIX_COMMAND): { text?: string; problem?: { line: number; message: string } } {
  if (current === undefined) return { text: newIndexFile(generated) }
  const lines = splitLines(current)
  const begins = lines.flatMap((line, i) => (line.trim() === BEGIN_MARKER ? [i] : []))
  const ends = lines.flatMap((line, i) => (line.trim() === END_MARKER ? [i] : []))
  if (begins.length === 0 && ends.length === 0) {
    // No markers: the whole file is generated, as a new one would be.
    return { text: newIndexFile(generated) }
  }
  if (begins.length !== 1 || ends.length !== 1 || ends[0] < begins[0]) {
    const line = (begins.length !== 1 ? (begins[1] ?? ends[0]) : ends.length !== 1 ? (ends[1] ?? begins[0]) : ends[0]) ?? 0
    return {
      problem: {
        line: line + 1,
        message: `index markers are unusable: expected exactly one "${BEGIN_MARKER}" followed by one "${END_MARKER}", found ${begins.length} and ${ends.length}${ends.length === 1 && begins.length === 1 ? ' in the wrong order' : ''}; fix the markers, then run ${fixCommand}`
      }
    }
  }
  const newline = current.includes('\r\n') ? '\r\n' : '\n'
  const before = lines.slice(0, begins[0] + 1)
  const after = lines.slice(ends[0])
  const middle = splitLines(generated)
  return { text: [...before, ...middle, ...after].join(newline) }
}

/**
 * Past this many changed lines the index was rewritten, not edited: jsdiff's search for the
 * fewest changes grows with their square (two different 5,000-line indexes take seconds),
 * and one hunk of the whole file says as much.
 */
const MAX_DIFF_EDITS = 500

/** The diff of committed → expected as `git diff` shows it: a hunk with 3 lines of context around each change. */
export function lineDiff(file: string, actual: string, expected: string): { diff: string; firstLine: number } {
  const a = actual === '' ? [] : splitLines(actual)
  const b = splitLines(expected)
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start++
  // Lines are compared as splitLines reads them, whatever their line endings.
  const [oldText, newText] = [a.join('\n'), b.join('\n')]
  const patch = structuredPatch(`a/${file}`, `b/${file}`, oldText, newText, undefined, undefined, { context: 3, maxEditLength: MAX_DIFF_EDITS }) ?? {
    oldFileName: `a/${file}`,
    newFileName: `b/${file}`,
    oldHeader: undefined,
    newHeader: undefined,
    hunks: [wholeFileHunk(withoutFinalNewline(a), withoutFinalNewline(b))]
  }
  return { diff: formatPatch(patch, FILE_HEADERS_ONLY), firstLine: start + 1 }
}

// splitLines reads a final newline as an empty last line; a diff does not show it as one.
const withoutFinalNewline = (lines: string[]): string[] => (lines.at(-1) === '' ? lines.slice(0, -1) : lines)

function wholeFileHunk(a: string[], b: string[]) {
  return { oldStart: a.length === 0 ? 0 : 1, oldLines: a.length, newStart: b.length === 0 ? 0 : 1, newLines: b.length, lines: [...a.map(line => `-${line}`), ...b.map(line => `+${line}`)] }
}

/** Lines with their line breaks, so that joining them gives the text back. */
function rawLines(text: string): string[] {
  return text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? []
}

/**
 * The fix of a stale index: the lines that differ replaced by the generated ones, and the
 * lines before and after them left alone, so that a suggestion in the pull request shows
 * only what changed.
 */
export function replacementEdit(current: string, expected: string): Edit {
  const a = rawLines(current)
  const b = rawLines(expected)
  let prefix = 0
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++
  let suffix = 0
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++
  const lastRemoved = a.length - suffix
  const last = a[lastRemoved - 1]
  const end = lastRemoved === prefix ? { endLine: prefix + 1, endColumn: 1 } : /[\r\n]$/.test(last) ? { endLine: lastRemoved + 1, endColumn: 1 } : { endLine: lastRemoved, endColumn: last.length + 1 }
  return {
    span: { line: prefix + 1, column: 1, ...end },
    text: b
      .slice(prefix, b.length - suffix)
      .join('')
      .replace(/\r\n?/g, '\n')
  }
}

/**
 * Compares the committed index with what the KEPs' metadata makes it. `whole`: the generated
 * text is the whole file (a repository's own template, named by `source`), not the part between markers.
 */
export function checkIndex(file: string, current: string | undefined, generated: string, fixCommand = FIX_COMMAND, template?: { whole: true; source: string }): IndexCheck {
  const updated = template ? { text: generated } : updateIndexFile(current, generated, fixCommand)
  if (updated.problem) {
    const { line, message } = updated.problem
    return {
      file,
      state: 'broken',
      expected: current ?? '',
      fixCommand,
      problem: problem(file, { line, column: 1, endLine: line, endColumn: 1 }, 'index-stale', message)
    }
  }
  const expected = updated.text!
  if (current === expected) return { file, state: 'fresh', expected, fixCommand }
  if (current === undefined) {
    return {
      file,
      state: 'missing',
      expected,
      fixCommand,
      diff: lineDiff(file, '', expected).diff,
      problem: {
        ...problem(
          file,
          FILE_START,
          'index-stale',
          template ? `${file} is missing; it is generated from ${template.source} and the KEPs: run ${fixCommand} and commit it` : `${file} is missing; KEP-1 asks for an index of every KEP kept up to date: run ${fixCommand} and commit it`
        ),
        fix: { applicability: 'safe', edits: [{ span: FILE_START, text: expected.replace(/\r\n?/g, '\n') }] }
      }
    }
  }
  const { diff, firstLine } = lineDiff(file, current, expected)
  const found = splitLines(current)[firstLine - 1]
  const wanted = splitLines(expected)[firstLine - 1]
  return {
    file,
    state: 'stale',
    expected,
    fixCommand,
    diff,
    problem: {
      ...problem(
        file,
        { line: firstLine, column: 1, endLine: firstLine, endColumn: (found ?? '').length + 1 },
        'index-stale',
        `${file} is out of date from line ${firstLine}: found ${found === undefined ? 'the end of the file' : JSON.stringify(found.slice(0, 120))}, the KEPs' metadata${template ? ` and ${template.source}` : ''} make${template ? '' : 's'} it ${wanted === undefined ? 'the end of the file' : JSON.stringify(wanted.slice(0, 120))}; run ${fixCommand} and commit the result`
      ),
      fix: { applicability: 'safe', edits: [replacementEdit(current, expected)] }
    }
  }
}
