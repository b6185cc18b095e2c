/** "1 KEP", "2 KEPs": counts in reports read as sentences. */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}
