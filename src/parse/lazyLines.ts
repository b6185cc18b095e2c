/**
 * The lines of a text, split only as far as they are read: finding the metadata of a
 * 60 KB KEP looks at its first few dozen lines, and splitting the rest would be garbage.
 * Line endings are LF, CRLF or CR, as in CommonMark; the strings keep none.
 */
export class LazyLines {
  private readonly lines: string[] = []
  private offset = 0

  constructor(private readonly text: string) {}

  /** Line i (0-based), or undefined past the end. */
  at(i: number): string | undefined {
    while (this.lines.length <= i && this.offset <= this.text.length) this.readLine()
    return this.lines[i]
  }

  /** Lines from..to (0-based, end exclusive) joined with LF. */
  join(from: number, to: number): string {
    this.at(to - 1)
    return this.lines.slice(from, to).join('\n')
  }

  private readLine(): void {
    const text = this.text
    let end = this.offset
    while (end < text.length) {
      const c = text.charCodeAt(end)
      if (c === 10 || c === 13) break
      end++
    }
    this.lines.push(text.slice(this.offset, end))
    if (end >= text.length) {
      this.offset = text.length + 1
      return
    }
    this.offset = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1)
  }
}
