import type { Settings } from '../config/settings.js'
import { loadMarkdownParser } from '../parse/markdownParser.js'
import { readmeSources, type ReadmeSource } from '../readme/readmes.js'
import { RULES } from '../rules/registry.js'
import type { KepChange } from '../rules/rule.js'
import { ruleRuns } from '../rules/runRules.js'
import { severityPolicyOf } from '../rules/severity.js'
import type { Tree } from '../tree/tree.js'

/**
 * The READMEs of a run, when one of the rules it runs reads them (the kubernetes preset's toc and
 * template-sections, unless turned off): remark is loaded for them here, once, before the rules run.
 */
export async function readmesFor(settings: Settings, head: Tree, base: Tree | undefined, changed: readonly KepChange[] = []): Promise<{ head: ReadmeSource; base?: ReadmeSource } | undefined> {
  const policy = severityPolicyOf(settings.severity)
  if (!Object.keys(settings.rules).some(id => RULES.get(id)?.meta.readsReadme === true && ruleRuns(RULES.get(id)!.meta, policy))) return undefined
  await loadMarkdownParser()
  return readmeSources(settings.format, head, base, {
    head: changed.flatMap(({ after }) => (after ? [after] : [])),
    base: changed.flatMap(({ before }) => (before ? [before] : []))
  })
}
