/** "1 KEP", "2 KEPs": counts in reports read as sentences. */
export function plural(count: number, word: string, many = `${word}s`): string {
  return `${count} ${count === 1 ? word : many}`
}
