/** A release as kubernetes writes it in latest-milestone and milestone.<stage>: v1.30 (1.30 is the same release, written without its v). */
export interface Release {
  major: number
  minor: number
  /** As written. */
  text: string
}

export function releaseOf(value: unknown): Release | undefined {
  const match = typeof value === 'string' ? /^v?(\d+)\.(\d+)$/.exec(value.trim()) : null
  return match ? { major: Number(match[1]), minor: Number(match[2]), text: value as string } : undefined
}

/** Negative when a is the earlier release. */
export function compareReleases(a: Release, b: Release): number {
  return a.major - b.major || a.minor - b.minor
}

/** The stages whose releases come in this order: a feature graduates, or is retired. */
export const STAGE_ORDERS: readonly (readonly string[])[] = [
  ['alpha', 'beta', 'stable'],
  ['deprecated', 'disabled', 'removed']
]

/** milestone, as a record of stages, when it is one. */
export function milestonesOf(fields: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  const milestone = fields?.milestone
  return typeof milestone === 'object' && milestone !== null && !Array.isArray(milestone) ? (milestone as Record<string, unknown>) : undefined
}
