import type { Annotation } from './workflowCommands.js'
import type { Markdown } from './markdown.js'
import type { Formatter } from './formatter.js'
import { formatAnnotations } from './annotations.js'
import { formatJson } from './json.js'
import { formatSummary } from './summary.js'
import { formatText } from './text.js'

export type { FormatContext, Formatter } from './formatter.js'

/**
 * The formatters, keyed by name, one signature (eslint's formatters): `check --format` and the
 * action take theirs from here. What each returns, its sink writes: text and JSON the CLI's
 * output (cli/io.ts), annotations the workflow log (`writeAnnotations` of workflowCommands.ts),
 * the summary's Markdown the job summary (action/jobSummary.ts).
 */
export const FORMATTERS = {
  text: formatText,
  json: formatJson,
  github: formatAnnotations,
  summary: formatSummary
} satisfies Record<string, Formatter<string | readonly Annotation[] | Markdown>>

export type FormatterName = keyof typeof FORMATTERS

/** The formats `check --format` takes, the default first; the job summary is the action's. */
export const CHECK_FORMATS = ['text', 'json', 'github'] as const satisfies readonly FormatterName[]
export type CheckFormat = (typeof CHECK_FORMATS)[number]
