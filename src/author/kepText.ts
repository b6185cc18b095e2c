import { AuthorError } from '../core/authorError.js'
import type { KepDocument } from '../core/document.js'
import type { MetadataFormat } from '../read/metadataFormat.js'
import { EditOverlapError, locateEdits } from '../edit/applyEdits.js'
import { FileText } from '../edit/fileText.js'
import { MetadataEditError, type MetadataEditor } from '../edit/metadataEditor.js'
import { readKep } from '../read/readKep.js'

/** A KEP as read for editing: its text as the edits see it (the byte order mark and any byte that is not UTF-8 kept when written), and its metadata. */
export interface KepText {
  file: string
  text: FileText
  format: MetadataFormat
  document: KepDocument
}

export async function readKepText(file: string, bytes: Buffer, format: MetadataFormat): Promise<KepText> {
  const text = FileText.of(bytes)
  const document = await readKep(file, bytes, format)
  // Metadata that reads is editable: the editor refuses YAML it cannot edit exactly.
  if (!document.metadata) throw new AuthorError(`${file}: ${document.readProblems[0]?.message ?? 'it has no metadata'}; fix it first (kep-validator check ${file})`)
  return { file, text, format, document }
}

export function editorOf(kep: KepText): MetadataEditor {
  return kep.format.edit(kep.document)
}

/** The edited file, through the one applier, read back: it must say exactly what the editor was asked to write, or nothing is written. */
export async function editedBytes(kep: KepText, editor: MetadataEditor): Promise<Buffer> {
  let bytes: Buffer | undefined
  try {
    bytes = kep.text.withEdits(locateEdits(kep.text.text, editor.edits))
  } catch (error) {
    if (error instanceof EditOverlapError) throw new MetadataEditError('two edits of the metadata overlap')
    throw error
  }
  if (!bytes) throw new AuthorError(`${kep.file}: ${kep.text.uneditable ?? 'its edited bytes would not read as the edited text'}`)
  const reread = await readKep(kep.file, bytes, kep.format)
  editor.verify(reread.metadata?.data)
  return bytes
}

/** The local date, yyyy-mm-dd: the day the author makes the change. */
export function today(now = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}
