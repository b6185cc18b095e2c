import { error as coreError, info as coreInfo, notice as coreNotice, setFailed, setOutput as coreSetOutput, warning as coreWarning, type AnnotationProperties } from '@actions/core'
import { logLine } from './logLine.js'
import { workspaceRelative } from './workspaceRelative.js'

export type { AnnotationProperties }

/** An annotation: a problem shown on its file's lines (format/annotations.ts makes them; a check run carries them too). */
export interface Annotation {
  level: 'error' | 'warning' | 'notice'
  message: string
  /** The rule. */
  title: string
  file: string
  startLine: number
  endLine: number
  /** Single-line spans only: GitHub rejects columns on a multi-line one. Inclusive, as GitHub counts. */
  startColumn?: number
  endColumn?: number
}

/**
 * What the step tells the runner: lines of its log, annotations, the failure, outputs. The one
 * module that writes them (eslint forbids @actions/core, console and process.stdout elsewhere):
 * every message goes through logLine, so that no value, file name or API answer can start a
 * workflow command. @actions/core escapes annotation properties and a command's line breaks
 * itself; logLine's output has no line break left, so that escaping only round-trips "%".
 * Paths inside the workspace are shown relative to it (workspaceRelative).
 */
const line = (message: string): string => logLine(workspaceRelative(message))

/** A line of the log. */
export function info(message: string): void {
  coreInfo(line(message))
}

/** A warning, as an annotation (on a file's lines when properties say so). */
export function warning(message: string, properties: AnnotationProperties = {}): void {
  coreWarning(line(message), properties)
}

/** An error, as an annotation; it does not fail the step (fail does). */
export function error(message: string, properties: AnnotationProperties = {}): void {
  coreError(line(message), properties)
}

/** A notice, as an annotation. */
export function notice(message: string, properties: AnnotationProperties = {}): void {
  coreNotice(line(message), properties)
}

const ANNOTATE = { error: coreError, warning: coreWarning, notice: coreNotice } as const

/** Annotations, each a workflow command whose message goes through logLine: the one place they are written. */
export function writeAnnotations(annotations: readonly Annotation[]): void {
  for (const { level, message, ...properties } of annotations) ANNOTATE[level](line(message), properties)
}

/** Fails the step, with an error annotation that says why. */
export function fail(message: string): void {
  setFailed(line(message))
}

/** A step output (GITHUB_OUTPUT; @actions/core writes it with a random delimiter, so a value cannot end it). */
export function setOutput(name: string, value: string | number): void {
  coreSetOutput(name, value)
}
