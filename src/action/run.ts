import * as core from '@actions/core'
import { relative, resolve, sep } from 'node:path'
import { countBySeverity } from '../diagnostic.js'
import { checkRepository, readRepository } from '../engine.js'
import { summarize } from '../report/text.js'
import { annotate } from '../report/annotations.js'
import { loadSettings } from '../settings.js'
import { FileSystemTree } from '../tree/fileSystemTree.js'

function optionalInput(name: string): string | undefined {
  const value = core.getInput(name)
  return value === '' ? undefined : value
}

/** The action: a full audit of the repository, reported as annotations. */
export async function run(): Promise<void> {
  try {
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd()
    const settings = loadSettings({
      root: resolve(workspace, core.getInput('root') || '.'),
      lifecycle: optionalInput('lifecycle'),
      schema: optionalInput('schema') && resolve(workspace, core.getInput('schema'))
    })
    const repository = readRepository(settings, new FileSystemTree(settings.root))
    const result = checkRepository(settings, repository)
    annotate(result.diagnostics, file => relative(workspace, resolve(settings.root, file)).split(sep).join('/'))
    const { errors, warnings } = countBySeverity(result.diagnostics)
    core.info(summarize(result.diagnostics, result.checked.length))
    core.setOutput('errors', errors)
    core.setOutput('warnings', warnings)
    if (errors > 0) core.setFailed(`${errors} KEP metadata error${errors === 1 ? '' : 's'}; see the annotations`)
  } catch (error) {
    core.setFailed(`kep-validator could not run: ${(error as Error).message}`)
  }
}
