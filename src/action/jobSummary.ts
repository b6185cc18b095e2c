import { summary } from '@actions/core'
import type { Markdown } from '../format/markdown.js'
import { warning } from '../format/workflowCommands.js'

/**
 * Adds to the job summary: the one writer of it (eslint forbids core.summary elsewhere). It
 * takes Markdown, which only format/markdown.ts makes: every value in it is code. Losing the
 * summary is worth a warning, not a failure.
 */
export async function writeSummary(markdown: Markdown): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  try {
    await summary.addRaw(markdown).write()
  } catch (error) {
    warning(`kep-validator could not write the job summary: ${(error as Error).message}`)
  }
}
