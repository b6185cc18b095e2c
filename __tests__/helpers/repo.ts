import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import type { Diagnostic } from '../../src/core/diagnostic.js'
import { validate } from '../../src/validate/validate.js'
import { FileSystemTree } from '../../src/tree/fileSystemTree.js'
import { loadSettings, type SettingsInput } from '../../src/config/settings.js'

const created: string[] = []

/** Writes a repository of files into a fresh temp folder; removed after the test file. */
export function writeRepo(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'kep-validator-'))
  created.push(root)
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), content)
  }
  return root
}

export function removeRepos(): void {
  for (const root of created.splice(0)) rmSync(root, { recursive: true, force: true })
}

/** Valid KEP-1 metadata fields, one per line, in the order they are written. */
export function fields(overrides: Record<string, string | null> = {}): string {
  const base: Record<string, string> = {
    'kep-number': '42',
    title: 'Pod Overhead',
    authors: '\n  - name: Jane Doe\n    github: janedoe',
    'owning-sig': 'sig-node',
    reviewers: 'TBD',
    approvers: 'TBD',
    editor: 'TBD',
    'creation-date': '2024-01-15',
    status: 'Approved'
  }
  const merged: Record<string, string | null> = { ...base, ...overrides }
  return Object.entries(merged)
    .filter(([, value]) => value !== null)
    .map(([key, value]) => (value!.startsWith('\n') ? `${key}:${value}` : `${key}: ${value}`))
    .join('\n')
}

/** A KEP in front-matter form: metadata from line 2 on. */
export function frontMatterKep(yaml: string, body = '# A KEP\n\n## Summary\n\nText.\n'): string {
  return `---\n${yaml}\n---\n\n${body}`
}

/** Line (1-based) in a front-matter KEP of the first line of the metadata that starts with `prefix`. */
export function lineOf(kep: string, prefix: string): number {
  const index = kep.split('\n').findIndex(line => line.startsWith(prefix))
  if (index === -1) throw new Error(`no line starts with ${prefix}`)
  return index + 1
}

export async function check(files: Record<string, string | Buffer>, input: SettingsInput = {}): Promise<Diagnostic[]> {
  const root = writeRepo(files)
  const settings = await loadSettings({ ...input, root })
  // The index is a repository's, not a KEP's: these checks leave it out, as an index test asks for it.
  return (await validate({ ...settings, indexFile: null }, { head: new FileSystemTree(settings.root) })).diagnostics
}

export function byRule(diagnostics: Diagnostic[], rule: string): Diagnostic[] {
  return diagnostics.filter(d => d.rule === rule)
}
