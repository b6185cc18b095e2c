import type { OutlineLine } from '../core/document.js'
import { splitLines } from './locateMetadata.js'

/** The lines of a text that start with "#", by a line scan: a community's grep-based check reads a file this way. */
export function outlineOf(text: string): OutlineLine[] {
  const outline: OutlineLine[] = []
  splitLines(text).forEach((line, index) => {
    if (line.startsWith('#')) outline.push({ line: index + 1, text: line })
  })
  return outline
}
