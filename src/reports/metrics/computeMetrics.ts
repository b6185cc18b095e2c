import { stringField, type KepDocument } from '../../core/document.js'
import type { Lifecycle } from '../../core/lifecycle.js'
import type { KepTimeline } from './history.js'

export interface StateTime {
  /** KEPs that spent time in the state. */
  keps: number
  medianDays: number
  meanDays: number
}

export interface Metrics {
  /** The time the figures are taken at: the newest commit, so a report is reproducible. */
  asOf: string
  keps: number
  byStatus: Record<string, number>
  bySig: Record<string, Record<string, number>>
  timeInState: Record<string, StateTime>
  /** Rejected KEPs over all KEPs. */
  rejectionRate: number
  /** KEPs in each final state (orphaned, withdrawn, retired, superseded, …). */
  ended: Record<string, number>
  authors: number
  /** Authors whose first KEP appeared in each quarter. */
  firstTimeAuthors: Array<{ quarter: string; authors: number }>
}

const DAY = 24 * 60 * 60

function quarterOf(time: number): string {
  const date = new Date(time * 1000)
  return `${date.getUTCFullYear()}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

const round = (value: number): number => Math.round(value * 10) / 10

/**
 * KEP-1's "Important Metrics" from the KEPs as they are and the history of their status:
 * time in each state runs from the commit that set a status to the one that changed it.
 */
export function computeMetrics(documents: readonly KepDocument[], timelines: readonly KepTimeline[], lifecycle: Lifecycle): Metrics {
  const asOf = Math.max(0, ...timelines.flatMap(timeline => timeline.versions.map(version => version.time)))
  const byStatus: Record<string, number> = {}
  const bySig: Record<string, Record<string, number>> = {}
  for (const doc of documents) {
    const status = stringField(doc, 'status') ?? '(unreadable)'
    const sig = stringField(doc, 'owning-sig') ?? '(no owning-sig)'
    byStatus[status] = (byStatus[status] ?? 0) + 1
    bySig[sig] ??= {}
    bySig[sig][status] = (bySig[sig][status] ?? 0) + 1
  }

  const durations = new Map<string, number[]>()
  for (const { versions } of timelines) {
    const spent = new Map<string, number>()
    for (let i = 0; i < versions.length; i++) {
      const status = versions[i].status
      if (status === undefined || !lifecycle.states.includes(status)) continue
      const end = i + 1 < versions.length ? versions[i + 1].time : asOf
      spent.set(status, (spent.get(status) ?? 0) + Math.max(0, end - versions[i].time))
    }
    for (const [status, seconds] of spent) durations.set(status, [...(durations.get(status) ?? []), seconds / DAY])
  }
  const timeInState: Record<string, StateTime> = {}
  for (const state of lifecycle.states) {
    const days = durations.get(state)
    if (!days || days.length === 0) continue
    timeInState[state] = { keps: days.length, medianDays: round(median(days)), meanDays: round(days.reduce((a, b) => a + b, 0) / days.length) }
  }

  const finals = lifecycle.states.filter(state => (lifecycle.transitions[state] ?? []).length === 0)
  const ended = Object.fromEntries(finals.map(state => [state, byStatus[state] ?? 0]))
  const rejected = lifecycle.states.filter(state => /^rejected$/i.test(state)).reduce((sum, state) => sum + (byStatus[state] ?? 0), 0)

  const firstSeen = new Map<string, number>()
  for (const { versions } of timelines) {
    for (const version of versions) {
      for (const author of version.authors) {
        const key = author.toLowerCase()
        if (!firstSeen.has(key) || firstSeen.get(key)! > version.time) firstSeen.set(key, version.time)
      }
    }
  }
  const perQuarter = new Map<string, number>()
  for (const time of firstSeen.values()) perQuarter.set(quarterOf(time), (perQuarter.get(quarterOf(time)) ?? 0) + 1)

  return {
    asOf: asOf === 0 ? '' : new Date(asOf * 1000).toISOString(),
    keps: documents.length,
    byStatus,
    bySig,
    timeInState,
    rejectionRate: documents.length === 0 ? 0 : Math.round((rejected / documents.length) * 1000) / 1000,
    ended,
    authors: firstSeen.size,
    firstTimeAuthors: [...perQuarter].sort(([a], [b]) => (a < b ? -1 : 1)).map(([quarter, authors]) => ({ quarter, authors }))
  }
}
