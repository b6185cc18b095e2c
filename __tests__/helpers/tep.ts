/** A TEP as teps.py new writes one: front matter, a blank line, the number heading. */
export function tep(number: string, fields: Record<string, string | null> = {}, body = '\n## Summary\n\nText.\n'): string {
  const base: Record<string, string> = { title: 'Pod Overhead', authors: '\n  - "@janedoe"', 'creation-date': '2024-01-15', 'last-updated': '2024-01-15', status: 'proposed' }
  const yaml = Object.entries({ ...base, ...fields })
    .filter(([, value]) => value !== null)
    .map(([key, value]) => (value!.startsWith('\n') || value === '' ? `${key}:${value}` : `${key}: ${value}`))
    .join('\n')
  return `---\n${yaml}\n---\n\n# TEP-${number}: ${fields.title ?? 'Pod Overhead'}\n${body}`
}

export const TEKTON = { settings: { preset: 'tekton' } } as const
