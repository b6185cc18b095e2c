import type { Applicability, Severity } from '../core/diagnostic.js'

/**
 * The problems that reading a file can find, each found where the file is read (once), and
 * how grave each is before the preset and configuration say otherwise. A warning here leaves
 * the metadata wholly read; an error means the KEP's metadata is missing or in doubt.
 */
export const READ_PROBLEMS = {
  'file-unreadable': { severity: 'error', description: 'A KEP file can be read: it exists, is not binary, and is UTF-8 text.' },
  'file-encoding': { severity: 'warning', description: 'A KEP file is UTF-8 text: bytes that are not are read as U+FFFD, and the first is reported at its line.' },
  'file-symlink': { severity: 'error', description: 'A KEP is a file, not a symbolic link (links are never followed: they could point outside the repository).' },
  'file-submodule': { severity: 'error', description: 'A KEP is a file, not a git submodule (a gitlink): a submodule has no metadata, and one that replaces a KEP removes it.' },
  'metadata-missing': { severity: 'error', description: 'A KEP has metadata: YAML front matter, or a fenced YAML block under a "Metadata" heading (KEP-1\'s own form).' },
  'metadata-too-large': { severity: 'error', description: 'The metadata is at most 256 KB (a few dozen lines is usual); larger metadata is not read.' },
  'metadata-too-deep': { severity: 'error', description: 'The metadata nests at most 64 levels of lists, mappings and keys that are lists or mappings; deeper metadata is not read.' },
  'metadata-too-complex': { severity: 'error', description: 'Lists and mappings used as keys (which KEP metadata never needs) are small enough to convert quickly; larger ones are not read.' },
  'metadata-not-mapping': { severity: 'error', description: 'The metadata is a YAML mapping of fields, not empty, a list or a single value.' },
  'metadata-fence-unclosed': { severity: 'error', description: 'The fenced metadata block is closed.' },
  'metadata-fence-marker': { severity: 'warning', description: 'The fenced metadata block starts with a line "---", as KEP-1\'s template does.' },
  'frontmatter-unclosed': { severity: 'error', description: 'Front matter opened with "---" is closed with "---".' },
  'frontmatter-duplicate': { severity: 'warning', description: 'There is one front matter block; a second "---" block right after it is not metadata.' },
  'frontmatter-not-first': {
    severity: 'warning',
    description: "Front matter starts on the first line: after blank lines, GitHub and other markdown readers show it as text (kep-validator reads it, as openshift/enhancements' tools do).",
    fixable: ['safe']
  },
  'yaml-syntax': { severity: 'error', description: 'The metadata is valid YAML.' },
  'yaml-duplicate-key': { severity: 'error', description: 'No key appears twice in one mapping of the metadata.' },
  'yaml-unsafe-integer': { severity: 'error', description: 'A number in the metadata is at most 9007199254740991 (2^53 − 1): larger integers cannot be read exactly, and would silently change.' },
  'yaml-aliases': { severity: 'error', description: 'The metadata expands YAML aliases at most 100 times.' }
} as const satisfies Record<string, { severity: Severity; description: string; fixable?: readonly Applicability[] }>

export type ReadProblemRule = keyof typeof READ_PROBLEMS

/** Whether a problem found reading a KEP leaves its metadata in doubt (the index then lists the KEP as broken). */
export function isGraveReadProblem(rule: string): boolean {
  return (READ_PROBLEMS as Record<string, { severity: Severity }>)[rule]?.severity !== 'warning'
}
