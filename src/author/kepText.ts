import type { KepDocument, MetadataFormat } from '../core/document.js'
import { MetadataEditor } from '../edit/metadataEditor.js'
import { readKep } from '../read/readKep.js'

export class AuthorError extends Error {}

const BOM = '\uFEFF'

/** A KEP's text as read for editing: without its byte order mark, which goes back on when written. */
export interface KepText {
  file: string
  text: string
  bom: boolean
  format: MetadataFormat
  document: KepDocument
}

export async function readKepText(file: string, bytes: Buffer, format: MetadataFormat): Promise<KepText> {
  const decoded = bytes.toString('utf8')
  const bom = decoded.startsWith(BOM)
  const text = bom ? decoded.slice(1) : decoded
  const document = await readKep(file, Buffer.from(text, 'utf8'), format)
  // Metadata that reads is editable: the editor refuses YAML it cannot edit exactly.
  if (!document.metadata) throw new AuthorError(`${file}: ${document.readProblems[0]?.message ?? 'it has no metadata'}; fix it first (kep-validator check ${file})`)
  return { file, text, bom, format, document }
}

export function editorOf(kep: KepText): MetadataEditor {
  return new MetadataEditor(kep.text, kep.document.metadata!)
}

/** The edited text, read back: it must say exactly what the editor was asked to write, or nothing is written. */
export async function editedBytes(kep: KepText, editor: MetadataEditor): Promise<Buffer> {
  const text = editor.apply()
  const reread = await readKep(kep.file, Buffer.from(text, 'utf8'), kep.format)
  editor.verify(reread.metadata?.data)
  return Buffer.from(kep.bom ? BOM + text : text, 'utf8')
}

/** The local date, yyyy-mm-dd: the day the author makes the change. */
export function today(now = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}
