import { resolve } from 'node:path'
import { LoadError } from '../core/loadError.js'
import { inclusiveEndColumn } from '../format/annotations.js'
import { codeBlock, gfm } from '../format/markdown.js'
import { error as annotateError, fail } from '../format/workflowCommands.js'
import { workspaceRelative } from '../format/workspaceRelative.js'
import { writeSummary } from './jobSummary.js'
import { writeOutputs } from './publish.js'
import { pathInRepository } from './repositoryPaths.js'

/**
 * The check could not run: the step still fails with the reason, annotated on the
 * configuration file when that is where it lies, and writes outputs and a summary a later
 * step can rely on (errors is 1: the failure to check is one). Paths are the workspace's.
 */
export async function reportFailure(error: unknown, workspace: string): Promise<void> {
  if (error instanceof LoadError) {
    for (const found of error.problems) {
      annotateError(workspaceRelative(found.message, workspace), {
        title: found.rule,
        file: pathInRepository(resolve(workspace, found.file), workspace),
        startLine: found.span.line,
        endLine: found.span.endLine,
        ...(found.span.line === found.span.endLine ? { startColumn: found.span.column, endColumn: inclusiveEndColumn(found.span) } : {})
      })
    }
  }
  const message = workspaceRelative((error as Error).message, workspace)
  writeOutputs({ errors: 1, warnings: 0, preexisting: 0, 'changed-keps': '[]', 'index-state': 'unchecked', 'check-run-url': '' })
  await writeSummary(gfm`## KEP metadata: ❌ could not check the KEPs\n\n${codeBlock(message, 'text')}\n`)
  fail(`kep-validator could not check the KEPs: ${message}`)
}
